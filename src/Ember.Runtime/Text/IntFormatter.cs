using System.Globalization;
using System.Numerics;
using System.Text;

namespace Ember.Runtime.Text;

/// <summary>
/// int to text: <c>str(int)</c> with CPython 3.11's limit on decimal digits,
/// <c>bin/oct/hex</c> and any base from 2 to 36, and <c>format(int, spec)</c>
/// (Objects/longobject.c <c>long_to_decimal_string_internal</c>,
/// <c>long_format_binary</c>; Python/formatter_unicode.c <c>format_long_internal</c>).
/// Values that fit in 64 bits are passed as <see cref="long"/>, others as
/// <see cref="BigInteger"/>.
/// </summary>
public static class IntFormatter
{
    /// <summary>CPython's default for <c>sys.get_int_max_str_digits()</c>.</summary>
    public const int DefaultMaxStrDigits = 4300;

    /// <summary>Below this many digits the limit is never checked (<c>_PY_LONG_MAX_STR_DIGITS_THRESHOLD</c>).</summary>
    public const int MaxStrDigitsThreshold = 640;

    private const string LowerDigits = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>The error for str(int) past the limit.</summary>
    public static TextError ToStrLimitError(int maxStrDigits) =>
        TextError.Value($"Exceeds the limit ({maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    /// <summary>Appends <c>str(value)</c>.</summary>
    public static void AppendDecimal(StringBuilder sb, long value)
    {
        Span<char> buffer = stackalloc char[20];
        value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture);
        sb.Append(buffer.Slice(0, written));
    }

    /// <summary>
    /// Appends <c>str(value)</c>, or fails with CPython's ValueError when it has
    /// more than <paramref name="maxStrDigits"/> digits (0 means no limit).
    /// </summary>
    public static bool TryAppendDecimal(StringBuilder sb, BigInteger value, int maxStrDigits, out TextError error)
    {
        if (!TryDecimalDigits(value, maxStrDigits, out string digits, out error))
        {
            return false;
        }

        if (value.Sign < 0)
        {
            sb.Append('-');
        }

        sb.Append(digits);
        return true;
    }

    /// <summary><c>str(value)</c> for an int of any size.</summary>
    public static bool TryToDecimal(BigInteger value, int maxStrDigits, out string result, out TextError error)
    {
        var sb = new StringBuilder();
        bool ok = TryAppendDecimal(sb, value, maxStrDigits, out error);
        result = ok ? sb.ToString() : string.Empty;
        return ok;
    }

    /// <summary>The decimal digits of |value|, within the limit.</summary>
    private static bool TryDecimalDigits(BigInteger value, int maxStrDigits, out string digits, out TextError error)
    {
        error = default;
        BigInteger magnitude = BigInteger.Abs(value);
        if (maxStrDigits > 0)
        {
            // A number of b bits has at least floor((b - 1) * log10(2)) + 1 digits.
            long bits = (long)magnitude.GetBitLength();
            if (bits > 0 && ((bits - 1) * 0.30102999566398114) + 1 > maxStrDigits + 1)
            {
                digits = string.Empty;
                error = ToStrLimitError(maxStrDigits);
                return false;
            }
        }

        digits = magnitude.ToString(CultureInfo.InvariantCulture);
        if (maxStrDigits > 0 && digits.Length > maxStrDigits)
        {
            digits = string.Empty;
            error = ToStrLimitError(maxStrDigits);
            return false;
        }

        return true;
    }

    /// <summary>
    /// Appends <paramref name="value"/> in <paramref name="radix"/> (2 to 36),
    /// lowercase, with <c>0b</c>/<c>0o</c>/<c>0x</c> after any minus sign when
    /// <paramref name="prefix"/> is set (bases 2, 8 and 16 only). Base 10 has no
    /// limit here; use <see cref="TryAppendDecimal"/> for <c>str()</c>.
    /// </summary>
    public static void AppendBase(StringBuilder sb, BigInteger value, int radix, bool prefix)
    {
        if (value.Sign < 0)
        {
            sb.Append('-');
        }

        if (prefix)
        {
            sb.Append(radix switch { 2 => "0b", 8 => "0o", 16 => "0x", _ => string.Empty });
        }

        AppendMagnitude(sb, BigInteger.Abs(value), radix);
    }

    /// <summary><c>bin()</c>, <c>oct()</c>, <c>hex()</c> and the digits of other bases as a string.</summary>
    public static string ToBase(BigInteger value, int radix, bool prefix)
    {
        var sb = new StringBuilder();
        AppendBase(sb, value, radix, prefix);
        return sb.ToString();
    }

