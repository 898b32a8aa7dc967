using Ember.Syntax.Diagnostics;
using Ember.Syntax.Lexing;
using Xunit;

namespace Ember.Syntax.Tests.Lexing;

/// <summary>
/// Token streams and positions as CPython 3.11's C tokenizer produces them:
/// byte columns, -1 columns for INDENT/DEDENT/ENDMARKER, NEWLINE spanning a
/// trailing comment, strings located on their first line.
/// </summary>
public sealed class TokenizerTests
{
    private static string[] Tokens(string source, bool execInput = true)
    {
        var tokenizer = new Tokenizer(source, "<f>", execInput);
        var result = new List<string>();
        while (true)
        {
            var t = tokenizer.Next();
            result.Add(t.ToString());
            if (t.Kind == TokenKind.EndMarker)
            {
                return result.ToArray();
            }
        }
    }

    [Fact]
    public void BlockWithCommentAndMultiLineString()
    {
        string source = "if x:\n    y = 1  # c\nelse:\n  z = \"\"\"a\nb\"\"\" + f\"{x}\"\n";
        Assert.Equal(
            [
                "Name 'if' 1:0-1:2", "Name 'x' 1:3-1:4", "Colon ':' 1:4-1:5", "Newline '' 1:5-1:5",
                "Indent '' 2:-1-2:-1", "Name 'y' 2:4-2:5", "Equal '=' 2:6-2:7", "Number '1' 2:8-2:9",
                "Newline '' 2:11-2:14",
                "Dedent '' 3:-1-3:-1", "Name 'else' 3:0-3:4", "Colon ':' 3:4-3:5", "Newline '' 3:5-3:5",
                "Indent '' 4:-1-4:-1", "Name 'z' 4:2-4:3", "Equal '=' 4:4-4:5", "String '\"\"\"a\nb\"\"\"' 4:6-5:4",
                "Plus '+' 5:5-5:6", "String 'f\"{x}\"' 5:7-5:13", "Newline '' 5:13-5:13",
                "Dedent '' 5:-1-5:-1", "EndMarker '' 5:-1-5:-1",
            ],
            Tokens(source));
    }

    [Fact]
    public void ColumnsCountUtf8BytesAndBracketsJoinLines()
    {
        Assert.Equal(
            [
                "Name 'é' 1:0-1:2", "Equal '=' 1:3-1:4", "LPar '(' 1:5-1:6", "Number '1' 1:6-1:7", "Comma ',' 1:7-1:8",
                "Number '2' 2:2-2:3", "RPar ')' 2:3-2:4", "Ellipsis '...' 2:5-2:8", "Newline '' 2:8-2:8",
                "EndMarker '' 2:-1-2:-1",
            ],
            Tokens("é = (1,\n  2) ..."));
    }

    [Fact]
    public void EvalInputGetsNoNewline()
    {
        Assert.Equal(["Name 'x' 1:0-1:1", "Equal '=' 1:2-1:3", "Number '1' 1:4-1:5", "EndMarker '' 1:-1-1:-1"], Tokens("x = 1", execInput: false));
    }

    [Fact]
    public void FinalCrLfAddsABlankLineAsInCPython()
    {
        Assert.Equal(
            ["Name 'x' 1:0-1:1", "Equal '=' 1:2-1:3", "Number '1' 1:4-1:5", "Newline '' 1:5-1:5", "EndMarker '' 2:-1-2:-1"],
            Tokens("x = 1\r\n"));
    }

    [Fact]
    public void StrayCharactersAreOpTokensAndDiamondIsNotEqual()
    {
        Assert.Equal(
            [
                "Name 'a' 1:0-1:1", "NotEqual '<>' 1:2-1:4", "Name 'b' 1:5-1:6", "Op '!' 1:7-1:8", "Name 'c' 1:9-1:10",
                "Op '$' 1:11-1:12", "Name 'd' 1:13-1:14", "Op '?' 1:15-1:16", "Name 'e' 1:17-1:18", "Op '`' 1:19-1:20",
                "Name 'f' 1:21-1:22", "Newline '' 1:22-1:22", "EndMarker '' 1:-1-1:-1",
            ],
            Tokens("a <> b ! c $ d ? e ` f"));
    }

