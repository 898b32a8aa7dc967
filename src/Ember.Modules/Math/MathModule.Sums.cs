using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Math;

/// <summary>fsum (Shewchuk's exact partials, as math_fsum), hypot and dist (vector_norm).</summary>
public static partial class MathModule
{
    private static PyObject? FSum(PyObject iterable)
    {
        var it = PyIter.GetIter(iterable);
        if (it is null)
        {
            return null;
        }

        var partials = new List<double>();
        double specialSum = 0.0, infSum = 0.0;
        while (PyIter.TryNext(it, out var item))
        {
            if (!PyFloat.AsDouble(item, out double x))
            {
                return null;
            }

            if (!AddPartial(partials, x, ref specialSum, ref infSum))
            {
                return null;
            }
        }

        if (PyErr.Occurred)
        {
            return null;
        }

        if (specialSum != 0.0)
        {
            return double.IsNaN(infSum) ? PyErr.ValueError("-inf + inf in fsum") : new PyFloat(specialSum);
        }

        return new PyFloat(SumPartials(partials));
    }

    /// <summary>Adds <paramref name="x"/> to the non-overlapping partials; false with OverflowError pending on intermediate overflow.</summary>
    internal static bool AddPartial(List<double> p, double x, ref double specialSum, ref double infSum)
    {
        double xsave = x;
        int i = 0;
        for (int j = 0; j < p.Count; j++)
        {
            double y = p[j];
            if (System.Math.Abs(x) < System.Math.Abs(y))
            {
                (x, y) = (y, x);
            }

            double hi = x + y;
            double yr = hi - x;
            double lo = y - yr;
            if (lo != 0.0)
            {
                p[i++] = lo;
            }

            x = hi;
        }

        p.RemoveRange(i, p.Count - i);
        if (x != 0.0)
        {
            if (!double.IsFinite(x))
            {
                // From a NaN or an infinity among the items, or from overflow.
                if (double.IsFinite(xsave))
                {
                    PyErr.OverflowError("intermediate overflow in fsum");
                    return false;
                }

                if (double.IsInfinity(xsave))
                {
                    infSum += xsave;
                }

                specialSum += xsave;
                p.Clear();
            }
            else
            {
                p.Add(x);
            }
        }

        return true;
    }

    /// <summary>The correctly rounded sum of the partials, with the half-even fix-up across partials.</summary>
    internal static double SumPartials(List<double> p)
    {
        int n = p.Count;
        double hi = 0.0;
        if (n == 0)
        {
            return hi;
        }

        double lo = 0.0;
        hi = p[--n];
        while (n > 0)
        {
            double x = hi;
            double y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
            {
                break;
            }
        }

        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)))
        {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr)
            {
                hi = x;
            }
        }

        return hi;
    }

    private static PyObject? Hypot(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.NoKeywords("math.hypot", kw))
        {
            return null;
        }

        var coordinates = new double[args.Length];
        double max = 0.0;
        bool foundNan = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (!PyFloat.AsDouble(args[i], out double x))
            {
                return null;
            }

            x = System.Math.Abs(x);
            coordinates[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max)
            {
                max = x;
            }
        }

        return new PyFloat(VectorNorm(coordinates, max, foundNan));
    }

    private static PyObject? Dist(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.Positional("dist", "math.dist", args, kw, 2, 2))
        {
            return null;
        }

        var p = AsTuple(args[0]);
        var q = p is null ? null : AsTuple(args[1]);
        if (p is null || q is null)
        {
            return null;
        }

        if (p.Count != q.Count)
        {
            return PyErr.ValueError("both points must have the same number of dimensions");
        }

        var diffs = new double[p.Count];
        double max = 0.0;
        bool foundNan = false;
        for (int i = 0; i < p.Count; i++)
        {
            if (!PyFloat.AsDouble(p[i], out double px) || !PyFloat.AsDouble(q[i], out double qx))
            {
                return null;
            }

            double x = System.Math.Abs(px - qx);
            diffs[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max)
            {
                max = x;
            }
        }

        return new PyFloat(VectorNorm(diffs, max, foundNan));
    }

    private static PyTuple? AsTuple(PyObject o)
    {
        if (o is PyTuple t)
        {
            return t;
        }

        var items = PyIter.ToList(o);
        return items is null ? null : new PyTuple([.. items]);
    }

    /// <summary>vector_norm: the Euclidean norm, scaled to avoid overflow and corrected to within an ulp.</summary>
    internal static double VectorNorm(double[] vec, double max, bool foundNan)
    {
        if (double.IsInfinity(max))
        {
            return max;
        }

        if (foundNan)
        {
            return PositiveNaN;
        }

        if (max == 0.0 || vec.Length <= 1)
        {
            return max;
        }

        Frexp(max, out int maxE);
        if (maxE < -1023)
        {
            for (int i = 0; i < vec.Length; i++)
            {
                vec[i] /= 2.2250738585072014e-308;
            }

            return 2.2250738585072014e-308 * VectorNorm(vec, max / 2.2250738585072014e-308, foundNan);
        }

        double scale = System.Math.ScaleB(1.0, -maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        for (int i = 0; i < vec.Length; i++)
        {
            double x = vec[i] * scale;
            var (prHi, prLo) = Mul(x, x);
            var (smHi, smLo) = FastSum(csum, prHi);
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }

        double h = System.Math.Sqrt(csum - 1.0 + (frac1 + frac2));
        var (pHi, pLo) = Mul(-h, h);
        var (sHi, sLo) = FastSum(csum, pHi);
        csum = sHi;
        frac1 += pLo;
        frac2 += sLo;
        double corr = csum - 1.0 + (frac1 + frac2);
        h += corr / (2.0 * h);
        return h / scale;
    }

    // Dekker's mul12 with Veltkamp splitting, as 3.11's dl_mul.
    private static (double Hi, double Lo) Mul(double x, double y)
    {
        var (xh, xl) = Split(x);
        var (yh, yl) = Split(y);
        double p = xh * yh;
        double q = (xh * yl) + (xl * yh);
        double z = p + q;
        double zz = p - z + q + (xl * yl);
        return (z, zz);
    }

    private static (double Hi, double Lo) Split(double x)
    {
        double t = x * 134217729.0;
        double hi = t - (t - x);
        return (hi, x - hi);
    }

    private static (double Hi, double Lo) FastSum(double a, double b)
    {
        double x = a + b;
        double z = x - a;
        return (x, b - z);
    }
}
