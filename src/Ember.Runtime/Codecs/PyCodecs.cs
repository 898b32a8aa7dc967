using Ember.Runtime.Objects;

namespace Ember.Runtime.Codecs;

/// <summary>
/// The entry points of str.encode, bytes.decode and str(bytes, encoding):
/// the C# codecs by (normalized) name. An encoding Ember has no C# codec for
/// is a LookupError "unknown encoding: x" until the codec registry (the
/// codecs module and the encodings package) is in place.
/// </summary>
public static class PyCodecs
{
    /// <summary>str.encode(encoding, errors): a bytes object, or null with the exception pending.</summary>
    public static PyObject? Encode(PyStr s, string encoding, string errors)
    {
        var kind = CodecRegistry.Lookup(encoding);
        if (kind == CodecKind.None)
        {
            return CodecErrors.UnknownEncoding(encoding);
        }

        var result = Encoder.Encode(s, kind, errors);
        if (result is null && !CodecRegistry.IsBuiltinFastPath(encoding))
        {
            CodecErrors.WrapCodecError("encoding", encoding);
        }

        return result;
    }

    /// <summary>Decoding as codecs.decode does: a str, or null with the exception pending.</summary>
    public static PyObject? Decode(ReadOnlySpan<byte> data, string encoding, string errors)
    {
        var kind = CodecRegistry.Lookup(encoding);
        if (kind == CodecKind.None)
        {
            return CodecErrors.UnknownEncoding(encoding);
        }

        var result = Decoder.Decode(data, kind, errors);
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
    public static PyObject? DecodeObject(ReadOnlySpan<byte> data, string encoding, string errors) =>
        data.Length == 0 ? PyStr.Empty : Decode(data, encoding, errors);

    /// <summary>Encodes with a codec already looked up.</summary>
    public static PyObject? Encode(PyStr s, CodecKind kind, string errors) => Encoder.Encode(s, kind, errors);

    /// <summary>Decodes with a codec already looked up.</summary>
    public static PyObject? Decode(ReadOnlySpan<byte> data, CodecKind kind, string errors) => Decoder.Decode(data, kind, errors);
}
