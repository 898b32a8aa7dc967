using System.Text;
using Ember.Syntax.Diagnostics;
using Ember.Syntax.Lexing;
using Xunit;

namespace Ember.Syntax.Tests.Lexing;

/// <summary>
/// Errors the tokenizer raises, with every field CPython 3.11 gives them. The
/// expectations are <c>ast.parse(source)</c> (or <c>ast.parse(bytes)</c>) of the
/// oracle for sources whose tokens before the error are accepted by the parser,
/// so the error is the tokenizer's.
/// </summary>
public sealed class TokenizerErrorTests
{
    [Theory]
    [InlineData("1_", "SyntaxError", "invalid decimal literal", 1, 2, "1_", 1, 2)]
    [InlineData("0x", "SyntaxError", "invalid hexadecimal literal", 1, 2, "0x", 1, 2)]
    [InlineData("012", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, "012", 1, 2)]
    [InlineData("00012", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, "00012", 1, 4)]
    [InlineData("0_7", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, "0_7", 1, 3)]
    [InlineData("1abc", "SyntaxError", "invalid decimal literal", 1, 1, "1abc", 1, 1)]
    [InlineData("0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 3, "0o8", 1, 3)]
    [InlineData("0o18", "SyntaxError", "invalid digit '8' in octal literal", 1, 4, "0o18", 1, 4)]
    [InlineData("0b12", "SyntaxError", "invalid digit '2' in binary literal", 1, 4, "0b12", 1, 4)]
    [InlineData("0b1_", "SyntaxError", "invalid binary literal", 1, 4, "0b1_", 1, 4)]
    [InlineData("0x_", "SyntaxError", "invalid hexadecimal literal", 1, 3, "0x_", 1, 3)]
    [InlineData("1__0", "SyntaxError", "invalid decimal literal", 1, 2, "1__0", 1, 2)]
    [InlineData("1e", "SyntaxError", "invalid decimal literal", 1, 1, "1e", 1, 1)]
    [InlineData("1e+", "SyntaxError", "invalid decimal literal", 1, 3, "1e+", 1, 3)]
    [InlineData("1ex", "SyntaxError", "invalid decimal literal", 1, 1, "1ex", 1, 1)]
    [InlineData("0x1g", "SyntaxError", "invalid hexadecimal literal", 1, 3, "0x1g", 1, 3)]
    [InlineData("0b", "SyntaxError", "invalid binary literal", 1, 2, "0b", 1, 2)]
    [InlineData("0o_", "SyntaxError", "invalid octal literal", 1, 3, "0o_", 1, 3)]
    [InlineData("1.5_", "SyntaxError", "invalid decimal literal", 1, 4, "1.5_", 1, 4)]
    [InlineData("1.5e_", "SyntaxError", "invalid decimal literal", 1, 3, "1.5e_", 1, 3)]
    [InlineData("1jx", "SyntaxError", "invalid imaginary literal", 1, 2, "1jx", 1, 2)]
    [InlineData("1_if", "SyntaxError", "invalid decimal literal", 1, 2, "1_if", 1, 2)]
    [InlineData("$x = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 6, "$x = 'abc", 1, 6)]
    [InlineData("x = rb\"abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, "x = rb\"abc", 1, 5)]
    [InlineData("x = '''abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5, "x = '''abc", 1, 5)]
    [InlineData("\"\"\"abc\nd", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 1, "\"\"\"abc", 1, 1)]
    [InlineData("x = 'abc\\\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, "x = 'abc\\", 1, 5)]
    [InlineData("x = 'a' 'b", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 9, "x = 'a' 'b", 1, 9)]
    [InlineData("€", "SyntaxError", "invalid character '€' (U+20AC)", 1, 1, "€", 1, 1)]
    [InlineData("a\u00A0", "SyntaxError", "invalid non-printable character U+00A0", 1, 2, "a\u00A0", 1, 2)]
    [InlineData("x€ = 1", "SyntaxError", "invalid character '€' (U+20AC)", 1, 2, "x€ = 1", 1, 2)]
    [InlineData("·a = 1", "SyntaxError", "invalid character '·' (U+00B7)", 1, 1, "·a = 1", 1, 1)]
    [InlineData("x = \U0001D518€", "SyntaxError", "invalid character '€' (U+20AC)", 1, 6, "x = \U0001D518€", 1, 6)]
    [InlineData("\u0001", "SyntaxError", "invalid non-printable character U+0001", 1, 1, "\u0001", 1, 1)]
    [InlineData("a\u007F", "SyntaxError", "invalid non-printable character U+007F", 1, 2, "a\u007F", 1, 2)]
    [InlineData("\uFEFFx", "SyntaxError", "invalid non-printable character U+FEFF", 1, 1, "\uFEFFx", 1, 1)]
    [InlineData("\u2028", "SyntaxError", "invalid non-printable character U+2028", 1, 1, "\u2028", 1, 1)]
    [InlineData("x = 1\u3000", "SyntaxError", "invalid decimal literal", 1, 5, "x = 1\u3000", 1, 5)]
    [InlineData("(]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2, "(]", 1, 2)]
    [InlineData("(\n]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, "]", 2, 1)]
    [InlineData(")", "SyntaxError", "unmatched ')'", 1, 1, ")", 1, 1)]
    [InlineData("x = [1\n)", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 2, 1, ")", 2, 1)]
    [InlineData("x = (1,", "SyntaxError", "'(' was never closed", 1, 5, "x = (1,\n", 1, 0)]
    [InlineData("f(a for a in b, c", "SyntaxError", "'(' was never closed", 1, 2, "f(a for a in b, c\n", 1, 0)]
    [InlineData("x = \\", "SyntaxError", "unexpected EOF while parsing", 1, 6, "x = \\\n", 1, -1)]
    [InlineData("x=1\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 5, "x=1\\\n", 1, -1)]
    [InlineData("x = 1 \\ y", "SyntaxError", "unexpected character after line continuation character", 1, 8, "x = 1 \\ y\n", 1, 0)]
    [InlineData("x = 1 + \\\n  2 \\ 3", "SyntaxError", "unexpected character after line continuation character", 2, 16, "x = 1 + \\\n  2 \\ 3\n", 2, 0)]
    [InlineData("if x:\n    a\n  b", "IndentationError", "unindent does not match any outer indentation level", 3, 4, "  b\n", 3, -1)]
    [InlineData("if x:\n\tpass\n        pass", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, "        pass\n", 3, 0)]
    [InlineData("if x:\n        a\n\tb", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, "\tb\n", 3, 0)]
    [InlineData("é = 1abc", "SyntaxError", "invalid decimal literal", 1, 5, "é = 1abc", 1, 5)]
    [InlineData("é = (1", "SyntaxError", "'(' was never closed", 1, 5, "é = (1\n", 1, 0)]
    [InlineData("x = 1\r\ny = 'abc\r\n", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5, "y = 'abc", 2, 5)]
    [InlineData("'''a\rb''' (", "SyntaxError", "'(' was never closed", 2, 6, "'''a\nb''' (\n", 2, 0)]
    public void StrSourceErrorMatchesCPython(string source, string type, string msg, int lineno, int offset, string? text, int endLineno, int endOffset)
    {
        var error = FirstError(new Tokenizer(source, "<f>"));
        AssertError(error, type, msg, lineno, offset, text, endLineno, endOffset);
    }

    public static TheoryData<string, string, string, int, int, string?, int?, int?> BytesCases()
    {
        var data = new TheoryData<string, string, string, int, int, string?, int?, int?>();
        foreach (var (bytes, type, msg, lineno, offset, text, endLineno, endOffset) in s_bytesCases)
        {
            data.Add(bytes, type, msg, lineno, offset, text, endLineno, endOffset);
        }

        return data;
    }

    // Sources as Latin-1 strings (one char per byte); null is CPython's None.
    private static readonly (string, string, string, int, int, string?, int?, int?)[] s_bytesCases =
    [
        ("ÿ", "SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 1, 1, "�\n", 1, -1),
        ("x=1\nÿ", "SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 2, 1, "�\n", 2, -1),
        ("abcÿd = 1", "SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 3: invalid start byte", 1, 5, "abc�d = 1\n", 1, -1),
        ("abc = dÿ", "SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", 1, 8, "abc = d�\n", 1, -1),
        ("(ÿ", "SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 1, 2, "(�\n", 1, -1),
        ("été = 1", "SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte", 1, 3, "�t� = 1\n", 1, -1),
        ("Ã©í\u00A0\u0080", "SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0xed in position 2: invalid continuation byte", 1, 5, "é���\n", 1, -1),
        ("xâ\u0082 = 1", "SyntaxError", "(unicode error) 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data", 1, 3, "x� = 1\n", 1, -1),
        ("Ã© = (1", "SyntaxError", "'(' was never closed", 1, 6, "é = (1\n", 1, 0),
        ("Ã© = 1 \\ 2", "SyntaxError", "unexpected character after line continuation character", 1, 9, "é = 1 \\ 2\n", 1, 0),
        ("Ã© = 1abc", "SyntaxError", "invalid decimal literal", 1, 5, "é = 1abc", 1, 5),
        ("ï»¿Ã© = (1", "SyntaxError", "'(' was never closed", 1, 5, "é = (1\n", 1, 0),
        ("# coding: latin-1\né = (", "SyntaxError", "'(' was never closed", 2, 5, "é = (\n", 2, 0),
        ("# ÿ\nx = (", "SyntaxError", "'(' was never closed", 2, 5, "x = (\n", 2, 0),
        ("# coding: xyz\n", "SyntaxError", "unknown encoding: xyz", 0, -1, null, null, null),
        ("ï»¿# coding: latin-1\n", "SyntaxError", "encoding problem: iso-8859-1 with BOM", 0, -1, null, null, null),
        ("#coding:ascii\nx=\"Ã©\"", "SyntaxError", "'ascii' codec can't decode byte 0xc3 in position 17: ordinal not in range(128)", 0, -1, null, null, null),
        ("#coding=cp1252\nx=\"\u0081\"", "SyntaxError", "'charmap' codec can't decode byte 0x81 in position 18: character maps to <undefined>", 0, -1, null, null, null),
        ("# coding: utf8\nx = \"ÿ\"", "SyntaxError", "'utf-8' codec can't decode byte 0xff in position 20: invalid start byte", 0, -1, null, null, null),
        ("#!/bin\n# vim: set fileencoding=xyz :\n", "SyntaxError", "unknown encoding: xyz", 0, -1, null, null, null),
        ("#coding:ascii\r\nx=\"Ã©\"", "SyntaxError", "'ascii' codec can't decode byte 0xc3 in position 17: ordinal not in range(128)", 0, -1, null, null, null),
    ];

    [Theory]
    [MemberData(nameof(BytesCases))]
    public void BytesSourceErrorMatchesCPython(string latin1Bytes, string type, string msg, int lineno, int offset, string? text, int? endLineno, int? endOffset)
    {
        var bytes = Encoding.Latin1.GetBytes(latin1Bytes);
        PythonSyntaxError error;
        try
        {
            var source = SourceDecoder.Decode(bytes, "<f>", out bool declared);
            error = FirstError(new Tokenizer(source, "<f>", execInput: true, charOffsets: declared));
        }
        catch (PythonSyntaxError e)
        {
            error = e;
        }

        AssertError(error, type, msg, lineno, offset, text, endLineno, endOffset);
    }

    [Fact]
    public void TooManyNestedParenthesesAt201()
    {
        var source = new string('(', 201);
        AssertError(FirstError(new Tokenizer(source, "<f>")), "SyntaxError", "too many nested parentheses", 1, 201, source, 1, 201);
    }

    [Fact]
    public void TooManyLevelsOfIndentationAtLevel100()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 101; i++)
        {
            sb.Append(' ', i).Append("if x:\n");
        }

        sb.Append(' ', 101).Append("pass");
        var error = FirstError(new Tokenizer(sb.ToString(), "<f>"));
        AssertError(error, "IndentationError", "too many levels of indentation", 101, 1, new string(' ', 100) + "if x:\n", 101, 0);
    }

    [Fact]
    public void NinetyNineLevelsOfIndentationAreFine()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 99; i++)
        {
            sb.Append(' ', i).Append("if x:\n");
        }

        sb.Append(' ', 99).Append("pass");
        var tokenizer = new Tokenizer(sb.ToString(), "<f>");
        while (tokenizer.Next().Kind != TokenKind.EndMarker)
        {
        }
    }

    [Fact]
    public void NullCharacterIsAValueError()
    {
        var e = Assert.Throws<PythonParseFailure>(() => new Tokenizer("a\0", "<f>"));
        Assert.Equal("ValueError", e.TypeName);
        Assert.Equal("source code string cannot contain null bytes", e.Message);

        e = Assert.Throws<PythonParseFailure>(() => SourceDecoder.Decode("a\0"u8, "<f>"));
        Assert.Equal("ValueError", e.TypeName);
    }

    [Fact]
    public void ErrorIsRaisedAgainOnTheNextCall()
    {
        var tokenizer = new Tokenizer("x = 1abc", "<f>");
        var first = FirstError(tokenizer);
        var second = Assert.Throws<PythonSyntaxError>(() => tokenizer.Next());
        Assert.Same(first, second);
    }

    internal static PythonSyntaxError FirstError(Tokenizer tokenizer)
    {
        for (int i = 0; i < 100_000; i++)
        {
            try
            {
                if (tokenizer.Next().Kind == TokenKind.EndMarker)
                {
                    break;
                }
            }
            catch (PythonSyntaxError e)
            {
                return e;
            }
        }

        throw new Xunit.Sdk.XunitException("the tokenizer raised no error");
    }

    internal static void AssertError(PythonSyntaxError e, string type, string msg, int lineno, int offset, string? text, int? endLineno, int? endOffset)
    {
        Assert.Equal(
            (type, msg, lineno, offset, text, endLineno, endOffset),
            (e.TypeName, e.Msg, e.Lineno, e.Offset, e.Text, e.EndLineno, e.EndOffset));
    }
}
