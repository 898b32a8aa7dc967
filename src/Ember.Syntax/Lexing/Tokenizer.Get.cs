namespace Ember.Syntax.Lexing;

public sealed partial class Tokenizer
{
    // The text of the NAME token tok_get just produced (normalized and interned).
    private string? _nameText;

    /// <summary>
    /// CPython's <c>tok_get</c>: scans one token, leaving its bounds in
    /// <see cref="_pStart"/>/<see cref="_pEnd"/> (-1 when CPython reports none,
    /// as for INDENT, DEDENT, ENDMARKER and errors).
    /// </summary>
    private TokenKind TokGet()
    {
        _pStart = _pEnd = -1;
        int c;
        bool blankline;

    nextline:
        _start = -1;
        blankline = false;

        if (_atbol && !ReadIndentation(out blankline))
        {
            return TokenKind.ErrorToken;
        }

        _start = _cur;

        if (_pendin != 0)
        {
            if (_pendin < 0)
            {
                _pendin++;
                return TokenKind.Dedent;
            }

            _pendin--;
            return TokenKind.Indent;
        }

    again:
        _start = -1;
        do
        {
            c = NextC();
        }
        while (c == ' ' || c == '\t' || c == '\f');

        _start = _cur - 1;

        if (c == '#')
        {
            // Skip the comment up to the newline (or the end of input).
            int nl = _s.IndexOf('\n', _cur, _inp - _cur);
            if (nl >= 0)
            {
                _cur = nl + 1;
                c = '\n';
            }
            else
            {
                _cur = _inp;
                c = NextC();
                while (c != Eof && c != '\n')
                {
                    c = NextC();
                }
            }
        }

        if (c == Eof)
        {
            if (_level > 0)
            {
                return TokenKind.ErrorToken;
            }

            return _done == Done.Eof ? TokenKind.EndMarker : TokenKind.ErrorToken;
        }

        if (CharInfo.IsPotentialIdentifierStart((char)c))
        {
            return ScanNameOrPrefixedString(c);
        }

        if (c == '\n')
        {
            _atbol = true;
            if (blankline || _level > 0)
            {
                goto nextline;
            }

            _pStart = _start;
            _pEnd = _cur - 1;
            return TokenKind.Newline;
        }

        if (c == '.')
        {
            c = NextC();
            if ((uint)(c - '0') <= 9)
            {
                return DecimalRest(c, NumberPart.Fraction);
            }

            if (c == '.')
            {
                c = NextC();
                if (c == '.')
                {
                    _pStart = _start;
                    _pEnd = _cur;
                    return TokenKind.Ellipsis;
                }

                Backup(c);
                Backup('.');
            }
            else
            {
                Backup(c);
            }

            _pStart = _start;
            _pEnd = _cur;
            return TokenKind.Dot;
        }

        if ((uint)(c - '0') <= 9)
        {
            return ScanNumber(c);
        }

        if (c == '\'' || c == '"')
        {
            return ScanString(c);
        }

        if (c == '\\')
        {
            if (ContinuationLine() == -1)
            {
                return TokenKind.ErrorToken;
            }

            goto again;
        }

        return ScanOperator(c);
    }

    /// <summary>
    /// Measures the indentation at the beginning of a line and queues INDENT or
    /// DEDENT tokens (CPython's <c>atbol</c> block, with its alternate tab size 1
    /// consistency check). False when that is an error (<c>_done</c> says which).
    /// </summary>
    private bool ReadIndentation(out bool blankline)
    {
        int col = 0;
        int altcol = 0;
        int contLineCol = 0;
        int c;
        blankline = false;
        _atbol = false;
        while (true)
        {
            c = NextC();
            if (c == ' ')
            {
                col++;
                altcol++;
            }
            else if (c == '\t')
            {
                col = (col / TabSize + 1) * TabSize;
                altcol = (altcol / AltTabSize + 1) * AltTabSize;
            }
            else if (c == '\f')
            {
                col = altcol = 0;
            }
            else if (c == '\\')
            {
                // The first backslash continuation fixes the indentation of what follows.
                contLineCol = contLineCol != 0 ? contLineCol : col;
                c = ContinuationLine();
                if (c == -1)
                {
                    return false;
                }
            }
            else
            {
                break;
            }
        }

        Backup(c);
        if (c == '#' || c == '\n')
        {
            // Lines with only whitespace and/or a comment do not affect indentation.
            blankline = true;
        }

        if (blankline || _level != 0)
        {
            return true;
        }

        if (contLineCol != 0)
        {
            col = contLineCol;
            altcol = contLineCol;
        }

        if (col == _indstack[_indent])
        {
            if (altcol != _altindstack[_indent])
            {
                return IndentError();
            }
        }
        else if (col > _indstack[_indent])
        {
            if (_indent + 1 >= MaxIndent)
            {
                _done = Done.TooDeep;
                _cur = _inp;
                return false;
            }

            if (altcol <= _altindstack[_indent])
            {
                return IndentError();
            }

            _pendin++;
            _indstack[++_indent] = col;
            _altindstack[_indent] = altcol;
        }
        else
        {
            while (_indent > 0 && col < _indstack[_indent])
            {
                _pendin--;
                _indent--;
            }

            if (col != _indstack[_indent])
            {
                _done = Done.Dedent;
                _cur = _inp;
                return false;
            }

            if (altcol != _altindstack[_indent])
            {
                return IndentError();
            }
        }

        return true;
    }

