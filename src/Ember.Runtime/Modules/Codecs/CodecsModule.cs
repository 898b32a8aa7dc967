using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Codecs;

/// <summary>
/// The <c>_codecs</c> module (Modules/_codecsmodule.c): the codec registry
/// (<see cref="PyCodecRegistry"/>), the error-handler registry, and the codec
/// functions the <c>encodings</c> package is written against, each returning
/// (output, consumed). Argument checks and messages follow its Argument Clinic
/// signatures: everything positional-only except encode/decode.
/// </summary>
public static partial class CodecsModule
{
    private static readonly ArgSpec s_encodeSpec = new("encode", ["obj", "encoding", "errors"], required: 1);
    private static readonly ArgSpec s_decodeSpec = new("decode", ["obj", "encoding", "errors"], required: 1);

    public static PyModule Create(PyInterpreterState interp)
    {
        var module = new PyModule("_codecs") { Origin = "built-in" };
        var d = module.Dict;
        d.SetItemStr("__doc__", PyNone.Instance);
        Add(d, "register", static (args, kw) =>
            Args.ExactlyOne("_codecs.register", args, kw) && PyCodecRegistry.Register(args[0]) ? PyNone.Instance : null);
        Add(d, "unregister", static (args, kw) =>
            Args.ExactlyOne("_codecs.unregister", args, kw) && PyCodecRegistry.Unregister(args[0]) ? PyNone.Instance : null);
        Add(d, "lookup", static (args, kw) =>
            Args.ExactlyOne("_codecs.lookup", args, kw) && SoleStr("lookup", args[0], out var name) ? PyCodecRegistry.Lookup(name) : null);
        Add(d, "encode", static (args, kw) => Transcode(s_encodeSpec, args, kw, encode: true));
        Add(d, "decode", static (args, kw) => Transcode(s_decodeSpec, args, kw, encode: false));
        Add(d, "register_error", static (args, kw) =>
        {
            if (!Positional("register_error", args, kw, 2, 2) || !StrArg("register_error", 1, args[0], out var name))
            {
                return null;
            }

            return PyCodecRegistry.RegisterError(name.Value, args[1]) ? PyNone.Instance : null;
        });
        Add(d, "lookup_error", static (args, kw) =>
            Args.ExactlyOne("_codecs.lookup_error", args, kw) && SoleStr("lookup_error", args[0], out var name) ? PyCodecRegistry.LookupError(name) : null);

        AddEncoder(d, "utf_8_encode", CodecKind.Utf8);
        AddDecoder(d, "utf_8_decode", CodecKind.Utf8, hasFinal: true);
        AddEncoder(d, "ascii_encode", CodecKind.Ascii);
        AddDecoder(d, "ascii_decode", CodecKind.Ascii, hasFinal: false);
        AddEncoder(d, "latin_1_encode", CodecKind.Latin1);
        AddDecoder(d, "latin_1_decode", CodecKind.Latin1, hasFinal: false);
        AddEncoder(d, "utf_16_le_encode", CodecKind.Utf16LE);
        AddEncoder(d, "utf_16_be_encode", CodecKind.Utf16BE);
        AddDecoder(d, "utf_16_decode", CodecKind.Utf16, hasFinal: true);
        AddDecoder(d, "utf_16_le_decode", CodecKind.Utf16LE, hasFinal: true);
        AddDecoder(d, "utf_16_be_decode", CodecKind.Utf16BE, hasFinal: true);
        AddEncoder(d, "utf_32_le_encode", CodecKind.Utf32LE);
        AddEncoder(d, "utf_32_be_encode", CodecKind.Utf32BE);
        AddDecoder(d, "utf_32_decode", CodecKind.Utf32, hasFinal: true);
        AddDecoder(d, "utf_32_le_decode", CodecKind.Utf32LE, hasFinal: true);
        AddDecoder(d, "utf_32_be_decode", CodecKind.Utf32BE, hasFinal: true);
        Add(d, "utf_16_encode", static (args, kw) => EncodeWithByteOrder("utf_16_encode", args, kw, CodecKind.Utf16, CodecKind.Utf16LE, CodecKind.Utf16BE));
        Add(d, "utf_32_encode", static (args, kw) => EncodeWithByteOrder("utf_32_encode", args, kw, CodecKind.Utf32, CodecKind.Utf32LE, CodecKind.Utf32BE));
        Add(d, "utf_16_ex_decode", static (args, kw) => ExDecode("utf_16_ex_decode", args, kw, CodecKind.Utf16));
        Add(d, "utf_32_ex_decode", static (args, kw) => ExDecode("utf_32_ex_decode", args, kw, CodecKind.Utf32));
        AddMore(d);
        return module;
    }

