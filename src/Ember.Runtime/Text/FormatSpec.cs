using System.Text;

namespace Ember.Runtime.Text;

/// <summary>
/// A parsed standard format specifier, <c>[[fill]align][sign][z][#][0][width][grouping][.precision][type]</c>
/// (Python/formatter_unicode.c <c>InternalFormatSpec</c> and
/// <c>parse_internal_render_format_spec</c>, CPython 3.11).
/// </summary>
public readonly struct FormatSpec
{
    /// <summary>The fill code point (a space unless given).</summary>
    public int Fill { get; init; }

    /// <summary>One of <c>&lt; &gt; ^ =</c>: the given alignment or the type's default.</summary>
    public char Align { get; init; }

    /// <summary><c>+</c>, <c>-</c>, a space, or <c>'\0'</c> when not given.</summary>
    public char Sign { get; init; }

    /// <summary>The <c>z</c> flag: negative zero after rounding prints as zero.</summary>
    public bool NoNegativeZero { get; init; }

    /// <summary>The <c>#</c> flag.</summary>
    public bool Alternate { get; init; }

    /// <summary>The minimum width in code points, or -1.</summary>
    public long Width { get; init; }

    /// <summary><c>,</c> or <c>_</c> when digits are grouped, else <c>'\0'</c>.</summary>
    public char Thousands { get; init; }

    /// <summary>The precision, or -1.</summary>
    public long Precision { get; init; }

    /// <summary>The presentation type as a code point: the given one or the type's default (<c>'\0'</c> for none).</summary>
    public int Type { get; init; }

    /// <summary>Digits per group: 4 for <c>_</c> with b, o, x, X; 3 otherwise; 0 without grouping.</summary>
    public int GroupSize => Thousands == '\0' ? 0 : Thousands == '_' && Type is 'b' or 'o' or 'x' or 'X' ? 4 : 3;

    /// <summary>
    /// Parses <paramref name="spec"/> the way <c>format(value, spec)</c> does for a
    /// value of Python type <paramref name="typeName"/> (named in error messages),
    /// with the type's default presentation type and alignment.
    /// </summary>
    public static bool TryParse(string spec, int defaultType, char defaultAlign, string typeName, out FormatSpec result, out TextError error)
    {
        int end = spec.Length;
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        bool alignSpecified = false;
        bool fillSpecified = false;
        char sign = '\0';
        bool noNegZero = false;
        bool alternate = false;
        long width = -1;
        long precision = -1;
        char thousands = '\0';
        int type = defaultType;
        result = default;
        error = default;

        // If the second code point is an alignment token, the first is the fill.
        int firstWidth = 0;
        int first = end > 0 ? PyUnicodeData.CodePointAt(spec, 0, out firstWidth) : 0;
        if (end > 0 && firstWidth < end && IsAlignment(spec[firstWidth]))
        {
            fill = first;
            align = spec[firstWidth];
            fillSpecified = alignSpecified = true;
            pos = firstWidth + 1;
        }
        else if (end > 0 && IsAlignment(spec[0]))
        {
            align = spec[0];
            alignSpecified = true;
            pos = 1;
        }

        if (pos < end && spec[pos] is '+' or '-' or ' ')
        {
            sign = spec[pos++];
        }

        if (pos < end && spec[pos] == 'z')
        {
            noNegZero = true;
            pos++;
        }

        if (pos < end && spec[pos] == '#')
        {
            alternate = true;
            pos++;
        }

        // A leading 0 means zero fill, and '=' alignment where the default is '>'.
        if (!fillSpecified && pos < end && spec[pos] == '0')
        {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>')
            {
                align = '=';
            }

            pos++;
        }

        int consumed = GetInteger(spec, ref pos, out long value);
        if (consumed < 0)
        {
            error = TextError.Value("Too many decimal digits in format string");
            return false;
        }

        if (consumed > 0)
        {
            width = value;
        }

        if (pos < end && spec[pos] == ',')
        {
            thousands = ',';
            pos++;
        }

        if (pos < end && spec[pos] == '_')
        {
            if (thousands != '\0')
            {
                error = TextError.Value("Cannot specify both ',' and '_'.");
                return false;
            }

            thousands = '_';
            pos++;
        }

        if (pos < end && spec[pos] == ',' && thousands == '_')
        {
            error = TextError.Value("Cannot specify both ',' and '_'.");
            return false;
        }

        if (pos < end && spec[pos] == '.')
        {
            pos++;
            consumed = GetInteger(spec, ref pos, out value);
            if (consumed < 0)
            {
                error = TextError.Value("Too many decimal digits in format string");
                return false;
            }

            if (consumed == 0)
            {
                error = TextError.Value("Format specifier missing precision");
                return false;
            }

            precision = value;
        }

        // What is left must be one code point, the type.
        if (pos < end)
        {
            int cp = PyUnicodeData.CodePointAt(spec, pos, out int cpWidth);
            if (pos + cpWidth < end)
            {
                error = TextError.Value($"Invalid format specifier '{spec}' for object of type '{typeName}'");
                return false;
            }

            type = cp;
        }

        if (thousands != '\0')
        {
            switch (type)
            {
                case 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0':
                    break;
                case 'b' or 'o' or 'x' or 'X' when thousands == '_':
                    break;
                default:
                    error = TextError.Value($"Cannot specify '{thousands}' with {QuoteCode(type)}.");
                    return false;
            }
        }

        result = new FormatSpec
        {
            Fill = fill,
            Align = align,
            Sign = sign,
            NoNegativeZero = noNegZero,
            Alternate = alternate,
            Width = width,
            Thousands = thousands,
            Precision = precision,
            Type = type,
        };
        return true;
    }

    /// <summary>CPython's <c>unknown_presentation_type</c> message.</summary>
    public static TextError UnknownType(int type, string typeName) =>
        TextError.Value($"Unknown format code {QuoteCode(type)} for object of type '{typeName}'");

    /// <summary><c>'c'</c> for a printable ASCII code, else <c>'\x..'</c> in lowercase hex without padding.</summary>
    internal static string QuoteCode(int code) =>
        code > 32 && code < 128 ? $"'{(char)code}'" : $"'\\x{code:x}'";

    private static bool IsAlignment(char c) => c is '<' or '>' or '=' or '^';

    /// <summary>
    /// Reads decimal digits (any Unicode decimal digit, as CPython's get_integer);
    /// returns how many were read, or -1 when the value passes <see cref="long.MaxValue"/>.
    /// </summary>
    private static int GetInteger(string spec, ref int pos, out long value)
    {
        value = 0;
        int count = 0;
        while (pos < spec.Length)
        {
            int cp = PyUnicodeData.CodePointAt(spec, pos, out int width);
            int digit = PyUnicodeData.DecimalValue(cp);
            if (digit < 0)
            {
                break;
            }

            if (value > (long.MaxValue - digit) / 10)
            {
                return -1;
            }

            value = (value * 10) + digit;
            pos += width;
            count++;
        }

        return count;
    }

    /// <summary>Writes the spec back in its canonical form (for diagnostics).</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        PyUnicodeData.AppendCodePoint(sb, Fill);
        sb.Append(Align);
        if (Sign != '\0')
        {
            sb.Append(Sign);
        }

        if (NoNegativeZero)
        {
            sb.Append('z');
        }

        if (Alternate)
        {
            sb.Append('#');
        }

        if (Width >= 0)
        {
            sb.Append(Width);
        }

        if (Thousands != '\0')
        {
            sb.Append(Thousands);
        }

        if (Precision >= 0)
        {
            sb.Append('.').Append(Precision);
        }

        if (Type != '\0')
        {
            PyUnicodeData.AppendCodePoint(sb, Type);
        }

        return sb.ToString();
    }
}