    private bool IndentError()
    {
        _done = Done.TabSpace;
        _cur = _inp;
        return false;
    }

    /// <summary>tok_continuation_line: after a backslash, expects the newline and peeks into the next line.</summary>
    private int ContinuationLine()
    {
        int c = NextC();
        if (c != '\n')
        {
            _done = Done.LineCont;
            return -1;
        }

        c = NextC();
        if (c == Eof)
        {
            _done = Done.Eof;
            _cur = _inp;
            return -1;
        }

        Backup(c);
        return c;
    }

    /// <summary>
    /// An identifier, or a string whose prefix (any case of b, r, u, f, br, rb, fr,
    /// rf) was read as the start of one.
    /// </summary>
    private TokenKind ScanNameOrPrefixedString(int c)
    {
        bool sawB = false, sawR = false, sawU = false, sawF = false;
        while (true)
        {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B'))
            {
                sawB = true;
            }
            else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'))
            {
                // u"" is for backwards compatibility only; it combines with nothing.
                sawU = true;
            }
            else if (!(sawR || sawU) && (c == 'r' || c == 'R'))
            {
                sawR = true;
            }
            else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F'))
            {
                sawF = true;
            }
            else
            {
                break;
            }

            c = NextC();
            if (c == '"' || c == '\'')
            {
                return ScanString(c);
            }
        }

        // Fast scan of the rest of the name within the current line.
        bool nonAscii = false;
        if (c != Eof && CharInfo.IsPotentialIdentifierChar((char)c))
        {
            nonAscii = c >= 128;
            string s = _s;
            int i = _cur;
            int inp = _inp;
            while (i < inp)
            {
                char ch = s[i];
                if (ch < 128)
                {
                    if (!CharInfo.IsAsciiIdentifierChar(ch))
                    {
                        break;
                    }
                }
                else
                {
                    nonAscii = true;
                }

                i++;
            }

            _cur = i;
            c = NextC();
            while (c != Eof && CharInfo.IsPotentialIdentifierChar((char)c))
            {
                nonAscii |= c >= 128;
                c = NextC();
            }
        }

        Backup(c);
        if (nonAscii && !VerifyIdentifier())
        {
            return TokenKind.ErrorToken;
        }

        _pStart = _start;
        _pEnd = _cur;
        var span = _s.AsSpan(_start, _cur - _start);
        if (!_nameLookup.TryGetValue(span, out var name))
        {
            // Keyed by the spelling in the source; the value is the NFKC form.
            string spelled = span.ToString();
            name = nonAscii ? CharInfo.NormalizeIdentifier(spelled) : spelled;
            _names.Add(spelled, name);
        }

        _nameText = name;
        return TokenKind.Name;
    }

    /// <summary>
    /// verify_identifier: the name must be PEP 3131 valid; otherwise the error
    /// points just past the first invalid character.
    /// </summary>
    private bool VerifyIdentifier()
    {
        var span = _s.AsSpan(_start, _cur - _start);
        if (SourceDecoder.ContainsEscapedBytes(span))
        {
            _done = Done.Decode;
            _decodeError = SourceDecoder.DescribeUtf8Error(span);
            return false;
        }

        int invalid = CharInfo.ScanIdentifier(span);
        if (invalid >= span.Length)
        {
            return true;
        }

        int cp = CharInfo.CodePointAt(span, invalid, out int width);
        if (invalid + width < span.Length)
        {
            _cur = _start + invalid + width;
        }

        string hex = cp.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        if (CharInfo.IsPrintable(cp))
        {
            SyntaxErrorHere($"invalid character '{char.ConvertFromUtf32(cp)}' (U+{hex})");
        }
        else
        {
            SyntaxErrorHere($"invalid non-printable character U+{hex}");
        }

        return false;
    }

