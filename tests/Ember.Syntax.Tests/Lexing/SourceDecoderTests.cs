using System.Text;
using Ember.Syntax.Diagnostics;
using Ember.Syntax.Lexing;
using Xunit;

namespace Ember.Syntax.Tests.Lexing;

/// <summary>Source bytes to text as CPython 3.11's decode_str does it (BOM, PEP 263 declarations).</summary>
public sealed class SourceDecoderTests
{
    private static string Decode(string latin1Bytes, out bool declared) =>
        SourceDecoder.Decode(Encoding.Latin1.GetBytes(latin1Bytes), "<f>", out declared);

    [Theory]
    [InlineData("x = 1\n", "x = 1\n", false)]
    [InlineData("\u00EF\u00BB\u00BFx = 1\n", "x = 1\n", true)]
    [InlineData("# -*- coding: latin-1 -*-\nx = '\u00E9'\n", "# -*- coding: latin-1 -*-\nx = '\u00E9'\n", true)]
    [InlineData("#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = '\u00A4'\n", "#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = '\u20AC'\n", true)]
    [InlineData("# coding=cp1252\nx = '\u0080'\n", "# coding=cp1252\nx = '\u20AC'\n", true)]
    [InlineData("# coding: utf-8\nx = '\u00C3\u00A9'\n", "# coding: utf-8\nx = '\u00E9'\n", true)]
    [InlineData("\u00EF\u00BB\u00BF# coding: utf-8\n", "# coding: utf-8\n", true)]
    [InlineData("x = 1\n# coding: latin-1\nx = '\u00C3\u00A9'\n", "x = 1\n# coding: latin-1\nx = '\u00E9'\n", false)]
    [InlineData("\n\n# coding: latin-1\n", "\n\n# coding: latin-1\n", false)]
    [InlineData("# coding: koi8-r\nx = '\u00C1'\n", "# coding: koi8-r\nx = '\u0430'\n", true)]
    public void DecodesLikeCPython(string latin1Bytes, string expected, bool expectedDeclared)
    {
        Assert.Equal(expected, Decode(latin1Bytes, out bool declared));
        Assert.Equal(expectedDeclared, declared);
    }

    [Theory]
    [InlineData("# coding: xyz\n", "unknown encoding: xyz")]
    [InlineData("#!/bin\n# vim: set fileencoding=Xyz :\n", "unknown encoding: Xyz")]
    [InlineData("\u00EF\u00BB\u00BF# coding: latin-1\n", "encoding problem: iso-8859-1 with BOM")]
    [InlineData("\u00EF\u00BB\u00BF# coding: utf8\n", "encoding problem: utf8 with BOM")]
    [InlineData("#coding:ascii\nx=\"\u00C3\u00A9\"", "'ascii' codec can't decode byte 0xc3 in position 17: ordinal not in range(128)")]
    [InlineData("#coding:ascii\r\nx=\"\u00C3\u00A9\"", "'ascii' codec can't decode byte 0xc3 in position 17: ordinal not in range(128)")]
    [InlineData("#coding=cp1252\nx=\"\u0081\"", "'charmap' codec can't decode byte 0x81 in position 18: character maps to <undefined>")]
    [InlineData("# coding: utf8\nx = \"\u00FF\"", "'utf-8' codec can't decode byte 0xff in position 20: invalid start byte")]
    public void DeclarationErrorsMatchCPython(string latin1Bytes, string message)
    {
        // CPython: SyntaxError(msg, ('<f>', 0, -1, None)); end_lineno and end_offset are None there.
        var e = Assert.Throws<PythonSyntaxError>(() => Decode(latin1Bytes, out _));
        Assert.Equal((message, 0, -1, (string?)null), (e.Msg, e.Lineno, e.Offset, e.Text));
    }

    [Fact]
    public void InvalidUtf8IsKeptAsEscapedBytes()
    {
        string text = Decode("# \u00FF\nx = '\u00E2\u0082'\n", out bool declared);
        Assert.False(declared);
        Assert.Equal("# \uDCFF\nx = '\uDCE2\uDC82'\n", text);
        Assert.True(SourceDecoder.ContainsEscapedBytes(text));
        Assert.False(SourceDecoder.ContainsEscapedBytes("x = '\U0001F600'"));
    }

    [Theory]
    [InlineData("ab\u00FFc", "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte", "ab\uFFFDc")]
    [InlineData("\u00E2\u0082", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", "\uFFFD")]
    [InlineData("\u00E2\u0082A", "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte", "\uFFFDA")]
    [InlineData("\u00ED\u00A0\u0080", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte", "\uFFFD\uFFFD\uFFFD")]
    [InlineData("\u00F0\u0080\u0080\u0080", "'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte", "\uFFFD\uFFFD\uFFFD\uFFFD")]
    [InlineData("\u00C3\u00A9\u00C3", "'utf-8' codec can't decode byte 0xc3 in position 2: unexpected end of data", "\u00E9\uFFFD")]
    public void DescribesUtf8ErrorsLikeCPythonsDecoder(string latin1Bytes, string message, string replaced)
    {
        string text = SourceDecoder.Decode(Encoding.Latin1.GetBytes(latin1Bytes), "<f>");
        Assert.Equal(message, SourceDecoder.DescribeUtf8Error(text));
        Assert.Equal(replaced, SourceDecoder.ReplaceEscapedBytes(text));
    }

    [Fact]
    public void StrSourceWithLoneSurrogatesIsAnEncodeError()
    {
        // Built in code: test runners do not carry lone surrogates through InlineData.
        (string Source, string? Message)[] cases =
        [
            ("\uDC80", "'utf-8' codec can't encode character '\\udc80' in position 0: surrogates not allowed"),
            ("x = \"\uDC80\"", "'utf-8' codec can't encode character '\\udc80' in position 5: surrogates not allowed"),
            ("# \uD800", "'utf-8' codec can't encode character '\\ud800' in position 2: surrogates not allowed"),
            ("\u00E9\U0001F600\uDC80\uDC81 x", "'utf-8' codec can't encode characters in position 2-3: surrogates not allowed"),
            ("\u00E9\U0001F600 x", null),
        ];
        foreach (var (source, message) in cases)
        {
            Assert.Equal(message, SourceDecoder.DescribeStrEncodeError(source));
        }
    }

    [Fact]
    public void ValidTextHasNoUtf8Error()
    {
        Assert.Null(SourceDecoder.DescribeUtf8Error("caf\u00E9 \U0001F600"));
    }
}
