using Ember.Runtime.Errors;

namespace Ember.Runtime.Objects;

/// <summary>
/// Subscripting str, bytes and bytearray with a slice object. The slice type
/// belongs to the containers; until it is available no key is a slice here.
/// </summary>
internal static class StrSlicing
{
    public static bool TryGetSlice(PyStr s, PyObject key, out PyObject? result)
    {
        result = null;
        return false;
    }

    public static bool TryGetSliceBytes(PyObject self, ReadOnlySpan<byte> data, PyObject key, out PyObject? result)
    {
        result = null;
        return false;
    }

    public static bool TrySetSliceBytes(PyByteArray self, PyObject key, PyObject? value, out bool ok)
    {
        ok = false;
        return false;
    }

    public static bool TryGetSliceView(PyMemoryView view, PyObject key, out PyObject? result)
    {
        result = null;
        return false;
    }

    public static bool TrySetSliceView(PyMemoryView view, Span<byte> target, PyObject key, PyObject value)
    {
        PyErr.TypeError("memoryview: invalid slice key");
        return false;
    }
}
