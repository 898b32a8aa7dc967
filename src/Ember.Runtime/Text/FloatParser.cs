using System.Globalization;
using System.Numerics;
using System.Text;
using Ember.Syntax.Text;

namespace Ember.Runtime.Text;

/// <summary>
/// Text to float (Objects/floatobject.c <c>PyFloat_FromString</c>,
/// <c>float_fromhex</c>; Python/pystrtod.c): Python's float grammar with Unicode
/// digits and spaces, underscores between digits, and inf/infinity/nan in any
/// case; correctly rounded.
/// </summary>
public static class FloatParser
{
    /// <summary><c>float(text)</c> for a str.</summary>
    public static bool TryParse(string text, out double result, out TextError error)
    {
        error = default;
        char[]? rented = null;
        Span<char> ascii = text.Length <= 256 ? stackalloc char[text.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        int n = IntParser.ToAscii(text, ascii);
        bool ok = TryParseAscii(ascii.Slice(0, n), out result);
        if (rented != null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        if (!ok)
        {
            error = TextError.Value("could not convert string to float: " + PyRepr.Str(text));
        }

        return ok;
    }

    private static bool TryParseAscii(Span<char> s, out double result)
    {
        result = 0;

        // Underscores only between digits; then they are dropped.
        if (s.Contains('_'))
        {
            int w = 0;
            char prev = '\0';
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '_')
                {
                    if (!char.IsAsciiDigit(prev))
                    {
                        return false;
                    }
                }
                else
                {
                    if (prev == '_' && !char.IsAsciiDigit(c))
                    {
                        return false;
                    }

                    s[w++] = c;
                }

                prev = c;
            }

            if (prev == '_')
            {
                return false;
            }

            s = s.Slice(0, w);
        }

        int start = 0;
        int end = s.Length;
        while (start < end && IntParser.IsAsciiSpace(s[start]))
        {
            start++;
        }

        while (end > start && IntParser.IsAsciiSpace(s[end - 1]))
        {
            end--;
        }

        return TryParseNumber(s.Slice(start, end - start), out result);
    }

    /// <summary>Parses <c>[sign] (digits [. digits] | . digits) [e [sign] digits] | [sign] inf | infinity | nan</c>, the whole span.</summary>
    private static bool TryParseNumber(ReadOnlySpan<char> s, out double result)
    {
        result = 0;
        int i = 0;
        bool negative = false;
        if (i < s.Length && s[i] is '+' or '-')
        {
            negative = s[i] == '-';
            i++;
        }

        var rest = s.Slice(i);
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            result = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            result = negative ? NegativeNaN : PositiveNaN;
            return true;
        }

        int digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
            digits++;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        int mantissaEnd = i;
        long exponent = 0;
        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            bool expNegative = false;
            if (i < s.Length && s[i] is '+' or '-')
            {
                expNegative = s[i] == '-';
                i++;
            }

            int expStart = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                // Saturate: anything this large already over- or underflows.
                if (exponent < 100_000_000)
                {
                    exponent = (exponent * 10) + (s[i] - '0');
                }

