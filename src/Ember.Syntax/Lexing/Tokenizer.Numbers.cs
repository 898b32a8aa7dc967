namespace Ember.Syntax.Lexing;

public sealed partial class Tokenizer
{
    // tok_decimal_tail's failure value (CPython uses 0, which a character can be here).
    private const int NumberError = -2;

    /// <summary>Where <see cref="DecimalRest"/> resumes: the labels of CPython's number scanner.</summary>
    private enum NumberPart
    {
        /// <summary>After the integer digits; the character read is the one following them.</summary>
        Integer,

        /// <summary>After a '.'; the character read is the first of the fraction (<c>fraction:</c>).</summary>
        Fraction,

        /// <summary>The character read is 'e' or 'E' (<c>exponent:</c>).</summary>
        Exponent,

        /// <summary>The character read is 'j' or 'J' (<c>imaginary:</c>).</summary>
        Imaginary,
    }

    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    private static bool IsHexDigit(int c) => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    /// <summary>A number literal; <paramref name="c"/> is its first digit, already read.</summary>
    private TokenKind ScanNumber(int c)
    {
        if (c != '0')
        {
            c = DecimalTail();
            return c == NumberError ? TokenKind.ErrorToken : DecimalRest(c, NumberPart.Integer);
        }

        c = NextC();
        if (c == 'x' || c == 'X')
        {
            c = NextC();
            do
            {
                if (c == '_')
                {
                    c = NextC();
                }

                if (!IsHexDigit(c))
                {
                    Backup(c);
                    return SyntaxErrorHere("invalid hexadecimal literal");
                }

                do
                {
                    c = NextC();
                }
                while (IsHexDigit(c));
            }
            while (c == '_');

            if (!VerifyEndOfNumber(c, "hexadecimal"))
            {
                return TokenKind.ErrorToken;
            }
        }
        else if (c == 'o' || c == 'O')
        {
            c = NextC();
            do
            {
                if (c == '_')
                {
                    c = NextC();
                }

                if (c < '0' || c >= '8')
                {
                    if (IsDigit(c))
                    {
                        return SyntaxErrorHere($"invalid digit '{(char)c}' in octal literal");
                    }

                    Backup(c);
                    return SyntaxErrorHere("invalid octal literal");
                }

                do
                {
                    c = NextC();
                }
                while ('0' <= c && c < '8');
            }
            while (c == '_');

            if (IsDigit(c))
            {
                return SyntaxErrorHere($"invalid digit '{(char)c}' in octal literal");
            }

            if (!VerifyEndOfNumber(c, "octal"))
            {
                return TokenKind.ErrorToken;
            }
        }
        else if (c == 'b' || c == 'B')
        {
            c = NextC();
            do
            {
                if (c == '_')
                {
                    c = NextC();
                }

                if (c != '0' && c != '1')
                {
                    if (IsDigit(c))
                    {
                        return SyntaxErrorHere($"invalid digit '{(char)c}' in binary literal");
                    }

                    Backup(c);
                    return SyntaxErrorHere("invalid binary literal");
                }

                do
                {
                    c = NextC();
                }
                while (c == '0' || c == '1');
            }
            while (c == '_');

            if (IsDigit(c))
            {
                return SyntaxErrorHere($"invalid digit '{(char)c}' in binary literal");
            }

            if (!VerifyEndOfNumber(c, "binary"))
            {
                return TokenKind.ErrorToken;
            }
        }
        else
        {
            // Maybe an old-style octal; in any case '0' itself (and 00, 0_0) is allowed.
            bool nonzero = false;
            while (true)
            {
                if (c == '_')
                {
                    c = NextC();
                    if (!IsDigit(c))
                    {
                        Backup(c);
                        return SyntaxErrorHere("invalid decimal literal");
                    }
                }

                if (c != '0')
                {
                    break;
                }

                c = NextC();
            }

            int zerosEnd = _cur;
            if (IsDigit(c))
            {
                nonzero = true;
                c = DecimalTail();
                if (c == NumberError)
                {
                    return TokenKind.ErrorToken;
                }
            }

            if (c == '.')
            {
                return DecimalRest(NextC(), NumberPart.Fraction);
            }

            if (c == 'e' || c == 'E')
            {
                return DecimalRest(c, NumberPart.Exponent);
            }

            if (c == 'j' || c == 'J')
            {
                return DecimalRest(c, NumberPart.Imaginary);
            }

            if (nonzero)
            {
                Backup(c);
                return SyntaxErrorRange(
                    ByteColumn(_lineStart, _start) + 1,
                    ByteColumn(_lineStart, zerosEnd),
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
            }

            if (!VerifyEndOfNumber(c, "decimal"))
            {
                return TokenKind.ErrorToken;
            }
        }

        Backup(c);
        _pStart = _start;
        _pEnd = _cur;
        return TokenKind.Number;
    }

    /// <summary>The fraction, exponent and imaginary suffix of a decimal literal.</summary>
    private TokenKind DecimalRest(int c, NumberPart part)
    {
        switch (part)
        {
            case NumberPart.Integer:
                if (c == '.')
                {
                    c = NextC();
                    goto case NumberPart.Fraction;
                }

                break;
            case NumberPart.Fraction:
                if (IsDigit(c))
                {
                    c = DecimalTail();
                    if (c == NumberError)
                    {
                        return TokenKind.ErrorToken;
                    }
                }

                break;
            case NumberPart.Exponent:
                break;
            case NumberPart.Imaginary:
                return Imaginary();
        }

        if (c == 'e' || c == 'E')
        {
            int e = c;
            c = NextC();
            if (c == '+' || c == '-')
            {
                c = NextC();
                if (!IsDigit(c))
                {
                    Backup(c);
                    return SyntaxErrorHere("invalid decimal literal");
                }
            }
            else if (!IsDigit(c))
            {
                // Not an exponent after all: the number ends before the 'e'.
                Backup(c);
                if (!VerifyEndOfNumber(e, "decimal"))
                {
                    return TokenKind.ErrorToken;
                }

                Backup(e);
                _pStart = _start;
                _pEnd = _cur;
                return TokenKind.Number;
            }

            c = DecimalTail();
            if (c == NumberError)
            {
                return TokenKind.ErrorToken;
            }
        }

        if (c == 'j' || c == 'J')
        {
            return Imaginary();
        }

        if (!VerifyEndOfNumber(c, "decimal"))
        {
            return TokenKind.ErrorToken;
        }

        Backup(c);
        _pStart = _start;
        _pEnd = _cur;
        return TokenKind.Number;
    }

    private TokenKind Imaginary()
    {
        int c = NextC();
        if (!VerifyEndOfNumber(c, "imaginary"))
        {
            return TokenKind.ErrorToken;
        }

        Backup(c);
        _pStart = _start;
        _pEnd = _cur;
        return TokenKind.Number;
    }

    /// <summary>tok_decimal_tail: digits with single underscores between them; returns the character after.</summary>
    private int DecimalTail()
    {
        int c;
        while (true)
        {
            do
            {
                c = NextC();
            }
            while (IsDigit(c));

            if (c != '_')
            {
                break;
            }

            c = NextC();
            if (!IsDigit(c))
            {
                Backup(c);
                SyntaxErrorHere("invalid decimal literal");
                return NumberError;
            }
        }

        return c;
    }

    /// <summary>
    /// verify_end_of_number: a number directly followed by a name character is an
    /// error, except before the keywords that may follow a number in valid code
    /// (and, else, for, if, in, is, not, or), which 3.11 only warns about.
    /// </summary>
    private bool VerifyEndOfNumber(int c, string kind)
    {
        bool r = c switch
        {
            'a' => Lookahead("nd"),
            'e' => Lookahead("lse"),
            'f' => Lookahead("or"),
            'i' => PeekIsAny('f', 'n', 's'),
            'o' => Lookahead("r"),
            'n' => Lookahead("ot"),
            _ => false,
        };

        if (r)
        {
            Backup(c);
            string message = $"invalid {kind} literal";
            if (SyntaxWarning != null && SyntaxWarning(message, _lineno))
            {
                SyntaxErrorHere(message);
                return false;
            }

            NextC();
        }
        else if (c != Eof && CharInfo.IsPotentialIdentifierChar((char)c))
        {
            Backup(c);
            SyntaxErrorHere($"invalid {kind} literal");
            return false;
        }

        return true;
    }

    private bool PeekIsAny(char a, char b, char c)
    {
        int c2 = NextC();
        Backup(c2);
        return c2 == a || c2 == b || c2 == c;
    }

    /// <summary>lookahead: do the next characters spell <paramref name="test"/> followed by a non-name character?</summary>
    private bool Lookahead(string test)
    {
        int matched = 0;
        while (true)
        {
            int c = NextC();
            if (matched == test.Length)
            {
                bool res = c == Eof || !CharInfo.IsPotentialIdentifierChar((char)c);
                Backup(c);
                _cur -= matched;
                return res;
            }

            if (c == test[matched])
            {
                matched++;
                continue;
            }

            Backup(c);
            _cur -= matched;
            return false;
        }
    }
}
