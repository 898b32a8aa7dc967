using System.Globalization;
using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;

namespace Ember.Runtime.Codecs;

/// <summary>
/// The error handlers as Python sees them (Python/codecs.c): the builtin
/// functions <c>codecs.lookup_error</c> returns, taking a UnicodeError and
/// returning (replacement, resume position); and the calls a codec makes to a
/// handler registered from Python, with CPython's checks of what it returns.
/// </summary>
public static class ErrorCallbacks
{
    /// <summary>The names the registry starts with, in codecs.c's order.</summary>
    public static readonly string[] BuiltinNames =
        ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogateescape", "surrogatepass"];

    /// <summary>The builtin function registered under <paramref name="name"/>.</summary>
    internal static PyBuiltinFunction CreateBuiltin(string name)
    {
        string functionName = name is "surrogateescape" or "surrogatepass" ? name : name + "_errors";
        var handler = ErrorHandlers.Parse(name);
        return handler switch
        {
            ErrorHandler.Strict => new(functionName, static (args, kw) => One(args, kw, "strict_errors") ? Strict(args[0]) : null),
            ErrorHandler.Ignore => new(functionName, static (args, kw) => One(args, kw, "ignore_errors") ? Ignore(args[0]) : null),
            ErrorHandler.Replace => new(functionName, static (args, kw) => One(args, kw, "replace_errors") ? Replace(args[0]) : null),
            ErrorHandler.XmlCharRefReplace => new(functionName, static (args, kw) => One(args, kw, "xmlcharrefreplace_errors") ? XmlCharRefReplace(args[0]) : null),
            ErrorHandler.BackslashReplace => new(functionName, static (args, kw) => One(args, kw, "backslashreplace_errors") ? BackslashReplace(args[0]) : null),
            ErrorHandler.NameReplace => new(functionName, static (args, kw) => One(args, kw, "namereplace_errors") ? NameReplace(args[0]) : null),
            ErrorHandler.SurrogateEscape => new(functionName, static (args, kw) => One(args, kw, "surrogateescape") ? SurrogateEscape(args[0]) : null),
            _ => new(functionName, static (args, kw) => One(args, kw, "surrogatepass") ? SurrogatePass(args[0]) : null),
        };
    }

    private static bool One(ReadOnlySpan<PyObject> args, Objects.PyTuple? kw, string name) => Types.Args.ExactlyOne(name, args, kw);

    /// <summary>
    /// Runs the handler named <paramref name="errors"/> on <paramref name="exc"/>:
    /// the builtin ones directly, any other through the registry. Returns the
    /// handler's result, or null with the error pending.
    /// </summary>
    public static PyObject? Invoke(string errors, PyUnicodeError exc)
    {
        switch (ErrorHandlers.Parse(errors))
        {
            case ErrorHandler.Strict: return Strict(exc);
            case ErrorHandler.Ignore: return Ignore(exc);
            case ErrorHandler.Replace: return Replace(exc);
            case ErrorHandler.XmlCharRefReplace: return XmlCharRefReplace(exc);
            case ErrorHandler.BackslashReplace: return BackslashReplace(exc);
            case ErrorHandler.NameReplace: return NameReplace(exc);
            case ErrorHandler.SurrogateEscape: return SurrogateEscape(exc);
            case ErrorHandler.SurrogatePass: return SurrogatePass(exc);
        }

        var handler = PyCodecRegistry.LookupError(errors);
        return handler is null ? null : PyCall.Call(handler, exc);
    }

    /// <summary>Makes the UnicodeEncodeError a codec hands to its handler.</summary>
    public static PyUnicodeError? NewEncodeError(string encoding, PyStr source, long start, long end, string reason) =>
        PyErr.CreateException(PyExc.UnicodeEncodeError, [new PyStr(encoding), source, PyInt.From(start), PyInt.From(end), new PyStr(reason)]) as PyUnicodeError;

    /// <summary>Makes the UnicodeDecodeError a codec hands to its handler.</summary>
    public static PyUnicodeError? NewDecodeError(string encoding, PyBytes source, long start, long end, string reason) =>
        PyErr.CreateException(PyExc.UnicodeDecodeError, [new PyStr(encoding), source, PyInt.From(start), PyInt.From(end), new PyStr(reason)]) as PyUnicodeError;

