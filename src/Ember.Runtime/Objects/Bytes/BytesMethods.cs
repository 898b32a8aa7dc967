using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// The methods bytes and bytearray share (Objects/bytes_methods.c and
/// stringlib): each works on the object's bytes and returns a new object of
/// the receiver's builtin kind (a bytearray method returns a bytearray).
/// ASCII-only character classes, as CPython's Py_ISSPACE and friends.
/// </summary>
internal static partial class BytesMethods
{
    /// <summary>The bytes of a bytes or bytearray receiver.</summary>
    public static ReadOnlySpan<byte> Span(PyObject self) => self is PyBytes b ? b.Data : ((PyByteArray)self).AsSpan();

    /// <summary>A new object of the receiver's builtin kind holding <paramref name="data"/>.</summary>
    public static PyObject Result(PyObject self, ReadOnlySpan<byte> data) =>
        self is PyByteArray ? new PyByteArray(data.ToArray()) : PyBytes.From(data);

    /// <summary>The receiver itself when it is an exact bytes (immutable, so sharing is safe), else a copy.</summary>
    public static PyObject Unchanged(PyObject self) =>
        ReferenceEquals(self.Type, PyBytes.TypeObject) ? self : Result(self, Span(self));

    public static string TypeName(PyObject self) => self is PyByteArray ? "bytearray" : "bytes";

    /// <summary>A bytes-like argument ("a bytes-like object is required, not 'str'").</summary>
    public static bool Buffer(PyObject o, out ReadOnlySpan<byte> data)
    {
        if (BytesLike.TryGetBytes(o, out data))
        {
            return true;
        }

        PyErr.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");
        return false;
    }

    /// <summary>An int argument that must be a byte value ("byte must be in range(0, 256)").</summary>
    public static bool ByteValue(PyObject o, out byte value)
    {
        value = 0;
        if (!StrArgs.SsizeArg(o, out long v))
        {
            if (PyErr.ExceptionMatches(PyExc.OverflowError))
            {
                PyErr.Clear();
                PyErr.ValueError("byte must be in range(0, 256)");
            }

            return false;
        }

        if ((ulong)v > 255)
        {
            PyErr.ValueError("byte must be in range(0, 256)");
            return false;
        }

        value = (byte)v;
        return true;
    }

    public static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0b or 0x0c;

    public static bool IsLower(byte b) => (uint)(b - 'a') <= 'z' - 'a';

    public static bool IsUpper(byte b) => (uint)(b - 'A') <= 'Z' - 'A';

    public static bool IsAlpha(byte b) => IsLower(b) || IsUpper(b);

    public static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    public static byte ToLower(byte b) => IsUpper(b) ? (byte)(b + 32) : b;

    public static byte ToUpper(byte b) => IsLower(b) ? (byte)(b - 32) : b;

