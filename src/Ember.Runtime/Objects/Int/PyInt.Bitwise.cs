using System.Numerics;
using System.Runtime.CompilerServices;
using Ember.Runtime.Errors;

namespace Ember.Runtime.Objects;

/// <summary>
/// int's &lt;&lt; &gt;&gt; &amp; | ^ (Objects/longobject.c). Negative values behave as
/// infinite two's complement, which is what BigInteger's operators do too.
/// </summary>
public partial class PyInt
{
    public static PyObject? LShift(PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y)
        {
            return PyNotImplemented.Instance;
        }

        if (y.Sign < 0)
        {
            return PyErr.ValueError("negative shift count");
        }

        if (x.IsZero)
        {
            return Zero;
        }

        if (x.Big is null && y.Small < 63 && y.Big is null)
        {
            int n = (int)y.Small;
            long shifted = x.Small << n;
            if (shifted >> n == x.Small)
            {
                return From(shifted);
            }
        }

        return LShiftSlow(x, y);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LShiftSlow(PyInt x, PyInt y)
    {
        // CPython clips a count past ssize_t and then fails in _PyLong_New's size check.
        if (y.Big is not null)
        {
            return PyErr.OverflowError("too many digits in integer");
        }

        if (y.Small > MaxBits)
        {
            return PyErr.NoMemory();
        }

        return From(x.ToBigInteger() << (int)y.Small);
    }

    public static PyObject? RShift(PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y)
        {
            return PyNotImplemented.Instance;
        }

        if (y.Sign < 0)
        {
            return PyErr.ValueError("negative shift count");
        }

        if (x.Big is null)
        {
            // An arithmetic shift floors, as Python's >> does; past 63 bits only the sign is left.
            return From(y.Big is null && y.Small < 64 ? x.Small >> (int)y.Small : x.Small < 0 ? -1 : 0);
        }

        if (y.Big is not null || y.Small >= (long)x.Big.Value.GetBitLength() + 1)
        {
            return x.Big.Value.Sign < 0 ? MinusOne : Zero;
        }

        return From(x.Big.Value >> (int)y.Small);
    }

    public static PyObject? And(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            return x.Big is null && y.Big is null ? From(x.Small & y.Small) : From(x.ToBigInteger() & y.ToBigInteger());
        }

        return PyNotImplemented.Instance;
    }

    public static PyObject? Or(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            return x.Big is null && y.Big is null ? From(x.Small | y.Small) : From(x.ToBigInteger() | y.ToBigInteger());
        }

        return PyNotImplemented.Instance;
    }

    public static PyObject? Xor(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            return x.Big is null && y.Big is null ? From(x.Small ^ y.Small) : From(x.ToBigInteger() ^ y.ToBigInteger());
        }

        return PyNotImplemented.Instance;
    }
}
