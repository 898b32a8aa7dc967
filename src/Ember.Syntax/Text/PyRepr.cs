using System.Globalization;
using System.Numerics;
using System.Text;

namespace Ember.Syntax.Text;

/// <summary>
/// Python 3.11's <c>repr()</c> of the constant types an AST can hold: str, bytes,
/// int, float, complex, None, True, False and Ellipsis (Objects/unicodeobject.c
/// <c>unicode_repr</c>, Objects/bytesobject.c <c>PyBytes_Repr</c>,
/// Python/pystrtod.c <c>PyOS_double_to_string</c>, Objects/complexobject.c
/// <c>complex_repr</c>). Each method appends to a caller's builder so large dumps
/// build one string.
/// </summary>
public static class PyRepr
{
    private const string HexDigits = "0123456789abcdef";

    /// <summary>
    /// Appends <c>repr(value)</c> for a str. A valid UTF-16 surrogate pair is one
    /// code point; a lone surrogate prints as <c>\udXXX</c>. (A Python str made of
    /// two escaped surrogates, <c>'\ud83d\ude00'</c>, cannot be told apart from
    /// the character they pair into once held in a .NET string.)
    /// </summary>
    public static void AppendStr(StringBuilder sb, string value)
    {
        // unicode_repr: prefer single quotes unless the text has ' and no ".
        char quote = '\'';
        if (value.Contains('\'') && !value.Contains('"'))
        {
            quote = '"';
        }

        sb.Append(quote);
        int runStart = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c >= ' ' && c < 0x7f && c != quote && c != '\\')
            {
                continue;
            }

