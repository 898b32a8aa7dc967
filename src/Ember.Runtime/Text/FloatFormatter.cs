using System.Text;

namespace Ember.Runtime.Text;

/// <summary>
/// <c>format(float, spec)</c> (Python/formatter_unicode.c <c>format_float_internal</c>):
/// types e E f F g G n % and none, precision, sign, <c>z</c>, <c>#</c>, grouping,
/// fill and alignment. 'n' uses the C locale (decimal point, no grouping), which
/// is what CPython has unless a program calls <c>locale.setlocale</c>.
/// </summary>
public static class FloatFormatter
{
    /// <summary><c>format(value, spec)</c>; an empty spec gives <c>str(value)</c>.</summary>
    public static bool TryFormat(StringBuilder sb, double value, string spec, string typeName, out TextError error)
    {
        if (spec.Length == 0)
        {
            return PyStrtod.TryAppendDouble(sb, value, 'r', 0, DoubleFormatFlags.AddDotZero, out error);
        }

        if (!FormatSpec.TryParse(spec, '\0', '>', typeName, out var parsed, out error))
        {
            return false;
        }

        switch (parsed.Type)
        {
            case '\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%':
                return TryFormat(sb, value, parsed, out error);
            default:
                error = FormatSpec.UnknownType(parsed.Type, typeName);
                return false;
        }
    }

    /// <summary>Formats with a parsed spec whose type is a float presentation type.</summary>
    public static bool TryFormat(StringBuilder sb, double value, in FormatSpec spec, out TextError error)
    {
        if (spec.Precision > int.MaxValue)
        {
            error = TextError.Value("precision too big");
            return false;
        }

        int precision = (int)spec.Precision;
        int defaultPrecision = 6;
        var flags = DoubleFormatFlags.None;
        if (spec.Alternate)
        {
            flags |= DoubleFormatFlags.Alternate;
        }

        if (spec.NoNegativeZero)
        {
            flags |= DoubleFormatFlags.NoNegativeZero;
        }

        char type = (char)spec.Type;
        if (type == '\0')
        {
            // Like repr without a precision, else like 'g' keeping a ".0".
            flags |= DoubleFormatFlags.AddDotZero;
            type = 'r';
            defaultPrecision = 0;
        }

        if (type == 'n')
        {
            type = 'g';
        }

        bool percent = false;
        if (type == '%')
        {
            type = 'f';
            value *= 100;
            percent = true;
        }

        if (precision < 0)
        {
            precision = defaultPrecision;
        }
        else if (type == 'r')
        {
            type = 'g';
        }

        var number = new StringBuilder(32);
        if (!PyStrtod.TryAppendDouble(number, value, type, precision, flags, out error))
        {
            return false;
        }

        if (percent)
        {
            number.Append('%');
        }

        int mark = sb.Length;
        if (!AppendLaidOut(sb, number, spec, out error))
        {
            sb.Length = mark;
            return false;
        }

        return true;
    }

    /// <summary>Splits CPython's number text into sign, digits, point and rest, then lays it out.</summary>
    internal static bool AppendLaidOut(StringBuilder sb, StringBuilder number, in FormatSpec spec, out TextError error)
    {
        char[]? rented = null;
        int length = number.Length;
        Span<char> text = length <= 512 ? stackalloc char[length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(length));
        number.CopyTo(0, text, length);
        text = text.Slice(0, length);
        bool negative = false;
        int index = 0;
        if (text.Length > 0 && text[0] == '-')
        {
            negative = true;
            index = 1;
        }

        int digitsEnd = index;
        while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd]))
        {
            digitsEnd++;
        }

        bool hasDecimal = digitsEnd < text.Length && text[digitsEnd] == '.';
        int restStart = hasDecimal ? digitsEnd + 1 : digitsEnd;
        bool ok = NumberLayout.TryAppend(sb, spec, negative, default, text.Slice(index, digitsEnd - index), hasDecimal, text.Slice(restStart), out error);
        if (rented != null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return ok;
    }
}