    /// <summary>
    /// unicode_encode_call_errorhandler: calls the handler for [start, end) of
    /// <paramref name="source"/>; the replacement is a str or bytes and the
    /// position where encoding resumes is in range. False with the error pending.
    /// </summary>
    public static bool CallEncode(string errors, string encoding, PyStr source, int length, int start, int end, string reason,
        out PyObject replacement, out int newPos)
    {
        replacement = PyStr.Empty;
        newPos = 0;
        var exc = NewEncodeError(encoding, source, start, end, reason);
        if (exc is null)
        {
            return false;
        }

        var result = Invoke(errors, exc);
        if (result is null)
        {
            return false;
        }

        // PyArg_ParseTuple(result, "On;..."): the shape, the position's conversion, then the replacement's type.
        const string message = "encoding error handler must return (str/bytes, int) tuple";
        if (result is not PyTuple { Count: 2 } t)
        {
            PyErr.TypeError(message);
            return false;
        }

        if (!Position(t[1], length, out newPos, t[0] is PyStr or PyBytes ? null : message))
        {
            return false;
        }

        replacement = t[0];
        return true;
    }

    /// <summary>
    /// unicode_decode_call_errorhandler_writer: calls the handler for [start, end)
    /// of <paramref name="source"/>; gives the replacement str and the resume position.
    /// </summary>
    public static bool CallDecode(string errors, string encoding, PyBytes source, int start, int end, string reason,
        out PyStr replacement, out int newPos)
    {
        replacement = PyStr.Empty;
        newPos = 0;
        var exc = NewDecodeError(encoding, source, start, end, reason);
        if (exc is null)
        {
            return false;
        }

        var result = Invoke(errors, exc);
        if (result is null)
        {
            return false;
        }

        const string message = "decoding error handler must return (str, int) tuple";
        if (result is not PyTuple { Count: 2 } t)
        {
            PyErr.TypeError(message);
            return false;
        }

        int length = exc.Object is PyBytes b ? b.Data.Length : source.Data.Length;
        if (!Position(t[1], length, out newPos, t[0] is PyStr ? null : message))
        {
            return false;
        }

        replacement = (PyStr)t[0];
        return true;
    }

    // The resume position: an index-sized int ('n'), then the replacement's type error if any, then the range.
    private static bool Position(PyObject pos, int length, out int newPos, string? badReplacement)
    {
        newPos = 0;
        var index = PyNumber.Index(pos);
        if (index is null)
        {
            return false;
        }

        if (!index.IsSmall)
        {
            PyErr.OverflowError("Python int too large to convert to C ssize_t");
            return false;
        }

        if (badReplacement is not null)
        {
            PyErr.TypeError(badReplacement);
            return false;
        }

        long p = index.Small;

        if (p < 0)
        {
            p += length;
        }

        if (p < 0 || p > length)
        {
            PyErr.SetString(PyExc.IndexError, $"position {p} from error handler out of bounds");
            return false;
        }

        newPos = (int)p;
        return true;
    }

    private static PyObject? Strict(PyObject exc)
    {
        if (exc is PyBaseException e)
        {
            PyErr.Raise(e);
            return null;
        }

        return PyErr.TypeError("codec must pass exception instance");
    }

    private static PyObject? CannotHandle(PyObject exc) => PyErr.TypeError($"don't know how to handle {exc.Type.Name} in error callback");

    private enum Kind
    {
        Encode,
        Decode,
        Translate,
    }

    private static Kind? KindOf(PyObject exc) =>
        exc is not PyUnicodeError ? null
        : exc.Type.IsSubtypeOf(PyExc.UnicodeEncodeError) ? Kind.Encode
        : exc.Type.IsSubtypeOf(PyExc.UnicodeDecodeError) ? Kind.Decode
        : exc.Type.IsSubtypeOf(PyExc.UnicodeTranslateError) ? Kind.Translate
        : null;

    /// <summary>
    /// PyUnicode{Encode,Decode}Error_GetStart/GetEnd: the range clamped to the
    /// object, whose type is checked. False with TypeError pending.
    /// </summary>
    private static bool Range(PyUnicodeError e, Kind kind, out long start, out long end, out int[] cps, out byte[] bytes)
    {
        cps = [];
        bytes = [];
        start = end = 0;
        long size;
        if (kind == Kind.Decode)
        {
            if (e.Object is not PyBytes b)
            {
                PyErr.TypeError(e.Object is null ? "object attribute not set" : "object attribute must be bytes");
                return false;
            }

            bytes = b.Data.ToArray();
            size = bytes.Length;
        }
        else
        {
            if (e.Object is not PyStr s)
            {
                PyErr.TypeError(e.Object is null ? "object attribute not set" : "object attribute must be unicode");
                return false;
            }

            cps = s.GetCodePoints();
            size = cps.Length;
        }

        start = e.Start < 0 ? 0 : e.Start >= size ? size - 1 : e.Start;
        if (start < 0)
        {
            start = 0;
        }

        end = e.End < 1 ? 1 : e.End > size ? size : e.End;
        return true;
    }