    private TokenKind ScanOperator(int c)
    {
        int c2 = NextC();
        var kind = TwoChars(c, c2);
        if (kind != TokenKind.Op)
        {
            int c3 = NextC();
            var kind3 = ThreeChars(c, c2, c3);
            if (kind3 != TokenKind.Op)
            {
                kind = kind3;
            }
            else
            {
                Backup(c3);
            }

            _pStart = _start;
            _pEnd = _cur;
            return kind;
        }

        Backup(c2);

        switch (c)
        {
            case '(':
            case '[':
            case '{':
                if (_level >= MaxLevel)
                {
                    return SyntaxErrorHere("too many nested parentheses");
                }

                _parenstack ??= new char[MaxLevel];
                _parenlinenostack ??= new int[MaxLevel];
                _parencolstack ??= new int[MaxLevel];
                _parenstack[_level] = (char)c;
                _parenlinenostack[_level] = _lineno;
                _parencolstack[_level] = ByteColumn(_lineStart, _start);
                _level++;
                break;
            case ')':
            case ']':
            case '}':
                if (_level == 0)
                {
                    return SyntaxErrorHere($"unmatched '{(char)c}'");
                }

                _level--;
                char opening = _parenstack![_level];
                if (!(opening == '(' && c == ')' || opening == '[' && c == ']' || opening == '{' && c == '}'))
                {
                    if (_parenlinenostack![_level] != _lineno)
                    {
                        return SyntaxErrorHere(
                            $"closing parenthesis '{(char)c}' does not match opening parenthesis '{opening}' on line {_parenlinenostack[_level]}");
                    }

                    return SyntaxErrorHere($"closing parenthesis '{(char)c}' does not match opening parenthesis '{opening}'");
                }

                break;
        }

        if (c < 128 && !CharInfo.IsPrintable(c))
        {
            string hex = c.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
            return SyntaxErrorHere($"invalid non-printable character U+{hex}");
        }

        _pStart = _start;
        _pEnd = _cur;
        return OneChar(c);
    }

    private static TokenKind OneChar(int c) => c switch
    {
        '%' => TokenKind.Percent,
        '&' => TokenKind.Amper,
        '(' => TokenKind.LPar,
        ')' => TokenKind.RPar,
        '*' => TokenKind.Star,
        '+' => TokenKind.Plus,
        ',' => TokenKind.Comma,
        '-' => TokenKind.Minus,
        '.' => TokenKind.Dot,
        '/' => TokenKind.Slash,
        ':' => TokenKind.Colon,
        ';' => TokenKind.Semi,
        '<' => TokenKind.Less,
        '=' => TokenKind.Equal,
        '>' => TokenKind.Greater,
        '@' => TokenKind.At,
        '[' => TokenKind.LSqb,
        ']' => TokenKind.RSqb,
        '^' => TokenKind.Circumflex,
        '{' => TokenKind.LBrace,
        '|' => TokenKind.VBar,
        '}' => TokenKind.RBrace,
        '~' => TokenKind.Tilde,
        _ => TokenKind.Op,
    };

    private static TokenKind TwoChars(int c1, int c2) => c1 switch
    {
        '!' => c2 == '=' ? TokenKind.NotEqual : TokenKind.Op,
        '%' => c2 == '=' ? TokenKind.PercentEqual : TokenKind.Op,
        '&' => c2 == '=' ? TokenKind.AmperEqual : TokenKind.Op,
        '*' => c2 switch { '*' => TokenKind.DoubleStar, '=' => TokenKind.StarEqual, _ => TokenKind.Op },
        '+' => c2 == '=' ? TokenKind.PlusEqual : TokenKind.Op,
        '-' => c2 switch { '=' => TokenKind.MinEqual, '>' => TokenKind.RArrow, _ => TokenKind.Op },
        '/' => c2 switch { '/' => TokenKind.DoubleSlash, '=' => TokenKind.SlashEqual, _ => TokenKind.Op },
        ':' => c2 == '=' ? TokenKind.ColonEqual : TokenKind.Op,
        '<' => c2 switch
        {
            '<' => TokenKind.LeftShift,
            '=' => TokenKind.LessEqual,
            '>' => TokenKind.NotEqual,
            _ => TokenKind.Op,
        },
        '=' => c2 == '=' ? TokenKind.EqEqual : TokenKind.Op,
        '>' => c2 switch { '=' => TokenKind.GreaterEqual, '>' => TokenKind.RightShift, _ => TokenKind.Op },
        '@' => c2 == '=' ? TokenKind.AtEqual : TokenKind.Op,
        '^' => c2 == '=' ? TokenKind.CircumflexEqual : TokenKind.Op,
        '|' => c2 == '=' ? TokenKind.VBarEqual : TokenKind.Op,
        _ => TokenKind.Op,
    };

