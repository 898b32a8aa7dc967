using System.Text;
using Ember.Syntax.Ast;

namespace Ember.Syntax.Parsing;

/// <summary>
/// How decoded str pieces carry surrogate code points until the constant is
/// built: such a code point is written as U+FDD0 followed by the surrogate unit,
/// and a U+FDD0 that is really in the text is written twice. U+FDD0 is a
/// noncharacter, so the doubling is almost never needed, and the encoding
/// survives concatenation of pieces unchanged. <see cref="Finish"/> turns the
/// result into a string, or a <see cref="SurrogateString"/> when it holds
/// surrogate code points.
/// </summary>
internal static class SurrogateMarks
{
    public const char Mark = '\uFDD0';

    /// <summary>Appends one code point of decoded text.</summary>
    public static void AppendCodePoint(StringBuilder sb, int codePoint)
    {
        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            sb.Append(Mark).Append((char)codePoint);
        }
        else if (codePoint == Mark)
        {
            sb.Append(Mark).Append(Mark);
        }
        else if (codePoint < 0x10000)
        {
            sb.Append((char)codePoint);
        }
        else
        {
            codePoint -= 0x10000;
            sb.Append((char)(0xD800 + (codePoint >> 10))).Append((char)(0xDC00 + (codePoint & 0x3FF)));
        }
    }

    /// <summary>Appends source text taken as it is (well-formed UTF-16).</summary>
    public static void AppendText(StringBuilder sb, string text, int start, int length)
    {
        int mark = text.IndexOf(Mark, start, length);
        if (mark < 0)
        {
            sb.Append(text, start, length);
            return;
        }

        sb.Append(EscapeText(text.Substring(start, length)));
    }

    /// <summary>Source text taken as it is, with any U+FDD0 doubled.</summary>
    public static string EscapeText(string text) =>
        text.Contains(Mark) ? text.Replace("\uFDD0", "\uFDD0\uFDD0", StringComparison.Ordinal) : text;

    /// <summary>The constant's value for a decoded str: a string, or a <see cref="SurrogateString"/>.</summary>
    public static object Finish(string decoded)
    {
        int first = decoded.IndexOf(Mark);
        if (first < 0)
        {
            return decoded;
        }

        bool surrogates = false;
        for (int i = first; i < decoded.Length; i++)
        {
            if (decoded[i] == Mark && i + 1 < decoded.Length)
            {
                surrogates |= decoded[i + 1] != Mark;
                i++;
            }
        }

        if (!surrogates)
        {
            return decoded.Replace("\uFDD0\uFDD0", "\uFDD0", StringComparison.Ordinal);
        }

        var codePoints = new List<int>(decoded.Length);
        for (int i = 0; i < decoded.Length; i++)
        {
            char c = decoded[i];
            if (c == Mark && i + 1 < decoded.Length)
            {
                codePoints.Add(decoded[++i]);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < decoded.Length && char.IsLowSurrogate(decoded[i + 1]))
            {
                codePoints.Add(char.ConvertToUtf32(c, decoded[++i]));
            }
            else
            {
                codePoints.Add(c);
            }
        }

        return new SurrogateString(codePoints.ToArray());
    }
}
