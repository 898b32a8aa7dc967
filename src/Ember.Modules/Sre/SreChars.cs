using System.Runtime.CompilerServices;
using Ember.Runtime.Objects;

namespace Ember.Modules.Sre;

/// <summary>
/// The character predicates and case mappings of sre.c (sre_category,
/// sre_lower_*, sre_upper_*, char_loc_ignore) and sre_lib.h's charset test.
/// The locale is taken to be a UTF-8 or C one, whose ctype functions are
/// ASCII-only for bytes, as CPython's are in the locales this machine runs.
/// </summary>
internal static class SreChars
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiDigit(uint ch) => ch - '0' <= 9;

    public static bool IsAsciiSpace(uint ch) => ch is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiAlnum(uint ch) => ch < 128 && (IsAsciiDigit(ch) || ((ch | 0x20) - 'a') <= 'z' - 'a');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiWord(uint ch) => IsAsciiAlnum(ch) || ch == '_';

    public static bool IsUniWord(uint ch) => ch < 128 ? IsAsciiWord(ch) : UnicodeCType.IsAlnum((int)ch);

    public static bool IsUniLineBreak(uint ch) => PyStr.IsLineBreak((int)ch);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint LowerAscii(uint ch) => ch - 'A' <= 'Z' - 'A' ? ch + 32 : ch;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint UpperAscii(uint ch) => ch - 'a' <= 'z' - 'a' ? ch - 32 : ch;

    // The C library's tolower/toupper in a UTF-8 or C locale: ASCII only.
    public static uint LowerLocale(uint ch) => LowerAscii(ch);

    public static uint UpperLocale(uint ch) => UpperAscii(ch);

    /// <summary>_PyUnicode_ToLowercase: the simple mapping, or the first character of the full one.</summary>
    public static uint LowerUnicode(uint ch)
    {
        if (ch < 128)
        {
            return LowerAscii(ch);
        }

        if (ch > 0x10FFFF)
        {
            return ch;
        }

        int simple = UnicodeCType.LowerSimple((int)ch);
        return simple >= 0 ? (uint)simple : FirstOfFull((int)ch, lower: true);
    }

    /// <summary>_PyUnicode_ToUppercase: the simple mapping, or the first character of the full one.</summary>
    public static uint UpperUnicode(uint ch)
    {
        if (ch < 128)
        {
            return UpperAscii(ch);
        }

        if (ch > 0x10FFFF)
        {
            return ch;
        }

        int simple = UnicodeCType.UpperSimple((int)ch);
        return simple >= 0 ? (uint)simple : FirstOfFull((int)ch, lower: false);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static uint FirstOfFull(int ch, bool lower)
    {
        var sb = new CodePointBuilder(4);
        if (lower)
        {
            UnicodeCType.AppendLower(sb, ch);
        }
        else
        {
            UnicodeCType.AppendUpper(sb, ch);
        }

        return sb.Count > 0 ? (uint)sb.AsSpan()[0] : (uint)ch;
    }

    public static bool CharLocIgnore(uint pattern, uint ch) =>
        ch == pattern || LowerLocale(ch) == pattern || UpperLocale(ch) == pattern;

    public static bool Category(uint category, uint ch) => category switch
    {
        SreCategory.Digit => IsAsciiDigit(ch),
        SreCategory.NotDigit => !IsAsciiDigit(ch),
        SreCategory.Space => IsAsciiSpace(ch),
        SreCategory.NotSpace => !IsAsciiSpace(ch),
        SreCategory.Word => IsAsciiWord(ch),
        SreCategory.NotWord => !IsAsciiWord(ch),
        SreCategory.LineBreak => ch == '\n',
        SreCategory.NotLineBreak => ch != '\n',
        SreCategory.LocWord => IsAsciiWord(ch),
        SreCategory.LocNotWord => !IsAsciiWord(ch),
        SreCategory.UniDigit => ch <= 0x10FFFF && UnicodeCType.IsDecimal((int)ch),
        SreCategory.UniNotDigit => !(ch <= 0x10FFFF && UnicodeCType.IsDecimal((int)ch)),
        SreCategory.UniSpace => ch <= 0x10FFFF && UnicodeCType.IsSpace((int)ch),
        SreCategory.UniNotSpace => !(ch <= 0x10FFFF && UnicodeCType.IsSpace((int)ch)),
        SreCategory.UniWord => ch <= 0x10FFFF && IsUniWord(ch),
        SreCategory.UniNotWord => !(ch <= 0x10FFFF && IsUniWord(ch)),
        SreCategory.UniLineBreak => IsUniLineBreak(ch),
        SreCategory.UniNotLineBreak => !IsUniLineBreak(ch),
        _ => false,
    };

    /// <summary>SRE(charset): whether <paramref name="ch"/> is in the set that starts at code[set] (an unknown opcode does not match, as in sre).</summary>
    public static bool InCharset(uint[] code, int set, uint ch)
    {
        bool ok = true;
        while (true)
        {
            switch (code[set++])
            {
                case SreOp.Failure:
                    return !ok;
                case SreOp.Literal:
                    if (ch == code[set])
                    {
                        return ok;
                    }

                    set++;
                    break;
                case SreOp.Category:
                    if (Category(code[set], ch))
                    {
                        return ok;
                    }

                    set++;
                    break;
                case SreOp.Charset:
                    // <CHARSET> <bitmap>: 256 bits in 8 words.
                    if (ch < 256 && (code[set + (int)(ch >> 5)] & (1u << (int)(ch & 31))) != 0)
                    {
                        return ok;
                    }

                    set += 8;
                    break;
                case SreOp.Range:
                    if (code[set] <= ch && ch <= code[set + 1])
                    {
                        return ok;
                    }

                    set += 2;
                    break;
                case SreOp.RangeUniIgnore:
                {
                    if (code[set] <= ch && ch <= code[set + 1])
                    {
                        return ok;
                    }

                    uint uch = UpperUnicode(ch);
                    if (code[set] <= uch && uch <= code[set + 1])
                    {
                        return ok;
                    }

                    set += 2;
                    break;
                }

                case SreOp.Negate:
                    ok = !ok;
                    break;
                case SreOp.BigCharset:
                {
                    // <BIGCHARSET> <blockcount> <256 block indexes, 4 to a word> <blocks of 8 words>
                    int count = (int)code[set++];
                    int block = -1;
                    if (ch < 0x10000)
                    {
                        int hi = (int)(ch >> 8);
                        block = (int)((code[set + (hi >> 2)] >> ((hi & 3) * 8)) & 0xFF);
                    }

                    set += 64;
                    if (block >= 0 && (code[set + ((block * 256) + (int)(ch & 255)) / 32] & (1u << (int)(ch & 31))) != 0)
                    {
                        return ok;
                    }

                    set += count * 8;
                    break;
                }

                default:
                    return false;
            }
        }
    }
}
