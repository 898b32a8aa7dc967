using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Text;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Objects;

/// <summary>int's comparison, hash, truth and text (long_richcompare, long_hash, long_to_decimal_string).</summary>
public partial class PyInt
{
    /// <summary>The modulus of numeric hashes (_PyHASH_MODULUS, 2**61 - 1): equal numbers of any type hash alike.</summary>
    public const long HashModulus = (1L << 61) - 1;

    public static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is PyInt x && b is PyInt y)
        {
            int c = x.Big is null && y.Big is null ? x.Small.CompareTo(y.Small) : CompareSlow(x, y);
            return PyBool.From(CompareResult(c, op));
        }

        return PyNotImplemented.Instance;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CompareSlow(PyInt x, PyInt y) => x.ToBigInteger().CompareTo(y.ToBigInteger());

    /// <summary>The truth of "c op 0" for a three-way comparison result.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CompareResult(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };

    /// <summary>Three-way comparison of two ints by value.</summary>
    public int CompareTo(PyInt other) =>
        Big is null && other.Big is null ? Small.CompareTo(other.Small) : ToBigInteger().CompareTo(other.ToBigInteger());

    public static long Hash(PyObject self)
    {
        var x = (PyInt)self;
        return x.Big is null ? HashOf(x.Small) : HashOf(x.Big.Value);
    }

    /// <summary>hash() of an int that fits in 64 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long HashOf(long value)
    {
        if (value > -HashModulus && value < HashModulus)
        {
            return value == -1 ? -2 : value;
        }

        return HashOfWide(value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long HashOfWide(long value)
    {
        // |value| < 2**63 + 1, so the magnitude fits in a ulong.
        ulong magnitude = value < 0 ? (ulong)-(value + 1) + 1 : (ulong)value;
        long h = (long)(magnitude % HashModulus);
        if (value < 0)
        {
            h = -h;
        }

        return h == -1 ? -2 : h;
    }

    /// <summary>hash() of an int of any size.</summary>
    public static long HashOf(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return HashOf((long)value);
        }

        long h = (long)BigInteger.Remainder(BigInteger.Abs(value), HashModulus);
        if (value.Sign < 0)
        {
            h = -h;
        }

        return h == -1 ? -2 : h;
    }

    public static int BoolOf(PyObject self) => ((PyInt)self).IsZero ? 0 : 1;

    public static PyObject? Repr(PyObject self)
    {
        var x = (PyInt)self;
        if (x.Big is null)
        {
            return new PyStr(x.Small.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!IntFormatter.TryToDecimal(x.Big.Value, MaxStrDigits, out string text, out var error))
        {
            return error.Raise();
        }

        return new PyStr(text);
    }

    /// <summary><c>sys.get_int_max_str_digits()</c> of the running interpreter (0: no limit).</summary>
    public static int MaxStrDigits => PyThreadState.Current.Interpreter.IntMaxStrDigits;

    /// <summary>nb_int and nb_index: the value as an exact int.</summary>
    public static PyObject? ToInt(PyObject self) => ((PyInt)self).AsExact();

    /// <summary>nb_float: float(int), correctly rounded; OverflowError "int too large to convert to float".</summary>
    public static PyObject? ToFloat(PyObject self)
    {
        if (!((PyInt)self).TryToDouble(out double d))
        {
            return null;
        }

        return new PyFloat(d);
    }

    /// <summary>This int as a double, correctly rounded; false with OverflowError pending when too large.</summary>
    public bool TryToDouble(out double value)
    {
        if (Big is null)
        {
            value = Small;
            return true;
        }

        if (!FloatConversions.TryIntToDouble(Big.Value, out value, out var error))
        {
            error.Raise();
            return false;
        }

        return true;
    }

    /// <summary>int.__format__(spec).</summary>
    internal static PyObject? Format(PyInt self, string spec)
    {
        var sb = new StringBuilder();
        bool ok = self.Big is null
            ? IntFormatter.TryFormat(sb, self.Small, spec, "int", MaxStrDigits, out var error)
            : IntFormatter.TryFormat(sb, self.Big.Value, spec, "int", MaxStrDigits, out error);
        return ok ? new PyStr(sb.ToString()) : error.Raise();
    }
}
