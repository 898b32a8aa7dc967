using System.Globalization;
using System.Numerics;
using System.Text;

namespace Ember.Runtime.Text;

/// <summary>
/// Exact conversions between float and int and the float methods built on them
/// (Objects/floatobject.c and Objects/longobject.c, CPython 3.11): int to float
/// rounded half to even, float to int by truncation, <c>round()</c>,
/// <c>float.as_integer_ratio</c> and <c>float.hex</c>.
/// </summary>
public static class FloatConversions
{
    /// <summary><c>float(int)</c>: correctly rounded, OverflowError past the largest double.</summary>
    public static bool TryIntToDouble(BigInteger value, out double result, out TextError error)
    {
        error = default;
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            // The hardware conversion rounds half to even.
            result = (long)value;
            return true;
        }

        bool negative = value.Sign < 0;
        BigInteger magnitude = BigInteger.Abs(value);
        long bits = (long)magnitude.GetBitLength();

        // Keep 54 bits (53 and a rounding bit); the rest only matters as "sticky".
        int shift = (int)(bits - 54);
        ulong top = (ulong)(magnitude >> shift);
        bool sticky = BigInteger.TrailingZeroCount(magnitude) < shift;
        ulong mantissa = top >> 1;
        if ((top & 1) != 0 && (sticky || (mantissa & 1) != 0))
        {
            mantissa++;
        }

        int exponent = shift + 1;
        if (mantissa == 1UL << 53)
        {
            mantissa >>= 1;
            exponent++;
        }

        // mantissa has 53 bits: the value is below 2**(53 + exponent).
        if (53 + exponent > 1024)
        {
            result = 0;
            error = TextError.Overflow("int too large to convert to float");
            return false;
        }

        result = Math.ScaleB(mantissa, exponent);
        if (negative)
        {
            result = -result;
        }

