namespace Ember.Syntax.Parsing;

/// <summary>
/// The <c>\N{...}</c> name resolution of string literals, for the runtime's
/// unicode-escape codec (the same table and rules as the compiler's).
/// </summary>
public static class UnicodeCharacterNames
{
    /// <summary>The code point named <paramref name="name"/>, or -1.</summary>
    public static int Lookup(ReadOnlySpan<char> name) => UnicodeNames.Lookup(name);
}
