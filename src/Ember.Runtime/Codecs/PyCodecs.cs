using Ember.Runtime.Objects;

namespace Ember.Runtime.Codecs;

/// <summary>
/// The entry points of str.encode, bytes.decode and str(bytes, encoding):
/// the C# codecs by (normalized) name; any other encoding goes through the
/// codec registry (PyUnicode_AsEncodedString / PyUnicode_Decode), which
/// refuses codecs that are not text encodings. A null <c>errors</c> is the
/// argument not given: "strict", and the registry's coder gets one argument.
/// </summary>
public static class PyCodecs
{
    /// <summary>str.encode(encoding, errors): a bytes object, or null with the exception pending.</summary>
    public static PyObject? Encode(PyStr s, string encoding, string? errors)
    {
        var kind = CodecRegistry.Lookup(encoding);
        if (kind == CodecKind.None)
        {
            return PyCodecRegistry.EncodeText(s, encoding, errors);
        }

        var result = Encoder.Encode(s, kind, errors ?? "strict");
        if (result is null && !CodecRegistry.IsBuiltinFastPath(encoding))
        {
            CodecErrors.WrapCodecError("encoding", encoding);
        }

        return result;
    }

    /// <summary>Decoding as codecs.decode does: a str, or null with the exception pending.</summary>
    public static PyObject? Decode(ReadOnlySpan<byte> data, string encoding, string? errors)
    {
        var kind = CodecRegistry.Lookup(encoding);
        if (kind == CodecKind.None)
        {
            return PyCodecRegistry.DecodeText(data, encoding, errors);
        }

        var result = Decoder.Decode(data, kind, errors ?? "strict");
        if (result is null && !CodecRegistry.IsBuiltinFastPath(encoding))
        {
            CodecErrors.WrapCodecError("decoding", encoding);
        }

        return result;
    }

    /// <summary>
    /// bytes.decode and str(bytes, encoding, errors) (PyUnicode_FromEncodedObject):
    /// empty input gives '' without looking the codec up, as in CPython.
    /// </summary>
    public static PyObject? DecodeObject(ReadOnlySpan<byte> data, string encoding, string? errors) =>
        data.Length == 0 ? PyStr.Empty : Decode(data, encoding, errors);

    /// <summary>Encodes with a codec already looked up.</summary>
    public static PyObject? Encode(PyStr s, CodecKind kind, string errors) => Encoder.Encode(s, kind, errors);

    /// <summary>Decodes with a codec already looked up.</summary>
    public static PyObject? Decode(ReadOnlySpan<byte> data, CodecKind kind, string errors) => Decoder.Decode(data, kind, errors);
}
