using System.Globalization;
using Ember.Syntax.Text;

namespace Ember.Runtime.Text;

/// <summary>
/// The few Unicode properties number formatting and parsing need, as CPython 3.11
/// (Unicode 14.0) defines them: <c>Py_UNICODE_ISSPACE</c> and
/// <c>Py_UNICODE_TODECIMAL</c> (Objects/unicodectype.c), plus code-point helpers
/// for .NET strings, where an astral character is a surrogate pair.
/// </summary>
public static class PyUnicodeData
{
    /// <summary><c>str.isspace()</c> for one code point (bidirectional class WS, B or S, or category Zs).</summary>
    public static bool IsSpace(int cp)
    {
        if (cp < 0x80)
        {
            return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
        }

        return cp switch
        {
            0x85 or 0xa0 or 0x1680 or 0x2028 or 0x2029 or 0x202f or 0x205f or 0x3000 => true,
            >= 0x2000 and <= 0x200a => true,
            _ => false,
        };
    }

    /// <summary>
    /// The value of a decimal digit (category Nd) or -1. Digits that .NET knows
    /// but Unicode 14.0 had not assigned yet are not digits for CPython 3.11; the
    /// printable test of <see cref="PyRepr"/> carries that list.
    /// </summary>
    public static int DecimalValue(int cp)
    {
        if (cp < 0x80)
        {
            return cp >= '0' && cp <= '9' ? cp - '0' : -1;
        }

        if (cp >= 0xD800 && cp <= 0xDFFF)
        {
            return -1;
        }

        int value = cp < 0x10000
            ? CharUnicodeInfo.GetDecimalDigitValue((char)cp)
            : CharUnicodeInfo.GetDecimalDigitValue(char.ConvertFromUtf32(cp), 0);
        if (value < 0 || !PyRepr.IsPrintable(cp))
        {
            return -1;
        }

        return value;
    }

    /// <summary>The code point at <paramref name="index"/> and its width in UTF-16 units (2 for a surrogate pair).</summary>
    public static int CodePointAt(string s, int index, out int width)
    {
        char c = s[index];
        if (char.IsHighSurrogate(c) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[index + 1]);
        }

        width = 1;
        return c;
    }

    /// <summary>The length of a str in code points (a surrogate pair counts once).</summary>
    public static int CodePointCount(ReadOnlySpan<char> s)
    {
        int count = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    /// <summary>The UTF-16 length of the first <paramref name="codePoints"/> code points of <paramref name="s"/>.</summary>
    public static int Utf16LengthOf(ReadOnlySpan<char> s, int codePoints)
    {
        int i = 0;
        while (codePoints > 0 && i < s.Length)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            codePoints--;
        }

        return i;
    }

    /// <summary>Appends one code point (a surrogate pair when astral).</summary>
    public static void AppendCodePoint(System.Text.StringBuilder sb, int cp)
    {
        if (cp < 0x10000)
        {
            sb.Append((char)cp);
        }
        else
        {
            sb.Append(char.ConvertFromUtf32(cp));
        }
    }

    /// <summary>Appends one code point <paramref name="count"/> times.</summary>
    public static void AppendRepeated(System.Text.StringBuilder sb, int cp, long count)
    {
        if (count <= 0)
        {
            return;
        }

        if (cp < 0x10000)
        {
            sb.Append((char)cp, checked((int)count));
            return;
        }

        char high = char.ConvertFromUtf32(cp)[0];
        char low = char.ConvertFromUtf32(cp)[1];
        for (long i = 0; i < count; i++)
        {
            sb.Append(high).Append(low);
        }
    }
}
