using Ember.Syntax.Lexing;
using Xunit;

namespace Ember.Syntax.Tests.Lexing;

/// <summary>Identifier characters and NFKC as CPython 3.11 (Unicode 14.0) has them.</summary>
public sealed class CharInfoTests
{
    [Theory]
    [InlineData("abc", 3)]
    [InlineData("_x1", 3)]
    [InlineData("1x", 0)]
    [InlineData("\u00B7a", 0)]
    [InlineData("a\u00B7", 2)]
    [InlineData("a\u20AC", 1)]
    [InlineData("\u2118x", 2)]
    [InlineData("\u212E", 1)]
    [InlineData("\u309B", 0)]
    [InlineData("a\u309B", 1)]
    [InlineData("\U0001D518\U0001D52B", 4)]
    [InlineData("a\U000E0100", 3)]
    public void ScanIdentifierStopsAtTheFirstInvalidCharacter(string text, int expected)
    {
        Assert.Equal(expected, CharInfo.ScanIdentifier(text));
    }

    [Fact]
    public void LoneSurrogateEndsAnIdentifier()
    {
        Assert.Equal(1, CharInfo.ScanIdentifier("x\uDC80"));
    }

    [Theory]
    [InlineData(0x20AC, true)]
    [InlineData(0x00A0, false)]
    [InlineData(0x2028, false)]
    [InlineData(0xFEFF, false)]
    [InlineData(0xE000, false)]
    [InlineData(0x10FFFF, false)]
    [InlineData(0x1F600, true)]
    [InlineData(0x7F, false)]
    [InlineData(' ', true)]
    public void PrintableMatchesStrIsprintable(int cp, bool expected)
    {
        Assert.Equal(expected, CharInfo.IsPrintable(cp));
    }

    [Theory]
    [InlineData("abc", "abc")]
    [InlineData("\uFB01", "fi")]
    [InlineData("\u00B5", "\u03BC")]
    [InlineData("\u2160\u2170", "Ii")]
    [InlineData("e\u0301", "\u00E9")]
    [InlineData("a\u0328\u0301", "\u0105\u0301")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]
    [InlineData("\u3131\u314F", "\uAC00")]
    [InlineData("\U0001D400", "A")]
    [InlineData("\u0B47\u0B3E", "\u0B4B")]
    public void NormalizeIdentifierIsNfkc(string text, string expected)
    {
        Assert.Equal(expected, CharInfo.NormalizeIdentifier(text));
    }

    [Fact]
    public void NormalizedIdentifierIsReturnedAsIs()
    {
        string name = "caf\u00E9_\u03B1\u03B2";
        Assert.Same(name, CharInfo.NormalizeIdentifier(name));
    }
}
