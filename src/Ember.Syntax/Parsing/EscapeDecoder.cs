using System.Globalization;
using System.Text;

namespace Ember.Syntax.Parsing;

/// <summary>
/// Backslash escapes in str and bytes literals, decoded as CPython 3.11 does:
/// <c>decode_unicode_with_escapes</c> (Parser/string_parser.c) feeding the
/// <c>unicode_escape</c> codec (<c>_PyUnicode_DecodeUnicodeEscapeInternal</c>), and
/// <c>_PyBytes_DecodeEscape</c>. Unknown escapes are kept as written (3.11 only warns).
/// A failure is returned as the message CPython's SyntaxError carries, with CPython's
/// byte positions: the str decoder first rewrites every non-ASCII character as a
/// ten-byte <c>\UXXXXXXXX</c> escape (and a backslash before one as <c>\u005c</c>), and
/// the positions it reports count bytes of that rewritten text.
/// </summary>
internal static class EscapeDecoder
{
    /// <summary>
    /// Decodes <c>text[start..end)</c> of a non-raw str literal. Returns null and sets
    /// <paramref name="error"/> to CPython's message on a malformed escape.
    /// </summary>
    public static string? DecodeStr(string text, int start, int end, out string? error)
    {
        error = null;
        int backslash = text.IndexOf('\\', start, end - start);
        if (backslash < 0)
        {
            return SurrogateMarks.EscapeText(text.Substring(start, end - start));
        }

        var sb = new StringBuilder(end - start);
        SurrogateMarks.AppendText(sb, text, start, backslash - start);
        int i = backslash;
        while (i < end)
        {
            char c = text[i++];
            if (c != '\\')
            {
                if (c == SurrogateMarks.Mark)
                {
                    sb.Append(c);
                }

                sb.Append(c);
                continue;
            }

            int escapeStart = i - 1;

            // CPython turns a backslash at the end (possible in an f-string part) or
            // before a non-ASCII character into an escaped backslash.
            if (i >= end || text[i] >= 0x80)
            {
                sb.Append('\\');
                continue;
            }

            c = text[i++];
            string message;
            switch (c)
            {
                case '\n':
                    continue;
                case '\\' or '\'' or '"':
                    sb.Append(c);
                    continue;
                case 'b':
                    sb.Append('\b');
                    continue;
                case 'f':
                    sb.Append('\f');
                    continue;
                case 't':
                    sb.Append('\t');
                    continue;
                case 'n':
                    sb.Append('\n');
                    continue;
                case 'r':
                    sb.Append('\r');
                    continue;
                case 'v':
                    sb.Append('\v');
                    continue;
                case 'a':
                    sb.Append('\a');
                    continue;
                case >= '0' and <= '7':
                {
                    int value = c - '0';
                    if (i < end && text[i] is >= '0' and <= '7')
                    {
                        value = (value << 3) + (text[i++] - '0');
                        if (i < end && text[i] is >= '0' and <= '7')
                        {
                            value = (value << 3) + (text[i++] - '0');
                        }
                    }

                    sb.Append((char)value);
                    continue;
                }

                case 'x' or 'u' or 'U':
                {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    message = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    uint value = 0;
                    for (; count > 0; count--, i++)
                    {
                        int digit = i < end ? HexDigit(text[i]) : -1;
                        if (digit < 0)
                        {
                            goto Error;
                        }

                        value = (value << 4) + (uint)digit;
                    }

                    if (value > 0x10FFFF)
                    {
                        message = "illegal Unicode character";
                        goto Error;
                    }

                    AppendCodePoint(sb, (int)value);
                    continue;
                }

                case 'N':
                {
                    message = "malformed \\N character escape";
                    if (i >= end || text[i] != '{')
                    {
                        goto Error;
                    }

                    int nameStart = ++i;
                    while (i < end && text[i] != '}')
                    {
                        i++;
                    }

                    if (i >= end || i == nameStart)
                    {
                        goto Error;
                    }

                    int nameEnd = i++;
                    int codePoint = UnicodeNames.Lookup(text.AsSpan(nameStart, nameEnd - nameStart));
                    if (codePoint >= 0)
                    {
                        AppendCodePoint(sb, codePoint);
                        continue;
                    }

                    message = "unknown Unicode character name";
                    goto Error;
                }

                default:
                    sb.Append('\\').Append(c);
                    continue;
            }

        Error:
            error = UnicodeEscapeError(text, start, end, escapeStart, i, message);
            return null;
        }

        return sb.ToString();
    }