    private static void Add(PyDict d, string name, FunctionImpl impl) =>
        d.SetItemStr(name, new PyBuiltinFunction(name, impl, "_codecs"));

    // encode(obj, encoding='utf-8', errors='strict') and decode: any object through the registry.
    private static PyObject? Transcode(ArgSpec spec, ReadOnlySpan<PyObject> args, PyTuple? kw, bool encode)
    {
        Span<PyObject?> slots = [null, null, null];
        if (!spec.Parse(args, kw, slots))
        {
            return null;
        }

        string encoding = "utf-8";
        string? errors = null;
        if (slots[1] is { } e)
        {
            if (e is not PyStr es)
            {
                return PyErr.TypeError($"{spec.FunctionName}() argument 'encoding' must be str, not {StrArgs.TypeNameForError(e)}");
            }

            if (!NoEmbeddedNull(es))
            {
                return null;
            }

            encoding = es.Value;
        }

        if (slots[2] is { } r)
        {
            if (r is not PyStr rs)
            {
                return PyErr.TypeError($"{spec.FunctionName}() argument 'errors' must be str, not {StrArgs.TypeNameForError(r)}");
            }

            if (!NoEmbeddedNull(rs))
            {
                return null;
            }

            errors = rs.Value;
        }

        return encode ? PyCodecRegistry.Encode(slots[0]!, encoding, errors) : PyCodecRegistry.Decode(slots[0]!, encoding, errors);
    }

    private static bool NoEmbeddedNull(PyStr s)
    {
        if (s.Value.Contains('\0'))
        {
            PyErr.ValueError("embedded null character");
            return false;
        }

        return true;
    }

    /// <summary>A METH_O str argument: "lookup() argument must be str, not int".</summary>
    private static bool SoleStr(string function, PyObject o, out string value)
    {
        if (o is PyStr s)
        {
            value = s.Value;
            return NoEmbeddedNull(s);
        }

        value = string.Empty;
        PyErr.TypeError($"{function}() argument must be str, not {StrArgs.TypeNameForError(o)}");
        return false;
    }

    /// <summary>A str argument: "utf_8_encode() argument 1 must be str, not bytes".</summary>
    private static bool StrArg(string function, int position, PyObject o, out PyStr value)
    {
        if (o is PyStr s)
        {
            value = s;
            return true;
        }

        value = PyStr.Empty;
        PyErr.TypeError($"{function}() argument {position} must be str, not {StrArgs.TypeNameForError(o)}");
        return false;
    }

    /// <summary>The errors argument: str(accept={str, NoneType}); null when absent or None.</summary>
    private static bool ErrorsArg(string function, ReadOnlySpan<PyObject> args, int index, out string errors)
    {
        errors = "strict";
        if (args.Length <= index || args[index] is PyNone)
        {
            return true;
        }

        if (args[index] is not PyStr s)
        {
            PyErr.TypeError($"{function}() argument {index + 1} must be str or None, not {StrArgs.TypeNameForError(args[index])}");
            return false;
        }

        errors = s.Value;
        return NoEmbeddedNull(s);
    }

