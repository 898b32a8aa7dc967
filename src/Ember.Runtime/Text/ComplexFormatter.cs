using System.Numerics;
using System.Text;

namespace Ember.Runtime.Text;

/// <summary>
/// <c>format(complex, spec)</c> (Python/formatter_unicode.c <c>format_complex_internal</c>):
/// both parts formatted as floats, the imaginary one always signed unless the
/// real part is left out; no type means <c>str(z)</c> style with parentheses.
/// </summary>
public static class ComplexFormatter
{
    /// <summary><c>format(value, spec)</c>; an empty spec gives <c>str(value)</c>.</summary>
    public static bool TryFormat(StringBuilder sb, Complex value, string spec, string typeName, out TextError error)
    {
        if (spec.Length == 0)
        {
            error = default;
            Ember.Syntax.Text.PyRepr.AppendComplex(sb, value);
            return true;
        }

        if (!FormatSpec.TryParse(spec, '\0', '>', typeName, out var parsed, out error))
        {
            return false;
        }

        switch (parsed.Type)
        {
            case '\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n':
                return TryFormat(sb, value, parsed, out error);
            default:
                error = FormatSpec.UnknownType(parsed.Type, typeName);
                return false;
        }
    }

    /// <summary>Formats with a parsed spec whose type is allowed for complex.</summary>
    public static bool TryFormat(StringBuilder sb, Complex value, in FormatSpec spec, out TextError error)
    {
        if (spec.Precision > int.MaxValue)
        {
            error = TextError.Value("precision too big");
            return false;
        }

        if (spec.Fill == '0')
        {
            error = TextError.Value("Zero padding is not allowed in complex format specifier");
            return false;
        }

        if (spec.Align == '=')
        {
            error = TextError.Value("'=' alignment flag is not allowed in complex format specifier");
            return false;
        }

        double re = value.Real;
        double im = value.Imaginary;
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
        bool skipRe = false;
        bool parens = false;
        if (type == '\0')
        {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0.0 && !double.IsNegative(re))
            {
                skipRe = true;
            }
            else
            {
                parens = true;
            }
        }

        if (type == 'n')
        {
            type = 'g';
        }

        if (precision < 0)
        {
            precision = defaultPrecision;
        }
        else if (type == 'r')
        {
            type = 'g';
        }

        var reText = new StringBuilder(32);
        var imText = new StringBuilder(32);
        if (!PyStrtod.TryAppendDouble(reText, re, type, precision, flags, out error)
            || !PyStrtod.TryAppendDouble(imText, im, type, precision, flags, out error))
        {
            return false;
        }

        // The parts are laid out without padding, then padded as a whole.
        var inner = new FormatSpec
        {
            Fill = ' ',
            Align = '<',
            Sign = spec.Sign,
            Width = -1,
            Thousands = spec.Thousands,
            Precision = spec.Precision,
            Type = spec.Type,
        };
        var body = new StringBuilder(64);
        if (parens)
        {
            body.Append('(');
        }

        if (!skipRe && !FloatFormatter.AppendLaidOut(body, reText, inner, out error))
        {
            return false;
        }

        if (!skipRe)
        {
            inner = inner with { Sign = '+' };
        }

        if (!FloatFormatter.AppendLaidOut(body, imText, inner, out error))
        {
            return false;
        }

        body.Append('j');
        if (parens)
        {
            body.Append(')');
        }

        // Only ASCII so far, so the length in code points is the length.
        string text = body.ToString();
        return StrFormatter.TryAppendPadded(sb, text, text.Length, spec.Width, spec.Align, spec.Fill, out error);
    }
}
