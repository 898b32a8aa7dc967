using System.Runtime.CompilerServices;
using Ember.Syntax.Ast;
using Ember.Syntax.Diagnostics;
using Ember.Syntax.Lexing;

namespace Ember.Syntax.Parsing;

/// <summary>
/// The PEG parser for Python 3.11 (CPython's Grammar/python.gram, Parser/parser.c).
/// Each grammar rule is a method; the rule bodies live in the partial files
/// Parser.Statements.cs, Parser.Expressions.cs, Parser.Targets.cs,
/// Parser.Patterns.cs and Parser.Invalid.cs (the <c>invalid_*</c> rules, tried
/// only in the second pass after a failure, to find CPython's specific message).
/// A rule returns null when it does not match, leaving the position where it
/// started; a syntax error unwinds as <see cref="PythonSyntaxError"/>.
/// </summary>
public sealed partial class Parser
{
    // CPython's MAXSTACK: deeper nesting is a MemoryError, never a stack overflow.
    private const int MaxStack = 6000;

    private readonly Tokenizer _tokenizer;
    private readonly string _filename;
    private readonly ParseMode _mode;
    private Token[] _tokens = new Token[64];
    private int _fill;
    private int _pos;
    private int _level;

    // Memo entries chained per token position (CPython keeps a linked list on
    // each token): _memoHead[pos] is the newest entry's index in _memoPool, or 0.
    private int[] _memoHead = new int[64];
    private MemoEntry[] _memoPool = new MemoEntry[256];
    private int _memoCount = 1;

    // Second pass: also try the invalid_* alternatives.
    private bool _callInvalidRules;

    // Single input: whether a token other than ENDMARKER has been read since the
    // last ENDMARKER was turned into a NEWLINE (CPython's parsing_started).
    private bool _parsingStarted;

    // For expressions parsed out of f-strings (CPython's starting_lineno and
    // starting_col_offset): tokens ending on the first line are shifted right.
    private int _firstLine;
    private int _colDelta;

    private Parser(Tokenizer tokenizer, string filename, ParseMode mode)
    {
        _tokenizer = tokenizer;
        _filename = filename;
        _mode = mode;
    }

    /// <summary>Parses a source file given as bytes (BOM and PEP 263 declarations honoured), as <c>ast.parse(bytes, filename)</c> does.</summary>
    public static ModNode ParseFile(ReadOnlySpan<byte> source, string filename)
    {
        // Without a coding declaration or BOM, CPython's error offsets count bytes.
        var text = SourceDecoder.Decode(source, filename, out bool declaredEncoding);
        var tokenizer = new Tokenizer(text, filename, execInput: true, charOffsets: declaredEncoding) { QuoteFromFile = true };
        return new Parser(tokenizer, filename, ParseMode.Exec).Run();
    }

    /// <summary>
    /// Parses source given as bytes to compile(), exec() or eval() (CPython's
    /// decode_str: BOM and PEP 263 declarations honoured; invalid UTF-8 is a
    /// SyntaxError where the tokenizer meets it).
    /// </summary>
    public static ModNode ParseBytes(ReadOnlySpan<byte> source, string filename, ParseMode mode)
    {
        var text = SourceDecoder.Decode(source, filename, out bool declaredEncoding);
        var tokenizer = new Tokenizer(text, filename, execInput: mode == ParseMode.Exec, charOffsets: declaredEncoding)
        {
            QuoteFromFile = mode == ParseMode.Exec,
        };
        return new Parser(tokenizer, filename, mode).Run();
    }

    /// <summary>Parses already-decoded source text with the given start rule.</summary>
    public static ModNode Parse(string source, string filename, ParseMode mode = ParseMode.Exec)
    {
        // A str with lone surrogates cannot be encoded to the UTF-8 the parser reads.
        var encodeError = SourceDecoder.DescribeStrEncodeError(source);
        if (encodeError != null)
        {
            throw new PythonParseFailure("UnicodeEncodeError", encodeError);
        }

        // Only file input gets an implicit newline at the end.
        var tokenizer = new Tokenizer(source, filename, execInput: mode == ParseMode.Exec) { QuoteFromFile = mode == ParseMode.Exec };
        var parser = new Parser(tokenizer, filename, mode);
        return parser.Run();
    }

