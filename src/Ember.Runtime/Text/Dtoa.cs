using System.Globalization;
using System.Numerics;

namespace Ember.Runtime.Text;

/// <summary>
/// Decimal digits of a double, as David Gay's <c>_Py_dg_dtoa</c> (Python/dtoa.c)
/// gives them to CPython: mode 0 is the shortest string that reads back as the
/// same double; mode 2 rounds to <c>max(ndigits, 1)</c> significant digits; mode 3
/// rounds to <c>ndigits</c> digits after the decimal point (negative: before it).
/// Rounding is exact, half to even on exact ties (.NET's fixed formats round
/// ties away from zero, so they are not used). Trailing zeros are removed; the
/// value is <c>0.d1d2... * 10**decpt</c>; a value that rounds to nothing in mode 3
/// gives no digits and <c>decpt = -ndigits</c>, zero gives "0" and 1.
/// </summary>
public static class Dtoa
{
    /// <summary>Room for any result: a double's exact expansion has at most 767 significant digits.</summary>
    public const int MaxDigits = 800;

    private static readonly UInt128[] s_pow10 = BuildPow10();
    private static readonly ulong[] s_pow5 = BuildPow5();

    /// <summary>
    /// Writes the digits of <c>|value|</c> (finite) into <paramref name="digits"/>
    /// (at least <see cref="MaxDigits"/> long) and returns how many there are.
    /// </summary>
    public static int Convert(double value, int mode, int ndigits, Span<char> digits, out int decpt)
    {
        value = Math.Abs(value);
        if (value == 0.0)
        {
            digits[0] = '0';
            decpt = 1;
            return 1;
        }

        if (mode == 0)
        {
            return Shortest(value, digits, out decpt);
        }

        Decompose(value, out ulong mantissa, out int exponent);
        if (mode == 2)
        {
            return Significant(mantissa, exponent, value, Math.Clamp(ndigits, 1, MaxDigits), digits, out decpt);
        }

        // Mode 3. Past the last binary fraction digit the product is exact, so
        // more places only add zeros that are stripped anyway.
        int places = ndigits;
        if (places > 0 && places > -exponent)
        {
            places = Math.Max(-exponent, 0);
        }

        if (places < -400)
        {
            // Far above the largest double: everything rounds to zero.
            decpt = -ndigits;
            return 0;
        }

        int count = Scaled(mantissa, exponent, places, digits);
        if (count == 0)
        {
            decpt = -ndigits;
            return 0;
        }

        decpt = count - places;
        return StripZeros(digits, count);
    }

    /// <summary>Splits a positive finite double into <c>mantissa * 2**exponent</c>.</summary>
    internal static void Decompose(double value, out ulong mantissa, out int exponent)
    {
        ulong bits = BitConverter.DoubleToUInt64Bits(value) & 0x7FFF_FFFF_FFFF_FFFFUL;
        int biased = (int)(bits >> 52);
        mantissa = bits & 0xF_FFFF_FFFF_FFFFUL;
        if (biased == 0)
        {
            exponent = -1074;
        }
        else
        {
            mantissa |= 1UL << 52;
            exponent = biased - 1075;
        }
    }

    /// <summary>Mode 2: <paramref name="ndigits"/> significant digits.</summary>
    private static int Significant(ulong mantissa, int exponent, double value, int ndigits, Span<char> digits, out int decpt)
    {
        // k = floor(log10(value)) is estimated, then corrected from the digit
        // count of the rounded quotient: n + 1 digits other than 10**n mean k is
        // too low; 10**n itself is a carry (or a low k that gives the same
        // answer); fewer than n digits, or 10**(n-1) reached by rounding up from
        // 10**(n-1) - 1, mean k is too high.
        int k = (int)Math.Floor(Math.Log10(value));
        Span<char> probe = stackalloc char[MaxDigits + 2];
        for (int attempt = 0; ; attempt++)
        {
            int scale = ndigits - (k + 1);
            int count = Scaled(mantissa, exponent, scale, probe, out bool roundedUp);
            if (attempt < 8)
            {
                if (count > ndigits + 1 || (count == ndigits + 1 && !IsPowerOfTen(probe.Slice(0, count))))
                {
                    k++;
                    continue;
                }

                if (count < ndigits || (count == ndigits && roundedUp && IsPowerOfTen(probe.Slice(0, count))))
                {
                    k--;
                    continue;
                }
            }

            if (count == ndigits + 1)
            {
                k++;
                count = 1;
            }

            decpt = k + 1;
            probe.Slice(0, count).CopyTo(digits);
            return StripZeros(digits, count);
        }
    }

    private static bool IsPowerOfTen(ReadOnlySpan<char> digits) =>
        digits.Length > 0 && digits[0] == '1' && !digits.Slice(1).ContainsAnyExcept('0');

    /// <summary>
    /// Writes the decimal digits of <c>round_half_even(m * 2**e * 10**scale)</c>
    /// and returns their count (0 when it rounds to zero).
    /// </summary>
    private static int Scaled(ulong mantissa, int exponent, int scale, Span<char> digits) =>
        Scaled(mantissa, exponent, scale, digits, out _);