    [Fact]
    public void NumberFollowedByKeywordSplitsWithAWarning()
    {
        var warnings = new List<(string, int)>();
        var tokenizer = new Tokenizer("1if x else 0x1for", "<f>")
        {
            SyntaxWarning = (message, line) =>
            {
                warnings.Add((message, line));
                return false;
            },
        };
        var texts = new List<string>();
        for (var t = tokenizer.Next(); t.Kind != TokenKind.EndMarker; t = tokenizer.Next())
        {
            texts.Add(t.Text);
        }

        Assert.Equal(["1", "if", "x", "else", "0x1f", "or", ""], texts);
        Assert.Equal([("invalid decimal literal", 1), ("invalid hexadecimal literal", 1)], warnings);
    }

    [Fact]
    public void WarningTurnedIntoErrorIsASyntaxError()
    {
        var tokenizer = new Tokenizer("x = 1\n1if x else 2", "<f>") { SyntaxWarning = (_, _) => true };
        var e = TokenizerErrorTests.FirstError(tokenizer);
        TokenizerErrorTests.AssertError(e, "SyntaxError", "invalid decimal literal", 2, 1, "1if x else 2", 2, 1);
    }

    [Theory]
    [InlineData("\uFB01 = 1", "fi")]
    [InlineData("\uFF49\uFF46 = 1", "if")]
    [InlineData("\u2160 = 1", "I")]
    [InlineData("\u00B5 = 1", "\u03BC")]
    [InlineData("e\u0301 = 1", "\u00E9")]
    [InlineData("\U0001D518\U0001D52B = 1", "Un")]
    public void NamesAreNfkcNormalized(string source, string name)
    {
        Assert.Equal(name, new Tokenizer(source, "<f>").Next().Text);
    }

    [Fact]
    public void NameTextsAreInterned()
    {
        var tokenizer = new Tokenizer("abc = abc + \uFB01 + fi", "<f>");
        var names = new List<string>();
        for (var t = tokenizer.Next(); t.Kind != TokenKind.EndMarker; t = tokenizer.Next())
        {
            if (t.Kind == TokenKind.Name)
            {
                names.Add(t.Text);
            }
        }

        Assert.Same(names[0], names[1]);
        Assert.Equal("fi", names[2]);
        Assert.Equal("fi", names[3]);
    }

    [Fact]
    public void EndMarkerRepeats()
    {
        var tokenizer = new Tokenizer("x", "<f>");
        while (tokenizer.Next().Kind != TokenKind.EndMarker)
        {
        }

        Assert.Equal(TokenKind.EndMarker, tokenizer.Next().Kind);
        Assert.True(tokenizer.AtEof);
    }

    [Fact]
    public void GetLineQuotesTheLogicalLineWhileTheTokenizerIsOnIt()
    {
        var tokenizer = new Tokenizer("x = 1 + \\\n  2 +\ny", "<f>");
        Token t;
        do
        {
            t = tokenizer.Next();
        }
        while (t.Kind != TokenKind.Newline);

        Assert.Equal("x = 1 + \\\n  2 +\n", tokenizer.GetLine(2));
        Assert.Equal("x = 1 + \\", tokenizer.GetLine(1));
    }

    [Fact]
    public void UnexpectedIndentIsLocatedWhereTheTokenizerIs()
    {
        // CPython: IndentationError('unexpected indent', 2, 2, '  b\n', 2, -1).
        var tokenizer = new Tokenizer("a\n  b", "<f>");
        Token t;
        do
        {
            t = tokenizer.Next();
        }
        while (t.Kind != TokenKind.Indent);

        var e = tokenizer.ErrorAtToken(SyntaxErrorKind.IndentationError, "unexpected indent", t);
        TokenizerErrorTests.AssertError(e, "IndentationError", "unexpected indent", 2, 2, "  b\n", 2, -1);
    }

