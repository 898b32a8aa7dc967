using System.Globalization;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError
/// (Objects/exceptions.c): encoding, object, start, end and reason, parsed
/// from the positional arguments, and the codec-style str
/// "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".
/// </summary>
public sealed class PyUnicodeError : PyBaseException
{
    private enum Kind
    {
        Encode,
        Decode,
        Translate,
    }

    public PyUnicodeError(PyType type, PyTuple args)
        : base(type, args)
    {
    }

    public PyObject? Encoding;

    /// <summary>The str (encode, translate) or bytes (decode) being converted.</summary>
    public PyObject? Object;

    public long Start;

    public long End;

    public PyObject? Reason;

    private static Kind KindOf(PyType type) =>
        type.IsSubtypeOf(PyExc.UnicodeEncodeError) ? Kind.Encode
        : type.IsSubtypeOf(PyExc.UnicodeDecodeError) ? Kind.Decode
        : Kind.Translate;

    internal static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) => new PyUnicodeError(cls, PyTuple.Create(Positional(args, kw)));
        type.Init = static (self, args, kw) => ((PyUnicodeError)self).InitFields(args, kw);
        type.Str = static self => ((PyUnicodeError)self).StrOf();
    }

    internal static void InitMembers(PyType type)
    {
        PyExc.AddMember<PyUnicodeError>(type, "encoding", static e => e.Encoding, static (e, v) => e.Encoding = v);
        PyExc.AddMember<PyUnicodeError>(type, "object", static e => e.Object, static (e, v) => e.Object = v);
        PyExc.AddMember<PyUnicodeError>(type, "reason", static e => e.Reason, static (e, v) => e.Reason = v);
        type.AddMember("start", static self => PyInt.From(((PyUnicodeError)self).Start), static (self, v) => SetIndex(v, ref ((PyUnicodeError)self).Start));
        type.AddMember("end", static self => PyInt.From(((PyUnicodeError)self).End), static (self, v) => SetIndex(v, ref ((PyUnicodeError)self).End));
    }

    private static bool SetIndex(PyObject? value, ref long field)
    {
        if (value is null)
        {
            PyErr.TypeError("can't delete numeric/char attribute");
            return false;
        }

        // A T_PYSSIZET member: PyLong_AsSsize_t takes only ints (no __index__), and
        // structmember.c stores its -1 before it sees the error, so a failed set leaves -1.
        if (value is not PyInt i)
        {
            field = -1;
            PyErr.TypeError("an integer is required");
            return false;
        }

        if (!i.IsSmall)
        {
            field = -1;
            PyErr.OverflowError("Python int too large to convert to C ssize_t");
            return false;
        }

        field = i.Small;
        return true;
    }

    private bool InitFields(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!InitArgs(args, kwnames))
        {
            return false;
        }

        var kind = KindOf(Type);
        int expected = kind == Kind.Translate ? 4 : 5;
        if (args.Length != expected)
        {
            PyErr.TypeError($"function takes exactly {expected} arguments ({args.Length} given)");
            return false;
        }

        int i = 0;
        PyObject? encoding = null;
        if (kind != Kind.Translate)
        {
            encoding = args[i++];
            if (!CheckStr(encoding, 1))
            {
                return false;
            }
        }

        var obj = args[i++];
        if (kind == Kind.Decode)
        {
            if (obj is not PyBytes and not PyByteArray and not PyMemoryView)
            {
                PyErr.TypeError($"a bytes-like object is required, not '{obj.Type.Name}'");
                return false;
            }

            // The object is kept as bytes, whatever buffer it came as.
            if (!ReferenceEquals(obj.Type, PyBytes.TypeObject))
            {
                var converted = PyCall.Call(PyBytes.TypeObject, obj);
                if (converted is null)
                {
                    return false;
                }

                obj = converted;
            }
        }
        else if (!CheckStr(obj, i))
        {
            return false;
        }

        if (!SsizeArg(args[i++], out long start) || !SsizeArg(args[i++], out long end))
        {
            return false;
        }

        var reason = args[i];
        if (!CheckStr(reason, i + 1))
        {
            return false;
        }

        Encoding = encoding;
        Object = obj;
        Start = start;
        End = end;
        Reason = reason;
        return true;
    }

    private static bool CheckStr(PyObject o, int position)
    {
        if (o is PyStr)
        {
            return true;
        }

        PyErr.TypeError($"argument {position} must be str, not {StrArgs.TypeNameForError(o)}");
        return false;
    }

    private static bool SsizeArg(PyObject o, out long value)
    {
        value = 0;
        if (o is PyFloat)
        {
            PyErr.TypeError("'float' object cannot be interpreted as an integer");
            return false;
        }

        var i = PyNumber.Index(o);
        if (i is null)
        {
            return false;
        }

        if (!i.IsSmall)
        {
            PyErr.OverflowError("Python int too large to convert to C ssize_t");
            return false;
        }

        value = i.Small;
        return true;
    }

    private PyObject? StrOf()
    {
        if (Object is null)
        {
            return PyStr.Empty;
        }

        var reasonObj = PyOps.Str(Reason ?? PyNone.Instance);
        if (reasonObj is null)
        {
            return null;
        }

        string reason = ((PyStr)reasonObj).Value;
        var kind = KindOf(Type);
        string prefix = "";
        if (kind != Kind.Translate)
        {
            var enc = PyOps.Str(Encoding ?? PyNone.Instance);
            if (enc is null)
            {
                return null;
            }

            prefix = $"'{((PyStr)enc).Value}' codec ";
        }

        string verb = kind switch { Kind.Encode => "encode", Kind.Decode => "decode", _ => "translate" };
        long length = Object is PyStr s ? s.Length : PySequence.Length(Object);
        if (length < 0)
        {
            return null;
        }

        if (Start < length && End == Start + 1)
        {
            if (Start < 0)
            {
                return PyErr.IndexError(kind == Kind.Decode ? "index out of range" : "string index out of range");
            }

            if (kind == Kind.Decode)
            {
                var b = PySequence.GetItem(Object, PyInt.From(Start));
                if (b is null)
                {
                    return null;
                }

                long value = ((PyInt)b).Small;
                return new PyStr($"{prefix}can't decode byte 0x{value.ToString("x2", CultureInfo.InvariantCulture)} in position {Start}: {reason}");
            }

            int cp = CodePointAt((PyStr)Object, (int)Start);
            string escaped = cp <= 0xFF ? "\\x" + cp.ToString("x2", CultureInfo.InvariantCulture)
                : cp <= 0xFFFF ? "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture)
                : "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture);
            return new PyStr($"{prefix}can't {verb} character '{escaped}' in position {Start}: {reason}");
        }

        string plural = kind == Kind.Decode ? "bytes" : "characters";
        return new PyStr($"{prefix}can't {verb} {plural} in position {Start}-{End - 1}: {reason}");
    }

    /// <summary>The code point at code-point index <paramref name="index"/> of a str.</summary>
    internal static int CodePointAt(PyStr s, int index)
    {
        if (s.CodePoints is { } cps)
        {
            return cps[index];
        }

        string v = s.Value;
        if (s.IsBmpOnly)
        {
            return v[index];
        }

        int n = 0;
        for (int i = 0; i < v.Length; i++, n++)
        {
            int cp = v[i];
            if (char.IsHighSurrogate(v[i]) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1]))
            {
                cp = char.ConvertToUtf32(v[i], v[i + 1]);
                i++;
            }

            if (n == index)
            {
                return cp;
            }
        }

        return 0;
    }
}
