using SurrogateString = Ember.Syntax.Ast.SurrogateString;
using System.Text;
using Ember.Syntax.Parsing;
using Ember.Syntax.Text;
using Xunit;

namespace Ember.Syntax.Tests.Literals;

/// <summary>
/// Escape decoding of literal bodies; the expected values and error messages (with
/// their byte positions) are what CPython 3.11 gives for the same body.
/// </summary>
public sealed class EscapeDecoderTests
{
    [Theory]
    [InlineData(@"plain", @"'plain'")]
    [InlineData(@"\\ \' \"" \a \b \f \n \r \t \v", @"'\\ \' "" \x07 \x08 \x0c \n \r \t \x0b'")]
    [InlineData(@"\0\7\07\007\0077\101\777\1234", @"'\x00\x07\x07\x07\x077AǿS4'")]
    [InlineData(@"\x41\x4a\x4F", @"'AJO'")]
    [InlineData(@"\u0041\u00e9\uFFFF", @"'Aé\uffff'")]
    [InlineData(@"\U0001F600\U00000041", @"'😀A'")]
    [InlineData(@"\ud800", @"'\ud800'")]
    [InlineData(@"\N{LATIN SMALL LETTER A}\N{latin small letter a}\N{EM DASH}", @"'aa—'")]
    [InlineData(@"\N{BEL}\N{LF}\N{NBSP}\N{BYTE ORDER MARK}", @"'\x07\n\xa0\ufeff'")]
    [InlineData(@"\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}", @"'一각'")]
    [InlineData("a\\\nb", "'ab'")]
    [InlineData(@"\z\8\9\ ", @"'\\z\\8\\9\\ '")]
    [InlineData(@"x\ä", @"'x\\ä'")]
    [InlineData(@"x\\ä", @"'x\\ä'")]
    [InlineData(@"\😀", @"'\\😀'")]
    [InlineData(@"\x1", @"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape")]
    [InlineData(@"\x", @"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape")]
    [InlineData(@"\xg1", @"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape")]
    [InlineData(@"\u12", @"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape")]
    [InlineData(@"\uabcg", @"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-4: truncated \uXXXX escape")]
    [InlineData(@"\U0000000", @"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: truncated \UXXXXXXXX escape")]
    [InlineData(@"\U00110000", @"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character")]
    [InlineData(@"\N", @"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape")]
    [InlineData(@"\Nx", @"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape")]
    [InlineData(@"\N{", @"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \N character escape")]
    [InlineData(@"\N{}", @"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \N character escape")]
    [InlineData(@"\N{foo}", @"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name")]
    [InlineData(@"\N{  EM DASH}", @"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-12: unknown Unicode character name")]
    [InlineData(@"ä\x1", @"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \xXX escape")]
    [InlineData(@"😀😀\N{", @"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 20-22: malformed \N character escape")]
    [InlineData(@"ä\N{ä}", @"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 10-23: unknown Unicode character name")]
    [InlineData(@"ok\N{cjk unified ideograph-4E00}", @"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-31: unknown Unicode character name")]
    [InlineData(@"\N{HANGUL SYLLABLE ga}", @"error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name")]
    public void StrBodyDecodesLikeCPython(string body, string expected)
    {
        var value = EscapeDecoder.DecodeStr(body, 0, body.Length, out var error);
        Assert.Equal(expected, value == null ? "error: " + error : PyRepr.Constant(SurrogateMarks.Finish(value)));
    }

    [Theory]
    [InlineData(@"\\ \' \"" \a \b \f \n \r \t \v", @"b'\\ \' "" \x07 \x08 \x0c \n \r \t \x0b'")]
    [InlineData(@"\0\7\101\377\400\777", @"b'\x00\x07A\xff\x00\xff'")]
    [InlineData(@"\x41\xfF", @"b'A\xff'")]
    [InlineData(@"\z\N{x}\u1234\U00000041\8", @"b'\\z\\N{x}\\u1234\\U00000041\\8'")]
    [InlineData("a\\\nb", "b'ab'")]
    [InlineData(@"\x", @"error: (value error) invalid \x escape at position 0")]
    [InlineData(@"\x4", @"error: (value error) invalid \x escape at position 0")]
    [InlineData(@"ab\x4g", @"error: (value error) invalid \x escape at position 2")]
    [InlineData(@"\xg0", @"error: (value error) invalid \x escape at position 0")]
    public void BytesBodyDecodesLikeCPython(string body, string expected)
    {
        var value = EscapeDecoder.DecodeBytes(body, 0, body.Length, out var error);
        Assert.Equal(expected, value == null ? "error: " + error : PyRepr.Bytes(value));
    }

    [Fact]
    public void DecodesOnlyTheGivenRange()
    {
        const string token = "'a\\tb'";
        Assert.Equal("a\tb", EscapeDecoder.DecodeStr(token, 1, token.Length - 1, out _));
    }

    [Fact]
    public void AstralEscapeBecomesSurrogatePair() =>
        Assert.Equal("\U0001F40D", EscapeDecoder.DecodeStr("\\U0001F40D", 0, 10, out _));

    [Fact]
    public void SurrogateEscapesStaySeparateCodePoints()
    {
        var value = SurrogateMarks.Finish(EscapeDecoder.DecodeStr("\\ud800\\udc00", 0, 12, out _)!);
        var codePoints = Assert.IsType<SurrogateString>(value).CodePoints;
        Assert.Equal(new[] { 0xD800, 0xDC00 }, codePoints);
    }

    [Fact]
    public void AnAstralEscapeIsOneCodePoint() =>
        Assert.Equal("\U00010000", SurrogateMarks.Finish(EscapeDecoder.DecodeStr("\\U00010000", 0, 10, out _)!));

    [Theory]
    [InlineData("SPACE", 0x20)]
    [InlineData("space", 0x20)]
    [InlineData("Latin Capital Letter A With Diaeresis", 0xC4)]
    [InlineData("NO-BREAK SPACE", 0xA0)]
    [InlineData("NBSP", 0xA0)]
    [InlineData("LINE FEED", 0x0A)]
    [InlineData("GREEK CAPITAL LETTER DELTA", 0x394)]
    [InlineData("SNAKE", 0x1F40D)]
    [InlineData("CJK UNIFIED IDEOGRAPH-4E00", 0x4E00)]
    [InlineData("CJK UNIFIED IDEOGRAPH-3134A", 0x3134A)]
    [InlineData("HANGUL SYLLABLE GA", 0xAC00)]
    [InlineData("HANGUL SYLLABLE HIH", 0xD7A3)]
    [InlineData("HANGUL SYLLABLE GGAG", 0xAE4D)]
    [InlineData("KEYCAP NUMBER SIGN", -1)]
    [InlineData("CJK UNIFIED IDEOGRAPH-3134B", -1)]
    [InlineData("CJK UNIFIED IDEOGRAPH-4e00", -1)]
    [InlineData("cjk unified ideograph-4E00", -1)]
    [InlineData("HANGUL SYLLABLE ga", -1)]
    [InlineData("HANGUL SYLLABLE GAX", -1)]
    [InlineData(" SPACE", -1)]
    [InlineData("", -1)]
    public void UnicodeNamesResolveLikeCPython(string name, int expected) => Assert.Equal(expected, UnicodeNames.Lookup(name));
}
