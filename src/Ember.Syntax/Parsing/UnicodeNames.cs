using Ember.Syntax.Unicode;

namespace Ember.Syntax.Parsing;

/// <summary>
/// Resolves the name in a <c>\N{...}</c> escape as CPython 3.11's unicodedata
/// <c>_getcode</c> does for the unicode-escape codec: names and name aliases
/// match case-insensitively (ASCII case), named sequences are refused, and Hangul
/// syllables and CJK unified ideographs are computed from their names (those two
/// forms are matched case-sensitively, as CPython does). The names are the whole
/// Unicode 14.0.0 database (<see cref="UnicodeDatabase"/>), loaded on the first escape.
/// </summary>
internal static class UnicodeNames
{
    /// <summary>The code point named <paramref name="name"/>, or -1.</summary>
    public static int Lookup(ReadOnlySpan<char> name) => UnicodeDatabase.Instance.LookupCodePoint(name);
}
