using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Modules.Math;

/// <summary>
/// The <c>math</c> module (Modules/mathmodule.c). Real-valued functions go
/// through <see cref="Math1"/> and <see cref="Math2"/>, which turn a NaN or
/// infinite result from finite arguments into CPython's "math domain error"
/// and "math range error"; the integer functions are in
/// MathModule.Integers.cs, fsum/hypot/dist in MathModule.Sums.cs, gamma and
/// lgamma (CPython's own Lanczos code) in MathModule.Gamma.cs.
/// </summary>
public static partial class MathModule
{
    private const string Doc = "This module provides access to the mathematical functions\ndefined by the C standard.";

    /// <summary>CPython's NaN is positive (copysign(1, nan) is 1.0); .NET's double.NaN has the sign bit set.</summary>
    internal static readonly double PositiveNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);

    internal const string DomainError = "math domain error";
    internal const string RangeError = "math range error";

    private static readonly PyStr s_trunc = new("__trunc__");
    private static readonly PyStr s_floor = new("__floor__");
    private static readonly PyStr s_ceil = new("__ceil__");

    private static readonly ArgSpec s_iscloseSpec = new("isclose", ["a", "b", "rel_tol", "abs_tol"], maxPositional: 2, required: 2);

    public static PyModule Create(PyInterpreterState interp)
    {
        var m = ModuleHelpers.NewModule("math", Doc);
        Func1(m, "acos", Libm.Acos, false);
        Func1(m, "acosh", Libm.Acosh, false);
        Func1(m, "asin", Libm.Asin, false);
        Func1(m, "asinh", Libm.Asinh, false);
        Func1(m, "atan", Libm.Atan, false);
        m.AddFunction("atan2", static (a, k) => Math2("atan2", a, k, Libm.Atan2));
        Func1(m, "atanh", Libm.Atanh, false);
        Func1(m, "cbrt", Libm.Cbrt, false);
        m.AddFunction("ceil", static (a, k) => Args.ExactlyOne("math.ceil", a, k) ? Rounding(a[0], s_ceil, System.Math.Ceiling) : null);
        m.AddFunction("copysign", static (a, k) => Math2("copysign", a, k, System.Math.CopySign));
        Func1(m, "cos", Libm.Cos, false);
        Func1(m, "cosh", Libm.Cosh, true);
        m.AddFunction("degrees", static (a, k) =>
            Args.ExactlyOne("math.degrees", a, k) && PyFloat.AsDouble(a[0], out double x) ? new PyFloat(x * (180.0 / System.Math.PI)) : null);
        m.AddFunction("dist", Dist);
        Func1(m, "erf", Libm.Erf, false);
        Func1(m, "erfc", Libm.Erfc, false);
        Func1(m, "exp", Libm.Exp, true);
        Func1(m, "exp2", Libm.Exp2, true);
        Func1(m, "expm1", Libm.Expm1, true);
        Func1(m, "fabs", System.Math.Abs, false);
        m.AddFunction("factorial", Factorial);
        m.AddFunction("floor", static (a, k) => Args.ExactlyOne("math.floor", a, k) ? Rounding(a[0], s_floor, System.Math.Floor) : null);
        m.AddFunction("fmod", Fmod);
        m.AddFunction("frexp", Frexp);
        m.AddFunction("fsum", static (a, k) => Args.ExactlyOne("math.fsum", a, k) ? FSum(a[0]) : null);
        m.AddFunction("gamma", static (a, k) => Math1Errno("math.gamma", a, k, Gamma));
        m.AddFunction("gcd", Gcd);
        m.AddFunction("hypot", Hypot);
        m.AddFunction("isclose", IsClose);
        m.AddFunction("isfinite", static (a, k) =>
            Args.ExactlyOne("math.isfinite", a, k) && PyFloat.AsDouble(a[0], out double x) ? PyBool.From(double.IsFinite(x)) : null);
        m.AddFunction("isinf", static (a, k) =>
            Args.ExactlyOne("math.isinf", a, k) && PyFloat.AsDouble(a[0], out double x) ? PyBool.From(double.IsInfinity(x)) : null);
        m.AddFunction("isnan", static (a, k) =>
            Args.ExactlyOne("math.isnan", a, k) && PyFloat.AsDouble(a[0], out double x) ? PyBool.From(double.IsNaN(x)) : null);
        m.AddFunction("isqrt", static (a, k) => Args.ExactlyOne("math.isqrt", a, k) ? Isqrt(a[0]) : null);
        m.AddFunction("lcm", Lcm);
        m.AddFunction("ldexp", Ldexp);
        m.AddFunction("lgamma", static (a, k) => Math1Errno("math.lgamma", a, k, LogGamma));
        m.AddFunction("log", Log);
        m.AddFunction("log10", static (a, k) => Args.ExactlyOne("math.log10", a, k) ? LogHelper(a[0], Libm.Log10) : null);
        Func1(m, "log1p", static x => x == 0.0 ? x : Libm.Log1p(x), false);
        m.AddFunction("log2", static (a, k) => Args.ExactlyOne("math.log2", a, k) ? LogHelper(a[0], Libm.Log2) : null);
        m.AddFunction("modf", Modf);
        m.AddFunction("nextafter", static (a, k) =>
        {
            if (!Args.Positional("nextafter", "math.nextafter", a, k, 2, 2) || !PyFloat.AsDouble(a[0], out double x) || !PyFloat.AsDouble(a[1], out double y))
            {
                return null;
            }

            return new PyFloat(Libm.NextAfter(x, y));
        });
        m.AddFunction("perm", Perm);
        m.AddFunction("pow", Pow);
        m.AddFunction("prod", Prod);
        m.AddFunction("radians", static (a, k) =>
            Args.ExactlyOne("math.radians", a, k) && PyFloat.AsDouble(a[0], out double x) ? new PyFloat(x * (System.Math.PI / 180.0)) : null);
        m.AddFunction("remainder", static (a, k) => Math2("remainder", a, k, Libm.Remainder));
        Func1(m, "sin", Libm.Sin, false);
        Func1(m, "sinh", Libm.Sinh, true);
        Func1(m, "sqrt", System.Math.Sqrt, false);
        Func1(m, "tan", Libm.Tan, false);
        Func1(m, "tanh", Libm.Tanh, false);
        m.AddFunction("trunc", static (a, k) => Args.ExactlyOne("math.trunc", a, k) ? Trunc(a[0]) : null);
        m.AddFunction("ulp", static (a, k) => Args.ExactlyOne("math.ulp", a, k) && PyFloat.AsDouble(a[0], out double x) ? new PyFloat(Ulp(x)) : null);
        m.AddFunction("comb", Comb);
        var d = m.Dict;
        d.SetItemStr("pi", new PyFloat(System.Math.PI));
        d.SetItemStr("e", new PyFloat(System.Math.E));
        d.SetItemStr("tau", new PyFloat(2 * System.Math.PI));
        d.SetItemStr("inf", new PyFloat(double.PositiveInfinity));
        d.SetItemStr("nan", new PyFloat(PositiveNaN));
        return m;
    }

    private static void Func1(PyModule m, string name, Func<double, double> func, bool canOverflow)
    {
        string qualified = "math." + name;
        m.AddFunction(name, (args, kw) => Args.ExactlyOne(qualified, args, kw) ? Math1(args[0], func, canOverflow) : null);
    }

    /// <summary>math_1: a NaN from a non-NaN is a domain error; an infinity from a finite argument is a range error when the function can overflow, else a domain error (a pole).</summary>
    internal static PyObject? Math1(PyObject arg, Func<double, double> func, bool canOverflow)
    {
        if (!PyFloat.AsDouble(arg, out double x))
        {
            return null;
        }

        double r = func(x);
        if (double.IsNaN(r) && !double.IsNaN(x))
        {
            return PyErr.ValueError(DomainError);
        }

        if (double.IsInfinity(r) && double.IsFinite(x))
        {
            return canOverflow ? PyErr.OverflowError(RangeError) : PyErr.ValueError(DomainError);
        }

        return new PyFloat(r);
    }

    /// <summary>What errno says after a function that sets it itself (math_1a with is_error).</summary>
    internal enum Errno
    {
        None,
        Domain,
        Range,
    }

    internal delegate double ErrnoFunc(double x, out Errno errno);

    private static PyObject? Math1Errno(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, ErrnoFunc func)
    {
        if (!Args.ExactlyOne(name, args, kw) || !PyFloat.AsDouble(args[0], out double x))
        {
            return null;
        }

        double r = func(x, out var errno);
        return IsError(errno, r) ? null : new PyFloat(r);
    }

    /// <summary>is_error: EDOM is a domain error; ERANGE a range error unless the result underflowed (|r| &lt; 1.5).</summary>
    internal static bool IsError(Errno errno, double r)
    {
        switch (errno)
        {
            case Errno.Domain:
                PyErr.ValueError(DomainError);
                return true;
            case Errno.Range when System.Math.Abs(r) >= 1.5:
                PyErr.OverflowError(RangeError);
                return true;
            default:
                return false;
        }
    }

    /// <summary>math_2: atan2, copysign, remainder.</summary>
    private static PyObject? Math2(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, Func<double, double, double> func)
    {
        if (!Args.Positional(name, args, kw, 2, 2) || !PyFloat.AsDouble(args[0], out double x) || !PyFloat.AsDouble(args[1], out double y))
        {
            return null;
        }

        double r = func(x, y);
        var errno = Errno.None;
        if (double.IsNaN(r))
        {
            errno = !double.IsNaN(x) && !double.IsNaN(y) ? Errno.Domain : Errno.None;
        }
        else if (double.IsInfinity(r))
        {
            errno = double.IsFinite(x) && double.IsFinite(y) ? Errno.Range : Errno.None;
        }

        return IsError(errno, r) ? null : new PyFloat(r);
    }

    private static PyObject? Fmod(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.Positional("fmod", "math.fmod", args, kw, 2, 2) || !PyFloat.AsDouble(args[0], out double x) || !PyFloat.AsDouble(args[1], out double y))
        {
            return null;
        }

        if (double.IsInfinity(y) && double.IsFinite(x))
        {
            return new PyFloat(x);
        }

        double r = x % y;
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y))
        {
            return PyErr.ValueError(DomainError);
        }

        return new PyFloat(r);
    }

    private static PyObject? Pow(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.Positional("pow", "math.pow", args, kw, 2, 2) || !PyFloat.AsDouble(args[0], out double x) || !PyFloat.AsDouble(args[1], out double y))
        {
            return null;
        }

        double r;
        var errno = Errno.None;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x))
            {
                r = y == 0.0 ? 1.0 : x;
            }
            else if (double.IsNaN(y))
            {
                r = x == 1.0 ? 1.0 : y;
            }
            else if (double.IsInfinity(x))
            {
                bool oddY = double.IsFinite(y) && System.Math.Abs(y) % 2.0 == 1.0;
                r = y > 0.0 ? (oddY ? x : System.Math.Abs(x)) : y == 0.0 ? 1.0 : (oddY ? System.Math.CopySign(0.0, x) : 0.0);
            }
            else
            {
                // y is infinite.
                double ax = System.Math.Abs(x);
                r = ax == 1.0 ? 1.0 : (y > 0.0 && ax > 1.0) ? y : (y < 0.0 && ax < 1.0) ? -y : 0.0;
            }
        }
        else
        {
            r = Libm.Pow(x, y);
            if (double.IsNaN(r))
            {
                errno = Errno.Domain;
            }
            else if (double.IsInfinity(r))
            {
                errno = x == 0.0 ? Errno.Domain : Errno.Range;
            }
        }

        return IsError(errno, r) ? null : new PyFloat(r);
    }

    /// <summary>math.floor and math.ceil: an exact float directly, else the type's __floor__/__ceil__, else the value as a float.</summary>
    private static PyObject? Rounding(PyObject number, PyStr special, Func<double, double> round)
    {
        double value;
        if (ReferenceEquals(number.Type, PyFloat.TypeObject))
        {
            value = ((PyFloat)number).Value;
        }
        else
        {
            var method = PyCall.LookupSpecial(number, special);
            if (method is not null)
            {
                return PyCall.Call(method);
            }

            if (PyErr.Occurred || !PyFloat.AsDouble(number, out value))
            {
                return null;
            }
        }

        return PyFloat.Truncate(round(value));
    }

    private static PyObject? Trunc(PyObject x)
    {
        if (ReferenceEquals(x.Type, PyFloat.TypeObject))
        {
            return PyFloat.Truncate(((PyFloat)x).Value);
        }

        var method = PyCall.LookupSpecial(x, s_trunc);
        if (method is null)
        {
            return PyErr.Occurred ? null : PyErr.TypeError($"type {x.Type.TpName} doesn't define __trunc__ method");
        }

        return PyCall.Call(method);
    }

    private static PyObject? Frexp(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.ExactlyOne("math.frexp", args, kw) || !PyFloat.AsDouble(args[0], out double x))
        {
            return null;
        }

        double mantissa = Frexp(x, out int exponent);
        return PyTuple.Create(new PyFloat(mantissa), PyInt.From(exponent));
    }

    /// <summary>C's frexp: x = m * 2**e with 0.5 &lt;= |m| &lt; 1 (m = x and e = 0 for zeros, infinities and NaNs).</summary>
    internal static double Frexp(double x, out int exponent)
    {
        exponent = 0;
        if (x == 0.0 || !double.IsFinite(x))
        {
            return x;
        }

        long bits = BitConverter.DoubleToInt64Bits(x);
        int e = (int)((bits >> 52) & 0x7FF);
        if (e == 0)
        {
            // Subnormal: scale into the normal range first.
            x *= 18014398509481984.0; // 2**54
            bits = BitConverter.DoubleToInt64Bits(x);
            e = (int)((bits >> 52) & 0x7FF) - 54;
        }

        exponent = e - 1022;
        bits = (bits & ~(0x7FFL << 52)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }

    private static PyObject? Ldexp(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.Positional("ldexp", "math.ldexp", args, kw, 2, 2) || !PyFloat.AsDouble(args[0], out double x))
        {
            return null;
        }

        if (args[1] is not PyInt i)
        {
            return PyErr.TypeError("Expected an int as second argument to ldexp.");
        }

        long exp = i.IsSmall ? i.Small : i.Sign < 0 ? long.MinValue : long.MaxValue;
        double r;
        var errno = Errno.None;
        if (x == 0.0 || !double.IsFinite(x))
        {
            r = x;
        }
        else if (exp > int.MaxValue)
        {
            r = System.Math.CopySign(double.PositiveInfinity, x);
            errno = Errno.Range;
        }
        else if (exp < int.MinValue)
        {
            r = System.Math.CopySign(0.0, x);
        }
        else
        {
            r = System.Math.ScaleB(x, (int)exp);
            if (double.IsInfinity(r))
            {
                errno = Errno.Range;
            }
        }

        return IsError(errno, r) ? null : new PyFloat(r);
    }

    private static PyObject? Modf(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.ExactlyOne("math.modf", args, kw) || !PyFloat.AsDouble(args[0], out double x))
        {
            return null;
        }

        if (double.IsInfinity(x))
        {
            return PyTuple.Create(new PyFloat(System.Math.CopySign(0.0, x)), new PyFloat(x));
        }

        if (double.IsNaN(x))
        {
            return PyTuple.Create(new PyFloat(x), new PyFloat(x));
        }

        double ip = System.Math.Truncate(x);
        return PyTuple.Create(new PyFloat(System.Math.CopySign(x - ip, x)), new PyFloat(ip));
    }

    internal static double Ulp(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        x = System.Math.Abs(x);
        if (double.IsInfinity(x))
        {
            return x;
        }

        double x2 = Libm.NextAfter(x, double.PositiveInfinity);
        if (double.IsInfinity(x2))
        {
            x2 = Libm.NextAfter(x, double.NegativeInfinity);
            return x - x2;
        }

        return x2 - x;
    }

    private static PyObject? IsClose(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> slots = new PyObject?[4];
        if (!s_iscloseSpec.Parse(args, kw, slots)
            || !PyFloat.AsDouble(slots[0]!, out double a)
            || !PyFloat.AsDouble(slots[1]!, out double b))
        {
            return null;
        }

        double relTol = 1e-09, absTol = 0.0;
        if ((slots[2] is { } rt && !PyFloat.AsDouble(rt, out relTol)) || (slots[3] is { } at && !PyFloat.AsDouble(at, out absTol)))
        {
            return null;
        }

        if (relTol < 0.0 || absTol < 0.0)
        {
            return PyErr.ValueError("tolerances must be non-negative");
        }

        if (a == b)
        {
            return PyBool.True;
        }

        if (double.IsInfinity(a) || double.IsInfinity(b))
        {
            return PyBool.False;
        }

        double diff = System.Math.Abs(b - a);
        return PyBool.From(diff <= System.Math.Abs(relTol * b) || diff <= System.Math.Abs(relTol * a) || diff <= absTol);
    }

    private static PyObject? Log(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.NoKeywords("math.log", kw))
        {
            return null;
        }

        if (args.Length is < 1 or > 2)
        {
            return PyErr.TypeError("math.log requires 1 to 2 arguments");
        }

        var num = LogHelper(args[0], Libm.Log);
        if (num is null || args.Length == 1)
        {
            return num;
        }

        var den = LogHelper(args[1], Libm.Log);
        return den is null ? null : PyNumber.TrueDivide(num, den);
    }

    /// <summary>loghelper: ints of any size (a huge int through its frexp), else a float through math_1.</summary>
    private static PyObject? LogHelper(PyObject arg, Func<double, double> func)
    {
        if (arg is PyInt i)
        {
            if (i.Sign <= 0)
            {
                return PyErr.ValueError(DomainError);
            }

            if (i.IsSmall)
            {
                return new PyFloat(func(i.Small));
            }

            var big = i.ToBigInteger();
            long bits = (long)big.GetBitLength();
            if (bits <= 1024)
            {
                double d = (double)big;
                if (double.IsFinite(d))
                {
                    return new PyFloat(func(d));
                }
            }

            double mantissa = BigFrexp(big, out long e);
            return new PyFloat(func(mantissa) + func(2.0) * e);
        }

        return Math1(arg, x => MLog(x, func), false);
    }

    /// <summary>m_log and friends: a finite non-positive argument is a domain error (NaN or -inf, which Math1 reports).</summary>
    private static double MLog(double x, Func<double, double> func)
    {
        if (double.IsFinite(x))
        {
            return x > 0.0 ? func(x) : x == 0.0 ? double.NegativeInfinity : PositiveNaN;
        }

        return double.IsNaN(x) || x > 0 ? x : PositiveNaN;
    }

    /// <summary>_PyLong_Frexp: a positive int as m * 2**e with 0.5 &lt;= m &lt; 1, m rounded half-even to 53 bits.</summary>
    internal static double BigFrexp(System.Numerics.BigInteger value, out long exponent)
    {
        long bits = (long)value.GetBitLength();
        if (bits <= 53)
        {
            exponent = bits;
            return System.Math.ScaleB((double)value, (int)-bits);
        }

        int shift = (int)(bits - 54);
        var top = value >> shift;
        bool sticky = !(top << shift).Equals(value);
        long m = (long)top;
        bool half = (m & 1) != 0;
        m >>= 1;
        if (half && (sticky || (m & 1) != 0))
        {
            m++;
        }

        exponent = bits;
        if (m == 1L << 53)
        {
            m >>= 1;
            exponent++;
        }

        return System.Math.ScaleB(m, -53);
    }
}