    /// <summary>Adds the methods common to bytes and bytearray to <paramref name="type"/>.</summary>
    public static void AddCommon(PyType type)
    {
        string q = type.Name + ".";
        type.AddMethod("capitalize", (s, a, k) => Args.NoArgs(q + "capitalize", a, k) ? Capitalize(s) : null);
        type.AddMethod("center", static (s, a, k) => Pad("center", s, a, k));
        type.AddMethod("count", Count);
        type.AddMethod("decode", Decode);
        type.AddMethod("endswith", static (s, a, k) => TailMatch("endswith", s, a, k, true));
        type.AddMethod("expandtabs", ExpandTabs);
        type.AddMethod("find", static (s, a, k) => Find("find", s, a, k, false, false));
        type.AddClassMethod("fromhex", FromHex);
        type.AddMethod("hex", Hex);
        type.AddMethod("index", static (s, a, k) => Find("index", s, a, k, false, true));
        type.AddMethod("isalnum", (s, a, k) => Args.NoArgs(q + "isalnum", a, k) ? All(s, static b => IsAlpha(b) || IsDigit(b)) : null);
        type.AddMethod("isalpha", (s, a, k) => Args.NoArgs(q + "isalpha", a, k) ? All(s, IsAlpha) : null);
        type.AddMethod("isascii", (s, a, k) => Args.NoArgs(q + "isascii", a, k) ? PyBool.From(System.Text.Ascii.IsValid(Span(s))) : null);
        type.AddMethod("isdigit", (s, a, k) => Args.NoArgs(q + "isdigit", a, k) ? All(s, IsDigit) : null);
        type.AddMethod("islower", (s, a, k) => Args.NoArgs(q + "islower", a, k) ? Cased(s, IsLower, IsUpper) : null);
        type.AddMethod("isspace", (s, a, k) => Args.NoArgs(q + "isspace", a, k) ? All(s, IsSpace) : null);
        type.AddMethod("istitle", (s, a, k) => Args.NoArgs(q + "istitle", a, k) ? IsTitle(s) : null);
        type.AddMethod("isupper", (s, a, k) => Args.NoArgs(q + "isupper", a, k) ? Cased(s, IsUpper, IsLower) : null);
        type.AddMethod("join", (s, a, k) => Args.ExactlyOne(q + "join", a, k) ? Join(s, a[0]) : null);
        type.AddMethod("ljust", static (s, a, k) => Pad("ljust", s, a, k));
        type.AddMethod("lower", (s, a, k) => Args.NoArgs(q + "lower", a, k) ? Map(s, ToLower) : null);
        type.AddMethod("lstrip", static (s, a, k) => Strip("lstrip", s, a, k, true, false));
        type.AddValue("maketrans", new PyBuiltinFunction("maketrans", MakeTrans));
        type.AddMethod("partition", (s, a, k) => Args.ExactlyOne(q + "partition", a, k) ? Partition(s, a[0], false) : null);
        type.AddMethod("removeprefix", (s, a, k) => Args.ExactlyOne(q + "removeprefix", a, k) ? RemoveAffix(s, a[0], false) : null);
        type.AddMethod("removesuffix", (s, a, k) => Args.ExactlyOne(q + "removesuffix", a, k) ? RemoveAffix(s, a[0], true) : null);
        type.AddMethod("replace", Replace);
        type.AddMethod("rfind", static (s, a, k) => Find("rfind", s, a, k, true, false));
        type.AddMethod("rindex", static (s, a, k) => Find("rindex", s, a, k, true, true));
        type.AddMethod("rjust", static (s, a, k) => Pad("rjust", s, a, k));
        type.AddMethod("rpartition", (s, a, k) => Args.ExactlyOne(q + "rpartition", a, k) ? Partition(s, a[0], true) : null);
        type.AddMethod("rsplit", static (s, a, k) => Split(s, a, k, true));
        type.AddMethod("rstrip", static (s, a, k) => Strip("rstrip", s, a, k, false, true));
        type.AddMethod("split", static (s, a, k) => Split(s, a, k, false));
        type.AddMethod("splitlines", SplitLines);
        type.AddMethod("startswith", static (s, a, k) => TailMatch("startswith", s, a, k, false));
        type.AddMethod("strip", static (s, a, k) => Strip("strip", s, a, k, true, true));
        type.AddMethod("swapcase", (s, a, k) => Args.NoArgs(q + "swapcase", a, k) ? Map(s, static b => IsUpper(b) ? ToLower(b) : ToUpper(b)) : null);
        type.AddMethod("title", (s, a, k) => Args.NoArgs(q + "title", a, k) ? Title(s) : null);
        type.AddMethod("translate", Translate);
        type.AddMethod("upper", (s, a, k) => Args.NoArgs(q + "upper", a, k) ? Map(s, ToUpper) : null);
        type.AddMethod("zfill", (s, a, k) => Args.ExactlyOne(q + "zfill", a, k) ? ZFill(s, a[0]) : null);
    }

    private static PyObject All(PyObject self, Func<byte, bool> test)
    {
        var d = Span(self);
        if (d.Length == 0)
        {
            return PyBool.False;
        }

        foreach (byte b in d)
        {
            if (!test(b))
            {
                return PyBool.False;
            }
        }

        return PyBool.True;
    }

    // islower / isupper: no byte of the other case, and at least one of this case.
    private static PyObject Cased(PyObject self, Func<byte, bool> want, Func<byte, bool> other)
    {
        bool cased = false;
        foreach (byte b in Span(self))
        {
            if (other(b))
            {
                return PyBool.False;
            }

            cased |= want(b);
        }

        return PyBool.From(cased);
    }

    private static PyObject IsTitle(PyObject self)
    {
        bool cased = false, previousIsCased = false;
        foreach (byte b in Span(self))
        {
            if (IsUpper(b))
            {
                if (previousIsCased)
                {
                    return PyBool.False;
                }

                previousIsCased = cased = true;
            }
            else if (IsLower(b))
            {
                if (!previousIsCased)
                {
                    return PyBool.False;
                }

                previousIsCased = cased = true;
            }
            else
            {
                previousIsCased = false;
            }
        }

        return PyBool.From(cased);
    }

    private static PyObject Map(PyObject self, Func<byte, byte> map)
    {
        var d = Span(self);
        var result = new byte[d.Length];
        for (int i = 0; i < d.Length; i++)
        {
            result[i] = map(d[i]);
        }

        return Wrap(self, result);
    }

    /// <summary>Like <see cref="Result"/> but takes ownership of <paramref name="data"/>.</summary>
    public static PyObject Wrap(PyObject self, byte[] data) => self is PyByteArray ? new PyByteArray(data) : data.Length <= 1 ? PyBytes.From(data) : new PyBytes(data);

    private static PyObject Capitalize(PyObject self)
    {
        var d = Span(self);
        var result = new byte[d.Length];
        for (int i = 0; i < d.Length; i++)
        {
            result[i] = i == 0 ? ToUpper(d[i]) : ToLower(d[i]);
        }

        return Wrap(self, result);
    }

