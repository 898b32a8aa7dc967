using System.Text;
using Ember.Syntax.Ast;
using Ember.Syntax.Lexing;

namespace Ember.Syntax.Parsing;

/// <summary>
/// Builds the value of a run of adjacent string literals when an f-string is among
/// them: CPython 3.11's <c>FstringParser</c> (Parser/string_parser.c). Literal text
/// accumulates until an expression needs a node; each replacement field's expression
/// is parsed by the real parser from the text "(" + expression + ")" with positions
/// shifted onto the source. Node positions copy CPython's, including its oddities:
/// every Constant and FormattedValue spans the whole run of literals, while a
/// format spec's JoinedStr (and a trailing literal inside it) spans only its own token.
/// </summary>
internal sealed class FStringParser
{
    // CPython's MAXLEVEL in string_parser.c.
    private const int MaxParenLevel = 200;

    private readonly Parser _parser;
    private readonly Token _first;
    private readonly Token _last;
    private ExprLocator? _locator;
    private List<ExprNode>? _exprList;
    private StringBuilder? _lastStr;
    private bool _fmode;

    public FStringParser(Parser parser, in Token first, in Token last)
        : this(parser, first, last, null)
    {
    }

    private FStringParser(Parser parser, in Token first, in Token last, ExprLocator? locator)
    {
        _parser = parser;
        _first = first;
        _last = last;
        _locator = locator;
    }

    /// <summary>Appends decoded literal text (CPython's <c>_PyPegen_FstringParser_ConcatAndDel</c>).</summary>
    public void ConcatString(string s)
    {
        if (s.Length == 0)
        {
            return;
        }

        (_lastStr ??= new StringBuilder()).Append(s);
    }

    /// <summary>Parses the f-string token <paramref name="t"/> whose body is <c>text[start..end)</c>.</summary>
    public void ConcatFString(string text, int start, int end, bool raw, in Token t)
    {
        (_locator ??= new ExprLocator()).Reset(text, t);
        int pos = start;
        ConcatFString(text, ref pos, end, raw, 0, t);
    }

    /// <summary>The node for everything concatenated (CPython's <c>_PyPegen_FstringParser_Finish</c>).</summary>
    public ExprNode Finish() => Finish(_first, _last);

    private ExprNode Finish(in Token first, in Token last)
    {
        if (!_fmode)
        {
            _lastStr ??= new StringBuilder();
            return MakeStrNode(first, last);
        }

        _exprList ??= new List<ExprNode>();
        if (_lastStr != null)
        {
            _exprList.Add(MakeStrNode(first, last));
        }

        return new JoinedStr(_exprList, first.Lineno, first.ColOffset, last.EndLineno, last.EndColOffset);
    }

    private Constant MakeStrNode(in Token first, in Token last)
    {
        var value = _lastStr!.ToString();
        _lastStr = null;

        // Only a lowercase 'u' opening the first token makes kind "u", as in CPython.
        var kind = first.Text[0] == 'u' ? "u" : null;
        return new Constant(SurrogateMarks.Finish(value), kind, first.Lineno, first.ColOffset, last.EndLineno, last.EndColOffset);
    }

    private void ConcatFString(string text, ref int pos, int end, bool raw, int recurseLevel, in Token t)
    {
        _fmode = true;
        while (true)
        {
            bool doubledBrace = FindLiteral(text, ref pos, end, raw, recurseLevel, out var literal);
            if (literal != null)
            {
                ConcatString(literal);
            }

            if (doubledBrace)
            {
                continue;
            }

            if (pos >= end || text[pos] == '}')
            {
                break;
            }

            var expression = FindExpr(text, ref pos, end, raw, recurseLevel, t, out var exprText);
            if (exprText != null)
            {
                ConcatString(exprText);
            }

            _exprList ??= new List<ExprNode>();
            if (_lastStr != null)
            {
                _exprList.Add(MakeStrNode(_first, _last));
            }

            _exprList.Add(expression);
        }

        if (recurseLevel == 0 && pos < end - 1)
        {
            throw _parser.ErrorAtLastToken("f-string: unexpected end of string");
        }

        if (recurseLevel != 0 && (pos >= end || text[pos] != '}'))
        {
            throw _parser.ErrorAtLastToken("f-string: expecting '}'");
        }
    }

