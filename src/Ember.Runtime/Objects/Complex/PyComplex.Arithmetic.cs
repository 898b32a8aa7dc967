using System.Runtime.CompilerServices;
using Ember.Bytecode;
using Ember.Runtime.Errors;

namespace Ember.Runtime.Objects;

/// <summary>
/// complex arithmetic, comparison and hash (Objects/complexobject.c: _Py_c_sum
/// ... _Py_c_pow, complex_richcompare, complex_hash, complex_abs). Either
/// operand may be an int, a float or a complex.
/// </summary>
public partial class PyComplex
{
    public static PyObject? Add(PyObject a, PyObject b)
    {
        int c = Convert2(a, b, out double ar, out double ai, out double br, out double bi);
        return c > 0 ? new PyComplex(ar + br, ai + bi) : c == 0 ? PyNotImplemented.Instance : null;
    }

    public static PyObject? Subtract(PyObject a, PyObject b)
    {
        int c = Convert2(a, b, out double ar, out double ai, out double br, out double bi);
        return c > 0 ? new PyComplex(ar - br, ai - bi) : c == 0 ? PyNotImplemented.Instance : null;
    }

    public static PyObject? Multiply(PyObject a, PyObject b)
    {
        int c = Convert2(a, b, out double ar, out double ai, out double br, out double bi);
        if (c <= 0)
        {
            return c == 0 ? PyNotImplemented.Instance : null;
        }

        Prod(ar, ai, br, bi, out double r, out double i);
        return new PyComplex(r, i);
    }

    public static PyObject? TrueDivide(PyObject a, PyObject b)
    {
        int c = Convert2(a, b, out double ar, out double ai, out double br, out double bi);
        if (c <= 0)
        {
            return c == 0 ? PyNotImplemented.Instance : null;
        }

        if (!Quot(ar, ai, br, bi, out double r, out double i))
        {
            return PyErr.ZeroDivisionError("complex division by zero");
        }

        return new PyComplex(r, i);
    }

    /// <summary>
    /// complex ** complex (complex_pow): integral real exponents up to 100 by
    /// repeated squaring, others through polar form; 0 to a negative or
    /// complex power is ZeroDivisionError, an infinite part OverflowError.
    /// </summary>
    public static PyObject? Power(PyObject a, PyObject b, PyObject z)
    {
        int c = Convert2(a, b, out double ar, out double ai, out double br, out double bi);
        if (c <= 0)
        {
            return c == 0 ? PyNotImplemented.Instance : null;
        }

        if (!ReferenceEquals(z, PyNone.Instance))
        {
            return PyErr.ValueError("complex modulo");
        }

        bool domainError;
        double pr, pi;
        if (bi == 0.0 && br >= long.MinValue && br < long.MaxValue && br == (long)br)
        {
            domainError = !PowInt(ar, ai, (long)br, out pr, out pi);
        }
        else
        {
            domainError = !Pow(ar, ai, br, bi, out pr, out pi);
        }

        if (domainError)
        {
            return PyErr.ZeroDivisionError("0.0 to a negative or complex power");
        }

        if (double.IsInfinity(pr) || double.IsInfinity(pi))
        {
            return PyErr.OverflowError("complex exponentiation");
        }

        return new PyComplex(pr, pi);
    }

    /// <summary>float ** float for a negative base and a fractional exponent (float_pow hands these to complex).</summary>
    internal static PyObject? PowerOfReals(double x, double y) => Power(new PyComplex(x, 0.0), new PyComplex(y, 0.0), PyNone.Instance);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Prod(double ar, double ai, double br, double bi, out double r, out double i)
    {
        r = (ar * br) - (ai * bi);
        i = (ar * bi) + (ai * br);
    }

    /// <summary>_Py_c_quot: Smith's method, scaling by the larger part of the divisor; false for a zero divisor.</summary>
    private static bool Quot(double ar, double ai, double br, double bi, out double r, out double i)
    {
        double absBr = Math.Abs(br), absBi = Math.Abs(bi);
        if (absBr >= absBi)
        {
            if (absBr == 0.0)
            {
                r = i = 0.0;
                return false;
            }

            double ratio = bi / br;
            double denom = br + (bi * ratio);
            r = (ar + (ai * ratio)) / denom;
            i = (ai - (ar * ratio)) / denom;
        }
        else if (absBi >= absBr)
        {
            double ratio = br / bi;
            double denom = (br * ratio) + bi;
            r = ((ar * ratio) + ai) / denom;
            i = ((ai * ratio) - ar) / denom;
        }
        else
        {
            // At least one part of the divisor is NaN.
            r = i = double.NaN;
        }

        return true;
    }