    /// <summary>
    /// Parses the expression of an f-string replacement field as CPython 3.11's
    /// sub-parser does: the sub-tokenizer counts lines from
    /// <paramref name="lineDelta"/> + 1 and reports byte offsets; the columns of a
    /// token that ends on that first line get <paramref name="colDelta"/> added.
    /// </summary>
    internal ExprNode ParseFStringExpression(string source, int lineDelta, int colDelta)
    {
        var tokenizer = new Tokenizer(source, _filename, execInput: true, charOffsets: false, firstLineno: lineDelta + 1);
        var parser = new Parser(tokenizer, _filename, ParseMode.FString)
        {
            _firstLine = lineDelta + 1,
            _colDelta = colDelta,
        };
        var mod = (Expression)parser.Run();
        return mod.Body;
    }

    /// <summary>The file name errors are reported against.</summary>
    internal string Filename => _filename;

    /// <summary>The tokenizer, for the source lines that error reports quote.</summary>
    internal Tokenizer Tokenizer => _tokenizer;

    private ModNode Run()
    {
        // CPython's _PyPegen_run_parser. The first pass has the invalid_* rules off.
        PythonSyntaxError? error = null;
        try
        {
            var result = StartRule();
            if (result != null)
            {
                if (_mode == ParseMode.Single && _tokenizer.HasMoreStatements())
                {
                    throw ErrorAtLastToken("multiple statements found while compiling a single statement");
                }

                return result;
            }
        }
        catch (PythonSyntaxError e)
        {
            error = e;
        }

        if (error == null)
        {
            // Remember how far the first pass read, then retry with the invalid_*
            // rules enabled to find a specific message.
            var lastToken = _tokens[_fill - 1];
            ResetForErrorPass();
            try
            {
                StartRule();
                SetGenericSyntaxError(lastToken);
            }
            catch (PythonSyntaxError e)
            {
                error = e;
            }
        }

        throw CheckRestForErrors(error!);
    }

    private ModNode? StartRule() => _mode switch
    {
        ParseMode.Exec => FileRule(),
        ParseMode.Eval => EvalRule(),
        ParseMode.Single => InteractiveRule(),
        ParseMode.FuncType => FuncTypeRule(),
        ParseMode.FString => FStringRule(),
        _ => throw new ArgumentOutOfRangeException(nameof(_mode)),
    };

    private void ResetForErrorPass()
    {
        Array.Clear(_memoHead);
        _memoCount = 1;
        _pos = 0;
        _level = 0;
        _callInvalidRules = true;
    }

    // ---- token buffer -------------------------------------------------------

    /// <summary>The token at the current position, read from the tokenizer on first use.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref readonly Token Peek()
    {
        if (_pos == _fill)
        {
            FillToken();
        }

        return ref _tokens[_pos];
    }

    private void FillToken()
    {
        var t = _tokenizer.Next();
        if (_mode == ParseMode.Single)
        {
            // The end of single input ends the statement: the first ENDMARKER after
            // other tokens becomes a NEWLINE and closes every indentation level.
            if (t.Kind == TokenKind.EndMarker && _parsingStarted)
            {
                t = t.WithKind(TokenKind.Newline);
                _parsingStarted = false;
                _tokenizer.ImplyDedents();
            }
            else
            {
                _parsingStarted = true;
            }
        }

        if (t.Kind == TokenKind.Name)
        {
            // A keyword only as spelled: NFKC makes 'ｉｆ' the name 'if', not the keyword.
            var kw = Keywords.Lookup(t.Text);
            if (kw != TokenKind.Name && _tokenizer.Source.AsSpan(t.Start, t.End - t.Start).SequenceEqual(t.Text))
            {
                t = t.WithKind(kw);
            }
        }

        if (_colDelta != 0 && t.EndLineno == _firstLine)
        {
            t = new Token(t.Kind, t.Text, t.Lineno, t.ColOffset + _colDelta, t.EndLineno, t.EndColOffset + _colDelta, t.Start, t.End);
        }

        if (_fill == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
            Array.Resize(ref _memoHead, _tokens.Length);
        }

        _tokens[_fill++] = t;
    }