    /// <summary>
    /// CPython's <c>fstring_find_literal</c>: the literal text up to an expression's
    /// '{' (or a format spec's closing '}'), decoded. Returns true after a doubled brace at
    /// the top level (one brace is kept in the literal): scanning then goes on.
    /// </summary>
    private bool FindLiteral(string text, ref int pos, int end, bool raw, int recurseLevel, out string? literal)
    {
        int s = pos;
        int literalStart = s;
        bool doubledBrace = false;
        literal = null;
        while (s < end)
        {
            char ch = text[s++];
            if (!raw && ch == '\\' && s < end)
            {
                ch = text[s++];
                if (ch == 'N')
                {
                    // Skip "\N{name}" so its braces are not taken for a replacement field.
                    if (s < end && text[s++] == '{')
                    {
                        while (s < end && text[s++] != '}')
                        {
                        }
                    }

                    continue;
                }
            }

            if (ch is '{' or '}')
            {
                if (recurseLevel == 0)
                {
                    if (s < end && text[s] == ch)
                    {
                        pos = s + 1;
                        doubledBrace = true;
                        goto Done;
                    }

                    if (ch == '}')
                    {
                        throw _parser.ErrorAtLastToken("f-string: single '}' is not allowed");
                    }
                }

                s--;
                break;
            }
        }

        pos = s;

    Done:
        if (literalStart != s)
        {
            literal = raw ? SurrogateMarks.EscapeText(text.Substring(literalStart, s - literalStart)) : StringLiterals.DecodeStrPart(_parser, text, literalStart, s);
        }

        return doubledBrace;
    }

    /// <summary>
    /// CPython's <c>fstring_find_expr</c>: the replacement field starting at the '{' at
    /// <paramref name="pos"/>. Sets <paramref name="exprText"/> to the "expr=" text of a
    /// self-documenting field.
    /// </summary>
    private FormattedValue FindExpr(string text, ref int pos, int end, bool raw, int recurseLevel, in Token t, out string? exprText)
    {
        exprText = null;
        if (recurseLevel >= 2)
        {
            throw _parser.ErrorAtLastToken("f-string: expressions nested too deeply");
        }

        pos++;
        int exprStart = pos;
        char quoteChar = '\0';
        int stringType = 0;
        int depth = 0;
        Span<char> parens = stackalloc char[MaxParenLevel];
        for (; pos < end; pos++)
        {
            char ch = text[pos];
            if (ch == '\\')
            {
                throw _parser.ErrorAtLastToken("f-string expression part cannot include a backslash");
            }

            if (quoteChar != '\0')
            {
                // Inside a string in the expression: only look for its end.
                if (ch == quoteChar)
                {
                    if (stringType == 3)
                    {
                        if (pos + 2 < end && text[pos + 1] == ch && text[pos + 2] == ch)
                        {
                            pos += 2;
                            stringType = 0;
                            quoteChar = '\0';
                        }
                    }
                    else
                    {
                        stringType = 0;
                        quoteChar = '\0';
                    }
                }

                continue;
            }

            switch (ch)
            {
                case '\'' or '"':
                    if (pos + 2 < end && text[pos + 1] == ch && text[pos + 2] == ch)
                    {
                        stringType = 3;
                        pos += 2;
                    }
                    else
                    {
                        stringType = 1;
                    }

                    quoteChar = ch;
                    continue;
                case '[' or '{' or '(':
                    if (depth >= MaxParenLevel)
                    {
                        throw _parser.ErrorAtLastToken("f-string: too many nested parenthesis");
                    }

                    parens[depth++] = ch;
                    continue;
                case '#':
                    throw _parser.ErrorAtLastToken("f-string expression part cannot include '#'");
                case ']' or '}' or ')' when depth > 0 || ch != '}':
                {
                    if (depth == 0)
                    {
                        throw _parser.ErrorAtLastToken("f-string: unmatched '" + ch + "'");
                    }

                    char opening = parens[--depth];
                    if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}')))
                    {
                        throw _parser.ErrorAtLastToken("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '" + opening + "'");
                    }

                    continue;
                }
            }

            if (depth == 0 && ch is '!' or ':' or '}' or '=' or '>' or '<')
            {
                // "!=", "==", "<=" and ">=" are operators, not the end of the expression.
                if (pos + 1 < end && text[pos + 1] == '=' && ch != ':' && ch != '}')
                {
                    pos++;
                    continue;
                }

                if (ch is '>' or '<')
                {
                    continue;
                }

                break;
            }
        }

        int exprEnd = pos;
        if (quoteChar != '\0')
        {
            throw _parser.ErrorAtLastToken("f-string: unterminated string");
        }

        if (depth != 0)
        {
            throw _parser.ErrorAtLastToken("f-string: unmatched '" + parens[depth - 1] + "'");
        }

        if (pos >= end)
        {
            throw ExpectingBrace();
        }