    private static void AppendMagnitude(StringBuilder sb, BigInteger magnitude, int radix)
    {
        if (magnitude.IsZero)
        {
            sb.Append('0');
            return;
        }

        if (radix == 10)
        {
            sb.Append(magnitude.ToString(CultureInfo.InvariantCulture));
            return;
        }

        if ((radix & (radix - 1)) == 0)
        {
            // Power-of-two bases: read the bits straight from the little-endian bytes.
            int bitsPerDigit = BitOperations.Log2((uint)radix);
            byte[] bytes = magnitude.ToByteArray(isUnsigned: true, isBigEndian: false);
            long totalBits = (long)magnitude.GetBitLength();
            long digitCount = (totalBits + bitsPerDigit - 1) / bitsPerDigit;
            char[] chars = new char[digitCount];
            for (long i = 0; i < digitCount; i++)
            {
                long bit = i * bitsPerDigit;
                int d = 0;
                for (int b = 0; b < bitsPerDigit; b++)
                {
                    long at = bit + b;
                    if (at < totalBits && (bytes[at >> 3] & (1 << (int)(at & 7))) != 0)
                    {
                        d |= 1 << b;
                    }
                }

                chars[digitCount - 1 - i] = LowerDigits[d];
            }

            sb.Append(chars);
            return;
        }

        // Other bases: peel off chunks of digits that fit in a long.
        int chunkDigits = 1;
        long chunk = radix;
        while (chunk <= long.MaxValue / radix / radix)
        {
            chunk *= radix;
            chunkDigits++;
        }

        var parts = new List<long>();
        var divisor = new BigInteger(chunk);
        while (!magnitude.IsZero)
        {
            magnitude = BigInteger.DivRem(magnitude, divisor, out BigInteger rem);
            parts.Add((long)rem);
        }

        Span<char> buffer = stackalloc char[64];
        for (int p = parts.Count - 1; p >= 0; p--)
        {
            long part = parts[p];
            int n = 0;
            while (part > 0)
            {
                buffer[n++] = LowerDigits[(int)(part % radix)];
                part /= radix;
            }

            if (p != parts.Count - 1)
            {
                while (n < chunkDigits)
                {
                    buffer[n++] = '0';
                }
            }

            for (int i = n - 1; i >= 0; i--)
            {
                sb.Append(buffer[i]);
            }
        }
    }

    /// <summary><c>format(value, spec)</c> for an int; <paramref name="typeName"/> names the type in errors.</summary>
    public static bool TryFormat(StringBuilder sb, long value, string spec, string typeName, int maxStrDigits, out TextError error) =>
        TryFormat(sb, new BigInteger(value), spec, typeName, maxStrDigits, out error);

    /// <summary>
    /// <c>format(value, spec)</c> for an int. An empty spec gives <c>str(value)</c>
    /// (a bool's caller gives "True"/"False" itself). The float presentation
    /// types convert to float first, as <c>int.__format__</c> does.
    /// </summary>
    public static bool TryFormat(StringBuilder sb, BigInteger value, string spec, string typeName, int maxStrDigits, out TextError error)
    {
        if (spec.Length == 0)
        {
            return TryAppendDecimal(sb, value, maxStrDigits, out error);
        }

        if (!FormatSpec.TryParse(spec, 'd', '>', typeName, out var parsed, out error))
        {
            return false;
        }

        return TryFormat(sb, value, parsed, typeName, maxStrDigits, out error);
    }

    /// <summary><c>format(value, spec)</c> for an int with a parsed spec.</summary>
    public static bool TryFormat(StringBuilder sb, BigInteger value, in FormatSpec spec, string typeName, int maxStrDigits, out TextError error)
    {
        switch (spec.Type)
        {
            case 'b' or 'c' or 'd' or 'o' or 'x' or 'X' or 'n':
                return TryFormatInteger(sb, value, spec, maxStrDigits, out error);
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                if (!FloatConversions.TryIntToDouble(value, out double asFloat, out error))
                {
                    return false;
                }

                return FloatFormatter.TryFormat(sb, asFloat, spec, out error);
            default:
                error = FormatSpec.UnknownType(spec.Type, typeName);
                return false;
        }
    }

    private static bool TryFormatInteger(StringBuilder sb, BigInteger value, in FormatSpec spec, int maxStrDigits, out TextError error)
    {
        error = default;
        if (spec.Precision != -1)
        {
            error = TextError.Value("Precision not allowed in integer format specifier");
            return false;
        }

        if (spec.NoNegativeZero)
        {
            error = TextError.Value("Negative zero coercion (z) not allowed in integer format specifier");
            return false;
        }

        int mark = sb.Length;
        if (spec.Type == 'c')
        {
            if (spec.Sign != '\0')
            {
                error = TextError.Value("Sign not allowed with integer format specifier 'c'");
                return false;
            }

            if (spec.Alternate)
            {
                error = TextError.Value("Alternate form (#) not allowed with integer format specifier 'c'");
                return false;
            }

            if (value < long.MinValue || value > long.MaxValue)
            {
                error = TextError.Overflow("Python int too large to convert to C long");
                return false;
            }

            if (value.Sign < 0 || value > 0x10FFFF)
            {
                error = TextError.Overflow("%c arg not in range(0x110000)");
                return false;
            }

            // The character goes in as "remainder": never grouped or zero-padded.
            int cp = (int)value;
            string text = cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);
            if (!NumberLayout.TryAppend(sb, spec, negative: false, default, default, hasDecimal: false, text, out error))
            {
                sb.Length = mark;
                return false;
            }

            return true;
        }

        int radix = spec.Type switch { 'b' => 2, 'o' => 8, 'x' or 'X' => 16, _ => 10 };
        string digits;
        if (radix == 10)
        {
            if (!TryDecimalDigits(value, maxStrDigits, out digits, out error))
            {
                return false;
            }
        }
        else
        {
            var tmp = new StringBuilder();
            AppendMagnitude(tmp, BigInteger.Abs(value), radix);
            digits = tmp.ToString();
            if (spec.Type == 'X')
            {
                digits = digits.ToUpperInvariant();
            }
        }

        string prefix = !spec.Alternate ? string.Empty : spec.Type switch
        {
            'b' => "0b",
            'o' => "0o",
            'x' => "0x",
            'X' => "0X",
            _ => string.Empty,
        };
        if (!NumberLayout.TryAppend(sb, spec, value.Sign < 0, prefix, digits, hasDecimal: false, default, out error))
        {
            sb.Length = mark;
            return false;
        }

        return true;
    }
}
