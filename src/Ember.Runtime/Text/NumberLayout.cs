using System.Text;

namespace Ember.Runtime.Text;

/// <summary>
/// Lays out a formatted number under a format spec: padding, sign, prefix,
/// grouped digits (with zero padding that is grouped too), decimal point and
/// the rest (Python/formatter_unicode.c <c>calc_number_widths</c>,
/// <c>fill_number</c>; Objects/stringlib/localeutil.h
/// <c>_PyUnicode_InsertThousandsGrouping</c>).
/// </summary>
internal static class NumberLayout
{
    /// <summary>The longest string .NET can hold; longer results are a MemoryError.</summary>
    internal const long MaxLength = 0x3FFFFFDF;

    /// <summary>
    /// Appends <c>[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]</c>.
    /// <paramref name="digits"/> is the integer part without sign or prefix;
    /// <paramref name="remainder"/> is what follows the decimal point (or the
    /// exponent, or the text of a 'c' format) and is copied as it is.
    /// </summary>
    public static bool TryAppend(
        StringBuilder sb,
        in FormatSpec spec,
        bool negative,
        ReadOnlySpan<char> prefix,
        ReadOnlySpan<char> digits,
        bool hasDecimal,
        ReadOnlySpan<char> remainder,
        out TextError error)
    {
        error = default;
        if (spec.Width > MaxLength)
        {
            error = TextError.Memory();
            return false;
        }

        char sign = '\0';
        switch (spec.Sign)
        {
            case '+':
                sign = negative ? '-' : '+';
                break;
            case ' ':
                sign = negative ? '-' : ' ';
                break;
            default:
                if (negative)
                {
                    sign = '-';
                }

                break;
        }

        int groupSize = spec.Type == 'n' ? 0 : spec.GroupSize;
        char separator = spec.Thousands;
        long nonDigits = (sign != '\0' ? 1 : 0) + prefix.Length + (hasDecimal ? 1 : 0) + PyUnicodeData.CodePointCount(remainder);
        long minWidth = spec.Fill == '0' && spec.Align == '=' ? spec.Width - nonDigits : 0;
        long groupedLength = digits.Length == 0 ? 0 : GroupedLength(digits.Length, minWidth, groupSize);
        long padding = spec.Width - (nonDigits + groupedLength);
        long left = 0, inner = 0, right = 0;
        if (padding > 0)
        {
            switch (spec.Align)
            {
                case '<':
                    right = padding;
                    break;
                case '^':
                    left = padding / 2;
                    right = padding - left;
                    break;
                case '=':
                    inner = padding;
                    break;
                default:
                    left = padding;
                    break;
            }
        }

        int fillUnits = spec.Fill >= 0x10000 ? 2 : 1;
        long total = sb.Length + nonDigits + remainder.Length + groupedLength + ((left + inner + right) * fillUnits);
        if (total > MaxLength)
        {
            error = TextError.Memory();
            return false;
        }

        PyUnicodeData.AppendRepeated(sb, spec.Fill, left);
        if (sign != '\0')
        {
            sb.Append(sign);
        }

        sb.Append(prefix);
        PyUnicodeData.AppendRepeated(sb, spec.Fill, inner);
        if (digits.Length > 0)
        {
            AppendGrouped(sb, digits, minWidth, groupSize, separator, (int)groupedLength);
        }

        if (hasDecimal)
        {
            sb.Append('.');
        }

        sb.Append(remainder);
        PyUnicodeData.AppendRepeated(sb, spec.Fill, right);
        return true;
    }

    /// <summary>How long the digits are once grouped and zero-padded to <paramref name="minWidth"/>.</summary>
    public static long GroupedLength(int digitCount, long minWidth, int groupSize)
    {
        minWidth = Math.Max(0, minWidth);
        if (groupSize == 0)
        {
            return Math.Max(Math.Max(digitCount, minWidth), 1);
        }

        long count = 0;
        long remaining = digitCount;
        bool separator = false;
        while (true)
        {
            long len = Math.Min(groupSize, Math.Max(Math.Max(remaining, minWidth), 1));
            long zeros = Math.Max(0, len - remaining);
            long chars = Math.Max(0, Math.Min(remaining, len));
            count += (separator ? 1 : 0) + zeros + chars;
            separator = true;
            remaining -= chars;
            minWidth -= len;
            if (remaining <= 0 && minWidth <= 0)
            {
                return count;
            }

            minWidth -= 1;
            if (remaining <= 0 && minWidth > groupSize + 1)
            {
                // Only zero groups are left: count the full ones at once.
                long full = (minWidth - groupSize) / (groupSize + 1);
                count += full * (groupSize + 1);
                minWidth -= full * (groupSize + 1);
            }
        }
    }

    /// <summary>Appends the grouped digits, built right to left as CPython does.</summary>
    private static void AppendGrouped(StringBuilder sb, ReadOnlySpan<char> digits, long minWidth, int groupSize, char separator, int length)
    {
        minWidth = Math.Max(0, minWidth);
        char[]? rented = null;
        Span<char> buffer = length <= 256 ? stackalloc char[length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(length));
        int pos = length;
        int digitPos = digits.Length;
        long remaining = digits.Length;
        if (groupSize == 0)
        {
            long len = Math.Max(Math.Max(remaining, minWidth), 1);
            WriteGroup(buffer, ref pos, digits, ref digitPos, (int)remaining, (int)(len - remaining), '\0');
        }
        else
        {
            bool useSeparator = false;
            while (true)
            {
                long len = Math.Min(groupSize, Math.Max(Math.Max(remaining, minWidth), 1));
                int zeros = (int)Math.Max(0, len - remaining);
                int chars = (int)Math.Max(0, Math.Min(remaining, len));
                WriteGroup(buffer, ref pos, digits, ref digitPos, chars, zeros, useSeparator ? separator : '\0');
                useSeparator = true;
                remaining -= chars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0)
                {
                    break;
                }

                minWidth -= 1;
            }
        }

        sb.Append(buffer.Slice(0, length));
        if (rented != null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static void WriteGroup(Span<char> buffer, ref int pos, ReadOnlySpan<char> digits, ref int digitPos, int chars, int zeros, char separator)
    {
        if (separator != '\0')
        {
            buffer[--pos] = separator;
        }

        pos -= chars;
        digitPos -= chars;
        digits.Slice(digitPos, chars).CopyTo(buffer.Slice(pos));
        pos -= zeros;
        buffer.Slice(pos, zeros).Fill('0');
    }
}