    /// <summary>A Py_buffer argument: "a bytes-like object is required, not 'str'".</summary>
    private static bool BufferArg(PyObject o, out ReadOnlySpan<byte> data)
    {
        if (BytesLike.TryGetBytes(o, out data))
        {
            return true;
        }

        PyErr.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");
        return false;
    }

    /// <summary>Py_buffer(accept={str, buffer}): a str is taken as its UTF-8.</summary>
    private static bool BufferOrStrArg(PyObject o, out ReadOnlySpan<byte> data)
    {
        if (o is PyStr s)
        {
            data = default;
            if (Encoder.Encode(s, CodecKind.Utf8, "strict") is not PyBytes utf8)
            {
                return false;
            }

            data = utf8.Data;
            return true;
        }

        return BufferArg(o, out data);
    }

    /// <summary>An int argument (_PyLong_AsInt), and a bool(accept={int}) one.</summary>
    private static bool IntArg(ReadOnlySpan<PyObject> args, int index, int defaultValue, out int value)
    {
        value = defaultValue;
        if (args.Length <= index)
        {
            return true;
        }

        var o = args[index];
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

        var big = i.ToBigInteger();
        if (big < int.MinValue || big > int.MaxValue)
        {
            PyErr.OverflowError("Python int too large to convert to C int");
            return false;
        }

        value = (int)big;
        return true;
    }

    // _PyArg_CheckPositional's count messages; the keyword refusal names the module, as the function's str does.
    private static bool Positional(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int min, int max) =>
        Args.Positional(name, "_codecs." + name, args, kw, min, max);

    private static PyObject Pair(PyObject output, long consumed) => PyTuple.Create(output, PyInt.From(consumed));

    private static void AddEncoder(PyDict d, string name, CodecKind kind) =>
        Add(d, name, (args, kw) =>
        {
            if (!Positional(name, args, kw, 1, 2) || !StrArg(name, 1, args[0], out var s) || !ErrorsArg(name, args, 1, out var errors))
            {
                return null;
            }

            var result = Encoder.Encode(s, kind, errors);
            return result is null ? null : Pair(result, s.Length);
        });

    private static void AddDecoder(PyDict d, string name, CodecKind kind, bool hasFinal) =>
        Add(d, name, (args, kw) =>
        {
            if (!Positional(name, args, kw, 1, hasFinal ? 3 : 2) || !BufferArg(args[0], out var data)
                || !ErrorsArg(name, args, 1, out var errors) || !IntArg(args, 2, 0, out int final))
            {
                return null;
            }

            int byteorder = 0;
            var result = Decoder.Decode(data, kind, errors, !hasFinal || final != 0, ref byteorder, out int consumed);
            return result is null ? null : Pair(result, consumed);
        });

    private static PyObject? EncodeWithByteOrder(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, CodecKind withBom, CodecKind little, CodecKind big)
    {
        if (!Positional(name, args, kw, 1, 3) || !StrArg(name, 1, args[0], out var s) || !ErrorsArg(name, args, 1, out var errors)
            || !IntArg(args, 2, 0, out int byteorder))
        {
            return null;
        }

        var kind = byteorder == 0 ? withBom : byteorder < 0 ? little : big;
        var result = Encoder.Encode(s, kind, errors);
        return result is null ? null : Pair(result, s.Length);
    }

    // utf_16_ex_decode(data, errors=None, byteorder=0, final=False) -> (str, consumed, byteorder)
    private static PyObject? ExDecode(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, CodecKind kind)
    {
        if (!Positional(name, args, kw, 1, 4) || !BufferArg(args[0], out var data) || !ErrorsArg(name, args, 1, out var errors)
            || !IntArg(args, 2, 0, out int byteorder) || !IntArg(args, 3, 0, out int final))
        {
            return null;
        }

        int bo = byteorder;
        var result = Decoder.Decode(data, kind, errors, final != 0, ref bo, out int consumed);
        return result is null ? null : PyTuple.Create([result, PyInt.From(consumed), PyInt.From(bo)]);
    }

}
