namespace Ember.Syntax.Lexing;

public sealed partial class Tokenizer
{
    /// <summary>
    /// A string literal; <paramref name="quote"/> was just read and <c>_start</c> is at
    /// its prefix (if any). The token is the whole literal, undecoded; f-strings are
    /// ordinary strings in 3.11.
    /// </summary>
    private TokenKind ScanString(int quote)
    {
        int quoteSize = 1;
        int endQuoteSize = 0;

        // A string token's position is that of its first line (cf. bpo-16806).
        _firstLineno = _lineno;
        _multiLineStart = _lineStart;

        int c = NextC();
        if (c == quote)
        {
            c = NextC();
            if (c == quote)
            {
                quoteSize = 3;
            }
            else
            {
                endQuoteSize = 1;
            }
        }

        if (c != quote)
        {
            Backup(c);
        }

        char q = (char)quote;
        while (endQuoteSize != quoteSize)
        {
            if (endQuoteSize == 0 && _cur < _inp)
            {
                // Skip ordinary characters of the current line in one search.
                int skip = _s.AsSpan(_cur, _inp - _cur).IndexOfAny(q, '\\', '\n');
                _cur = skip < 0 ? _inp : _cur + skip;
            }

            c = NextC();
            if (c == Eof || (quoteSize == 1 && c == '\n'))
            {
                // Report from the start of the literal, on its first line.
                _cur = _start + 1;
                _lineStart = _multiLineStart;
                int detectedAt = _lineno;
                _lineno = _firstLineno;
                if (quoteSize == 3)
                {
                    SyntaxErrorHere($"unterminated triple-quoted string literal (detected at line {detectedAt})");
                    if (c != '\n')
                    {
                        _done = Done.Eofs;
                    }
                }
                else
                {
                    SyntaxErrorHere($"unterminated string literal (detected at line {detectedAt})");
                    if (c != '\n')
                    {
                        _done = Done.Eols;
                    }
                }

                return TokenKind.ErrorToken;
            }

            if (c == quote)
            {
                endQuoteSize++;
            }
            else
            {
                endQuoteSize = 0;
                if (c == '\\')
                {
                    NextC();
                }
            }
        }

        _pStart = _start;
        _pEnd = _cur;
        return TokenKind.String;
    }
}