    private static TokenKind ThreeChars(int c1, int c2, int c3)
    {
        if (c3 == '=')
        {
            return (c1, c2) switch
            {
                ('*', '*') => TokenKind.DoubleStarEqual,
                ('/', '/') => TokenKind.DoubleSlashEqual,
                ('<', '<') => TokenKind.LeftShiftEqual,
                ('>', '>') => TokenKind.RightShiftEqual,
                _ => TokenKind.Op,
            };
        }

        return c1 == '.' && c2 == '.' && c3 == '.' ? TokenKind.Ellipsis : TokenKind.Op;
    }

    private string OperatorText(TokenKind kind)
    {
        switch (kind)
        {
            case TokenKind.NotEqual:
                // '!=' or '<>' (the parser rejects the latter unless barry_as_FLUFL).
                return _s[_pStart] == '<' ? "<>" : "!=";
            case TokenKind.EndMarker:
            case TokenKind.Newline:
            case TokenKind.Indent:
            case TokenKind.Dedent:
            case TokenKind.ErrorToken:
                return string.Empty;
        }

        return s_operatorText[(int)kind] ?? string.Empty;
    }

    private static readonly string?[] s_operatorText = BuildOperatorText();

    private static string?[] BuildOperatorText()
    {
        var t = new string?[(int)TokenKind.ErrorToken + 1];
        t[(int)TokenKind.LPar] = "(";
        t[(int)TokenKind.RPar] = ")";
        t[(int)TokenKind.LSqb] = "[";
        t[(int)TokenKind.RSqb] = "]";
        t[(int)TokenKind.Colon] = ":";
        t[(int)TokenKind.Comma] = ",";
        t[(int)TokenKind.Semi] = ";";
        t[(int)TokenKind.Plus] = "+";
        t[(int)TokenKind.Minus] = "-";
        t[(int)TokenKind.Star] = "*";
        t[(int)TokenKind.Slash] = "/";
        t[(int)TokenKind.VBar] = "|";
        t[(int)TokenKind.Amper] = "&";
        t[(int)TokenKind.Less] = "<";
        t[(int)TokenKind.Greater] = ">";
        t[(int)TokenKind.Equal] = "=";
        t[(int)TokenKind.Dot] = ".";
        t[(int)TokenKind.Percent] = "%";
        t[(int)TokenKind.LBrace] = "{";
        t[(int)TokenKind.RBrace] = "}";
        t[(int)TokenKind.EqEqual] = "==";
        t[(int)TokenKind.LessEqual] = "<=";
        t[(int)TokenKind.GreaterEqual] = ">=";
        t[(int)TokenKind.Tilde] = "~";
        t[(int)TokenKind.Circumflex] = "^";
        t[(int)TokenKind.LeftShift] = "<<";
        t[(int)TokenKind.RightShift] = ">>";
        t[(int)TokenKind.DoubleStar] = "**";
        t[(int)TokenKind.PlusEqual] = "+=";
        t[(int)TokenKind.MinEqual] = "-=";
        t[(int)TokenKind.StarEqual] = "*=";
        t[(int)TokenKind.SlashEqual] = "/=";
        t[(int)TokenKind.PercentEqual] = "%=";
        t[(int)TokenKind.AmperEqual] = "&=";
        t[(int)TokenKind.VBarEqual] = "|=";
        t[(int)TokenKind.CircumflexEqual] = "^=";
        t[(int)TokenKind.LeftShiftEqual] = "<<=";
        t[(int)TokenKind.RightShiftEqual] = ">>=";
        t[(int)TokenKind.DoubleStarEqual] = "**=";
        t[(int)TokenKind.DoubleSlash] = "//";
        t[(int)TokenKind.DoubleSlashEqual] = "//=";
        t[(int)TokenKind.At] = "@";
        t[(int)TokenKind.AtEqual] = "@=";
        t[(int)TokenKind.RArrow] = "->";
        t[(int)TokenKind.Ellipsis] = "...";
        t[(int)TokenKind.ColonEqual] = ":=";
        return t;
    }
}