        // The expression is parsed first, so its errors come before those of the
        // conversion or format spec.
        var expression = CompileExpr(text, exprStart, exprEnd, t);

        if (text[pos] == '=')
        {
            pos++;
            while (pos < end && text[pos] is ' ' or '\t' or '\n' or '\r' or '\v' or '\f')
            {
                pos++;
            }

            if (pos >= end)
            {
                throw ExpectingBrace();
            }

            exprText = SurrogateMarks.EscapeText(text.Substring(exprStart, pos - exprStart));
        }

        int conversion = -1;
        if (text[pos] == '!')
        {
            pos++;
            if (pos >= end)
            {
                throw ExpectingBrace();
            }

            conversion = text[pos++];
            if (conversion is not ('s' or 'r' or 'a'))
            {
                throw _parser.ErrorAtLastToken("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }

        ExprNode? formatSpec = null;
        if (pos < end && text[pos] == ':')
        {
            pos++;
            if (pos >= end)
            {
                throw ExpectingBrace();
            }

            var spec = new FStringParser(_parser, _first, _last, _locator);
            spec.ConcatFString(text, ref pos, end, raw, recurseLevel + 1, t);
            formatSpec = spec.Finish(t, t);
        }

        if (pos >= end || text[pos] != '}')
        {
            throw ExpectingBrace();
        }

        pos++;

        // "{x=}" with neither conversion nor format spec shows the repr.
        if (exprText != null && formatSpec == null && conversion == -1)
        {
            conversion = 'r';
        }

        return new FormattedValue(expression, conversion, formatSpec, _first.Lineno, _first.ColOffset, _last.EndLineno, _last.EndColOffset);
    }

    private Diagnostics.PythonSyntaxError ExpectingBrace() => _parser.ErrorAtLastToken("f-string: expecting '}'");

    /// <summary>
    /// CPython's <c>fstring_compile_expr</c>: parses <c>text[start..end)</c> wrapped in
    /// parentheses, with positions shifted so the nodes point into the source.
    /// </summary>
    private ExprNode CompileExpr(string text, int start, int end, in Token t)
    {
        int s = start;
        while (s < end && text[s] is ' ' or '\t' or '\n' or '\f')
        {
            s++;
        }

        if (s == end)
        {
            char next = text[end];
            if (next is '!' or ':' or '=')
            {
                throw _parser.ErrorAtLastToken("f-string: expression required before '" + next + "'");
            }

            throw _parser.ErrorAtLastToken("f-string: empty expression not allowed");
        }

        _locator!.Locate(start - 1, out int lineDelta, out int colDelta);
        var source = string.Concat("(", text.AsSpan(start, end - start), ")");
        return _parser.ParseFStringExpression(source, lineDelta, colDelta);
    }

    /// <summary>
    /// Where an expression's '{' lies in its token, for CPython 3.11's
    /// <c>fstring_find_expr_location</c>: the sub-parser's tokens get the token's line
    /// plus the newlines before the brace, and those on the first line get the brace's
    /// column, measured in UTF-8 bytes from the token start when the brace is on the
    /// token's first line (plus the token's column) and from the line start otherwise;
    /// no column shift when only whitespace follows the brace before a newline.
    /// Braces are visited in increasing order, so the scan is incremental.
    /// </summary>
    private sealed class ExprLocator
    {
        private string _text = string.Empty;
        private Token _token;
        private int _index;
        private int _lines;
        private int _bytesInLine;

        public void Reset(string text, in Token t)
        {
            _text = text;
            _token = t;
            _index = 0;
            _lines = 0;
            _bytesInLine = 0;
        }

        public void Locate(int brace, out int lineDelta, out int colDelta)
        {
            for (; _index < brace; _index++)
            {
                char c = _text[_index];
                if (c == '\n')
                {
                    _lines++;
                    _bytesInLine = 0;
                }
                else
                {
                    // Surrogate halves count two bytes each: four for the pair.
                    _bytesInLine += c < 0x80 ? 1 : c < 0x800 || char.IsSurrogate(c) ? 2 : 3;
                }
            }

            bool newlineAfterBrace = true;
            for (int i = brace + 1; i < _text.Length && _text[i] != '}' && _text[i] != '\n'; i++)
            {
                if (_text[i] is not (' ' or '\t' or '\f'))
                {
                    newlineAfterBrace = false;
                    break;
                }
            }

            int cols = newlineAfterBrace ? 0 : _bytesInLine;
            lineDelta = _token.Lineno + _lines - 1;
            colDelta = _lines == 0 ? _token.ColOffset + cols : cols;
        }
    }
}
