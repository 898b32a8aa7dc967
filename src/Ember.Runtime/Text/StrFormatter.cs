using System.Text;

namespace Ember.Runtime.Text;

/// <summary>
/// <c>format(str, spec)</c> (Python/formatter_unicode.c <c>format_string_internal</c>):
/// fill, alignment (left by default), width and truncation by precision, all
/// counted in code points.
/// </summary>
public static class StrFormatter
{
    /// <summary><c>format(value, spec)</c> for a str; <paramref name="typeName"/> names the type in errors.</summary>
    public static bool TryFormat(StringBuilder sb, string value, string spec, string typeName, out TextError error)
    {
        if (spec.Length == 0)
        {
            error = default;
            sb.Append(value);
            return true;
        }

        if (!FormatSpec.TryParse(spec, 's', '<', typeName, out var parsed, out error))
        {
            return false;
        }

        if (parsed.Type != 's')
        {
            error = FormatSpec.UnknownType(parsed.Type, typeName);
            return false;
        }

        return TryFormat(sb, value, parsed, out error);
    }

    /// <summary>Formats with a parsed spec of type 's'.</summary>
    public static bool TryFormat(StringBuilder sb, string value, in FormatSpec spec, out TextError error)
    {
        error = default;
        if (spec.Sign != '\0')
        {
            error = TextError.Value(spec.Sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
            return false;
        }

        if (spec.NoNegativeZero)
        {
            error = TextError.Value("Negative zero coercion (z) not allowed in string format specifier");
            return false;
        }

        if (spec.Alternate)
        {
            error = TextError.Value("Alternate form (#) not allowed in string format specifier");
            return false;
        }

        if (spec.Align == '=')
        {
            error = TextError.Value("'=' alignment not allowed in string format specifier");
            return false;
        }

        ReadOnlySpan<char> text = value;
        long length = PyUnicodeData.CodePointCount(text);
        if (spec.Precision >= 0 && length > spec.Precision)
        {
            length = spec.Precision;
            text = text.Slice(0, PyUnicodeData.Utf16LengthOf(text, (int)length));
        }

        return TryAppendPadded(sb, text, length, spec.Width, spec.Align, spec.Fill, out error);
    }

    /// <summary>Appends <paramref name="text"/> (<paramref name="length"/> code points) padded to <paramref name="width"/> (CPython's <c>calc_padding</c>).</summary>
    internal static bool TryAppendPadded(StringBuilder sb, ReadOnlySpan<char> text, long length, long width, char align, int fill, out TextError error)
    {
        error = default;
        if (width > NumberLayout.MaxLength)
        {
            error = TextError.Memory();
            return false;
        }

        long total = width > length ? width : length;
        long left = align switch
        {
            '>' => total - length,
            '^' => (total - length) / 2,
            _ => 0,
        };
        long right = total - length - left;
        long units = text.Length + ((left + right) * (fill >= 0x10000 ? 2 : 1));
        if (sb.Length + units > NumberLayout.MaxLength)
        {
            error = TextError.Memory();
            return false;
        }

        PyUnicodeData.AppendRepeated(sb, fill, left);
        sb.Append(text);
        PyUnicodeData.AppendRepeated(sb, fill, right);
        return true;
    }
}
