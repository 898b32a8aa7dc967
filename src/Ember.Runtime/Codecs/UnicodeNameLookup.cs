using System.Globalization;

namespace Ember.Runtime.Codecs;

/// <summary>
/// Character names for the namereplace error handler (unicodedata.name).
/// Hangul syllables and CJK unified ideographs have names computed from the
/// code point, as in CPython; other characters come from a table generated
/// from CPython 3.11 for the blocks text usually holds (see
/// UnicodeNameLookup.Table.g.cs). A character outside it falls back to the
/// backslash form. The full name database comes with unicodedata.
/// </summary>
public static partial class UnicodeNameLookup
{
    private static readonly string[] s_leading = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] s_vowels = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] s_trailing = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    /// <summary>The Unicode 14.0 name of <paramref name="cp"/>, or null when Ember does not know it.</summary>
    public static string? NameOf(int cp)
    {
        if (cp is >= 0xAC00 and <= 0xD7A3)
        {
            int s = cp - 0xAC00;
            int l = s / (21 * 28), v = s % (21 * 28) / 28, t = s % 28;
            return "HANGUL SYLLABLE " + s_leading[l] + s_vowels[v] + s_trailing[t];
        }

        if (IsUnifiedIdeograph(cp))
        {
            return "CJK UNIFIED IDEOGRAPH-" + cp.ToString("X", CultureInfo.InvariantCulture);
        }

        return FromTable(cp);
    }

    private static bool IsUnifiedIdeograph(int c) =>
        c is (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF)
            or (>= 0x20000 and <= 0x2A6DF)
            or (>= 0x2A700 and <= 0x2B738)
            or (>= 0x2B740 and <= 0x2B81D)
            or (>= 0x2B820 and <= 0x2CEA1)
            or (>= 0x2CEB0 and <= 0x2EBE0)
            or (>= 0x30000 and <= 0x3134A);

    private static partial string? FromTable(int cp);
}

public static partial class UnicodeNameLookup
{
    private static partial string? FromTable(int cp)
    {
        var ranges = Ranges;
        int offset = 0;
        for (int i = 0; i < ranges.Length; i += 2)
        {
            int first = ranges[i], last = ranges[i + 1];
            if (cp >= first && cp <= last)
            {
                string name = Table.Lines[offset + cp - first];
                return name.Length == 0 ? null : name;
            }

            offset += last - first + 1;
        }

        return null;
    }

    // Split on first use, so only namereplace pays for it.
    private static class Table
    {
        public static readonly string[] Lines = Names.Split('\n');
    }
}
