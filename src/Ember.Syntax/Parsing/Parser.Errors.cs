using System.Diagnostics.CodeAnalysis;
using Ember.Syntax.Ast;
using Ember.Syntax.Diagnostics;
using Ember.Syntax.Lexing;

namespace Ember.Syntax.Parsing;

/// <summary>
/// Building syntax errors the way CPython 3.11's pegen does (Parser/pegen_errors.c
/// and the RAISE_* macros of Parser/pegen.h). Columns arrive as UTF-8 byte
/// offsets; they leave as 1-based character offsets within the quoted line when
/// the tokenizer has an encoding, and as 1-based byte offsets otherwise (bytes
/// source without a BOM or coding declaration, and f-string expressions).
/// </summary>
public sealed partial class Parser
{
    /// <summary>CPython's CURRENT_POS: "where the tokenizer is now", resolved when the error is built.</summary>
    private const int CurrentPos = -5;

    // Set for the errors CPython raises without looking further in the source
    // (unexpected indent / unindent / EOF after the second pass).
    private bool _skipRestCheck;

    // Paren depth per token, filled on demand (CPython keeps it in each token).
    private int[]? _levels;
    private int _levelsFill;

    /// <summary>
    /// CPython's <c>RAISE_ERROR_KNOWN_LOCATION</c>: <paramref name="colOffset"/> and
    /// <paramref name="endColOffset"/> are 0-based byte columns (-1 when unknown,
    /// which reports 0).
    /// </summary>
    internal PythonSyntaxError ErrorAt(SyntaxErrorKind kind, string message, int lineno, int colOffset, int endLineno, int endColOffset) =>
        ErrorKnownLocation(kind, message, lineno, colOffset, endLineno, endColOffset);