                i++;
            }

            if (i == expStart)
            {
                return false;
            }

            if (expNegative)
            {
                exponent = -exponent;
            }
        }

        if (i != s.Length)
        {
            return false;
        }

        result = DecimalToDouble(s.Slice(0, mantissaEnd), exponent);
        return true;
    }

    /// <summary>
    /// The double nearest to <c>mantissa * 10**exponent</c>, where the mantissa is
    /// <c>[sign] digits [. digits]</c>. .NET's parser rounds correctly (it keeps
    /// enough digits and a sticky flag for the rest); it is given a normalized
    /// exponent that always fits.
    /// </summary>
    private static double DecimalToDouble(ReadOnlySpan<char> mantissa, long exponent)
    {
        bool negative = mantissa.Length > 0 && mantissa[0] == '-';
        if (mantissa.Length > 0 && mantissa[0] is '+' or '-')
        {
            mantissa = mantissa.Slice(1);
        }

        // Collect significant digits and the position of the point.
        var sb = new StringBuilder(mantissa.Length + 24);
        long pointShift = 0;
        bool seenPoint = false;
        bool leading = true;
        foreach (char c in mantissa)
        {
            if (c == '.')
            {
                seenPoint = true;
                continue;
            }

            if (leading && c == '0')
            {
                if (seenPoint)
                {
                    pointShift--;
                }

                continue;
            }

            leading = false;
            sb.Append(c);
            if (seenPoint)
            {
                pointShift--;
            }
        }

        double magnitude;
        long scale = exponent + pointShift;
        if (sb.Length == 0)
        {
            magnitude = 0.0;
        }
        else if (scale + sb.Length > 400)
        {
            magnitude = double.PositiveInfinity;
        }
        else if (scale + sb.Length < -400)
        {
            magnitude = 0.0;
        }
        else
        {
            sb.Append('e').Append(scale.ToString(CultureInfo.InvariantCulture));
            magnitude = double.Parse(sb.ToString(), NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        }

        return negative ? -magnitude : magnitude;
    }

    /// <summary><c>float.fromhex(text)</c>.</summary>
    public static bool TryFromHex(string text, out double result, out TextError error)
    {
        result = 0;
        error = default;
        var s = text.AsSpan();
        int i = 0;
        while (i < s.Length && IntParser.IsAsciiSpace(s[i]))
        {
            i++;
        }

        int end = s.Length;
        while (end > i && IntParser.IsAsciiSpace(s[end - 1]))
        {
            end--;
        }

        s = s.Slice(i, end - i);
        i = 0;
        bool negative = false;
        if (i < s.Length && s[i] is '+' or '-')
        {
            negative = s[i] == '-';
            i++;
        }

        var rest = s.Slice(i);
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            result = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            result = negative ? NegativeNaN : PositiveNaN;
            return true;
        }

        if (i + 1 < s.Length && s[i] == '0' && s[i + 1] is 'x' or 'X')
        {
            i += 2;
        }

        // Hex digits with at most one point; fractionDigits count after it.
        int digitCount = 0;
        long fractionDigits = 0;
        bool seenPoint = false;
        var hex = new StringBuilder();
        while (i < s.Length)
        {
            char c = s[i];
            if (c == '.' && !seenPoint)
            {
                seenPoint = true;
                i++;
                continue;
            }

            int d = HexValue(c);
            if (d < 0)
            {
                break;
            }

            hex.Append(c);
            digitCount++;
            if (seenPoint)
            {
                fractionDigits++;
            }

            i++;
        }

        if (digitCount == 0)
        {
            error = InvalidHex();
            return false;
        }

        long exponent = 0;
        if (i < s.Length && s[i] is 'p' or 'P')
        {
            i++;
            bool expNegative = false;
            if (i < s.Length && s[i] is '+' or '-')
            {
                expNegative = s[i] == '-';
                i++;
            }

            int expStart = i;
            while (i < s.Length && s[i] >= '0' && s[i] <= '9')
            {
                if (exponent < 1_000_000_000_000L)
                {
                    exponent = (exponent * 10) + (s[i] - '0');
                }

                i++;
            }

            if (i == expStart)
            {
                error = InvalidHex();
                return false;
            }

            if (expNegative)
            {
                exponent = -exponent;
            }
        }

        if (i != s.Length)
        {
            error = InvalidHex();
            return false;
        }

        BigInteger mantissa = BigInteger.Parse("0" + hex.ToString(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        if (mantissa.IsZero || exponent < -1_000_000_000L)
        {
            result = negative ? -0.0 : 0.0;
            return true;
        }

        if (exponent > 1_000_000_000L || !FloatConversions.TryScaleToDouble(mantissa, exponent - (4 * fractionDigits), out double magnitude))
        {
            error = TextError.Overflow("hexadecimal value too large to represent as a float");
            return false;
        }

        result = negative ? -magnitude : magnitude;
        return true;
    }

    /// <summary>CPython's quiet NaN has the sign bit clear (.NET's <see cref="double.NaN"/> has it set).</summary>
    public static double PositiveNaN => BitConverter.UInt64BitsToDouble(0x7FF8_0000_0000_0000UL);

    /// <summary>The NaN of <c>float('-nan')</c>.</summary>
    public static double NegativeNaN => BitConverter.UInt64BitsToDouble(0xFFF8_0000_0000_0000UL);

    private static TextError InvalidHex() => TextError.Value("invalid hexadecimal floating-point string");

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