            // Non-ASCII printable characters are copied as they are, like ASCII.
            int cp = c;
            int width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                cp = char.ConvertToUtf32(c, value[i + 1]);
                width = 2;
            }

            if (c >= 0x80 && IsPrintable(cp))
            {
                i += width - 1;
                continue;
            }

            sb.Append(value, runStart, i - runStart);
            AppendStrEscape(sb, cp);
            i += width - 1;
            runStart = i + 1;
        }

        sb.Append(value, runStart, value.Length - runStart);
        sb.Append(quote);
    }

    /// <summary>Appends <c>repr(value)</c> for a str given as code points (one that holds surrogates).</summary>
    public static void AppendStr(StringBuilder sb, Ast.SurrogateString value)
    {
        var codePoints = value.CodePoints;
        bool single = false;
        bool dbl = false;
        for (int i = 0; i < codePoints.Count; i++)
        {
            single |= codePoints[i] == '\'';
            dbl |= codePoints[i] == '"';
        }

        char quote = single && !dbl ? '"' : '\'';
        sb.Append(quote);
        for (int i = 0; i < codePoints.Count; i++)
        {
            int cp = codePoints[i];
            if (cp >= ' ' && cp < 0x7f && cp != quote && cp != '\\')
            {
                sb.Append((char)cp);
            }
            else if (cp >= 0x80 && IsPrintable(cp))
            {
                // Printable code points are never surrogates.
                sb.Append(char.ConvertFromUtf32(cp));
            }
            else
            {
                AppendStrEscape(sb, cp);
            }
        }

        sb.Append(quote);
    }

    /// <summary>
    /// Returns <c>ascii(value)</c> for a str: its repr with every non-ASCII code
    /// point written as <c>\xhh</c>, <c>\uhhhh</c> or <c>\Uhhhhhhhh</c>.
    /// </summary>
    public static string Ascii(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        AppendStrAscii(sb, value);
        return sb.ToString();
    }

    /// <summary>Appends <c>ascii(value)</c> for a str (see <see cref="Ascii"/>).</summary>
    public static void AppendStrAscii(StringBuilder sb, string value)
    {
        var repr = Str(value);
        for (int i = 0; i < repr.Length; i++)
        {
            char c = repr[i];
            if (c < 0x80)
            {
                sb.Append(c);
                continue;
            }

            // Non-ASCII here is printable text that repr kept as it is; surrogates
            // were already escaped, so a surrogate unit is half of a pair.
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1]))
            {
                cp = char.ConvertToUtf32(c, repr[++i]);
            }

            AppendStrEscape(sb, cp);
        }
    }

    /// <summary>Returns <c>repr(value)</c> for a str.</summary>
    public static string Str(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        AppendStr(sb, value);
        return sb.ToString();
    }

    private static void AppendStrEscape(StringBuilder sb, int cp)
    {
        switch (cp)
        {
            case '\\':
                sb.Append("\\\\");
                return;
            case '\'':
                sb.Append("\\'");
                return;
            case '"':
                sb.Append("\\\"");
                return;
            case '\t':
                sb.Append("\\t");
                return;
            case '\n':
                sb.Append("\\n");
                return;
            case '\r':
                sb.Append("\\r");
                return;
        }

        if (cp < 0x100)
        {
            sb.Append("\\x");
            AppendHex(sb, cp, 2);
        }
        else if (cp < 0x10000)
        {
            sb.Append("\\u");
            AppendHex(sb, cp, 4);
        }
        else
        {
            sb.Append("\\U");
            AppendHex(sb, cp, 8);
        }
    }

    private static void AppendHex(StringBuilder sb, int value, int digits)
    {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        {
            sb.Append(HexDigits[(value >> shift) & 0xf]);
        }
    }

    /// <summary>
    /// <c>str.isprintable()</c> for one code point, from the Unicode 14 tables
    /// CPython 3.11 uses (<see cref="Lexing.CharInfo.IsPrintable"/>).
    /// </summary>
    public static bool IsPrintable(int cp) => Lexing.CharInfo.IsPrintable(cp);

    /// <summary>Appends <c>repr(value)</c> for a bytes object.</summary>
    public static void AppendBytes(StringBuilder sb, ReadOnlySpan<byte> value)
    {
        char quote = '\'';
        if (value.IndexOf((byte)'\'') >= 0 && value.IndexOf((byte)'"') < 0)
        {
            quote = '"';
        }

        sb.Append('b').Append(quote);
        foreach (byte b in value)
        {
            if (b == quote || b == '\\')
            {
                sb.Append('\\').Append((char)b);
            }
            else if (b == '\t')
            {
                sb.Append("\\t");
            }
            else if (b == '\n')
            {
                sb.Append("\\n");
            }
            else if (b == '\r')
            {
                sb.Append("\\r");
            }
            else if (b < ' ' || b >= 0x7f)
            {
                sb.Append("\\x");
                AppendHex(sb, b, 2);
            }
            else
            {
                sb.Append((char)b);
            }
        }

        sb.Append(quote);
    }

    /// <summary>Returns <c>repr(value)</c> for a bytes object.</summary>
    public static string Bytes(ReadOnlySpan<byte> value)
    {
        var sb = new StringBuilder(value.Length + 3);
        AppendBytes(sb, value);
        return sb.ToString();
    }

    /// <summary>Appends <c>repr(value)</c> for an int.</summary>
    public static void AppendInt(StringBuilder sb, long value)
    {
        // Formatted invariantly whatever the host's culture (its minus sign could differ).
        Span<char> buffer = stackalloc char[20];
        value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture);
        sb.Append(buffer.Slice(0, written));
    }

    /// <summary>Appends <c>repr(value)</c> for an int that needs more than 64 bits.</summary>
    public static void AppendInt(StringBuilder sb, BigInteger value) =>
        sb.Append(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Appends <c>repr(value)</c> for a float: the shortest string that reads back as the same double.</summary>
    public static void AppendFloat(StringBuilder sb, double value) => AppendDouble(sb, value, addDotZero: true, forceSign: false);

    /// <summary>Returns <c>repr(value)</c> for a float.</summary>
    public static string Float(double value)
    {
        var sb = new StringBuilder(24);
        AppendFloat(sb, value);
        return sb.ToString();
    }

    /// <summary>Appends <c>repr(value)</c> for a complex number (<c>3j</c>, <c>(1+2j)</c>, <c>(-0-0j)</c>).</summary>
    public static void AppendComplex(StringBuilder sb, Complex value)
    {
        // complex_repr: a real part of +0.0 is left out together with the parentheses.
        if (value.Real == 0.0 && !double.IsNegative(value.Real))
        {
            AppendDouble(sb, value.Imaginary, addDotZero: false, forceSign: false);
            sb.Append('j');
            return;
        }

        sb.Append('(');
        AppendDouble(sb, value.Real, addDotZero: false, forceSign: false);
        AppendDouble(sb, value.Imaginary, addDotZero: false, forceSign: true);
        sb.Append("j)");
    }

    /// <summary>Returns <c>repr(value)</c> for a complex number.</summary>
    public static string ComplexNumber(Complex value)
    {
        var sb = new StringBuilder(32);
        AppendComplex(sb, value);
        return sb.ToString();
    }

    /// <summary>
    /// <c>PyOS_double_to_string(value, 'r', 0, flags)</c>: shortest round-trip digits,
    /// in positional form when the decimal exponent is in [-4, 16), else as
    /// <c>d.ddde+XX</c> with at least two exponent digits.
    /// </summary>
    private static readonly string[] s_exponentFormats =
        ["E0", "E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10", "E11", "E12", "E13", "E14", "E15", "E16"];

    /// <summary>Room <see cref="ShortestDigits"/> needs.</summary>
    public const int ShortestDigitsLength = 40;

    /// <summary>
    /// The shortest digits that read back as <paramref name="magnitude"/> (finite,
    /// positive), as David Gay's mode 0 that CPython uses gives them: the value is
    /// 0.<c>digits</c> * 10**<paramref name="decpt"/>, with no leading or trailing
    /// zeros. Returns how many digits were written.
    /// </summary>
    public static int ShortestDigits(double magnitude, Span<char> digits, out int decpt)
    {
        // .NET's "R" gives the same digits; only the layout differs.
        Span<char> buffer = stackalloc char[ShortestDigitsLength];
        magnitude.TryFormat(buffer, out int written, "R", CultureInfo.InvariantCulture);
        if ((BitConverter.DoubleToUInt64Bits(magnitude) & 0xF_FFFF_FFFF_FFFFUL) == 0
            && double.Parse(buffer.Slice(0, written), NumberStyles.Float, CultureInfo.InvariantCulture) != magnitude)
        {
            // For some powers of two (whose gap below is half the gap above) .NET's
            // shortest form does not read back (2**-958); the first precision that does is Gay's answer.
            for (int precision = 0; precision < 17; precision++)
            {
                magnitude.TryFormat(buffer, out written, s_exponentFormats[precision], CultureInfo.InvariantCulture);
                if (double.Parse(buffer.Slice(0, written), NumberStyles.Float, CultureInfo.InvariantCulture) == magnitude)
                {
                    break;
                }
            }
        }

        int count = 0;
        int point = -1;
        int exponent = 0;
        for (int i = 0; i < written; i++)
        {
            char c = buffer[i];
            if (c >= '0' && c <= '9')
            {
                digits[count++] = c;
            }
            else if (c == '.')
            {
                point = count;
            }
            else if (c == 'E' || c == 'e')
            {
                exponent = int.Parse(buffer.Slice(i + 1, written - i - 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
        }

        if (point < 0)
        {
            point = count;
        }

        // Strip leading zeros (from "0.000123") and trailing zeros (from "1000").
        int start = 0;
        while (start < count - 1 && digits[start] == '0')
        {
            start++;
        }

        int end = count;
        while (end > start + 1 && digits[end - 1] == '0')
        {
            end--;
        }

        decpt = point - start + exponent;
        if (start > 0)
        {
            digits.Slice(start, end - start).CopyTo(digits);
        }

        return end - start;
    }

    private static void AppendDouble(StringBuilder sb, double value, bool addDotZero, bool forceSign)
    {
        if (double.IsNaN(value))
        {
            sb.Append(forceSign ? "+nan" : "nan");
            return;
        }

        bool negative = double.IsNegative(value);
        if (negative)
        {
            sb.Append('-');
        }
        else if (forceSign)
        {
            sb.Append('+');
        }

        if (double.IsInfinity(value))
        {
            sb.Append("inf");
            return;
        }

        if (value == 0.0)
        {
            sb.Append(addDotZero ? "0.0" : "0");
            return;
        }

        Span<char> digits = stackalloc char[ShortestDigitsLength];
        int count = ShortestDigits(Math.Abs(value), digits, out int decpt);
        var d = digits.Slice(0, count);
        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(d[0]);
            if (d.Length > 1)
            {
                sb.Append('.').Append(d.Slice(1));
            }

            int e = decpt - 1;
            sb.Append(e < 0 ? "e-" : "e+");
            e = Math.Abs(e);
            if (e < 10)
            {
                sb.Append('0');
            }

            AppendInt(sb, e);
        }
        else if (decpt <= 0)
        {
            sb.Append("0.");
            sb.Append('0', -decpt);
            sb.Append(d);
        }
        else if (decpt < d.Length)
        {
            sb.Append(d.Slice(0, decpt)).Append('.').Append(d.Slice(decpt));
        }
        else
        {
            sb.Append(d);
            sb.Append('0', decpt - d.Length);
            if (addDotZero)
            {
                sb.Append(".0");
            }
        }
    }

    /// <summary>
    /// Appends <c>repr(value)</c> for any AST constant: <see cref="string"/>,
    /// <c>byte[]</c>, <see cref="long"/>, <see cref="int"/>, <see cref="BigInteger"/>,
    /// <see cref="double"/>, <see cref="Complex"/>, <see cref="bool"/>, the
    /// None and Ellipsis singletons, and null (None).
    /// </summary>
    public static void AppendConstant(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("None");
                break;
            case string s:
                AppendStr(sb, s);
                break;
            case long l:
                AppendInt(sb, l);
                break;
            case int i:
                AppendInt(sb, i);
                break;
            case bool b:
                sb.Append(b ? "True" : "False");
                break;
            case double f:
                AppendFloat(sb, f);
                break;
            case BigInteger big:
                AppendInt(sb, big);
                break;
            case Complex c:
                AppendComplex(sb, c);
                break;
            case byte[] bytes:
                AppendBytes(sb, bytes);
                break;
            case Ast.SurrogateString surrogates:
                AppendStr(sb, surrogates);
                break;
            case Ast.NoneValue:
                sb.Append("None");
                break;
            case Ast.EllipsisValue:
                sb.Append("Ellipsis");
                break;
            default:
                throw new ArgumentException($"no Python repr for a constant of type {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>Returns <c>repr(value)</c> for any AST constant (see <see cref="AppendConstant"/>).</summary>
    public static string Constant(object? value)
    {
        var sb = new StringBuilder();
        AppendConstant(sb, value);
        return sb.ToString();
    }
}