    /// <summary>
    /// _Py_c_pow; false for what sets errno to EDOM there: zero to a negative or
    /// complex power, and a cosine or sine of an infinite phase (C's libm reports
    /// that as a domain error, and CPython's complex_pow turns it into the same
    /// ZeroDivisionError).
    /// </summary>
    private static bool Pow(double ar, double ai, double br, double bi, out double r, out double i)
    {
        if (br == 0.0 && bi == 0.0)
        {
            r = 1.0;
            i = 0.0;
            return true;
        }

        if (ar == 0.0 && ai == 0.0)
        {
            r = i = 0.0;
            return !(bi != 0.0 || br < 0.0);
        }

        double vabs = Hypot(ar, ai);
        double len = Math.Pow(vabs, br);
        double at = Math.Atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0)
        {
            len /= Math.Exp(at * bi);
            phase += bi * Math.Log(vabs);
        }

        r = len * Math.Cos(phase);
        i = len * Math.Sin(phase);
        return !double.IsInfinity(phase);
    }

    /// <summary>c_powi: exponents within 100 by squaring (c_powu), negative ones through the reciprocal.</summary>
    private static bool PowInt(double ar, double ai, long n, out double r, out double i)
    {
        if (n > 100 || n < -100)
        {
            return Pow(ar, ai, n, 0.0, out r, out i);
        }

        if (n > 0)
        {
            PowUnsigned(ar, ai, n, out r, out i);
            return true;
        }

        PowUnsigned(ar, ai, -n, out double pr, out double pi);
        return Quot(1.0, 0.0, pr, pi, out r, out i);
    }

    private static void PowUnsigned(double ar, double ai, long n, out double r, out double i)
    {
        r = 1.0;
        i = 0.0;
        double pr = ar, pi = ai;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0)
            {
                Prod(r, i, pr, pi, out r, out i);
            }

            mask <<= 1;
            Prod(pr, pi, pr, pi, out pr, out pi);
        }
    }

    /// <summary>
    /// C's hypot, correctly rounded in practice: an infinite part wins over NaN;
    /// otherwise the parts are scaled by a power of two and the square root is
    /// corrected with fused multiply-adds (Borges, "An Improved Algorithm for hypot(a,b)").
    /// </summary>
    internal static double Hypot(double x, double y)
    {
        if (double.IsInfinity(x) || double.IsInfinity(y))
        {
            return double.PositiveInfinity;
        }

        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return double.NaN;
        }

        x = Math.Abs(x);
        y = Math.Abs(y);
        if (x < y)
        {
            (x, y) = (y, x);
        }

        if (y == 0.0)
        {
            return x;
        }

        int e = Math.ILogB(x);
        double a = Math.ScaleB(x, -e), b = Math.ScaleB(y, -e);
        double h = Math.Sqrt(Math.FusedMultiplyAdd(a, a, b * b));
        double hSquared = h * h, aSquared = a * a;
        double correction = Math.FusedMultiplyAdd(-b, b, hSquared - aSquared) + Math.FusedMultiplyAdd(h, h, -hSquared) - Math.FusedMultiplyAdd(a, a, -aSquared);
        h -= correction / (2 * h);
        return Math.ScaleB(h, e);
    }

    public static PyObject? Negative(PyObject a)
    {
        var z = (PyComplex)a;
        return new PyComplex(-z.Real, -z.Imag);
    }

    public static PyObject? Positive(PyObject a) => ((PyComplex)a).AsExact();

    public static PyObject? Absolute(PyObject a)
    {
        var z = (PyComplex)a;
        double r = Hypot(z.Real, z.Imag);
        if (double.IsInfinity(r) && double.IsFinite(z.Real) && double.IsFinite(z.Imag))
        {
            return PyErr.OverflowError("absolute value too large");
        }

        return new PyFloat(r);
    }

    public static int BoolOf(PyObject a)
    {
        var z = (PyComplex)a;
        return z.Real != 0.0 || z.Imag != 0.0 ? 1 : 0;
    }

    /// <summary>Only == and != are defined; an int is compared exactly with the real part.</summary>
    public static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne))
        {
            return PyNotImplemented.Instance;
        }

        var z = (PyComplex)a;
        bool equal;
        if (b is PyInt n)
        {
            if (z.Imag != 0.0)
            {
                equal = false;
            }
            else
            {
                return PyFloat.RichCompare(new PyFloat(z.Real), n, op);
            }
        }
        else if (b is PyFloat f)
        {
            equal = z.Real == f.Value && z.Imag == 0.0;
        }
        else if (b is PyComplex w)
        {
            equal = z.Real == w.Real && z.Imag == w.Imag;
        }
        else
        {
            return PyNotImplemented.Instance;
        }

        return PyBool.From(equal == (op == CompareOp.Eq));
    }

    /// <summary>hash(real) + 1000003 * hash(imag), wrapping, -1 made -2 (complex_hash).</summary>
    public static long Hash(PyObject self)
    {
        var z = (PyComplex)self;
        ulong hr = (ulong)PyFloat.HashOf(z.Real, self);
        ulong hi = (ulong)PyFloat.HashOf(z.Imag, self);
        long h = (long)(hr + (1000003UL * hi));
        return h == -1 ? -2 : h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Convert2(PyObject a, PyObject b, out double ar, out double ai, out double br, out double bi)
    {
        int ca = ToComplex(a, out ar, out ai);
        if (ca != 1)
        {
            br = bi = 0;
            return ca;
        }

        return ToComplex(b, out br, out bi);
    }
}
