using Ember.Syntax.Unicode;
using Xunit;

namespace Ember.Syntax.Tests.Unicode;

/// <summary>
/// The embedded Unicode database; the expected values are what CPython 3.11's
/// unicodedata gives (the differential programs modules/unicodedata_* check
/// every code point).
/// </summary>
public sealed class UnicodeDatabaseTests
{
    private static UnicodeDatabase Db => UnicodeDatabase.Instance;

    [Theory]
    [InlineData(0x41, "LATIN CAPITAL LETTER A")]
    [InlineData(0xAC00, "HANGUL SYLLABLE GA")]
    [InlineData(0xD7A3, "HANGUL SYLLABLE HIH")]
    [InlineData(0x3134A, "CJK UNIFIED IDEOGRAPH-3134A")]
    [InlineData(0x18B00, "KHITAN SMALL SCRIPT CHARACTER-18B00")]
    [InlineData(0x1FAE0, "MELTING FACE")]
    [InlineData(0x17000, null)]
    [InlineData(0x0378, null)]
    [InlineData(0xD800, null)]
    public void NamesMatchCPython(int cp, string? name) => Assert.Equal(name, Db.NameOf(cp));

    [Fact]
    public void OldViewNamesOnlyWhatItAssigned()
    {
        Assert.Null(Db.NameOf(0x9FCC, old: true));
        Assert.Equal("CJK UNIFIED IDEOGRAPH-9FCC", Db.NameOf(0x9FCC));
        Assert.Equal("Cn", Db.Category(0x20C0, old: true));
        Assert.Equal("Sc", Db.Category(0x20C0));
    }

    [Theory]
    [InlineData("latin small letter gha", 0x1A3)]
    [InlineData("BYTE ORDER MARK", 0xFEFF)]
    [InlineData("CJK UNIFIED IDEOGRAPH-04E00", 0x4E00)]
    [InlineData("KEYCAP NUMBER SIGN", -1)]
    [InlineData("TANGUT IDEOGRAPH-17000", -1)]
    public void EscapeLookupTakesAliasesButNotSequences(string name, int expected) => Assert.Equal(expected, Db.LookupCodePoint(name));

    [Fact]
    public void NamedSequencesOnlyWhenAsked()
    {
        Assert.Equal(UnicodeDatabase.NameMatch.Sequence, Db.Lookup("keycap digit one", false, true, out _, out int[]? seq));
        Assert.Equal([0x31, 0xFE0F, 0x20E3], seq!);
        Assert.Equal(UnicodeDatabase.NameMatch.None, Db.Lookup("KEYCAP DIGIT ONE", true, true, out _, out _));
    }

    [Theory]
    [InlineData(new[] { 0x1E9B, 0x323 }, false, new[] { 0x1E9B, 0x323 })]
    [InlineData(new[] { 0x1E9B, 0x323 }, true, new[] { 0x1E69 })]
    [InlineData(new[] { 0x61, 0x328, 0x301 }, false, new[] { 0x105, 0x301 })]
    [InlineData(new[] { 0x1100, 0x1161, 0x11A8 }, false, new[] { 0xAC01 })]
    [InlineData(new[] { 0x212B }, false, new[] { 0xC5 })]
    public void ComposeMatchesCPython(int[] input, bool compat, int[] expected) =>
        Assert.Equal(expected, Db.Compose(input, compat, old: false));

    [Fact]
    public void DecomposeOrdersMarksAndAppliesOldCorrections()
    {
        Assert.Equal([0x65, 0x327, 0x301], Db.Decompose([0x65, 0x301, 0x327], compat: false, old: false));
        Assert.Equal([0x36FC], Db.Decompose([0x2F868], compat: false, old: false));
        Assert.Equal([0x2136A], Db.Decompose([0x2F868], compat: false, old: true));
    }
}
