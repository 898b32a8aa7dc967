using System.Globalization;

namespace Ember.Syntax.Unicode;

/// <summary>
/// Character names both ways, as unicodedata.c's <c>_getucname</c> and
/// <c>_getcode</c>: stored names, formal aliases and named sequences match
/// case-insensitively in ASCII; Hangul syllable and CJK unified ideograph
/// names are computed, and those two forms match case-sensitively.
/// </summary>
public sealed partial class UnicodeDatabase
{
    private const int SBase = 0xAC00;
    private const int LBase = 0x1100;
    private const int VBase = 0x1161;
    private const int TBase = 0x11A7;
    private const int LCount = 19;
    private const int VCount = 21;
    private const int TCount = 28;
    private const int NCount = VCount * TCount;
    private const int SCount = LCount * NCount;

    private const string HangulPrefix = "HANGUL SYLLABLE ";
    private const string IdeographPrefix = "CJK UNIFIED IDEOGRAPH-";

    // What a name in the lookup table stands for: the top bits of its value.
    private const int KindShift = 24;
    private const int KindName = 0;
    private const int KindAlias = 1;
    private const int KindSequence = 2;

    // Jamo short names of the leading, vowel and trailing parts of a syllable (Unicode ch. 3.12).
    private static readonly string[] s_leading = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] s_vowels = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] s_trailing = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    private Dictionary<string, int>? _byName;

    /// <summary>
    /// The name of <paramref name="cp"/> (never an alias), or null. In the 3.2.0
    /// view only the characters that version assigned have names.
    /// </summary>
    public string? NameOf(int cp, bool old = false)
    {
        if ((uint)cp > 0x10FFFF || (old && !IsAssigned(cp, old: true)))
        {
            return null;
        }

        if (cp is >= SBase and < SBase + SCount)
        {
            int s = cp - SBase;
            return HangulPrefix + s_leading[s / NCount] + s_vowels[s % NCount / TCount] + s_trailing[s % TCount];
        }

        if (IsUnifiedIdeograph(cp))
        {
            return IdeographPrefix + cp.ToString("X", CultureInfo.InvariantCulture);
        }

        int i = Array.BinarySearch(_namedCodes, cp);
        return i >= 0 ? _names[i] : null;
    }

    /// <summary>What a name looked up stands for.</summary>
    public enum NameMatch
    {
        None,
        CodePoint,
        Sequence,
    }

    /// <summary>
    /// Resolves <paramref name="name"/> as unicodedata's <c>_getcode</c>: a
    /// character's name, a Hangul syllable or CJK ideograph name, or (in 14.0.0
    /// only) a name alias or, when <paramref name="namedSequences"/>, a named
    /// sequence. Characters other than ASCII never match.
    /// </summary>
    public NameMatch Lookup(ReadOnlySpan<char> name, bool old, bool namedSequences, out int code, out int[]? sequence)
    {
        code = -1;
        sequence = null;
        if (name.StartsWith(HangulPrefix, StringComparison.Ordinal))
        {
            code = LookupHangul(name[HangulPrefix.Length..]);
            return code >= 0 ? NameMatch.CodePoint : NameMatch.None;
        }

        if (name.StartsWith(IdeographPrefix, StringComparison.Ordinal))
        {
            code = LookupIdeograph(name[IdeographPrefix.Length..]);
            return code >= 0 ? NameMatch.CodePoint : NameMatch.None;
        }

        Span<char> upper = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c >= 0x80)
            {
                return NameMatch.None;
            }

            upper[i] = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        }

        if (!NameTable().GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(upper, out int entry))
        {
            return NameMatch.None;
        }

        int kind = entry >> KindShift;
        int value = entry & ((1 << KindShift) - 1);
        switch (kind)
        {
            case KindName when !old || IsAssigned(value, old: true):
                code = value;
                return NameMatch.CodePoint;
            case KindAlias when !old:
                code = value;
                return NameMatch.CodePoint;
            case KindSequence when !old && namedSequences:
                sequence = _sequences[value];
                return NameMatch.Sequence;
            default:
                return NameMatch.None;
        }
    }

    /// <summary>The code point a <c>\N{...}</c> escape names (names and aliases of 14.0.0), or -1.</summary>
    public int LookupCodePoint(ReadOnlySpan<char> name) =>
        Lookup(name, old: false, namedSequences: false, out int code, out _) == NameMatch.CodePoint ? code : -1;

    private Dictionary<string, int> NameTable()
    {
        return _byName ?? Build();

        Dictionary<string, int> Build()
        {
            var map = new Dictionary<string, int>(_names.Length + _aliases.Length + _sequenceNames.Length, StringComparer.Ordinal);
            for (int i = 0; i < _names.Length; i++)
            {
                map[_names[i]] = _namedCodes[i];
            }

            for (int i = 0; i < _aliases.Length; i++)
            {
                map[_aliases[i]] = (KindAlias << KindShift) | _aliasCodes[i];
            }

            for (int i = 0; i < _sequenceNames.Length; i++)
            {
                map[_sequenceNames[i]] = (KindSequence << KindShift) | i;
            }

            // Built the same by any thread; the first one published wins.
            return Interlocked.CompareExchange(ref _byName, map, null) ?? map;
        }
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

        return SBase + (((l * VCount) + v) * TCount) + t;
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

    // Four or five upper-case hex digits naming a code point in an ideograph range.
    private int LookupIdeograph(ReadOnlySpan<char> hex)
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
}
