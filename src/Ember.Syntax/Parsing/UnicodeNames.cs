using System.Collections.Frozen;

namespace Ember.Syntax.Parsing;

/// <summary>
/// Resolves the name in a <c>\N{...}</c> escape as CPython 3.11's unicodedata
/// <c>_getcode</c> does for the unicode-escape codec: table names and name aliases
/// match case-insensitively (ASCII case), named sequences are refused, and Hangul
/// syllables and CJK unified ideographs are computed from their names (those two
/// forms are matched case-sensitively, as CPython does).
/// The table (UnicodeNames.g.cs) holds only a subset of Unicode's names: the common
/// blocks and every alias; other names are reported as unknown.
/// </summary>
internal static partial class UnicodeNames
{
    private const string HangulPrefix = "HANGUL SYLLABLE ";
    private const string CjkPrefix = "CJK UNIFIED IDEOGRAPH-";

    // Jamo short names of the initial, medial and final parts of a Hangul syllable (Unicode ch. 3.12).
    private static readonly string[] s_leading = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] s_vowels = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] s_trailing = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    /// <summary>The code point named <paramref name="name"/>, or -1.</summary>
    public static int Lookup(ReadOnlySpan<char> name)
    {
        if (name.StartsWith(HangulPrefix, StringComparison.Ordinal))
        {
            return LookupHangul(name[HangulPrefix.Length..]);
        }

        if (name.StartsWith(CjkPrefix, StringComparison.Ordinal))
        {
            return LookupIdeograph(name[CjkPrefix.Length..]);
        }

        Span<char> upper = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c >= 0x80)
            {
                return -1;
            }

            upper[i] = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        }

        return Names.Table.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(upper, out int codePoint) ? codePoint : -1;
    }

    private static int LookupHangul(ReadOnlySpan<char> rest)
    {
        int l = FindJamo(ref rest, s_leading);
        int v = FindJamo(ref rest, s_vowels);
        int t = FindJamo(ref rest, s_trailing);
        if (l < 0 || v < 0 || t < 0 || !rest.IsEmpty)
        {
            return -1;
        }

        return 0xAC00 + (((l * s_vowels.Length) + v) * s_trailing.Length) + t;
    }

    // The longest jamo name that starts the text; the first one wins a tie (CPython's find_syllable).
    private static int FindJamo(ref ReadOnlySpan<char> text, string[] names)
    {
        int best = -1;
        int bestLength = -1;
        for (int i = 0; i < names.Length; i++)
        {
            string candidate = names[i];
            if (candidate.Length > bestLength && text.StartsWith(candidate, StringComparison.Ordinal))
            {
                best = i;
                bestLength = candidate.Length;
            }
        }

        if (best >= 0)
        {
            text = text[bestLength..];
        }

        return best;
    }

    private static int LookupIdeograph(ReadOnlySpan<char> hex)
    {
        if (hex.Length is not (4 or 5))
        {
            return -1;
        }

        int value = 0;
        foreach (char c in hex)
        {
            int digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return -1;
            }

            value = (value << 4) + digit;
        }

        return IsUnifiedIdeograph(value) ? value : -1;
    }

    // The CJK unified ideograph ranges of Unicode 14.0.0.
    private static bool IsUnifiedIdeograph(int c) =>
        c is (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF)
            or (>= 0x20000 and <= 0x2A6DF)
            or (>= 0x2A700 and <= 0x2B738)
            or (>= 0x2B740 and <= 0x2B81D)
            or (>= 0x2B820 and <= 0x2CEA1)
            or (>= 0x2CEB0 and <= 0x2EBE0)
            or (>= 0x30000 and <= 0x3134A);

    /// <summary>The name table, built on first use (a separate class so that only <c>\N</c> pays for it).</summary>
    private static class Names
    {
        public static readonly FrozenDictionary<string, int> Table = Build();

        private static FrozenDictionary<string, int> Build()
        {
            var map = new Dictionary<string, int>(4096, StringComparer.Ordinal);
            foreach (var line in UnicodeNames.Table.AsSpan().EnumerateLines())
            {
                int space = line.IndexOf(' ');
                if (space <= 0)
                {
                    continue;
                }

                int codePoint = int.Parse(line[..space], System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture);
                map[line[(space + 1)..].ToString()] = codePoint;
            }

            return map.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }
}
