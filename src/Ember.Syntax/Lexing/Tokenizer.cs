using System.Runtime.CompilerServices;
using Ember.Syntax.Diagnostics;

namespace Ember.Syntax.Lexing;

/// <summary>
/// The Python 3.11 tokenizer: a faithful port of CPython's string-mode tokenizer
/// (Parser/tokenizer.c, <c>tok_get</c>) working over a .NET string. It keeps
/// CPython's buffer state (<c>cur</c>, <c>inp</c>, <c>buf</c>, <c>line_start</c>,
/// <c>start</c>) because error locations and the text that syntax errors quote
/// depend on it, and it reproduces how pegen turns tokenizer failures into
/// exceptions (Parser/pegen_errors.c).
/// Columns are UTF-8 byte offsets like CPython's; indexes into the source are
/// UTF-16. Invalid UTF-8 from <see cref="SourceDecoder"/> arrives as lone
/// surrogates U+DC80..U+DCFF (one per byte) and counts as one byte.
/// The partial files hold the token scanners: Tokenizer.Get.cs (the main loop,
/// indentation, operators), Tokenizer.Numbers.cs, Tokenizer.Strings.cs and
/// Tokenizer.Errors.cs (error construction).
/// </summary>
public sealed partial class Tokenizer
{
    private const int Eof = -1;
    private const int TabSize = 8;
    private const int AltTabSize = 1;
    private const int MaxIndent = 100;
    private const int MaxLevel = 200;

    // The source after newline translation (\r\n and \r become \n) with the final
    // newline that CPython adds for exec input.
    private readonly string _s;
    private readonly string _filename;
    private readonly bool _allAscii;

    // pegen converts byte columns to character offsets only when the tokenizer has
    // an encoding: always for str input, for bytes only with a BOM or coding cookie.
    private readonly bool _charOffsets;

    // The number of the first line (1 except for f-string expressions).
    private readonly int _firstLine;

    // tok_state, with -1 for a NULL pointer.
    private int _cur;
    private int _inp;
    private int _buf;
    private int _lineStart;
    private int _start = -1;
    private int _multiLineStart;
    private int _firstLineno;
    private int _lineno;
    private Done _done;
    private bool _atbol = true;
    private int _pendin;
    private int _indent;
    private readonly int[] _indstack = new int[MaxIndent];
    private readonly int[] _altindstack = new int[MaxIndent];
    private int _level;
    private char[]? _parenstack;
    private int[]? _parenlinenostack;
    private int[]? _parencolstack;

    // The token bounds tok_get reports (p_start/p_end), -1 for NULL.
    private int _pStart;
    private int _pEnd;

    // The error raised by the tokenizer itself (CPython's PyErr_Occurred after syntaxerror()).
    private PythonSyntaxError? _error;

    // Message of a UTF-8 decoding failure inside an identifier (E_DECODE).
    private string? _decodeError;

    private Token _lastToken;

    // NAME texts interned per tokenizer: source spelling -> NFKC form.
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;

    // The current line (_lineStart to _inp) is all ASCII: columns are index differences.
    private bool _lineAscii;

    // Incremental UTF-8 column cache for lines with non-ASCII text.
    private int _colLineStart = -1;
    private int _colIndex;
    private int _colBytes;

    /// <summary>Tokenizes exec-mode source, as <c>ast.parse(source)</c> does.</summary>
    public Tokenizer(string source, string filename)
        : this(source, filename, execInput: true, charOffsets: true)
    {
    }

