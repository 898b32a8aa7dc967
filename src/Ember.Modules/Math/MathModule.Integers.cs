using System.Numerics;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Math;

/// <summary>The integer functions: factorial, isqrt, gcd, lcm, comb, perm, prod.</summary>
public static partial class MathModule
{
    private static readonly ArgSpec s_prodSpec = new("prod", ["iterable", "start"], posOnly: 1, maxPositional: 1, required: 1);

    private static PyObject? Factorial(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.ExactlyOne("math.factorial", args, kw))
        {
            return null;
        }

        var n = PyNumber.Index(args[0]);
        if (n is null)
        {
            return null;
        }

        if (n.Sign < 0)
        {
            return PyErr.ValueError("factorial() not defined for negative values");
        }

        if (!n.IsSmall)
        {
            return PyErr.OverflowError($"factorial() argument should not exceed {long.MaxValue}");
        }

        return PyInt.From(ProductRange(1, n.Small));
    }

    /// <summary>The product of lo..hi, split in halves so that the big multiplications are balanced.</summary>
    private static BigInteger ProductRange(long lo, long hi)
    {
        if (hi < lo)
        {
            return BigInteger.One;
        }

        if (hi - lo < 16)
        {
            BigInteger p = BigInteger.One;
            long small = 1;
            for (long i = lo; i <= hi; i++)
            {
                if (small > long.MaxValue / i)
                {
                    p *= small;
                    small = 1;
                }

                small *= i;
            }

            return p * small;
        }

        long mid = lo + ((hi - lo) / 2);
        return ProductRange(lo, mid) * ProductRange(mid + 1, hi);
    }

    private static PyObject? Isqrt(PyObject arg)
    {
        var n = PyNumber.Index(arg);
        if (n is null)
        {
            return null;
        }

        if (n.Sign < 0)
        {
            return PyErr.ValueError("isqrt() argument must be nonnegative");
        }

        return PyInt.From(IntegerSqrt(n.ToBigInteger()));
    }

    /// <summary>The largest integer whose square is at most <paramref name="n"/> (n &gt;= 0).</summary>
    internal static BigInteger IntegerSqrt(BigInteger n)
    {
        if (n < 2)
        {
            return n;
        }

        if (n < (BigInteger.One << 52))
        {
            long s = (long)System.Math.Sqrt((double)n);
            return s;
        }

        long bits = (long)n.GetBitLength();
        var x = BigInteger.One << (int)((bits + 1) / 2);
        while (true)
        {
            var y = (x + (n / x)) >> 1;
            if (y >= x)
            {
                return x;
            }

            x = y;
        }
    }

    private static PyObject? Gcd(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.NoKeywords("math.gcd", kw))
        {
            return null;
        }

        if (args.Length == 0)
        {
            return PyInt.Zero;
        }

        var first = PyNumber.Index(args[0]);
        if (first is null)
        {
            return null;
        }

        if (args.Length == 1)
        {
            return first.Sign < 0 ? PyInt.From(-first.ToBigInteger()) : first;
        }

        var g = BigInteger.Abs(first.ToBigInteger());
        for (int i = 1; i < args.Length; i++)
        {
            var x = PyNumber.Index(args[i]);
            if (x is null)
            {
                return null;
            }

            if (!g.IsOne)
            {
                g = BigInteger.GreatestCommonDivisor(g, x.ToBigInteger());
            }
        }

        return PyInt.From(g);
    }

    private static PyObject? Lcm(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.NoKeywords("math.lcm", kw))
        {
            return null;
        }

        if (args.Length == 0)
        {
            return PyInt.One;
        }

        var first = PyNumber.Index(args[0]);
        if (first is null)
        {
            return null;
        }

        if (args.Length == 1)
        {
            return first.Sign < 0 ? PyInt.From(-first.ToBigInteger()) : first;
        }

        var l = BigInteger.Abs(first.ToBigInteger());
        for (int i = 1; i < args.Length; i++)
        {
            var x = PyNumber.Index(args[i]);
            if (x is null)
            {
                return null;
            }

            if (l.IsZero)
            {
                continue;
            }

            var b = BigInteger.Abs(x.ToBigInteger());
            if (b.IsZero)
            {
                l = BigInteger.Zero;
                continue;
            }

            l = l / BigInteger.GreatestCommonDivisor(l, b) * b;
        }

        return PyInt.From(l);
    }

    private static PyObject? Comb(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.Positional("comb", "math.comb", args, kw, 2, 2))
        {
            return null;
        }

        var n = PyNumber.Index(args[0]);
        var k = n is null ? null : PyNumber.Index(args[1]);
        if (n is null || k is null)
        {
            return null;
        }

        if (n.Sign < 0)
        {
            return PyErr.ValueError("n must be a non-negative integer");
        }

        if (k.Sign < 0)
        {
            return PyErr.ValueError("k must be a non-negative integer");
        }

        var bn = n.ToBigInteger();
        var bk = k.ToBigInteger();
        if (bk > bn)
        {
            return PyInt.Zero;
        }

        var kk = BigInteger.Min(bk, bn - bk);
        if (kk > long.MaxValue)
        {
            return PyErr.OverflowError($"min(n - k, k) must not exceed {long.MaxValue}");
        }

        BigInteger result = BigInteger.One;
        for (long i = 1; i <= (long)kk; i++)
        {
            result = result * (bn - kk + i) / i;
        }

        return PyInt.From(result);
    }

    private static PyObject? Perm(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.Positional("perm", "math.perm", args, kw, 1, 2))
        {
            return null;
        }

        var n = PyNumber.Index(args[0]);
        if (n is null)
        {
            return null;
        }

        if (args.Length == 1 || ReferenceEquals(args[1], PyNone.Instance))
        {
            if (n.Sign < 0)
            {
                return PyErr.ValueError("factorial() not defined for negative values");
            }

            if (!n.IsSmall)
            {
                return PyErr.OverflowError($"factorial() argument should not exceed {long.MaxValue}");
            }

            return PyInt.From(ProductRange(1, n.Small));
        }

        var k = PyNumber.Index(args[1]);
        if (k is null)
        {
            return null;
        }

        if (n.Sign < 0)
        {
            return PyErr.ValueError("n must be a non-negative integer");
        }

        if (k.Sign < 0)
        {
            return PyErr.ValueError("k must be a non-negative integer");
        }

        var bn = n.ToBigInteger();
        var bk = k.ToBigInteger();
        if (bk > bn)
        {
            return PyInt.Zero;
        }

        if (bk > long.MaxValue)
        {
            return PyErr.OverflowError($"k must not exceed {long.MaxValue}");
        }

        BigInteger result = BigInteger.One;
        for (long i = 0; i < (long)bk; i++)
        {
            result *= bn - i;
        }

        return PyInt.From(result);
    }

    private static PyObject? Prod(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> slots = new PyObject?[2];
        if (!s_prodSpec.Parse(args, kw, slots))
        {
            return null;
        }

        var it = PyIter.GetIter(slots[0]!);
        if (it is null)
        {
            return null;
        }

        PyObject result = slots[1] ?? PyInt.One;
        while (PyIter.TryNext(it, out var item))
        {
            var product = PyNumber.Multiply(result, item);
            if (product is null)
            {
                return null;
            }

            result = product;
        }

        return PyErr.Occurred ? null : result;
    }
}