        return true;
    }

    /// <summary><c>int(x)</c> for a float: truncation toward zero.</summary>
    public static bool TryDoubleToInt(double value, out BigInteger result, out TextError error)
    {
        error = default;
        result = BigInteger.Zero;
        if (double.IsNaN(value))
        {
            error = TextError.Value("cannot convert float NaN to integer");
            return false;
        }

        if (double.IsInfinity(value))
        {
            error = TextError.Overflow("cannot convert float infinity to integer");
            return false;
        }

        double truncated = Math.Truncate(value);
        if (truncated >= -9.2233720368547758E18 && truncated < 9.2233720368547758E18)
        {
            result = (long)truncated;
            return true;
        }

        Dtoa.Decompose(truncated, out ulong mantissa, out int exponent);
        BigInteger magnitude = new BigInteger(mantissa) << exponent;
        result = value < 0 ? -magnitude : magnitude;
        return true;
    }

    /// <summary><c>float.as_integer_ratio()</c>: the exact fraction in lowest terms, with a positive power-of-two denominator.</summary>
    public static bool TryAsIntegerRatio(double value, out BigInteger numerator, out BigInteger denominator, out TextError error)
    {
        error = default;
        numerator = BigInteger.Zero;
        denominator = BigInteger.One;
        if (double.IsInfinity(value))
        {
            error = TextError.Overflow("cannot convert Infinity to integer ratio");
            return false;
        }

        if (double.IsNaN(value))
        {
            error = TextError.Value("cannot convert NaN to integer ratio");
            return false;
        }

        if (value == 0.0)
        {
            return true;
        }

        Dtoa.Decompose(Math.Abs(value), out ulong mantissa, out int exponent);
        int zeros = BitOperations.TrailingZeroCount(mantissa);
        mantissa >>= zeros;
        exponent += zeros;
        numerator = mantissa;
        if (exponent > 0)
        {
            numerator <<= exponent;
        }
        else
        {
            denominator <<= -exponent;
        }

        if (value < 0)
        {
            numerator = -numerator;
        }

        return true;
    }

    /// <summary><c>round(x)</c>: the nearest int, halves to even.</summary>
    public static bool TryRoundToInt(double value, out BigInteger result, out TextError error) =>
        TryDoubleToInt(Math.Round(value, MidpointRounding.ToEven), out result, out error);

    /// <summary>
    /// <c>round(x, ndigits)</c> for a float: the double nearest to x rounded
    /// (exactly, halves to even) to <paramref name="ndigits"/> decimal places.
    /// </summary>
    public static bool TryRound(double value, long ndigits, out double result, out TextError error)
    {
        error = default;
        result = value;
        if (!double.IsFinite(value))
        {
            return true;
        }

        // Past these bounds x rounds to itself or to a zero (0.30103 > log10(2)).
        const int maxDigits = (int)((53 + 1021) * 0.30103);
        const int minDigits = -(int)((1024 + 1) * 0.30103);
        if (ndigits > maxDigits)
        {
            return true;
        }

        if (ndigits < minDigits)
        {
            result = 0.0 * value;
            return true;
        }

        Span<char> digits = stackalloc char[Dtoa.MaxDigits];
        int count = Dtoa.Convert(value, 3, (int)ndigits, digits, out int decpt);
        var sb = new StringBuilder(count + 16);
        if (double.IsNegative(value))
        {
            sb.Append('-');
        }

        sb.Append('0').Append(digits.Slice(0, count)).Append('e').Append((decpt - count).ToString(CultureInfo.InvariantCulture));
        result = double.Parse(sb.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(result))
        {
            error = TextError.Overflow("rounded value too large to represent");
            return false;
        }

        return true;
    }

    /// <summary><c>float.hex()</c>: <c>[-]0x1.hhhhhhhhhhhhhp+e</c> with all 13 hex digits, subnormals as <c>0x0.…p-1022</c>.</summary>
    public static string ToHex(double value)
    {
        if (!double.IsFinite(value))
        {
            return Ember.Syntax.Text.PyRepr.Float(value);
        }

        ulong bits = BitConverter.DoubleToUInt64Bits(value);
        bool negative = (bits >> 63) != 0;
        if (value == 0.0)
        {
            return negative ? "-0x0.0p+0" : "0x0.0p+0";
        }

        int biased = (int)((bits >> 52) & 0x7FF);
        ulong fraction = bits & 0xF_FFFF_FFFF_FFFFUL;
        int lead = biased == 0 ? 0 : 1;
        int exponent = biased == 0 ? -1022 : biased - 1023;
        var sb = new StringBuilder(32);
        if (negative)
        {
            sb.Append('-');
        }

        sb.Append("0x").Append((char)('0' + lead)).Append('.');
        sb.Append(fraction.ToString("x13", CultureInfo.InvariantCulture));
        sb.Append('p').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>
    /// <c>m * 2**e</c> rounded half to even to a double (subnormals and
    /// underflow to zero included); false when it rounds past the largest double.
    /// </summary>
    internal static bool TryScaleToDouble(BigInteger mantissa, long exponent, out double result)
    {
        result = 0.0;
        if (mantissa.IsZero)
        {
            return true;
        }

        long bits = (long)mantissa.GetBitLength();

        // The value is in [2**(top-1), 2**top); doubles keep 53 bits down to 2**-1074.
        long top = bits + exponent;
        if (top > 1024)
        {
            return false;
        }

        if (top < -1075)
        {
            return true;
        }

        long lowest = Math.Max(top - 53, -1074);
        long shift = lowest - exponent;
        BigInteger kept;
        if (shift <= 0)
        {
            kept = mantissa << (int)-shift;
        }
        else
        {
            kept = mantissa >> (int)shift;
            BigInteger dropped = mantissa - (kept << (int)shift);
            BigInteger half = BigInteger.One << (int)(shift - 1);
            int c = dropped.CompareTo(half);
            if (c > 0 || (c == 0 && !kept.IsEven))
            {
                kept += BigInteger.One;
            }
        }

        result = Math.ScaleB((double)(ulong)kept, (int)lowest);
        return !double.IsInfinity(result);
    }
}
