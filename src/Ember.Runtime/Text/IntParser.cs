using System.Globalization;
using System.Numerics;
using System.Text;
using Ember.Syntax.Text;

namespace Ember.Runtime.Text;

/// <summary>
/// <c>int(str, base)</c> (Objects/longobject.c <c>PyLong_FromUnicodeObject</c> and
/// <c>PyLong_FromString</c>, CPython 3.11): Unicode decimal digits and spaces,
/// sign, base 0 prefixes, single underscores between digits, and the limit on
/// decimal digits for bases that are not powers of two.
/// </summary>
public static class IntParser
{
    /// <summary>
    /// Parses <paramref name="text"/> in <paramref name="radix"/> (0 or 2..36).
    /// <paramref name="maxStrDigits"/> is <c>sys.get_int_max_str_digits()</c> (0: no limit).
    /// </summary>
    public static bool TryParse(string text, int radix, int maxStrDigits, out BigInteger result, out TextError error)
    {
        result = BigInteger.Zero;
        error = default;
        if ((radix != 0 && radix < 2) || radix > 36)
        {
            error = TextError.Value("int() base must be >= 2 and <= 36, or 0");
            return false;
        }

        // CPython first maps Unicode digits to ASCII and Unicode spaces to ' '; any
        // other non-ASCII character ends the string with an invalid '?'.
        char[]? rented = null;
        Span<char> ascii = text.Length <= 256 ? stackalloc char[text.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        int n = ToAscii(text, ascii);
        ascii = ascii.Slice(0, n);
        var status = Parse(ascii, radix, maxStrDigits, out result, out error);
        if (rented != null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        if (status == Status.Invalid)
        {
            error = InvalidLiteral(text, radix);
        }

        return status == Status.Ok;
    }

    /// <summary>CPython's message for a string that is not an int literal in <paramref name="radix"/>.</summary>
    public static TextError InvalidLiteral(string text, int radix)
    {
        var sb = new StringBuilder("invalid literal for int() with base ");
        sb.Append(radix.ToString(CultureInfo.InvariantCulture)).Append(": ");
        AppendTruncatedRepr(sb, text, 200);
        return TextError.Value(sb.ToString());
    }

    /// <summary>Appends <c>repr(text)</c> cut to <paramref name="limit"/> code points, as <c>%.200R</c> does.</summary>
    internal static void AppendTruncatedRepr(StringBuilder sb, string text, int limit)
    {
        // The repr of a prefix of more than limit code points is already long enough.
        string source = text.Length > limit * 2 ? text.Substring(0, PyUnicodeData.Utf16LengthOf(text, limit + 1)) : text;
        string repr = PyRepr.Str(source);
        sb.Append(repr.AsSpan(0, PyUnicodeData.Utf16LengthOf(repr, limit)));
    }

    /// <summary>
    /// <c>_PyUnicode_TransformDecimalAndSpaceToASCII</c>: returns the length written,
    /// which stops after a '?' standing for the first character that is neither.
    /// </summary>
    internal static int ToAscii(string text, Span<char> output)
    {
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80)
            {
                output[n++] = c;
                continue;
            }

            int cp = PyUnicodeData.CodePointAt(text, i, out int width);
            i += width - 1;
            if (PyUnicodeData.IsSpace(cp))
            {
                output[n++] = ' ';
                continue;
            }

            int digit = PyUnicodeData.DecimalValue(cp);
            if (digit < 0)
            {
                output[n++] = '?';
                break;
            }

            output[n++] = (char)('0' + digit);
        }

        return n;
    }

    internal static bool IsAsciiSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r');

