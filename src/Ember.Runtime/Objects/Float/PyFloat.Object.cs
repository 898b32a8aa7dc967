using System.Numerics;
using System.Runtime.CompilerServices;
using Ember.Bytecode;
using Ember.Runtime.Text;

namespace Ember.Runtime.Objects;

/// <summary>float's comparison, hash and conversions (float_richcompare, _Py_HashDouble, float___trunc___impl).</summary>
public partial class PyFloat
{
    public static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        double i = ((PyFloat)a).Value;
        if (b is PyFloat f)
        {
            return PyBool.From(CompareDoubles(i, f.Value, op));
        }

        if (b is PyInt n)
        {
            // NaN compares false with everything (true for !=); infinities are beyond every int.
            if (!double.IsFinite(i))
            {
                return PyBool.From(CompareDoubles(i, 0.0, op));
            }

            const long exact = 1L << 53;
            if (n.IsSmall && n.Small >= -exact && n.Small <= exact)
            {
                return PyBool.From(CompareDoubles(i, n.Small, op));
            }

            return PyBool.From(PyInt.CompareResult(CompareExact(i, n.ToBigInteger()), op));
        }

        return PyNotImplemented.Instance;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CompareDoubles(double x, double y, CompareOp op) => op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };

    /// <summary>Three-way comparison of a finite double with an int, exactly (no rounding of the int).</summary>
    public static int CompareExact(double x, BigInteger n)
    {
        int signX = Math.Sign(x), signN = n.Sign;
        if (signX != signN)
        {
            return signX.CompareTo(signN);
        }

        Text.Dtoa.Decompose(Math.Abs(x), out ulong mantissa, out int exponent);
        var magnitude = BigInteger.Abs(n);
        int c = exponent >= 0
            ? (new BigInteger(mantissa) << exponent).CompareTo(magnitude)
            : new BigInteger(mantissa).CompareTo(magnitude << -exponent);
        return signX < 0 ? -c : c;
    }

    public static long Hash(PyObject self) => HashOf(((PyFloat)self).Value, self);

    /// <summary>
    /// hash() of a double (_Py_HashDouble): equal to the hash of the int or
    /// fraction it equals, modulo 2**61 - 1. NaN hashes by the identity of
    /// <paramref name="owner"/> (what object.__hash__ gives for it), as CPython 3.10+ does.
    /// </summary>
    public static long HashOf(double v, object owner)
    {
        if (!double.IsFinite(v))
        {
            if (double.IsInfinity(v))
            {
                return v > 0 ? 314159 : -314159;
            }

            return owner is PyObject o ? PyBaseObject.Hash(o) : RuntimeHelpers.GetHashCode(owner);
        }

        // Whole values that fit in a long hash like that long.
        if (v == Math.Floor(v) && Math.Abs(v) < 9.2e18)
        {
            return PyInt.HashOf((long)v);
        }

        const ulong modulus = PyInt.HashModulus;
        Text.Dtoa.Decompose(Math.Abs(v), out ulong m, out int e);

        // v = m * 2**e; m * 2**e mod P is m mod P rotated by e bits (2**61 == 1 mod P).
        ulong x = m % modulus;
        int shift = e >= 0 ? e % 61 : 60 - ((-1 - e) % 61);
        x = ((x << shift) & modulus) | (x >> (61 - shift));
        if (x >= modulus)
        {
            x -= modulus;
        }

        long h = v < 0 ? -(long)x : (long)x;
        return h == -1 ? -2 : h;
    }

    public static PyObject? Repr(PyObject self) => new PyStr(Ember.Syntax.Text.PyRepr.Float(((PyFloat)self).Value));

    /// <summary>nb_float: the value as an exact float.</summary>
    public static PyObject? ToFloat(PyObject self) => ((PyFloat)self).AsExact();

    /// <summary>nb_int, __trunc__: truncation toward zero; OverflowError for infinities, ValueError for NaN.</summary>
    public static PyObject? ToInt(PyObject self) => Truncate(((PyFloat)self).Value);

    public static PyObject? Truncate(double v)
    {
        if (v > -9.2e18 && v < 9.2e18)
        {
            return PyInt.From((long)v);
        }

        if (!FloatConversions.TryDoubleToInt(v, out var result, out var error))
        {
            return error.Raise();
        }

        return PyInt.From(result);
    }
}
