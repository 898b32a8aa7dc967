using Ember.Syntax.Unicode;

namespace Ember.Runtime.Codecs;

/// <summary>Character names for the namereplace error handler (unicodedata.name of Unicode 14.0.0).</summary>
public static class UnicodeNameLookup
{
    /// <summary>The Unicode 14.0 name of <paramref name="cp"/>, or null when it has none.</summary>
    public static string? NameOf(int cp) => UnicodeDatabase.Instance.NameOf(cp);
}
