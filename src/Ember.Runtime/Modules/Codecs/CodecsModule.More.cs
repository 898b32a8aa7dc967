using Ember.Runtime.Codecs;
using Ember.Runtime.Objects;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Codecs;

// The codec functions beyond the C# text codecs: utf-7, charmap, the escape codecs, readbuffer_encode.
public static partial class CodecsModule
{
    private static void AddMore(PyDict d)
    {
        Add(d, "utf_7_encode", static (args, kw) =>
        {
            if (!Positional("utf_7_encode", args, kw, 1, 2) || !StrArg("utf_7_encode", 1, args[0], out var s)
                || !ErrorsArg("utf_7_encode", args, 1, out _))
            {
                return null;
            }

            return Pair(Utf7.Encode(s), s.Length);
        });
        Add(d, "utf_7_decode", static (args, kw) =>
        {
            if (!Positional("utf_7_decode", args, kw, 1, 3) || !BufferArg(args[0], out var data)
                || !ErrorsArg("utf_7_decode", args, 1, out var errors) || !IntArg(args, 2, 0, out int final))
            {
                return null;
            }

            var result = Utf7.Decode(data, errors, final != 0, out int consumed);
            return result is null ? null : Pair(result, consumed);
        });
        Add(d, "charmap_encode", static (args, kw) =>
        {
            if (!Positional("charmap_encode", args, kw, 1, 3) || !StrArg("charmap_encode", 1, args[0], out var s)
                || !ErrorsArg("charmap_encode", args, 1, out var errors))
            {
                return null;
            }

            var result = Charmap.Encode(s, errors, args.Length > 2 ? args[2] : null);
            return result is null ? null : Pair(result, s.Length);
        });
        Add(d, "charmap_decode", static (args, kw) =>
        {
            if (!Positional("charmap_decode", args, kw, 1, 3) || !BufferArg(args[0], out var data)
                || !ErrorsArg("charmap_decode", args, 1, out var errors))
            {
                return null;
            }

            var result = Charmap.Decode(data, errors, args.Length > 2 ? args[2] : null);
            return result is null ? null : Pair(result, data.Length);
        });
        Add(d, "charmap_build", static (args, kw) =>
        {
            if (!Args.ExactlyOne("_codecs.charmap_build", args, kw))
            {
                return null;
            }

            if (args[0] is not PyStr table)
            {
                return Errors.PyErr.TypeError($"charmap_build() argument must be str, not {StrArgs.TypeNameForError(args[0])}");
            }

            return PyEncodingMap.Build(table);
        });
        Add(d, "unicode_escape_encode", static (args, kw) =>
        {
            if (!Positional("unicode_escape_encode", args, kw, 1, 2) || !StrArg("unicode_escape_encode", 1, args[0], out var s)
                || !ErrorsArg("unicode_escape_encode", args, 1, out _))
            {
                return null;
            }

            return Pair(EscapeCodecs.UnicodeEscapeEncode(s), s.Length);
        });
        Add(d, "raw_unicode_escape_encode", static (args, kw) =>
        {
            if (!Positional("raw_unicode_escape_encode", args, kw, 1, 2) || !StrArg("raw_unicode_escape_encode", 1, args[0], out var s)
                || !ErrorsArg("raw_unicode_escape_encode", args, 1, out _))
            {
                return null;
            }

            return Pair(EscapeCodecs.RawUnicodeEscapeEncode(s), s.Length);
        });
        Add(d, "unicode_escape_decode", static (args, kw) => EscapeDecode("unicode_escape_decode", args, kw, raw: false));
        Add(d, "raw_unicode_escape_decode", static (args, kw) => EscapeDecode("raw_unicode_escape_decode", args, kw, raw: true));
        Add(d, "escape_encode", static (args, kw) =>
        {
            if (!Positional("escape_encode", args, kw, 1, 2))
            {
                return null;
            }

            if (args[0] is not PyBytes data)
            {
                return Errors.PyErr.TypeError($"escape_encode() argument 1 must be bytes, not {StrArgs.TypeNameForError(args[0])}");
            }

            if (!ErrorsArg("escape_encode", args, 1, out _))
            {
                return null;
            }

            return Pair(EscapeCodecs.EscapeEncode(data.Data), data.Data.Length);
        });
        Add(d, "escape_decode", static (args, kw) =>
        {
            if (!Positional("escape_decode", args, kw, 1, 2) || !BufferOrStrArg(args[0], out var data)
                || !ErrorsArg("escape_decode", args, 1, out _))
            {
                return null;
            }

            string? errors = args.Length > 1 && args[1] is PyStr es ? es.Value : null;
            var result = EscapeCodecs.EscapeDecode(data, errors);
            return result is null ? null : Pair(result, data.Length);
        });
        Add(d, "readbuffer_encode", static (args, kw) =>
        {
            if (!Positional("readbuffer_encode", args, kw, 1, 2) || !BufferOrStrArg(args[0], out var data)
                || !ErrorsArg("readbuffer_encode", args, 1, out _))
            {
                return null;
            }

            return Pair(new PyBytes(data.ToArray()), data.Length);
        });
    }

    private static PyObject? EscapeDecode(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, bool raw)
    {
        if (!Positional(name, args, kw, 1, 3) || !BufferOrStrArg(args[0], out var data)
            || !ErrorsArg(name, args, 1, out var errors) || !IntArg(args, 2, 1, out int final))
        {
            return null;
        }

        var result = raw
            ? EscapeCodecs.RawUnicodeEscapeDecode(data, errors, final != 0, out int consumed)
            : EscapeCodecs.UnicodeEscapeDecode(data, errors, final != 0, out consumed);
        return result is null ? null : Pair(result, consumed);
    }
}
