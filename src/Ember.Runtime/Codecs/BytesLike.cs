using Ember.Runtime.Objects;

namespace Ember.Runtime.Codecs;

/// <summary>The buffer protocol's simple case: the bytes of bytes, bytearray and memoryview objects.</summary>
public static class BytesLike
{
    /// <summary>Whether <paramref name="o"/> exposes a contiguous byte buffer, and its bytes.</summary>
    public static bool TryGetBytes(PyObject o, out ReadOnlySpan<byte> data)
    {
        switch (o)
        {
            case PyBytes b:
                data = b.Data;
                return true;
            case PyByteArray ba:
                data = ba.AsSpan();
                return true;
            case PyMemoryView mv when mv.TryGetSpan(out var span):
                data = span;
                return true;
            default:
                data = default;
                return false;
        }
    }
}