    /// <summary>
    /// Decodes <c>text[start..end)</c> of a non-raw bytes literal (already checked to be
    /// ASCII). Returns null and sets <paramref name="error"/> on a bad <c>\x</c> escape.
    /// </summary>
    public static byte[]? DecodeBytes(string text, int start, int end, out string? error)
    {
        error = null;
        var result = new byte[end - start];
        int n = 0;
        int i = start;
        while (i < end)
        {
            char c = text[i++];
            if (c != '\\')
            {
                result[n++] = (byte)c;
                continue;
            }

            // A literal cannot end in a lone backslash (it would escape the quote).
            c = text[i++];
            switch (c)
            {
                case '\n':
                    break;
                case '\\' or '\'' or '"':
                    result[n++] = (byte)c;
                    break;
                case 'b':
                    result[n++] = (byte)'\b';
                    break;
                case 'f':
                    result[n++] = (byte)'\f';
                    break;
                case 't':
                    result[n++] = (byte)'\t';
                    break;
                case 'n':
                    result[n++] = (byte)'\n';
                    break;
                case 'r':
                    result[n++] = (byte)'\r';
                    break;
                case 'v':
                    result[n++] = (byte)'\v';
                    break;
                case 'a':
                    result[n++] = (byte)'\a';
                    break;
                case >= '0' and <= '7':
                {
                    int value = c - '0';
                    if (i < end && text[i] is >= '0' and <= '7')
                    {
                        value = (value << 3) + (text[i++] - '0');
                        if (i < end && text[i] is >= '0' and <= '7')
                        {
                            value = (value << 3) + (text[i++] - '0');
                        }
                    }

                    // CPython stores the value in a char: \777 is 0xff.
                    result[n++] = (byte)value;
                    break;
                }

                case 'x':
                {
                    int d1 = i + 1 < end ? HexDigit(text[i]) : -1;
                    int d2 = i + 1 < end ? HexDigit(text[i + 1]) : -1;
                    if (d1 < 0 || d2 < 0)
                    {
                        error = "(value error) invalid \\x escape at position " + (i - 2 - start).ToString(CultureInfo.InvariantCulture);
                        return null;
                    }

                    result[n++] = (byte)((d1 << 4) + d2);
                    i += 2;
                    break;
                }

                default:
                    result[n++] = (byte)'\\';
                    i--;
                    break;
            }
        }

        if (n != result.Length)
        {
            Array.Resize(ref result, n);
        }

        return result;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    // Surrogate code points from escapes are marked so that they stay code
    // points of their own (SurrogateMarks).
    private static void AppendCodePoint(StringBuilder sb, int codePoint) => SurrogateMarks.AppendCodePoint(sb, codePoint);

    /// <summary>
    /// The text of CPython's UnicodeDecodeError for the escape from
    /// <paramref name="escapeStart"/> to <paramref name="escapeEnd"/>, prefixed as the
    /// parser's SyntaxError message is.
    /// </summary>
    private static string UnicodeEscapeError(string text, int start, int end, int escapeStart, int escapeEnd, string message)
    {
        int startPos = RewrittenLength(text, start, end, escapeStart);
        int endPos = startPos + RewrittenLength(text, escapeStart, end, escapeEnd);
        var inv = CultureInfo.InvariantCulture;
        var where = endPos == startPos + 1
            ? "byte 0x5c in position " + startPos.ToString(inv)
            : "bytes in position " + startPos.ToString(inv) + "-" + (endPos - 1).ToString(inv);
        return "(unicode error) 'unicodeescape' codec can't decode " + where + ": " + message;
    }

    /// <summary>
    /// The length of <c>text[from..to)</c> once CPython has rewritten the literal for the
    /// codec: ten bytes per non-ASCII code point, five more after a backslash that is
    /// followed by one (or by the end of the part).
    /// </summary>
    private static int RewrittenLength(string text, int from, int end, int to)
    {
        int length = 0;
        int i = from;
        while (i < to)
        {
            char c = text[i];
            if (c == '\\')
            {
                length++;
                i++;
                if (i >= end || text[i] >= 0x80)
                {
                    length += 5;
                }

                if (i >= to)
                {
                    break;
                }

                c = text[i];
            }

            if (c >= 0x80)
            {
                length += 10;
                i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            }
            else
            {
                length++;
                i++;
            }
        }

        return length;
    }
}
