using System.Runtime.CompilerServices;
using Ember.Runtime.Errors;

namespace Ember.Runtime.Objects;

/// <summary>
/// float's arithmetic (float_add ... float_pow in Objects/floatobject.c). Both
/// operands may be floats or ints (an int converts exactly or raises
/// "int too large to convert to float"); anything else is NotImplemented.
/// </summary>
public partial class PyFloat
{
    public static PyObject? Add(PyObject a, PyObject b)
    {
        if (a is PyFloat x && b is PyFloat y)
        {
            return new PyFloat(x.Value + y.Value);
        }

        int c = Convert2(a, b, out double l, out double r);
        return c > 0 ? new PyFloat(l + r) : c == 0 ? PyNotImplemented.Instance : null;
    }

    public static PyObject? Subtract(PyObject a, PyObject b)
    {
        if (a is PyFloat x && b is PyFloat y)
        {
            return new PyFloat(x.Value - y.Value);
        }

        int c = Convert2(a, b, out double l, out double r);
        return c > 0 ? new PyFloat(l - r) : c == 0 ? PyNotImplemented.Instance : null;
    }

    public static PyObject? Multiply(PyObject a, PyObject b)
    {
        if (a is PyFloat x && b is PyFloat y)
        {
            return new PyFloat(x.Value * y.Value);
        }

        int c = Convert2(a, b, out double l, out double r);
        return c > 0 ? new PyFloat(l * r) : c == 0 ? PyNotImplemented.Instance : null;
    }

    public static PyObject? TrueDivide(PyObject a, PyObject b)
    {
        int c = Convert2(a, b, out double l, out double r);
        if (c <= 0)
        {
            return c == 0 ? PyNotImplemented.Instance : null;
        }

        if (r == 0.0)
        {
            return PyErr.ZeroDivisionError("float division by zero");
        }

        return new PyFloat(l / r);
    }

    public static PyObject? Remainder(PyObject a, PyObject b)
    {
        int c = Convert2(a, b, out double l, out double r);
        if (c <= 0)
        {
            return c == 0 ? PyNotImplemented.Instance : null;
        }

        if (r == 0.0)
        {
            return PyErr.ZeroDivisionError("float modulo");
        }

        return new PyFloat(Mod(l, r));
    }

    public static PyObject? FloorDivide(PyObject a, PyObject b)
    {
        int c = Convert2(a, b, out double l, out double r);
        if (c <= 0)
        {
            return c == 0 ? PyNotImplemented.Instance : null;
        }

        if (r == 0.0)
        {
            return PyErr.ZeroDivisionError("float floor division by zero");
        }

        return new PyFloat(FloorDiv(l, r, out _));
    }

    public static PyObject? DivMod(PyObject a, PyObject b)
    {
        int c = Convert2(a, b, out double l, out double r);
        if (c <= 0)
        {
            return c == 0 ? PyNotImplemented.Instance : null;
        }

        if (r == 0.0)
        {
            return PyErr.ZeroDivisionError("float divmod()");
        }

        double div = FloorDiv(l, r, out double mod);
        return PyTuple.Create(new PyFloat(div), new PyFloat(mod));
    }

    /// <summary>x % y with the sign of y (float_rem); y is not zero.</summary>
    public static double Mod(double x, double y)
    {
        double mod = CMod(x, y);
        if (mod != 0.0)
        {
            if ((y < 0) != (mod < 0))
            {
                mod += y;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, y);
        }

        return mod;
    }

    /// <summary>C's fmod: the remainder with the sign of x (.NET's % on doubles is the same operation).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double CMod(double x, double y) => x % y;

    /// <summary>x // y and x % y as float_divmod computes them; y is not zero.</summary>
    public static double FloorDiv(double x, double y, out double mod)
    {
        mod = CMod(x, y);

        // x - mod is a multiple of y up to rounding; dividing gives nearly an integer.
        double div = (x - mod) / y;
        if (mod != 0.0)
        {
            if ((y < 0) != (mod < 0))
            {
                mod += y;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, y);
        }

        double floordiv;
        if (div != 0.0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5)
            {
                floordiv += 1.0;
            }
        }
        else
        {
            floordiv = Math.CopySign(0.0, x / y);
        }

        return floordiv;
    }

    /// <summary>
    /// float ** float (float_pow): C99's special cases, a negative base with a
    /// fractional exponent gives a complex result, and an infinite result from
    /// finite operands is OverflowError (34, 'Numerical result out of range').
    /// </summary>
    public static PyObject? Power(PyObject a, PyObject b, PyObject c)
    {
        if (!ReferenceEquals(c, PyNone.Instance))
        {
            return PyErr.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        }

        int converted = Convert2(a, b, out double iv, out double iw);
        if (converted <= 0)
        {
            return converted == 0 ? PyNotImplemented.Instance : null;
        }

        if (iw == 0)
        {
            return new PyFloat(1.0);
        }

        if (double.IsNaN(iv))
        {
            return new PyFloat(iv);
        }

        if (double.IsNaN(iw))
        {
            return new PyFloat(iv == 1.0 ? 1.0 : iw);
        }

        if (double.IsInfinity(iw))
        {
            iv = Math.Abs(iv);
            if (iv == 1.0)
            {
                return new PyFloat(1.0);
            }

            return new PyFloat((iw > 0) == (iv > 1.0) ? Math.Abs(iw) : 0.0);
        }

        bool iwIsOdd = Math.Abs(iw) % 2.0 == 1.0;
        if (double.IsInfinity(iv))
        {
            if (iw > 0)
            {
                return new PyFloat(iwIsOdd ? iv : Math.Abs(iv));
            }

            return new PyFloat(iwIsOdd ? Math.CopySign(0.0, iv) : 0.0);
        }

        if (iv == 0.0)
        {
            if (iw < 0.0)
            {
                return PyErr.ZeroDivisionError("0.0 cannot be raised to a negative power");
            }

            return new PyFloat(iwIsOdd ? iv : 0.0);
        }

        bool negate = false;
        if (iv < 0.0)
        {
            if (iw != Math.Floor(iw))
            {
                return PyComplex.PowerOfReals(iv, iw);
            }

            iv = -iv;
            negate = iwIsOdd;
        }

        if (iv == 1.0)
        {
            return new PyFloat(negate ? -1.0 : 1.0);
        }

        double ix = Math.Pow(iv, iw);
        if (double.IsInfinity(ix))
        {
            return RangeError();
        }

        return new PyFloat(negate ? -ix : ix);
    }

    /// <summary>OverflowError(34, 'Numerical result out of range'): what CPython raises from errno ERANGE.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? RangeError() =>
        PyErr.SetObject(PyExc.OverflowError, PyTuple.Create(PyInt.From(34), new PyStr("Numerical result out of range")));

    public static PyObject? Negative(PyObject a) => new PyFloat(-((PyFloat)a).Value);

    public static PyObject? Positive(PyObject a) => ((PyFloat)a).AsExact();

    public static PyObject? Absolute(PyObject a) => new PyFloat(Math.Abs(((PyFloat)a).Value));

    public static int BoolOf(PyObject a) => ((PyFloat)a).Value != 0.0 ? 1 : 0;

    /// <summary>Converts both operands: 1 when both are numbers, 0 when one is not (NotImplemented), -1 with OverflowError pending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Convert2(PyObject a, PyObject b, out double l, out double r)
    {
        int ca = ToDouble(a, out l);
        if (ca != 1)
        {
            r = 0;
            return ca;
        }

        return ToDouble(b, out r);
    }
}