    private static PyObject Result(PyObject replacement, long pos) => PyTuple.Create(replacement, PyInt.From(pos));

    private static PyObject? Ignore(PyObject exc)
    {
        if (KindOf(exc) is not { } kind)
        {
            return CannotHandle(exc);
        }

        var e = (PyUnicodeError)exc;
        return Range(e, kind, out _, out long end, out _, out _) ? Result(PyStr.Empty, end) : null;
    }

    private static PyObject? Replace(PyObject exc)
    {
        if (KindOf(exc) is not { } kind)
        {
            return CannotHandle(exc);
        }

        var e = (PyUnicodeError)exc;
        if (!Range(e, kind, out long start, out long end, out _, out _))
        {
            return null;
        }

        long n = Math.Max(0, end - start);
        var rep = kind switch
        {
            Kind.Encode => new PyStr(new string('?', (int)n)),
            Kind.Decode => PyStr.FromCodePoint(0xFFFD),
            _ => new PyStr(new string('\uFFFD', (int)n)),
        };
        return Result(rep, end);
    }

    private static PyObject? XmlCharRefReplace(PyObject exc)
    {
        if (KindOf(exc) != Kind.Encode)
        {
            return CannotHandle(exc);
        }

        var e = (PyUnicodeError)exc;
        if (!Range(e, Kind.Encode, out long start, out long end, out var cps, out _))
        {
            return null;
        }

        var sb = new StringBuilder();
        for (long i = start; i < end; i++)
        {
            sb.Append("&#").Append(cps[i].ToString(CultureInfo.InvariantCulture)).Append(';');
        }

        return Result(new PyStr(sb.ToString()), end);
    }

    private static PyObject? BackslashReplace(PyObject exc)
    {
        if (KindOf(exc) is not { } kind)
        {
            return CannotHandle(exc);
        }

        var e = (PyUnicodeError)exc;
        if (!Range(e, kind, out long start, out long end, out var cps, out var bytes))
        {
            return null;
        }

        var sb = new StringBuilder();
        for (long i = start; i < end; i++)
        {
            sb.Append(Encoder.BackslashEscape(kind == Kind.Decode ? bytes[i] : cps[i]));
        }

        return Result(new PyStr(sb.ToString()), end);
    }

    private static PyObject? NameReplace(PyObject exc)
    {
        if (KindOf(exc) != Kind.Encode)
        {
            return CannotHandle(exc);
        }

        var e = (PyUnicodeError)exc;
        if (!Range(e, Kind.Encode, out long start, out long end, out var cps, out _))
        {
            return null;
        }

        var sb = new StringBuilder();
        for (long i = start; i < end; i++)
        {
            string? name = UnicodeNameLookup.NameOf(cps[i]);
            sb.Append(name is null ? Encoder.BackslashEscape(cps[i]) : "\\N{" + name + "}");
        }

        return Result(new PyStr(sb.ToString()), end);
    }

    private static PyObject? SurrogateEscape(PyObject exc)
    {
        var kind = KindOf(exc);
        if (kind is null or Kind.Translate)
        {
            return CannotHandle(exc);
        }

        var e = (PyUnicodeError)exc;
        if (!Range(e, kind.Value, out long start, out long end, out var cps, out var bytes))
        {
            return null;
        }

        if (kind == Kind.Encode)
        {
            var output = new byte[Math.Max(0, end - start)];
            for (long i = start; i < end; i++)
            {
                int c = cps[i];
                if (c is < 0xDC80 or > 0xDCFF)
                {
                    return Strict(exc);
                }

                output[i - start] = (byte)(c - 0xDC00);
            }

            return Result(new PyBytes(output), end);
        }

        var rep = new List<int>(4);
        int consumed = 0;
        while (consumed < 4 && consumed < end - start)
        {
            byte b = bytes[start + consumed];
            if (b < 128)
            {
                break;
            }

            rep.Add(0xDC00 + b);
            consumed++;
        }

        if (consumed == 0)
        {
            return Strict(exc);
        }

        return Result(PyStr.FromCodePoints(rep.ToArray()), start + consumed);
    }

