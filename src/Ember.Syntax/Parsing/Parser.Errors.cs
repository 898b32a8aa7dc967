using System.Diagnostics.CodeAnalysis;
using Ember.Syntax.Ast;
using Ember.Syntax.Diagnostics;
using Ember.Syntax.Lexing;

namespace Ember.Syntax.Parsing;

/// <summary>
/// Building syntax errors the way CPython's pegen does (Parser/pegen_errors.c):
/// positions arrive as UTF-8 byte columns and leave as 1-based character offsets
/// within the quoted source line.
/// </summary>
public sealed partial class Parser
{
    /// <summary>
    /// CPython's <c>_PyPegen_raise_error_known_location</c>: <paramref name="colOffset"/> and
    /// <paramref name="endColOffset"/> are 0-based byte columns (-1 when unknown).
    /// </summary>
    internal PythonSyntaxError ErrorAt(SyntaxErrorKind kind, string message, int lineno, int colOffset, int endLineno, int endColOffset)
    {
        var line = _tokenizer.GetLine(lineno);
        int offset = colOffset < 0 ? 0 : ByteToCharOffset(line, colOffset) + 1;
        int endOffset;
        if (endColOffset < 0)
        {
            endOffset = -1;
        }
        else if (endLineno == lineno)
        {
            endOffset = ByteToCharOffset(line, endColOffset) + 1;
        }
        else
        {
            endOffset = ByteToCharOffset(_tokenizer.GetLine(endLineno), endColOffset) + 1;
        }

        return new PythonSyntaxError(kind, message, _filename, lineno, offset, line, endLineno, endOffset);
    }

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token, msg).</summary>
    internal PythonSyntaxError ErrorAtToken(in Token t, string message, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError) =>
        ErrorAt(kind, message, t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset);

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node, msg).</summary>
    internal PythonSyntaxError ErrorAtNode(LocatedNode n, string message) =>
        ErrorAt(SyntaxErrorKind.SyntaxError, message, n.Lineno, n.ColOffset, n.EndLineno, n.EndColOffset);

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg): from a's start to b's end.</summary>
    internal PythonSyntaxError ErrorRange(int lineno, int colOffset, int endLineno, int endColOffset, string message) =>
        ErrorAt(SyntaxErrorKind.SyntaxError, message, lineno, colOffset, endLineno, endColOffset);

    /// <summary>RAISE_SYNTAX_ERROR_STARTING_FROM(node, msg): from the node's start, end unknown.</summary>
    internal PythonSyntaxError ErrorStartingFrom(int lineno, int colOffset, string message) =>
        ErrorAt(SyntaxErrorKind.SyntaxError, message, lineno, colOffset, lineno, -1);

    /// <summary>
    /// RAISE_SYNTAX_ERROR(msg) with no location: CPython uses the last token read
    /// (<c>p->tokens[p->fill-1]</c>).
    /// </summary>
    internal PythonSyntaxError ErrorAtLastToken(string message, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        if (_fill == 0)
        {
            return ErrorAt(kind, message, 0, 0, 0, -1);
        }

        ref readonly var t = ref _tokens[_fill - 1];
        return ErrorAt(kind, message, t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset);
    }

    /// <summary>
    /// Raised after the second pass found nothing specific (CPython's
    /// <c>_Pypegen_set_syntax_error</c>).
    /// </summary>
    [DoesNotReturn]
    private void SetGenericSyntaxError(in Token lastToken)
    {
        if (lastToken.Kind == TokenKind.ErrorToken && _tokenizer.AtEof)
        {
            if (_tokenizer.Level > 0)
            {
                throw _tokenizer.UnclosedParenthesisError();
            }

            throw ErrorAtLastToken("unexpected EOF while parsing");
        }

        if (lastToken.Kind is TokenKind.Indent or TokenKind.Dedent)
        {
            throw ErrorAtLastToken(lastToken.Kind == TokenKind.Indent ? "unexpected indent" : "unexpected unindent", SyntaxErrorKind.IndentationError);
        }

        var error = ErrorAtToken(lastToken, "invalid syntax");

        // A tokenizer error further on (an unclosed bracket, a bad literal) wins
        // over the generic message, as in CPython.
        _tokenizer.CheckRestForErrors();
        throw error;
    }

    /// <summary>
    /// CPython's <c>_PyPegen_byte_offset_to_character_offset</c>: the number of
    /// characters in the first <paramref name="byteOffset"/> UTF-8 bytes of the line.
    /// </summary>
    internal static int ByteToCharOffset(string? line, int byteOffset)
    {
        if (line == null)
        {
            return byteOffset;
        }

        int bytes = 0;
        int chars = 0;
        for (int i = 0; i < line.Length; i++)
        {
            if (bytes >= byteOffset)
            {
                return chars;
            }

            char c = line[i];
            if (c < 0x80)
            {
                bytes += 1;
            }
            else if (c < 0x800)
            {
                bytes += 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                bytes += 4;
                i++;
            }
            else
            {
                bytes += 3;
            }

            chars++;
        }

        return chars + (byteOffset - bytes > 0 ? byteOffset - bytes : 0);
    }
}
