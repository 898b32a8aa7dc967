using System.Numerics;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;

namespace Ember.Runtime.Objects;

/// <summary>
/// Conversions from Python objects to .NET integers for builtins and modules
/// (CPython's PyLong_AsLong, _PyLong_AsInt, PyLong_AsSsize_t, PyLong_AsUnsignedLong).
/// Each accepts an int or an object with __index__ and returns false with
/// CPython's exception pending when the value is not an integer or does not fit.
/// </summary>
public static class PyLong
{
    /// <summary>PyLong_AsLong: OverflowError "Python int too large to convert to C long".</summary>
    public static bool AsLong(PyObject o, out long value)
    {
        if (o is PyInt fast && fast.IsSmall)
        {
            value = fast.Small;
            return true;
        }

        var i = PyNumber.Index(o);
        if (i is null)
        {
            value = 0;
            return false;
        }

        if (!i.IsSmall)
        {
            PyErr.OverflowError("Python int too large to convert to C long");
            value = 0;
            return false;
        }

        value = i.Small;
        return true;
    }

    /// <summary>_PyLong_AsInt: OverflowError "Python int too large to convert to C int".</summary>
    public static bool AsInt(PyObject o, out int value)
    {
        value = 0;
        var i = PyNumber.Index(o);
        if (i is null)
        {
            return false;
        }

        if (!i.IsSmall || i.Small is > int.MaxValue or < int.MinValue)
        {
            PyErr.OverflowError("Python int too large to convert to C int");
            return false;
        }

        value = (int)i.Small;
        return true;
    }

    /// <summary>PyLong_AsSsize_t on an object with __index__: OverflowError "Python int too large to convert to C ssize_t".</summary>
    public static bool AsSsize(PyObject o, out long value)
    {
        if (o is PyInt fast && fast.IsSmall)
        {
            value = fast.Small;
            return true;
        }

        var i = PyNumber.Index(o);
        if (i is null)
        {
            value = 0;
            return false;
        }

        if (!i.IsSmall)
        {
            PyErr.OverflowError("Python int too large to convert to C ssize_t");
            value = 0;
            return false;
        }

        value = i.Small;
        return true;
    }

    /// <summary>PyLong_AsUnsignedLong on an int: "can't convert negative value to unsigned int" / "Python int too large to convert to C unsigned long".</summary>
    public static bool AsUnsignedLong(PyObject o, out ulong value)
    {
        value = 0;
        if (o is not PyInt i)
        {
            PyErr.TypeError("an integer is required");
            return false;
        }

        if (i.Sign < 0)
        {
            PyErr.OverflowError("can't convert negative value to unsigned int");
            return false;
        }

        var big = i.ToBigInteger();
        if (big > ulong.MaxValue)
        {
            PyErr.OverflowError("Python int too large to convert to C unsigned long");
            return false;
        }

        value = (ulong)big;
        return true;
    }

    /// <summary>The value of an int or an object with __index__ as a BigInteger; false with TypeError pending otherwise.</summary>
    public static bool AsBigInteger(PyObject o, out BigInteger value)
    {
        var i = o as PyInt ?? PyNumber.Index(o);
        if (i is null)
        {
            value = default;
            return false;
        }

        value = i.ToBigInteger();
        return true;
    }

    /// <summary>
    /// The bytes of a bytes-like object (bytes, bytearray, memoryview) for int() and
    /// int.from_bytes; false, with nothing pending, for anything else.
    /// </summary>
    public static bool TryGetBytes(PyObject o, out ReadOnlySpan<byte> data) => Codecs.BytesLike.TryGetBytes(o, out data);
}
