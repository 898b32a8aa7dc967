namespace Ember.Runtime.Objects;

/// <summary><c>bytes % args</c> (PEP 461, Objects/bytesobject.c _PyBytes_FormatEx).</summary>
internal static partial class BytesPercent
{
    public static PyObject? Format(ReadOnlySpan<byte> format, PyObject args, bool asByteArray) => FormatCore(format, args, asByteArray);

    private static partial PyObject? FormatCore(ReadOnlySpan<byte> format, PyObject args, bool asByteArray);
}