    /// <summary>
    /// Creates a tokenizer. <paramref name="execInput"/> is true for the 'exec'
    /// start rule: CPython then ends the source with a newline if it lacks one
    /// ('eval', 'single' and 'func_type' input is left as it is).
    /// <paramref name="charOffsets"/> is false for bytes source without a BOM or
    /// coding declaration, where CPython 3.11 reports parser error offsets in bytes.
    /// <paramref name="firstLineno"/> numbers the first line, as CPython presets
    /// <c>tok->lineno</c> for the expressions of f-strings (<c>fstring_compile_expr</c>).
    /// </summary>
    public Tokenizer(string source, string filename, bool execInput, bool charOffsets = true, int firstLineno = 1)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Contains('\0'))
        {
            throw new PythonParseFailure("ValueError", "source code string cannot contain null bytes");
        }

        _s = TranslateNewlines(source, execInput);
        _filename = filename;
        _charOffsets = charOffsets;
        _allAscii = !_s.AsSpan().ContainsAnyExceptInRange('\0', '\x7f');
        _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        _pStart = _pEnd = -1;
        _firstLine = firstLineno;
        _lineno = firstLineno - 1;
    }

    /// <summary>CPython's <c>tok->done</c> codes (Include/errcode.h) that matter here.</summary>
    private enum Done : byte
    {
        Ok,
        Eof,
        Error,
        Dedent,
        TabSpace,
        TooDeep,
        LineCont,
        Decode,
        Eofs,
        Eols,
    }

    /// <summary>The source as tokenized (newlines translated); token indexes point into it.</summary>
    public string Source => _s;

    public string Filename => _filename;

    /// <summary>The tokenizer reached the end of the input (CPython's <c>tok->done == E_EOF</c>).</summary>
    public bool AtEof => _done == Done.Eof;

    /// <summary>Current bracket nesting depth.</summary>
    public int Level => _level;

    /// <summary>Whether parser error offsets are converted from bytes to characters (see the constructor).</summary>
    public bool CharOffsets => _charOffsets;

    /// <summary>The last token <see cref="Next"/> returned (CPython's <c>p->tokens[p->fill-1]</c>).</summary>
    public Token LastToken => _lastToken;

    /// <summary>The line the tokenizer is on (<c>tok->lineno</c>), for CPython's CURRENT_POS.</summary>
    public int CurrentLineno => _lineno;

    /// <summary>Where the tokenizer is in its line, in UTF-8 bytes (<c>tok->cur - tok->line_start</c>), for CPython's CURRENT_POS.</summary>
    public int CurrentColumn => ByteColumn(_lineStart, _cur);

    /// <summary>
    /// The 1-based column <c>_PyPegen_raise_error</c> uses for a token without a
    /// position (INDENT, DEDENT, ENDMARKER): the current column, or 0 when the
    /// tokenizer is at the very start of its buffer (<c>tok->cur == tok->buf</c>).
    /// </summary>
    public int UnknownPositionColumn => _cur == _buf ? 0 : CurrentColumn;

    /// <summary>
    /// Called for the SyntaxWarning the tokenizer issues for a number literal
    /// directly followed by a keyword (e.g. <c>1if</c>), with the message and line
    /// number (CPython's <c>parser_warn</c>). Returning true means the warning
    /// was turned into an error (a warnings filter set to "error"): the tokenizer
    /// then raises it as a SyntaxError at the literal's end.
    /// </summary>
    public Func<string, int, bool>? SyntaxWarning { get; set; }

    /// <summary>
    /// The next token. Tokenizer errors are thrown as <see cref="PythonSyntaxError"/>
    /// exactly as CPython's parser reports them when it reads the failing token.
    /// At the end, <see cref="TokenKind.EndMarker"/> is returned again on every call.
    /// </summary>
    public Token Next()
    {
        if (_done > Done.Eof)
        {
            // After an error the tokenizer stays failed, as CPython's parser stops there.
            throw TokenizerError();
        }

        var kind = TokGet();
        var token = MakeToken(kind);
        _lastToken = token;
        if (kind == TokenKind.ErrorToken)
        {
            throw TokenizerError();
        }

        return token;
    }

    /// <summary>
    /// CPython's <c>_PyPegen_tokenize_full_source_to_check_for_errors</c>, called
    /// after a generic "invalid syntax": tokenizes the rest of the input and throws
    /// an error the tokenizer raises on the way; an unclosed bracket counts only if
    /// it was opened before the line of the last token the parser read.
    /// </summary>
    public void CheckRestForErrors() => CheckRestForErrors(_lastToken.Lineno);

    /// <summary>As <see cref="CheckRestForErrors()"/>, with the line of the token the error was reported at.</summary>
    public void CheckRestForErrors(int currentErrorLine)
    {
        while (true)
        {
            var kind = TokGet();
            if (kind == TokenKind.EndMarker)
            {
                return;
            }

            if (kind != TokenKind.ErrorToken)
            {
                continue;
            }

            if (_error != null)
            {
                throw _error;
            }

            if (_done == Done.Decode && _decodeError != null)
            {
                // CPython lets the UnicodeDecodeError itself escape here.
                throw new PythonParseFailure("UnicodeDecodeError", _decodeError);
            }

            if (_level != 0 && currentErrorLine > _parenlinenostack![_level - 1])
            {
                throw UnclosedParenthesisError();
            }

            return;
        }
    }

    /// <summary>
    /// The text CPython quotes for an error on line <paramref name="lineno"/>: while
    /// the tokenizer is still on that line (or before it), the tokenizer's buffer from
    /// the start of the current logical line to the end of the current physical line,
    /// newline included (it spans several lines after a backslash continuation or a
    /// multi-line string); for an earlier line, that line without its newline.
    /// Like CPython, a line number past the end gives the last line read.
    /// </summary>
    public string? GetLine(int lineno)
    {
        if (_lineno <= lineno && _inp > _buf)
        {
            return DisplayText(_buf, _inp);
        }

        // get_error_line_from_tokenizer_buffers: count lines from the start of the input.
        int pos = 0;
        for (int i = _firstLine; i < lineno; i++)
        {
            int nl = _s.IndexOf('\n', pos);
            if (nl < 0 || nl + 1 > _inp)
            {
                break;
            }

            pos = nl + 1;
        }

        int end = _s.IndexOf('\n', pos);
        if (end < 0)
        {
            end = _s.Length;
        }

        return DisplayText(pos, end);
    }

    /// <summary>
    /// translate_newlines: \r\n and \r become \n; exec input gets a final newline.
    /// As in CPython, a final \r\n leaves the scan looking at the terminating NUL,
    /// so one more newline is added after it.
    /// </summary>
    private static string TranslateNewlines(string source, bool execInput)
    {
        string s = source;
        bool endsWithCrLf = s.EndsWith("\r\n", StringComparison.Ordinal);
        if (s.Contains('\r'))
        {
            var chars = new char[s.Length];
            int n = 0;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '\r')
                {
                    chars[n++] = '\n';
                    if (i + 1 < s.Length && s[i + 1] == '\n')
                    {
                        i++;
                    }
                }
                else
                {
                    chars[n++] = c;
                }
            }

            s = new string(chars, 0, n);
        }

        if (execInput && (s.Length == 0 || s[^1] != '\n' || endsWithCrLf))
        {
            s += "\n";
        }

        return s;
    }

    /// <summary>tok_nextc: the next character, reading the next line when the current one is used up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int NextC()
    {
        if (_cur != _inp)
        {
            return _s[_cur++];
        }

        return NextCSlow();
    }

    private int NextCSlow()
    {
        if (_done != Done.Ok)
        {
            return Eof;
        }

        // tok_underflow_string: make the next line available.
        int end = _s.IndexOf('\n', _inp);
        if (end >= 0)
        {
            end++;
        }
        else
        {
            end = _s.Length;
            if (end == _inp)
            {
                _done = Done.Eof;
                _cur = _inp;
                return Eof;
            }
        }

        if (_start < 0)
        {
            _buf = _cur;
        }

        _lineno++;
        _inp = end;
        _lineStart = _cur;
        _lineAscii = _allAscii || !_s.AsSpan(_cur, end - _cur).ContainsAnyExceptInRange('\0', '\x7f');
        return _s[_cur++];
    }

    /// <summary>tok_backup.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Backup(int c)
    {
        if (c != Eof)
        {
            _cur--;
        }
    }

    private Token MakeToken(TokenKind kind)
    {
        // initialize_token: strings start on the line where they opened.
        int lineStart = kind == TokenKind.String ? _multiLineStart : _lineStart;
        int lineno = kind == TokenKind.String ? _firstLineno : _lineno;
        int colOffset = _pStart >= 0 && _pStart >= lineStart ? ByteColumn(lineStart, _pStart) : -1;
        int endColOffset = _pEnd >= 0 && _pEnd >= _lineStart ? ByteColumn(_lineStart, _pEnd) : -1;
        int start = _pStart >= 0 ? _pStart : _cur;
        int end = _pEnd >= 0 ? _pEnd : start;
        string text = kind switch
        {
            TokenKind.Name => _nameText!,
            TokenKind.Number => InternNumber(start, end),
            TokenKind.String or TokenKind.Op => _s.Substring(start, end - start),
            _ => OperatorText(kind),
        };
        return new Token(kind, text, lineno, colOffset, _lineno, endColOffset, start, end);
    }

    // Small literals such as 0 and 1 repeat a lot; they share the name table
    // (a number never looks like a name).
    private string InternNumber(int start, int end)
    {
        var span = _s.AsSpan(start, end - start);
        if (!_nameLookup.TryGetValue(span, out var text))
        {
            text = span.ToString();
            _names.Add(text, text);
        }

        return text;
    }

    /// <summary>The UTF-8 length of the source between two indexes (a lone surrogate is one escaped byte).</summary>
    private int ByteColumn(int from, int to)
    {
        if (_allAscii || (_lineAscii && from == _lineStart && to <= _inp))
        {
            return to - from;
        }

        if (from == _colLineStart && to >= _colIndex)
        {
            _colBytes += Utf8Length(from: _colIndex, to: to);
        }
        else
        {
            _colLineStart = from;
            _colBytes = Utf8Length(from, to);
        }

        _colIndex = to;
        return _colBytes;
    }

    private int Utf8Length(int from, int to)
    {
        var span = _s.AsSpan(from, to - from);
        int n = span.Length;
        int i = span.IndexOfAnyExceptInRange('\0', '\x7f');
        if (i < 0)
        {
            return n;
        }

        int bytes = i;
        for (; i < span.Length; i++)
        {
            char c = span[i];
            if (c < 0x80)
            {
                bytes += 1;
            }
            else if (c < 0x800)
            {
                bytes += 2;
            }
            else if (char.IsSurrogate(c))
            {
                // A pair is 4 bytes (2 per half); a lone surrogate is an escaped byte.
                bool paired = char.IsHighSurrogate(c)
                    ? i + 1 < span.Length && char.IsLowSurrogate(span[i + 1])
                    : i > 0 && char.IsHighSurrogate(span[i - 1]);
                if (!paired && i == 0 && char.IsLowSurrogate(c) && from > 0 && char.IsHighSurrogate(_s[from - 1]))
                {
                    paired = true;
                }

                bytes += paired ? 2 : 1;
            }
            else
            {
                bytes += 3;
            }
        }

        return bytes;
    }
}