    private int Mark() => _pos;

    private void Reset(int pos) => _pos = pos;

    /// <summary>Consumes the next token when it has kind <paramref name="kind"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Expect(TokenKind kind)
    {
        if (Peek().Kind == kind)
        {
            _pos++;
            return true;
        }

        return false;
    }

    /// <summary>Consumes and returns the next token when it has kind <paramref name="kind"/>.</summary>
    private bool Expect(TokenKind kind, out Token token)
    {
        ref readonly var t = ref Peek();
        if (t.Kind == kind)
        {
            token = t;
            _pos++;
            return true;
        }

        token = default;
        return false;
    }

    /// <summary>Lookahead without consuming: is the next token of this kind?</summary>
    private bool Check(TokenKind kind) => Peek().Kind == kind;

    /// <summary>Consumes a soft keyword (a NAME with this text).</summary>
    private bool ExpectSoftKeyword(string keyword)
    {
        ref readonly var t = ref Peek();
        if (t.Kind == TokenKind.Name && t.Text == keyword)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private bool ExpectSoftKeyword(string keyword, out Token token)
    {
        ref readonly var t = ref Peek();
        if (t.Kind == TokenKind.Name && t.Text == keyword)
        {
            token = t;
            _pos++;
            return true;
        }

        token = default;
        return false;
    }

    /// <summary>The last token consumed (CPython's <c>_PyPegen_get_last_nonnwhitespace_token</c> for EXTRA end positions).</summary>
    private ref readonly Token LastNonWhitespaceToken()
    {
        int i = _pos - 1;
        while (i > 0 && _tokens[i].Kind is TokenKind.EndMarker or TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent)
        {
            i--;
        }

        return ref _tokens[i < 0 ? 0 : i];
    }

    /// <summary>The token at an absolute buffer position (already filled).</summary>
    private ref readonly Token TokenAt(int pos) => ref _tokens[pos];

    // ---- nesting guard ------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter()
    {
        if (++_level > MaxStack)
        {
            throw new PythonParseFailure("MemoryError", string.Empty);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Leave() => _level--;

    // ---- memoization --------------------------------------------------------

    private struct MemoEntry
    {
        public object? Result;
        public int EndPos;
        public int Next;
        public MemoRule Rule;
    }

    private bool TryGetMemo(MemoRule rule, out object? result)
    {
        // As CPython's _PyPegen_is_memoized, this reads the token at the position.
        Peek();
        for (int i = _memoHead[_pos]; i != 0; i = _memoPool[i].Next)
        {
            ref var entry = ref _memoPool[i];
            if (entry.Rule == rule)
            {
                result = entry.Result;
                _pos = entry.EndPos;
                return true;
            }
        }

        result = null;
        return false;
    }

    private void SetMemo(MemoRule rule, int startPos, object? result)
    {
        if (_memoCount == _memoPool.Length)
        {
            Array.Resize(ref _memoPool, _memoPool.Length * 2);
        }

        int index = _memoCount++;
        _memoPool[index] = new MemoEntry { Result = result, EndPos = _pos, Next = _memoHead[startPos], Rule = rule };
        _memoHead[startPos] = index;
    }
}

/// <summary>Rules whose results are memoized (the grammar's <c>(memo)</c> marks plus the left-recursive leaders).</summary>
internal enum MemoRule : byte
{
    SimpleStmt,
    Block,
    Expression,
    StarExpression,
    Disjunction,
    Conjunction,
    Inversion,
    BitwiseOr,
    Factor,
    AwaitPrimary,
    Primary,
    Strings,
    Arguments,
    StarTarget,
    TargetWithStarAtom,
    TPrimary,
    DelTarget,
    ClosedPattern,
    StarPattern,
    ImportStmt,
    Sum,
    Term,
    ShiftExpr,
    BitwiseXor,
    BitwiseAnd,
    Comparison,
}