    [Fact]
    public void IndentAfterBackslashAtLineStartIsReportedAtColumnZero()
    {
        // CPython: IndentationError('unexpected indent', 2, 0, 'x = 1\n', 2, -1).
        var tokenizer = new Tokenizer("  \\\nx = 1", "<f>");
        var t = tokenizer.Next();
        Assert.Equal(TokenKind.Indent, t.Kind);
        var e = tokenizer.ErrorAtToken(SyntaxErrorKind.IndentationError, "unexpected indent", t);
        TokenizerErrorTests.AssertError(e, "IndentationError", "unexpected indent", 2, 0, "x = 1\n", 2, -1);
    }

    [Fact]
    public void ErrorAtEndMarkerUsesTheEndOfTheLastLine()
    {
        // CPython: IndentationError("expected an indented block after 'if' statement on line 1", 1, 6, 'if x:\n', 1, -1).
        var tokenizer = new Tokenizer("if x:", "<f>");
        Token t;
        do
        {
            t = tokenizer.Next();
        }
        while (t.Kind != TokenKind.EndMarker);

        const string msg = "expected an indented block after 'if' statement on line 1";
        var e = tokenizer.ErrorAtToken(SyntaxErrorKind.IndentationError, msg, t);
        TokenizerErrorTests.AssertError(e, "IndentationError", msg, 1, 6, "if x:\n", 1, -1);
    }

    [Fact]
    public void ErrorKnownLocationQuotesAllLinesOfAStringStatement()
    {
        // CPython: SyntaxError('invalid syntax', 2, 7, '"""a\nb""" +\n', 2, 7), at the NEWLINE token.
        var tokenizer = new Tokenizer("\"\"\"a\nb\"\"\" +", "<f>");
        Token t;
        do
        {
            t = tokenizer.Next();
        }
        while (t.Kind != TokenKind.Newline);

        var e = tokenizer.ErrorKnownLocation(SyntaxErrorKind.SyntaxError, "invalid syntax", t.Lineno, t.ColOffset + 1, t.EndLineno, t.EndColOffset + 1);
        TokenizerErrorTests.AssertError(e, "SyntaxError", "invalid syntax", 2, 7, "\"\"\"a\nb\"\"\" +\n", 2, 7);
    }

    [Theory]
    [InlineData("$\n1 + 'abc", "unterminated string literal (detected at line 2)")]
    [InlineData("$\nx = 1abc", "invalid decimal literal")]
    [InlineData("$\n(", null)]
    [InlineData("(\n$\n", "'(' was never closed")]
    [InlineData("$\nif x:\n  a\n b\n", null)]
    [InlineData("$\nx = \\ 1", null)]
    public void CheckRestForErrorsReportsOnlyWhatCPythonPrefers(string source, string? expected)
    {
        var tokenizer = new Tokenizer(source, "<f>");
        Token t;
        do
        {
            t = tokenizer.Next();
        }
        while (t.Kind != TokenKind.Op);

        if (expected == null)
        {
            tokenizer.CheckRestForErrors();
        }
        else
        {
            var e = Assert.Throws<PythonSyntaxError>(() => tokenizer.CheckRestForErrors());
            Assert.Equal(expected, e.Msg);
        }
    }

    [Fact]
    public void FirstLinenoNumbersLinesForFStringExpressions()
    {
        var tokenizer = new Tokenizer("(1abc)", "<f>", execInput: true, charOffsets: true, firstLineno: 3);
        var e = TokenizerErrorTests.FirstError(tokenizer);
        TokenizerErrorTests.AssertError(e, "SyntaxError", "invalid decimal literal", 3, 2, "(1abc)", 3, 2);
    }
}