    private static PyObject Title(PyObject self)
    {
        var d = Span(self);
        var result = new byte[d.Length];
        bool previousIsCased = false;
        for (int i = 0; i < d.Length; i++)
        {
            byte b = d[i];
            if (IsLower(b))
            {
                result[i] = previousIsCased ? b : ToUpper(b);
                previousIsCased = true;
            }
            else if (IsUpper(b))
            {
                result[i] = previousIsCased ? ToLower(b) : b;
                previousIsCased = true;
            }
            else
            {
                result[i] = b;
                previousIsCased = false;
            }
        }

        return Wrap(self, result);
    }

    private static readonly ArgSpec s_decodeSpec = new("decode", ["encoding", "errors"]);

    private static PyObject? Decode(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null, null];
        if (!s_decodeSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        string encoding = "utf-8";
        string? errors = null;
        if (slots[0] is { } e)
        {
            if (e is not PyStr es)
            {
                return PyErr.TypeError($"decode() argument 'encoding' must be str, not {StrArgs.TypeNameForError(e)}");
            }

            encoding = es.Value;
        }

        if (slots[1] is { } r)
        {
            if (r is not PyStr rs)
            {
                return PyErr.TypeError($"decode() argument 'errors' must be str, not {StrArgs.TypeNameForError(r)}");
            }

            errors = rs.Value;
        }

        return PyCodecs.DecodeObject(Span(self), encoding, errors);
    }

    private static PyObject? FromHex(PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne(((PyType)cls).QualName + ".fromhex", args, kwnames))
        {
            return null;
        }

        if (args[0] is not PyStr s)
        {
            return PyErr.TypeError($"fromhex() argument must be str, not {StrArgs.TypeNameForError(args[0])}");
        }

        var output = new ByteBuilder(s.Length / 2);
        var cps = s.GetCodePoints();
        int i = 0;
        while (i < cps.Length)
        {
            if (cps[i] < 0x80 && IsSpace((byte)cps[i]))
            {
                i++;
                continue;
            }

            int hi = HexValue(cps[i]);
            if (hi < 0)
            {
                return PyErr.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
            }

            if (i + 1 >= cps.Length || HexValue(cps[i + 1]) < 0)
            {
                return PyErr.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            }

            output.Add((byte)((hi << 4) | HexValue(cps[i + 1])));
            i += 2;
        }

        var type = (PyType)cls;
        if (ReferenceEquals(type, PyBytes.TypeObject))
        {
            return new PyBytes(output.ToArray());
        }

        if (ReferenceEquals(type, PyByteArray.TypeObject))
        {
            return new PyByteArray(output.ToArray());
        }

        var basic = type.IsSubtypeOf(PyByteArray.TypeObject) ? (PyObject)new PyByteArray(output.ToArray()) : new PyBytes(output.ToArray());
        return PyCall.Call(type, basic);
    }

    private static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static readonly ArgSpec s_hexSpec = new("hex", ["sep", "bytes_per_sep"]);

    private static PyObject? Hex(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null, null];
        if (!s_hexSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        return HexOf(Span(self), slots[0], slots[1]);
    }

    /// <summary>bytes.hex / memoryview.hex (Python/pystrhex.c): optional separator every <c>bytes_per_sep</c> bytes, counted from the right when positive.</summary>
    public static PyObject? HexOf(ReadOnlySpan<byte> data, PyObject? sepObj, PyObject? perObj)
    {
        char sep = '\0';
        if (sepObj is not null)
        {
            int sepLen;
            if (sepObj is PyStr ss)
            {
                sepLen = ss.Length;
                if (sepLen == 1)
                {
                    int c = ss.CodePointAt(0);
                    if (c >= 0x80)
                    {
                        return PyErr.ValueError("sep must be ASCII.");
                    }

                    sep = (char)c;
                }
            }
            else if (BytesLike.TryGetBytes(sepObj, out var sb))
            {
                sepLen = sb.Length;
                if (sepLen == 1)
                {
                    if (sb[0] >= 0x80)
                    {
                        return PyErr.ValueError("sep must be ASCII.");
                    }

                    sep = (char)sb[0];
                }
            }
            else
            {
                return PyErr.TypeError($"object of type '{sepObj.Type.Name}' has no len()");
            }

            if (sepLen != 1)
            {
                return PyErr.ValueError("sep must be length 1.");
            }
        }

        long per = 1;
        if (perObj is not null && !StrArgs.SsizeArg(perObj, out per))
        {
            return null;
        }

        const string digits = "0123456789abcdef";
        var sbOut = new System.Text.StringBuilder(data.Length * 3);
        long group = Math.Abs(per);
        for (int i = 0; i < data.Length; i++)
        {
            if (sep != '\0' && i > 0 && group > 0)
            {
                // Groups are counted from the right for a positive bytes_per_sep.
                long fromStart = per < 0 ? i : data.Length - i;
                if (fromStart % group == 0)
                {
                    sbOut.Append(sep);
                }
            }

            sbOut.Append(digits[data[i] >> 4]).Append(digits[data[i] & 0xF]);
        }

        return new PyStr(sbOut.ToString());
    }
}
