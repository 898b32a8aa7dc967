using Ember.Syntax.Diagnostics;

namespace Ember.Syntax.Lexing;

public sealed partial class Tokenizer
{
    /// <summary>
    /// CPython's <c>raise_unclosed_parentheses_error</c>: "'(' was never closed" at
    /// the innermost open bracket.
    /// </summary>
    public PythonSyntaxError UnclosedParenthesisError()
    {
        if (_level == 0)
        {
            throw new InvalidOperationException("no open bracket");
        }

        int lineno = _parenlinenostack![_level - 1];
        int col = _parencolstack![_level - 1];
        return ErrorKnownLocation(
            SyntaxErrorKind.SyntaxError, $"'{_parenstack![_level - 1]}' was never closed", lineno, col + 1, lineno, 0);
    }

    /// <summary>
    /// CPython's <c>_PyPegen_raise_error_known_location</c>: builds the error the
    /// parser reports for a location given as 1-based UTF-8 byte columns (as pegen
    /// passes them: token column + 1; 0 or -1 where CPython passes those). The
    /// quoted text is <see cref="GetLine"/>; the columns become character offsets
    /// within it when the source had an encoding (see <see cref="CharOffsets"/>).
    /// </summary>
    public PythonSyntaxError ErrorKnownLocation(SyntaxErrorKind kind, string message, int lineno, int colOffset, int endLineno, int endColOffset)
    {
        string? line = ErrorLine(lineno);
        int col = colOffset;
        int endCol = endColOffset;
        if (_charOffsets)
        {
            col = ByteOffsetToCharOffset(line, colOffset);
            if (endCol > 0)
            {
                endCol = ByteOffsetToCharOffset(line, endCol);
            }
        }

        return new PythonSyntaxError(kind, message, _filename, lineno, col, line, endLineno, endCol);
    }

    /// <summary>
    /// CPython's <c>_PyPegen_raise_error</c> for a token (RAISE_SYNTAX_ERROR and
    /// RAISE_INDENTATION_ERROR use the last token read): a token without a known
    /// column (INDENT, DEDENT, ENDMARKER, error tokens) is located at the
    /// tokenizer's current position.
    /// </summary>
    public PythonSyntaxError ErrorAtToken(SyntaxErrorKind kind, string message, in Token token)
    {
        int col;
        if (token.ColOffset == -1)
        {
            col = UnknownPositionColumn;
        }
        else
        {
            col = token.ColOffset + 1;
        }

        int endCol = token.EndColOffset != -1 ? token.EndColOffset + 1 : -1;
        return ErrorKnownLocation(kind, message, token.Lineno, col, token.EndLineno, endCol);
    }

    /// <summary>
    /// CPython's <c>_PyPegen_byte_offset_to_character_offset</c>: the number of
    /// characters of <paramref name="line"/> that start within its first
    /// <paramref name="byteOffset"/> UTF-8 bytes; one past the end counts the
    /// terminating NUL as a character.
    /// </summary>
    public static int ByteOffsetToCharOffset(string? line, int byteOffset)
    {
        if (line == null || byteOffset <= 0)
        {
            return byteOffset < 0 ? 0 : byteOffset;
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

        return bytes < byteOffset ? chars + 1 : chars;
    }

    /// <summary>
    /// The exception for the error token just read: pegen's <c>tokenizer_error</c>
    /// and <c>raise_decode_error</c>, or the error the tokenizer raised itself.
    /// </summary>
    private PythonSyntaxError TokenizerError()
    {
        if (_error != null)
        {
            return _error;
        }

        switch (_done)
        {
            case Done.Eof:
                return _level > 0
                    ? UnclosedParenthesisError()
                    : ErrorAtToken(SyntaxErrorKind.SyntaxError, "unexpected EOF while parsing", _lastToken);
            case Done.Dedent:
                return ErrorAtToken(SyntaxErrorKind.IndentationError, "unindent does not match any outer indentation level", _lastToken);
            case Done.TabSpace:
                return ErrorKnownLocation(SyntaxErrorKind.TabError, "inconsistent use of tabs and spaces in indentation", _lineno, 1, _lineno, 0);
            case Done.TooDeep:
                return ErrorKnownLocation(SyntaxErrorKind.IndentationError, "too many levels of indentation", _lineno, 1, _lineno, 0);
            case Done.LineCont:
                {
                    // CPython reads bytes: it stops one byte into the offending character.
                    int col = ByteColumn(_buf, _cur - 1);
                    return ErrorKnownLocation(
                        SyntaxErrorKind.SyntaxError,
                        "unexpected character after line continuation character",
                        _lineno,
                        (col >= 0 ? col : 0) + 1,
                        _lineno,
                        0);
                }

            case Done.Decode:
                return ErrorAtToken(SyntaxErrorKind.SyntaxError, "(unicode error) " + _decodeError, _lastToken);
            default:
                return ErrorKnownLocation(SyntaxErrorKind.SyntaxError, "unknown parsing error", _lineno, 1, _lineno, 0);
        }
    }

    /// <summary>CPython's tokenizer <c>syntaxerror</c>: located just before the current position.</summary>
    private TokenKind SyntaxErrorHere(string message) => SyntaxErrorRange(-1, -1, message);

    /// <summary>
    /// <c>_syntaxerror_range</c>: the offsets are character counts up to the current
    /// position unless given (given ones are used as they are, in bytes as CPython does);
    /// the text is the current line without its newline.
    /// </summary>
    private TokenKind SyntaxErrorRange(int colOffset, int endColOffset, string message)
    {
        if (colOffset == -1)
        {
            colOffset = CharacterCount(_lineStart, _cur);
        }

        if (endColOffset == -1)
        {
            endColOffset = colOffset;
        }

        int lineEnd = _s.IndexOf('\n', _lineStart);
        if (lineEnd < 0)
        {
            lineEnd = _s.Length;
        }

        string text = DisplayText(_lineStart, lineEnd - _lineStart != _cur - _lineStart ? lineEnd : _cur);
        _error = new PythonSyntaxError(SyntaxErrorKind.SyntaxError, message, _filename, _lineno, colOffset, text, _lineno, endColOffset);
        _done = Done.Error;
        return TokenKind.ErrorToken;
    }

    /// <summary>The number of characters Python sees in a slice of the source (escaped invalid bytes decode to U+FFFD).</summary>
    private int CharacterCount(int from, int to)
    {
        if (to <= from)
        {
            return 0;
        }

        var span = _s.AsSpan(from, to - from);
        if (!span.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return span.Length;
        }

        string text = SourceDecoder.ReplaceEscapedBytes(span);
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    /// <summary>A slice of the source as CPython shows it in an error (invalid bytes as U+FFFD).</summary>
    private string DisplayText(int from, int to)
    {
        var span = _s.AsSpan(from, to - from);
        return SourceDecoder.ContainsEscapedBytes(span) ? SourceDecoder.ReplaceEscapedBytes(span) : span.ToString();
    }
}