    internal static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => 99,
    };

    private enum Status
    {
        Ok,
        Invalid,
        Limit,
    }

    private static Status Parse(ReadOnlySpan<char> s, int radix, int maxStrDigits, out BigInteger result, out TextError error)
    {
        result = BigInteger.Zero;
        error = default;
        int i = 0;
        while (i < s.Length && IsAsciiSpace(s[i]))
        {
            i++;
        }

        bool negative = false;
        if (i < s.Length && s[i] == '+')
        {
            i++;
        }
        else if (i < s.Length && s[i] == '-')
        {
            negative = true;
            i++;
        }

        char Next(ReadOnlySpan<char> span, int at) => at < span.Length ? span[at] : '\0';

        bool errorIfNonzero = false;
        if (radix == 0)
        {
            char c0 = Next(s, i);
            char c1 = Next(s, i + 1);
            if (c0 != '0')
            {
                radix = 10;
            }
            else if (c1 is 'x' or 'X')
            {
                radix = 16;
            }
            else if (c1 is 'o' or 'O')
            {
                radix = 8;
            }
            else if (c1 is 'b' or 'B')
            {
                radix = 2;
            }
            else
            {
                // An old-style octal literal: only zero is allowed.
                errorIfNonzero = true;
                radix = 10;
            }
        }

        if (Next(s, i) == '0')
        {
            char c1 = Next(s, i + 1);
            if ((radix == 16 && c1 is 'x' or 'X') || (radix == 8 && c1 is 'o' or 'O') || (radix == 2 && c1 is 'b' or 'B'))
            {
                i += 2;
                if (Next(s, i) == '_')
                {
                    i++;
                }
            }
        }

        if (Next(s, i) == '_')
        {
            return Status.Invalid;
        }

        // Scan digits with single underscores between them.
        int start = i;
        int digits = 0;
        char prev = '\0';
        while (i < s.Length && (DigitValue(s[i]) < radix || s[i] == '_'))
        {
            if (s[i] == '_')
            {
                if (prev == '_')
                {
                    return Status.Invalid;
                }
            }
            else
            {
                digits++;
            }

            prev = s[i];
            i++;
        }

        if (prev == '_')
        {
            return Status.Invalid;
        }

        bool binary = (radix & (radix - 1)) == 0;
        if (!binary && digits > IntFormatter.MaxStrDigitsThreshold && maxStrDigits > 0 && digits > maxStrDigits)
        {
            error = TextError.Value($"Exceeds the limit ({maxStrDigits} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");
            return Status.Limit;
        }

        int end = i;
        if (end == start)
        {
            return Status.Invalid;
        }

        while (i < s.Length && IsAsciiSpace(s[i]))
        {
            i++;
        }

        if (i != s.Length)
        {
            return Status.Invalid;
        }

        BigInteger value = Convert(s.Slice(start, end - start), digits, radix);
        if (errorIfNonzero && !value.IsZero)
        {
            return Status.Invalid;
        }

        result = negative ? -value : value;
        return Status.Ok;
    }

    /// <summary>How many digits in <paramref name="radix"/> always fit in a long (radix**d &lt;= 2**63).</summary>
    private static int MaxLongDigits(int radix)
    {
        int count = 0;
        ulong power = 1;
        while (power <= (1UL << 63) / (ulong)radix)
        {
            power *= (ulong)radix;
            count++;
        }

        return count;
    }

    /// <summary>The value of validated digits (underscores skipped) in <paramref name="radix"/>.</summary>
    private static BigInteger Convert(ReadOnlySpan<char> s, int digitCount, int radix)
    {
        if (digitCount <= MaxLongDigits(radix))
        {
            long small = 0;
            foreach (char c in s)
            {
                if (c != '_')
                {
                    small = (small * radix) + DigitValue(c);
                }
            }

            return small;
        }

        if ((radix & (radix - 1)) == 0)
        {
            // Powers of two: pack the bits directly (no limit applies, so this must be linear).
            int bitsPerDigit = BitOperations.Log2((uint)radix);
            long totalBits = (long)digitCount * bitsPerDigit;
            byte[] bytes = new byte[(totalBits / 8) + 2];
            long bit = 0;
            for (int i = s.Length - 1; i >= 0; i--)
            {
                if (s[i] == '_')
                {
                    continue;
                }

                int d = DigitValue(s[i]);
                for (int b = 0; b < bitsPerDigit; b++, bit++)
                {
                    if ((d & (1 << b)) != 0)
                    {
                        bytes[bit >> 3] |= (byte)(1 << (int)(bit & 7));
                    }
                }
            }

            return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        }

        if (radix == 10)
        {
            char[] clean = new char[digitCount];
            int k = 0;
            foreach (char c in s)
            {
                if (c != '_')
                {
                    clean[k++] = c;
                }
            }

            return BigInteger.Parse(clean, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        // Other bases: chunks of digits that fit in a long.
        int chunkDigits = 1;
        long chunkScale = radix;
        while (chunkScale <= long.MaxValue / radix / radix)
        {
            chunkScale *= radix;
            chunkDigits++;
        }

        BigInteger value = BigInteger.Zero;
        long chunk = 0;
        long scale = 1;
        int inChunk = 0;
        foreach (char c in s)
        {
            if (c == '_')
            {
                continue;
            }

            chunk = (chunk * radix) + DigitValue(c);
            scale *= radix;
            if (++inChunk == chunkDigits)
            {
                value = (value * scale) + chunk;
                chunk = 0;
                scale = 1;
                inChunk = 0;
            }
        }

        if (inChunk > 0)
        {
            value = (value * scale) + chunk;
        }

        return value;
    }
}
