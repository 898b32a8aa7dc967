using System.Numerics;
using System.Runtime.CompilerServices;
using Ember.Runtime.Errors;

namespace Ember.Runtime.Objects;

/// <summary>
/// int's + - * // % divmod and unary operators (Objects/longobject.c). Each
/// slot accepts any int (bool and subclasses included) on both sides and
/// returns NotImplemented otherwise. Values that fit in 64 bits are computed
/// with overflow checks and never touch BigInteger unless the result does
/// not fit.
/// </summary>
public partial class PyInt
{
    public static PyObject? Add(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            if (x.Big is null && y.Big is null)
            {
                long l = x.Small, r = y.Small, s = l + r;
                if (((l ^ s) & (r ^ s)) >= 0)
                {
                    return From(s);
                }
            }

            return From(x.ToBigInteger() + y.ToBigInteger());
        }

        return PyNotImplemented.Instance;
    }

    public static PyObject? Subtract(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            if (x.Big is null && y.Big is null)
            {
                long l = x.Small, r = y.Small, d = l - r;
                if (((l ^ r) & (l ^ d)) >= 0)
                {
                    return From(d);
                }
            }

            return From(x.ToBigInteger() - y.ToBigInteger());
        }

        return PyNotImplemented.Instance;
    }

    public static PyObject? Multiply(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            if (x.Big is null && y.Big is null)
            {
                long high = Math.BigMul(x.Small, y.Small, out long low);
                if (high == (low >> 63))
                {
                    return From(low);
                }
            }

            return From(x.ToBigInteger() * y.ToBigInteger());
        }

        return PyNotImplemented.Instance;
    }

    public static PyObject? FloorDivide(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            if (x.Big is null && y.Big is null && y.Small != 0 && !(x.Small == long.MinValue && y.Small == -1))
            {
                return From(FloorDiv(x.Small, y.Small));
            }

            if (y.IsZero)
            {
                return PyErr.ZeroDivisionError("integer division or modulo by zero");
            }

            return From(FloorDivMod(x.ToBigInteger(), y.ToBigInteger(), out _));
        }

        return PyNotImplemented.Instance;
    }

    public static PyObject? Remainder(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            if (x.Big is null && y.Big is null && y.Small != 0)
            {
                // long.MinValue % -1 traps in .NET; the answer is 0 for any divisor -1.
                return y.Small == -1 ? Zero : From(FloorMod(x.Small, y.Small));
            }

            if (y.IsZero)
            {
                return PyErr.ZeroDivisionError("integer modulo by zero");
            }

            FloorDivMod(x.ToBigInteger(), y.ToBigInteger(), out var mod);
            return From(mod);
        }

        return PyNotImplemented.Instance;
    }

    public static PyObject? DivMod(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            if (x.Big is null && y.Big is null && y.Small != 0 && !(x.Small == long.MinValue && y.Small == -1))
            {
                long q = FloorDiv(x.Small, y.Small);
                return PyTuple.Create(From(q), From(x.Small - (q * y.Small)));
            }

            if (y.IsZero)
            {
                return PyErr.ZeroDivisionError("integer division or modulo by zero");
            }

            var div = FloorDivMod(x.ToBigInteger(), y.ToBigInteger(), out var mod);
            return PyTuple.Create(From(div), From(mod));
        }

        return PyNotImplemented.Instance;
    }

    public static PyObject? TrueDivide(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            // Both exactly representable: one IEEE division is correctly rounded.
            const long exact = 1L << 53;
            if (x.Big is null && y.Big is null && x.Small >= -exact && x.Small <= exact && y.Small >= -exact && y.Small <= exact)
            {
                if (y.Small == 0)
                {
                    return PyErr.ZeroDivisionError("division by zero");
                }

                return new PyFloat((double)x.Small / y.Small);
            }

            return TrueDivideSlow(x.ToBigInteger(), y.ToBigInteger());
        }

        return PyNotImplemented.Instance;
    }

    /// <summary>
    /// a / b correctly rounded for any size (long_true_divide): an integer
    /// quotient with at least 55 significant bits plus a sticky bit for the
    /// remainder, then one rounding to double.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? TrueDivideSlow(BigInteger a, BigInteger b)
    {
        if (b.IsZero)
        {
            return PyErr.ZeroDivisionError("division by zero");
        }

        if (a.IsZero)
        {
            return new PyFloat(b.Sign < 0 ? -0.0 : 0.0);
        }

        bool negative = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        long diff = (long)a.GetBitLength() - (long)b.GetBitLength();
        if (diff > 1025)
        {
            return PyErr.OverflowError("integer division result too large for a float");
        }

        double result;
        if (diff < -1080)
        {
            result = 0.0;
        }
        else
        {
            long k = 55 - diff;
            BigInteger q = k >= 0 ? BigInteger.DivRem(a << (int)k, b, out var rem) : BigInteger.DivRem(a, b << (int)-k, out rem);
            BigInteger mantissa = (q << 1) + (rem.IsZero ? BigInteger.Zero : BigInteger.One);
            if (!Text.FloatConversions.TryScaleToDouble(mantissa, -k - 1, out result))
            {
                return PyErr.OverflowError("integer division result too large for a float");
            }
        }

        return new PyFloat(negative ? -result : result);
    }

    public static PyObject? Negative(PyObject a)
    {
        var x = (PyInt)a;
        if (x.Big is null && x.Small != long.MinValue)
        {
            return From(-x.Small);
        }

        return From(-x.ToBigInteger());
    }

    public static PyObject? Positive(PyObject a) => ((PyInt)a).AsExact();

    public static PyObject? Absolute(PyObject a)
    {
        var x = (PyInt)a;
        if (x.Big is null)
        {
            return x.Small >= 0 ? x.AsExact() : x.Small != long.MinValue ? From(-x.Small) : From(-(BigInteger)x.Small);
        }

        return x.Big.Value.Sign >= 0 ? x.AsExact() : From(-x.Big.Value);
    }

    public static PyObject? Invert(PyObject a)
    {
        var x = (PyInt)a;
        if (x.Big is null)
        {
            // ~x == -(x + 1) never overflows for a long.
            return From(~x.Small);
        }

        return From(-(x.Big.Value + BigInteger.One));
    }

    /// <summary>Python's floor division of longs; the caller excludes a zero divisor and MinValue // -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long FloorDiv(long a, long b)
    {
        long q = a / b;
        if ((a % b != 0) && ((a ^ b) < 0))
        {
            q--;
        }

        return q;
    }

    /// <summary>Python's modulo of longs (the sign of the divisor); the caller excludes zero and -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long FloorMod(long a, long b)
    {
        long r = a % b;
        if (r != 0 && ((r ^ b) < 0))
        {
            r += b;
        }

        return r;
    }

    /// <summary>Floor division and Python's modulo of BigIntegers; <paramref name="b"/> is not zero.</summary>
    public static BigInteger FloorDivMod(BigInteger a, BigInteger b, out BigInteger mod)
    {
        var q = BigInteger.DivRem(a, b, out mod);
        if (!mod.IsZero && (mod.Sign < 0) != (b.Sign < 0))
        {
            q -= BigInteger.One;
            mod += b;
        }

        return q;
    }
}
