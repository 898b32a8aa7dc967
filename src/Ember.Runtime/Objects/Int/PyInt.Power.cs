using System.Numerics;
using System.Runtime.CompilerServices;
using Ember.Runtime.Errors;

namespace Ember.Runtime.Objects;

/// <summary>int ** int and pow(a, b, m) (long_pow in Objects/longobject.c).</summary>
public partial class PyInt
{
    /// <summary>
    /// nb_power: a negative exponent without a modulus gives a float (float's
    /// power, so 0 ** -1 is its ZeroDivisionError); a modulus that is not an
    /// int gives NotImplemented so that the protocol reports the operand types.
    /// </summary>
    public static PyObject? Power(PyObject a, PyObject b, PyObject c)
    {
        if (a is not PyInt x || b is not PyInt y)
        {
            return PyNotImplemented.Instance;
        }

        if (ReferenceEquals(c, PyNone.Instance))
        {
            if (y.Sign < 0)
            {
                return PyFloat.Power(a, b, c);
            }

            if (x.Big is null && y.Big is null)
            {
                return PowSmall(x.Small, y.Small);
            }

            return PowBig(x.ToBigInteger(), y);
        }

        if (c is not PyInt z)
        {
            return PyNotImplemented.Instance;
        }

        return PowMod(x.ToBigInteger(), y.ToBigInteger(), z.ToBigInteger());
    }

    /// <summary>Squaring with overflow checks; the first product that overflows moves to BigInteger.</summary>
    private static PyObject PowSmall(long b, long e)
    {
        long result = 1, square = b;
        long remaining = e;
        while (remaining > 0)
        {
            if ((remaining & 1) != 0)
            {
                long high = Math.BigMul(result, square, out long low);
                if (high != (low >> 63))
                {
                    return PowBigFallback(b, e);
                }

                result = low;
            }

            remaining >>= 1;
            if (remaining > 0)
            {
                long high = Math.BigMul(square, square, out long low);
                if (high != (low >> 63))
                {
                    return PowBigFallback(b, e);
                }

                square = low;
            }
        }

        return From(result);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject PowBigFallback(long b, long e) => PowBig(b, From(e))!;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? PowBig(BigInteger b, PyInt exponent)
    {
        if (b.IsZero || b.IsOne)
        {
            return exponent.IsZero ? One : From(b);
        }

        if (b == BigInteger.MinusOne)
        {
            return exponent.ToBigInteger().IsEven ? One : MinusOne;
        }

        // |b| >= 2, so the result has at least `exponent` bits: past what memory holds.
        if (exponent.Big is not null || exponent.Small > int.MaxValue)
        {
            return PyErr.NoMemory();
        }

        long bits = (long)BigInteger.Abs(b).GetBitLength();
        if ((bits - 1) * exponent.Small > MaxBits)
        {
            return PyErr.NoMemory();
        }

        return From(BigInteger.Pow(b, (int)exponent.Small));
    }

    /// <summary>The largest int Ember builds, in bits (what .NET's BigInteger can hold with room to spare).</summary>
    internal const long MaxBits = 1L << 36;

    private static PyObject? PowMod(BigInteger b, BigInteger e, BigInteger m)
    {
        if (m.IsZero)
        {
            return PyErr.ValueError("pow() 3rd argument cannot be 0");
        }

        bool negativeModulus = m.Sign < 0;
        m = BigInteger.Abs(m);
        if (m.IsOne)
        {
            return Zero;
        }

        b %= m;
        if (b.Sign < 0)
        {
            b += m;
        }

        if (e.Sign < 0)
        {
            if (!TryInvert(b, m, out b))
            {
                return PyErr.ValueError("base is not invertible for the given modulus");
            }

            e = -e;
        }

        var r = BigInteger.ModPow(b, e, m);
        if (negativeModulus && !r.IsZero)
        {
            r -= m;
        }

        return From(r);
    }

    /// <summary>The inverse of <paramref name="a"/> modulo <paramref name="m"/> (both non-negative, m > 1) by the extended Euclidean algorithm.</summary>
    private static bool TryInvert(BigInteger a, BigInteger m, out BigInteger inverse)
    {
        BigInteger r0 = m, r1 = a, t0 = BigInteger.Zero, t1 = BigInteger.One;
        while (!r1.IsZero)
        {
            var q = BigInteger.DivRem(r0, r1, out var r2);
            (r0, r1) = (r1, r2);
            (t0, t1) = (t1, t0 - (q * t1));
        }

        if (!r0.IsOne)
        {
            inverse = default;
            return false;
        }

        inverse = t0.Sign < 0 ? t0 + m : t0;
        return true;
    }
}