    private static int Scaled(ulong mantissa, int exponent, int scale, Span<char> digits, out bool roundedUp)
    {
        if (TryScaledFast(mantissa, exponent, scale, out UInt128 fast, out roundedUp))
        {
            return WriteDigits(fast, digits);
        }

        BigInteger num = mantissa;
        BigInteger den = BigInteger.One;
        if (exponent > 0)
        {
            num <<= exponent;
        }
        else
        {
            den <<= -exponent;
        }

        if (scale > 0)
        {
            num *= BigInteger.Pow(10, scale);
        }
        else if (scale < 0)
        {
            den *= BigInteger.Pow(10, -scale);
        }

        BigInteger q = BigInteger.DivRem(num, den, out BigInteger r);
        int c = (r << 1).CompareTo(den);
        roundedUp = c > 0 || (c == 0 && !q.IsEven);
        if (roundedUp)
        {
            q += BigInteger.One;
        }

        if (q.IsZero)
        {
            return 0;
        }

        string text = q.ToString(CultureInfo.InvariantCulture);
        text.AsSpan().CopyTo(digits);
        return text.Length;
    }

    /// <summary>The same rounding in 128-bit arithmetic when everything fits.</summary>
    private static bool TryScaledFast(ulong mantissa, int exponent, int scale, out UInt128 result, out bool roundedUp)
    {
        result = 0;
        roundedUp = false;
        if (scale >= 0)
        {
            // m * 10**s * 2**e = (m * 5**s) * 2**(e + s)
            if (scale >= s_pow5.Length)
            {
                return false;
            }

            UInt128 a = (UInt128)mantissa * s_pow5[scale];
            int shift = exponent + scale;
            if (shift >= 0)
            {
                if (BitLength(a) + shift > 127)
                {
                    return false;
                }

                result = a << shift;
                return true;
            }

            int t = -shift;
            if (t > 127)
            {
                return false;
            }

            result = a >> t;
            UInt128 rem = a & ((UInt128.One << t) - 1);
            UInt128 half = UInt128.One << (t - 1);
            roundedUp = rem > half || (rem == half && (result & 1) != 0);
            if (roundedUp)
            {
                result++;
            }

            return true;
        }

        int p = -scale;
        if (p >= s_pow10.Length)
        {
            return false;
        }

        UInt128 numerator;
        UInt128 divisor = s_pow10[p];
        if (exponent >= 0)
        {
            if (BitLength(mantissa) + exponent > 127)
            {
                return false;
            }

            numerator = (UInt128)mantissa << exponent;
        }
        else
        {
            if (BitLength(divisor) - exponent > 126)
            {
                return false;
            }

            numerator = mantissa;
            divisor <<= -exponent;
        }

        result = UInt128.DivRem(numerator, divisor).Quotient;
        UInt128 remainder = numerator - (result * divisor);
        UInt128 twice = remainder << 1;
        roundedUp = twice > divisor || (twice == divisor && (result & 1) != 0);
        if (roundedUp)
        {
            result++;
        }

        return true;
    }

    private static int BitLength(UInt128 value) => 128 - (int)UInt128.LeadingZeroCount(value);

    private static int WriteDigits(UInt128 value, Span<char> digits)
    {
        if (value == 0)
        {
            return 0;
        }

        Span<char> tmp = stackalloc char[40];
        int n = 0;
        while (value > ulong.MaxValue)
        {
            (value, UInt128 digit) = UInt128.DivRem(value, 10);
            tmp[n++] = (char)('0' + (int)digit);
        }

        ulong small = (ulong)value;
        while (small != 0)
        {
            tmp[n++] = (char)('0' + (int)(small % 10));
            small /= 10;
        }

        for (int i = 0; i < n; i++)
        {
            digits[i] = tmp[n - 1 - i];
        }

        return n;
    }

    private static int StripZeros(Span<char> digits, int count)
    {
        while (count > 1 && digits[count - 1] == '0')
        {
            count--;
        }

        return count;
    }

    /// <summary>
    /// Mode 0 from .NET's round-trip "R" format, which gives the shortest digits
    /// that read back exactly, the nearest such when several are shortest.
    /// </summary>
    // Mode 0 is repr's: the shortest digits that read back as the value.
    private static int Shortest(double value, Span<char> digits, out int decpt) =>
        Ember.Syntax.Text.PyRepr.ShortestDigits(value, digits, out decpt);

    private static UInt128[] BuildPow10()
    {
        var table = new UInt128[39];
        table[0] = 1;
        for (int i = 1; i < table.Length; i++)
        {
            table[i] = table[i - 1] * 10;
        }

        return table;
    }

    private static ulong[] BuildPow5()
    {
        // 5**27 < 2**63, so m * 5**s < 2**116 for every s in the table.
        var table = new ulong[28];
        table[0] = 1;
        for (int i = 1; i < table.Length; i++)
        {
            table[i] = table[i - 1] * 5;
        }

        return table;
    }
}