    private PythonSyntaxError ErrorKnownLocation(SyntaxErrorKind kind, string message, int lineno, int colOffset, int endLineno, int endColOffset) =>
        RaiseErrorKnownLocation(
            kind,
            message,
            lineno,
            colOffset == CurrentPos ? CurrentPos : colOffset + 1,
            endLineno,
            endColOffset == CurrentPos ? CurrentPos : endColOffset + 1);

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token, msg).</summary>
    internal PythonSyntaxError ErrorAtToken(in Token t, string message, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError) =>
        ErrorKnownLocation(kind, message, t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset);

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node, msg).</summary>
    internal PythonSyntaxError ErrorAtNode(LocatedNode n, string message) =>
        ErrorKnownLocation(SyntaxErrorKind.SyntaxError, message, n.Lineno, n.ColOffset, n.EndLineno, n.EndColOffset);

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg): from a's start to b's end (0-based byte columns).</summary>
    internal PythonSyntaxError ErrorRange(int lineno, int colOffset, int endLineno, int endColOffset, string message) =>
        ErrorKnownLocation(SyntaxErrorKind.SyntaxError, message, lineno, colOffset, endLineno, endColOffset);

    private PythonSyntaxError ErrorRange(LocatedNode a, LocatedNode b, string message) =>
        ErrorRange(a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset, message);

    private PythonSyntaxError ErrorRange(in Token a, in Token b, string message) =>
        ErrorRange(a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset, message);

    private PythonSyntaxError ErrorRange(in Token a, LocatedNode b, string message) =>
        ErrorRange(a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset, message);

    private PythonSyntaxError ErrorRange(LocatedNode a, in Token b, string message) =>
        ErrorRange(a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset, message);

    /// <summary>RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from a's start to where the tokenizer is now.</summary>
    internal PythonSyntaxError ErrorStartingFrom(int lineno, int colOffset, string message) =>
        ErrorKnownLocation(SyntaxErrorKind.SyntaxError, message, lineno, colOffset, CurrentPos, CurrentPos);

    private PythonSyntaxError ErrorStartingFrom(LocatedNode a, string message) =>
        ErrorStartingFrom(a.Lineno, a.ColOffset, message);

    private PythonSyntaxError ErrorStartingFrom(in Token a, string message) =>
        ErrorStartingFrom(a.Lineno, a.ColOffset, message);

    /// <summary>
    /// RAISE_SYNTAX_ERROR(msg) / RAISE_INDENTATION_ERROR(msg), which have no location
    /// (CPython's <c>_PyPegen_raise_error</c>): the last token read, or where the
    /// tokenizer is when that token has no column (INDENT, DEDENT, ENDMARKER).
    /// </summary>
    internal PythonSyntaxError ErrorAtLastToken(string message, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        if (_fill == 0)
        {
            return RaiseErrorKnownLocation(kind, message, 0, 0, 0, -1);
        }

        ref readonly var t = ref _tokens[_fill - 1];
        int col = t.ColOffset == -1 ? _tokenizer.UnknownPositionColumn : t.ColOffset + 1;
        int endCol = t.EndColOffset != -1 ? t.EndColOffset + 1 : -1;
        return RaiseErrorKnownLocation(kind, message, t.Lineno, col, t.EndLineno, endCol);
    }

    /// <summary>
    /// CPython's <c>_PyPegen_raise_error_known_location</c>, with 1-based byte
    /// columns (<see cref="CurrentPos"/> for the tokenizer's position).
    /// </summary>
    private PythonSyntaxError RaiseErrorKnownLocation(SyntaxErrorKind kind, string message, int lineno, int col, int endLineno, int endCol)
    {
        if (endLineno == CurrentPos || endCol == CurrentPos || col == CurrentPos)
        {
            int curLine = _tokenizer.CurrentLineno;
            int curCol = _tokenizer.CurrentColumn;
            if (endLineno == CurrentPos)
            {
                endLineno = curLine;
            }

            if (endCol == CurrentPos)
            {
                endCol = curCol;
            }

            if (col == CurrentPos)
            {
                col = curCol;
            }
        }

        bool fstring = _mode == ParseMode.FString;
        if (fstring)
        {
            message = "f-string: " + message;
        }

        var text = _tokenizer.ErrorLine(lineno);
        if (fstring)
        {
            col -= _colDelta;
            endCol -= _colDelta;
        }

        int offset = col;
        int endOffset = endCol;
        if (_tokenizer.CharOffsets && !fstring)
        {
            // Both ends are measured in the first line's text, as CPython does.
            offset = ByteToCharOffset(text, col);
            if (endOffset > 0)
            {
                endOffset = ByteToCharOffset(text, endCol);
            }
        }

        return new PythonSyntaxError(kind, message, _filename, lineno, offset, text, endLineno, endOffset);
    }


    /// <summary>
    /// Raised after the second pass found nothing specific (CPython's
    /// <c>_Pypegen_set_syntax_error</c> without an exception set);
    /// <paramref name="lastToken"/> is the last token the first pass read.
    /// </summary>
    [DoesNotReturn]
    private void SetGenericSyntaxError(in Token lastToken)
    {
        if (lastToken.Kind == TokenKind.ErrorToken && _tokenizer.AtEof)
        {
            _skipRestCheck = true;
            if (_tokenizer.Level > 0)
            {
                throw _tokenizer.UnclosedParenthesisError();
            }

            throw ErrorAtLastToken("unexpected EOF while parsing");
        }

        if (lastToken.Kind is TokenKind.Indent or TokenKind.Dedent)
        {
            _skipRestCheck = true;
            throw ErrorAtLastToken(lastToken.Kind == TokenKind.Indent ? "unexpected indent" : "unexpected unindent", SyntaxErrorKind.IndentationError);
        }

        // The first pass's last token, not the farthest the second pass read.
        throw ErrorAtToken(lastToken, "invalid syntax");
    }

    /// <summary>
    /// Applied to every syntax error leaving the parser (the tail of CPython's
    /// <c>_Pypegen_set_syntax_error</c>): when the error came from the parser
    /// while the tokenizer was fine, the rest of the source is tokenized and a
    /// tokenizer error found there is reported instead (an unclosed bracket only
    /// when it was opened on an earlier line than the last token read).
    /// </summary>
    private PythonSyntaxError CheckRestForErrors(PythonSyntaxError error)
    {
        if (_skipRestCheck || _tokenizer.AtEof || _tokenizer.LastToken.Kind == TokenKind.ErrorToken)
        {
            return error;
        }

        _tokenizer.CheckRestForErrors();
        return error;
    }

    /// <summary>
    /// CPython's <c>_PyPegen_byte_offset_to_character_offset</c>: the number of
    /// characters in the first <paramref name="col"/> UTF-8 bytes of the line
    /// (a character cut in two counts as one; past the end, CPython's decoding
    /// also takes in the terminating NUL).
    /// </summary>
    internal static int ByteToCharOffset(string? line, int col)
    {
        if (line == null || col <= 0)
        {
            return col;
        }

        int len = Utf8Length(line);
        if (col > len + 1)
        {
            col = len + 1;
        }

        int bytes = 0;
        int chars = 0;
        for (int i = 0; i < line.Length && bytes < col; i++)
        {
            char c = line[i];
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                bytes += 4;
                i++;
            }
            else
            {
                bytes += Utf8Width(c);
            }

            chars++;
        }

        return col > len ? chars + 1 : chars;
    }

    private static int Utf8Length(ReadOnlySpan<char> s)
    {
        int bytes = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                bytes += 4;
                i++;
            }
            else
            {
                bytes += Utf8Width(c);
            }
        }

        return bytes;
    }

    // A lone surrogate stands for one undecodable source byte.
    private static int Utf8Width(char c) => c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 1 : 3;

    /// <summary>The bracket depth after token <paramref name="index"/> (CPython's <c>token->level</c>).</summary>
    private int TokenLevel(int index)
    {
        if (_levels == null || _levels.Length < _fill)
        {
            Array.Resize(ref _levels, Math.Max(_fill, Math.Max(64, (_levels?.Length ?? 0) * 2)));
        }

        int level = _levelsFill == 0 ? 0 : _levels[_levelsFill - 1];
        for (; _levelsFill <= index; _levelsFill++)
        {
            switch (_tokens[_levelsFill].Kind)
            {
                case TokenKind.LPar or TokenKind.LSqb or TokenKind.LBrace:
                    level++;
                    break;
                case TokenKind.RPar or TokenKind.RSqb or TokenKind.RBrace:
                    level--;
                    break;
            }

            _levels[_levelsFill] = level;
        }

        return _levels[index];
    }

    /// <summary>Which kind of target an invalid-target error is about (CPython's TARGETS_TYPE).</summary>
    private enum TargetsType
    {
        StarTargets,
        DelTargets,
        ForTargets,
    }

    /// <summary>
    /// CPython's <c>RAISE_SYNTAX_ERROR_INVALID_TARGET</c>: throws "cannot assign to X"
    /// or "cannot delete X" for the first sub-expression that cannot be a target;
    /// returns when there is none.
    /// </summary>
    private void RaiseInvalidTarget(TargetsType type, ExprNode e)
    {
        var invalid = GetInvalidTarget(e, type);
        if (invalid != null)
        {
            var verb = type == TargetsType.DelTargets ? "cannot delete " : "cannot assign to ";
            throw ErrorAtNode(invalid, verb + GetExprName(invalid));
        }
    }

    /// <summary>CPython's <c>_PyPegen_get_invalid_target</c>.</summary>
    private static ExprNode? GetInvalidTarget(ExprNode? e, TargetsType type)
    {
        switch (e)
        {
            case null:
                return null;
            case Ast.List l:
                return FirstInvalidTarget(l.Elts, type);
            case Ast.Tuple t:
                return FirstInvalidTarget(t.Elts, type);
            case Starred s:
                return type == TargetsType.DelTargets ? e : GetInvalidTarget(s.Value, type);
            case Compare c:
                // In `for a in b`, `a in b` parses as a comparison: look at its left side.
                if (type == TargetsType.ForTargets)
                {
                    return c.Ops[0] == CmpOperator.In ? GetInvalidTarget(c.Left, type) : null;
                }

                return e;
            case Name or Subscript or Ast.Attribute:
                return null;
            default:
                return e;
        }
    }

    private static ExprNode? FirstInvalidTarget(List<ExprNode> elts, TargetsType type)
    {
        foreach (var elt in elts)
        {
            var child = GetInvalidTarget(elt, type);
            if (child != null)
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>CPython's <c>_PyPegen_get_expr_name</c>: how messages name an expression.</summary>
    private static string GetExprName(ExprNode e) => e switch
    {
        Ast.Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        Ast.List => "list",
        Ast.Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Ast.Dict => "dict literal",
        Ast.Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            NoneValue => "None",
            false => "False",
            true => "True",
            EllipsisValue => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => throw new InvalidOperationException("unexpected expression type " + e.GetType().Name),
    };
}
