namespace Ember.Runtime.Objects;

internal static partial class BytesPercent
{
    private static partial PyObject? FormatCore(ReadOnlySpan<byte> format, PyObject args, bool asByteArray) => PyNotImplemented.Instance;
}