    private enum Standard
    {
        Unknown,
        Utf8,
        Utf16LE,
        Utf16BE,
        Utf32LE,
        Utf32BE,
    }

    // get_standard_encoding: the utf-8/16/32 names surrogatepass understands, and their byte length.
    private static Standard StandardEncoding(PyObject? encoding, out int length)
    {
        length = 0;
        if (encoding is not PyStr s)
        {
            return Standard.Unknown;
        }

        string name = s.Value;
        if (name.Length >= 3 && string.Compare(name, 0, "utf", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
        {
            string rest = name[3..];
            if (rest.Length > 0 && rest[0] is '-' or '_')
            {
                rest = rest[1..];
            }

            rest = rest.ToLowerInvariant();
            switch (rest)
            {
                case "8":
                    length = 3;
                    return Standard.Utf8;
                case "16" or "16-le" or "16le" or "16_le":
                    length = 2;
                    return rest == "16" && !BitConverter.IsLittleEndian ? Standard.Utf16BE : Standard.Utf16LE;
                case "16-be" or "16be" or "16_be":
                    length = 2;
                    return Standard.Utf16BE;
                case "32" or "32-le" or "32le" or "32_le":
                    length = 4;
                    return Standard.Utf32LE;
                case "32-be" or "32be" or "32_be":
                    length = 4;
                    return Standard.Utf32BE;
            }
        }
        else if (name == "CP_UTF8")
        {
            length = 3;
            return Standard.Utf8;
        }

        return Standard.Unknown;
    }

    private static PyObject? SurrogatePass(PyObject exc)
    {
        var kind = KindOf(exc);
        if (kind is null or Kind.Translate)
        {
            return CannotHandle(exc);
        }

        var e = (PyUnicodeError)exc;
        if (!Range(e, kind.Value, out long start, out long end, out var cps, out var bytes))
        {
            return null;
        }

        var code = StandardEncoding(e.Encoding, out int length);
        if (code == Standard.Unknown)
        {
            return Strict(exc);
        }

        if (kind == Kind.Encode)
        {
            var output = new ByteBuilder();
            for (long i = start; i < end; i++)
            {
                int c = cps[i];
                if ((uint)(c - 0xD800) >= 0x800)
                {
                    return Strict(exc);
                }

                switch (code)
                {
                    case Standard.Utf8: Encoder.WriteUtf8(output, c); break;
                    case Standard.Utf16LE: output.Add([(byte)c, (byte)(c >> 8)]); break;
                    case Standard.Utf16BE: output.Add([(byte)(c >> 8), (byte)c]); break;
                    case Standard.Utf32LE: output.Add([(byte)c, (byte)(c >> 8), 0, 0]); break;
                    default: output.Add([0, 0, (byte)(c >> 8), (byte)c]); break;
                }
            }

            return Result(new PyBytes(output.ToArray()), end);
        }

        int cp = 0;
        long p = start;
        if (bytes.Length - p >= length)
        {
            switch (code)
            {
                case Standard.Utf8:
                    if ((bytes[p] & 0xF0) == 0xE0 && (bytes[p + 1] & 0xC0) == 0x80 && (bytes[p + 2] & 0xC0) == 0x80)
                    {
                        cp = ((bytes[p] & 0x0F) << 12) + ((bytes[p + 1] & 0x3F) << 6) + (bytes[p + 2] & 0x3F);
                    }

                    break;
                case Standard.Utf16LE: cp = (bytes[p + 1] << 8) | bytes[p]; break;
                case Standard.Utf16BE: cp = (bytes[p] << 8) | bytes[p + 1]; break;
                case Standard.Utf32LE: cp = (bytes[p + 3] << 24) | (bytes[p + 2] << 16) | (bytes[p + 1] << 8) | bytes[p]; break;
                default: cp = (bytes[p] << 24) | (bytes[p + 1] << 16) | (bytes[p + 2] << 8) | bytes[p + 3]; break;
            }
        }

        if ((uint)(cp - 0xD800) >= 0x800)
        {
            return Strict(exc);
        }

        return Result(PyStr.FromCodePoint(cp), start + length);
    }
}
