using System.Globalization;
using System.Numerics;
using Ember.Syntax.Lexing;

namespace Ember.Syntax.Parsing;

/// <summary>
/// The value of a NUMBER token, as CPython 3.11's <c>parsenumber</c> computes it
/// (Parser/pegen.c): underscores are dropped, integers of any base become
/// <see cref="long"/> when they fit and <see cref="BigInteger"/> otherwise, floats are
/// correctly rounded doubles (overflow gives infinity, as <c>1e400</c> does), and a
/// trailing <c>j</c> makes an imaginary <see cref="Complex"/>. The tokenizer has
/// already checked the literal's syntax.
/// </summary>
internal static class NumberLiterals
{
    /// <summary>CPython's default for <c>sys.get_int_max_str_digits()</c>.</summary>
    public const int DefaultMaxStrDigits = 4300;

    // CPython only checks the limit past this many digits (_PY_LONG_MAX_STR_DIGITS_THRESHOLD).
    private const int MaxStrDigitsThreshold = 640;

    /// <summary>The literal's value, with no limit on the length of decimal integers.</summary>
    public static object Parse(string text) => ParseCore(StripUnderscores(text));

    /// <summary>
    /// The value of a NUMBER token, raising CPython's SyntaxError for a decimal integer
    /// longer than <paramref name="maxStrDigits"/> digits (0 means no limit), as
    /// <c>_PyPegen_number_token</c> does: the line is given but no columns.
    /// </summary>
    public static object Parse(Parser parser, in Token token, int maxStrDigits = DefaultMaxStrDigits)
    {
        var text = StripUnderscores(token.Text);
        if (maxStrDigits > 0 && text.Length > MaxStrDigitsThreshold && text.Length > maxStrDigits && IsDecimalInteger(text))
        {
            throw parser.ErrorAt(
                Diagnostics.SyntaxErrorKind.SyntaxError,
                "Exceeds the limit (" + maxStrDigits.ToString(CultureInfo.InvariantCulture)
                    + " digits) for integer string conversion: value has " + text.Length.ToString(CultureInfo.InvariantCulture)
                    + " digits; use sys.set_int_max_str_digits() to increase the limit"
                    + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                token.Lineno,
                -1,
                token.EndLineno,
                -1);
        }

        return ParseCore(text);
    }

    private static string StripUnderscores(string text) =>
        text.Contains('_', StringComparison.Ordinal) ? text.Replace("_", string.Empty, StringComparison.Ordinal) : text;

    // An all-zero literal ("000") is read by strtoul in CPython and never hits the limit.
    private static bool IsDecimalInteger(string text)
    {
        if (text[0] == '0')
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static object ParseCore(string text)
    {
        char last = text[^1];
        if (last is 'j' or 'J')
        {
            return new Complex(0.0, ParseFloat(text.AsSpan(0, text.Length - 1)));
        }

        if (text.Length > 2 && text[0] == '0')
        {
            switch (text[1])
            {
                case 'x' or 'X':
                    return ParsePowerOfTwo(text.AsSpan(2), 4);
                case 'o' or 'O':
                    return ParsePowerOfTwo(text.AsSpan(2), 3);
                case 'b' or 'B':
                    return ParsePowerOfTwo(text.AsSpan(2), 1);
            }
        }

        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return ParseFloat(text);
            }
        }

        return ParseDecimal(text);
    }

    private static double ParseFloat(ReadOnlySpan<char> text) =>
        double.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    private static object ParseDecimal(string digits)
    {
        // 18 decimal digits always fit in a long.
        if (digits.Length <= 18)
        {
            long value = 0;
            foreach (char c in digits)
            {
                value = (value * 10) + (c - '0');
            }

            return value;
        }

        var big = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return big <= long.MaxValue ? (object)(long)big : big;
    }

    private static object ParsePowerOfTwo(ReadOnlySpan<char> digits, int bitsPerDigit)
    {
        int start = 0;
        while (start < digits.Length - 1 && digits[start] == '0')
        {
            start++;
        }

        digits = digits[start..];
        if (digits.Length * bitsPerDigit <= 63)
        {
            long value = 0;
            foreach (char c in digits)
            {
                value = (value << bitsPerDigit) | (long)HexValue(c);
            }

            return value;
        }

        // Fill a little-endian byte array from the least significant digit up.
        var bytes = new byte[((digits.Length * bitsPerDigit) + 7) / 8];
        int bit = 0;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = HexValue(digits[i]);
            for (int k = 0; k < bitsPerDigit; k++, bit++)
            {
                if ((d & (1 << k)) != 0)
                {
                    bytes[bit >> 3] |= (byte)(1 << (bit & 7));
                }
            }
        }

        var big = new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        return big <= long.MaxValue ? (object)(long)big : big;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => c - 'A' + 10,
    };
}
