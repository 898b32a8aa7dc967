using Ember.Syntax.Diagnostics;
using Ember.Syntax.Lexing;

namespace Ember.Syntax.Parsing;

/// <summary>
/// The <c>invalid_*</c> rules of compound statements: a missing ':' and a
/// missing indented block after each header, and the <c>try</c>/<c>except</c>
/// and <c>match</c>/<c>case</c> specific mistakes.
/// </summary>
public sealed partial class Parser
{
    private const string ExpectedColon = "expected ':'";

    private void InvalidBlock()
    {
        // NEWLINE !INDENT
        int mark = _pos;
        if (NewlineWithoutIndent())
        {
            throw ErrorAtLastToken("expected an indented block", SyntaxErrorKind.IndentationError);
        }

        _pos = mark;
    }

    /// <summary><c>NEWLINE !INDENT</c>, the end of every "expected an indented block" alternative.</summary>
    private bool NewlineWithoutIndent() => Expect(TokenKind.Newline) && !Check(TokenKind.Indent);

    private PythonSyntaxError IndentationExpected(string what, int lineno) =>
        ErrorAtLastToken($"expected an indented block after {what} on line {lineno}", SyntaxErrorKind.IndentationError);

    private void InvalidWithStmt()
    {
        int mark = _pos;

        // [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
        Expect(TokenKind.Async);
        if (Expect(TokenKind.With) && WithItemsLoose(parenthesized: false) && Expect(TokenKind.Newline))
        {
            throw ErrorAtLastToken(ExpectedColon);
        }

        // [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
        _pos = mark;
        Expect(TokenKind.Async);
        if (Expect(TokenKind.With) && Expect(TokenKind.LPar) && WithItemsLoose(parenthesized: true))
        {
            Expect(TokenKind.Comma);
            if (Expect(TokenKind.RPar) && Expect(TokenKind.Newline))
            {
                throw ErrorAtLastToken(ExpectedColon);
            }
        }

        _pos = mark;
    }

    private void InvalidWithStmtIndent()
    {
        int mark = _pos;

        // [ASYNC] a='with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
        Expect(TokenKind.Async);
        if (Expect(TokenKind.With, out var a) && WithItemsLoose(parenthesized: false)
            && Expect(TokenKind.Colon) && NewlineWithoutIndent())
        {
            throw IndentationExpected("'with' statement", a.Lineno);
        }

        // [ASYNC] a='with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
        _pos = mark;
        Expect(TokenKind.Async);
        if (Expect(TokenKind.With, out a) && Expect(TokenKind.LPar) && WithItemsLoose(parenthesized: true))
        {
            Expect(TokenKind.Comma);
            if (Expect(TokenKind.RPar) && Expect(TokenKind.Colon) && NewlineWithoutIndent())
            {
                throw IndentationExpected("'with' statement", a.Lineno);
            }
        }

        _pos = mark;
    }

    /// <summary>
    /// <c>','.(expression ['as' star_target])+</c>, or with <c>expressions</c> in
    /// place of <c>expression</c> for the parenthesized form.
    /// </summary>
    private bool WithItemsLoose(bool parenthesized)
    {
        bool any = false;
        while (true)
        {
            int m = _pos;
            if (any && !Expect(TokenKind.Comma))
            {
                return true;
            }

            if ((parenthesized ? Expressions() : Expression()) == null)
            {
                _pos = m;
                return any;
            }

            int beforeAs = _pos;
            if (!(Expect(TokenKind.As) && StarTarget() != null))
            {
                _pos = beforeAs;
            }

            any = true;
        }
    }

    private void InvalidTryStmt()
    {
        int mark = _pos;

        // a='try' ':' NEWLINE !INDENT
        if (Expect(TokenKind.Try, out var a) && Expect(TokenKind.Colon) && NewlineWithoutIndent())
        {
            throw IndentationExpected("'try' statement", a.Lineno);
        }

        // 'try' ':' block !('except' | 'finally')
        _pos = mark;
        if (Expect(TokenKind.Try) && Expect(TokenKind.Colon) && Block() != null
            && !(Check(TokenKind.Except) || Check(TokenKind.Finally)))
        {
            throw ErrorAtLastToken("expected 'except' or 'finally' block");
        }

        // 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
        _pos = mark;
        if (Expect(TokenKind.Try) && Expect(TokenKind.Colon))
        {
            SkipBlocks();
            if (SkipOneOrMore(isStar: false) && Expect(TokenKind.Except, out var exc) && Expect(TokenKind.Star, out var star)
                && Expression() != null && OptionalAsName() && Expect(TokenKind.Colon))
            {
                throw ErrorRange(exc, star, "cannot have both 'except' and 'except*' on the same 'try'");
            }
        }

        // 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
        _pos = mark;
        if (Expect(TokenKind.Try) && Expect(TokenKind.Colon))
        {
            SkipBlocks();
            if (SkipOneOrMore(isStar: true) && Expect(TokenKind.Except, out var exc))
            {
                int m = _pos;
                if (!(Expression() != null && OptionalAsName()))
                {
                    _pos = m;
                }

                if (Expect(TokenKind.Colon))
                {
                    throw ErrorAtToken(exc, "cannot have both 'except' and 'except*' on the same 'try'");
                }
            }
        }

        _pos = mark;
    }

    /// <summary><c>block*</c>.</summary>
    private void SkipBlocks()
    {
        while (Block() != null)
        {
        }
    }

    /// <summary><c>except_block+</c> or <c>except_star_block+</c>.</summary>
    private bool SkipOneOrMore(bool isStar)
    {
        bool any = false;
        while ((isStar ? ExceptStarBlock() : ExceptBlock()) != null)
        {
            any = true;
        }

        return any;
    }

    /// <summary><c>['as' NAME]</c>; always succeeds.</summary>
    private bool OptionalAsName()
    {
        int m = _pos;
        if (!(Expect(TokenKind.As) && Expect(TokenKind.Name)))
        {
            _pos = m;
        }

        return true;
    }

    private void InvalidExceptStmt()
    {
        int mark = _pos;

        // 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
        if (Expect(TokenKind.Except))
        {
            Expect(TokenKind.Star);
            var a = Expression();
            if (a != null && Expect(TokenKind.Comma) && Expressions() != null && OptionalAsName() && Expect(TokenKind.Colon))
            {
                throw ErrorStartingFrom(a, "multiple exception types must be parenthesized");
            }
        }

        // a='except' '*'? expression ['as' NAME ] NEWLINE
        _pos = mark;
        if (Expect(TokenKind.Except))
        {
            Expect(TokenKind.Star);
            if (Expression() != null && OptionalAsName() && Expect(TokenKind.Newline))
            {
                throw ErrorAtLastToken(ExpectedColon);
            }
        }

        // a='except' NEWLINE
        _pos = mark;
        if (Expect(TokenKind.Except) && Expect(TokenKind.Newline))
        {
            throw ErrorAtLastToken(ExpectedColon);
        }

        // a='except' '*' (NEWLINE | ':')
        _pos = mark;
        if (Expect(TokenKind.Except) && Expect(TokenKind.Star) && (Expect(TokenKind.Newline) || Expect(TokenKind.Colon)))
        {
            throw ErrorAtLastToken("expected one or more exception types");
        }

        _pos = mark;
    }

    private void InvalidFinallyStmt()
    {
        // a='finally' ':' NEWLINE !INDENT
        int mark = _pos;
        if (Expect(TokenKind.Finally, out var a) && Expect(TokenKind.Colon) && NewlineWithoutIndent())
        {
            throw IndentationExpected("'finally' statement", a.Lineno);
        }

        _pos = mark;
    }

    private void InvalidExceptStmtIndent()
    {
        int mark = _pos;

        // a='except' expression ['as' NAME ] ':' NEWLINE !INDENT
        if (Expect(TokenKind.Except, out var a) && Expression() != null && OptionalAsName()
            && Expect(TokenKind.Colon) && NewlineWithoutIndent())
        {
            throw IndentationExpected("'except' statement", a.Lineno);
        }

        // a='except' ':' NEWLINE !INDENT
        _pos = mark;
        if (Expect(TokenKind.Except, out a) && Expect(TokenKind.Colon) && NewlineWithoutIndent())
        {
            throw IndentationExpected("'except' statement", a.Lineno);
        }

        _pos = mark;
    }

    private void InvalidExceptStarStmtIndent()
    {
        // a='except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
        int mark = _pos;
        if (Expect(TokenKind.Except, out var a) && Expect(TokenKind.Star) && Expression() != null
            && OptionalAsName() && Expect(TokenKind.Colon) && NewlineWithoutIndent())
        {
            throw IndentationExpected("'except*' statement", a.Lineno);
        }

        _pos = mark;
    }

    private void InvalidMatchStmt()
    {
        int mark = _pos;

        // "match" subject_expr NEWLINE
        if (ExpectSoftKeyword("match") && SubjectExpr() != null && Expect(TokenKind.Newline))
        {
            throw ErrorAtLastToken(ExpectedColon);
        }

        // a="match" subject=subject_expr ':' NEWLINE !INDENT
        _pos = mark;
        if (ExpectSoftKeyword("match", out var a) && SubjectExpr() != null && Expect(TokenKind.Colon) && NewlineWithoutIndent())
        {
            throw IndentationExpected("'match' statement", a.Lineno);
        }

        _pos = mark;
    }

    private void InvalidCaseBlock()
    {
        int mark = _pos;

        // "case" patterns guard? NEWLINE
        if (ExpectSoftKeyword("case") && Patterns() != null && OptionalGuard() && Expect(TokenKind.Newline))
        {
            throw ErrorAtLastToken(ExpectedColon);
        }

        // a="case" patterns guard? ':' NEWLINE !INDENT
        _pos = mark;
        if (ExpectSoftKeyword("case", out var a) && Patterns() != null && OptionalGuard()
            && Expect(TokenKind.Colon) && NewlineWithoutIndent())
        {
            throw IndentationExpected("'case' statement", a.Lineno);
        }

        _pos = mark;
    }

    /// <summary><c>guard?</c>; always succeeds.</summary>
    private bool OptionalGuard()
    {
        Guard();
        return true;
    }

    private void InvalidAsPattern()
    {
        int mark = _pos;

        // or_pattern 'as' a="_"
        if (OrPattern() != null && Expect(TokenKind.As) && ExpectSoftKeyword("_", out var a))
        {
            throw ErrorAtToken(a, "cannot use '_' as a target");
        }

        // or_pattern 'as' !NAME a=expression
        _pos = mark;
        if (OrPattern() != null && Expect(TokenKind.As) && !Check(TokenKind.Name))
        {
            var e = Expression();
            if (e != null)
            {
                throw ErrorAtNode(e, "invalid pattern target");
            }
        }

        _pos = mark;
    }

    private void InvalidClassPattern()
    {
        // name_or_attr '(' a=invalid_class_argument_pattern
        int mark = _pos;
        if (NameOrAttr() != null && Expect(TokenKind.LPar))
        {
            // invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' a=positional_patterns
            int m = _pos;
            if (!(PositionalPatterns() != null && Expect(TokenKind.Comma)))
            {
                _pos = m;
            }

            var names = new List<string>();
            var patterns = new List<Ast.PatternNode>();
            if (KeywordPatterns(names, patterns) && Expect(TokenKind.Comma))
            {
                var a = PositionalPatterns();
                if (a != null)
                {
                    throw ErrorRange(a[0], a[^1], "positional patterns follow keyword patterns");
                }
            }
        }

        _pos = mark;
    }

    private void InvalidIfStmt()
    {
        int mark = _pos;

        // 'if' named_expression NEWLINE
        if (Expect(TokenKind.If) && NamedExpression() != null && Expect(TokenKind.Newline))
        {
            throw ErrorAtLastToken(ExpectedColon);
        }

        // a='if' a=named_expression ':' NEWLINE !INDENT (pegen renames the
        // second a, so the line reported is the keyword's)
        _pos = mark;
        if (Expect(TokenKind.If, out var a) && NamedExpression() != null && Expect(TokenKind.Colon) && NewlineWithoutIndent())
        {
            throw IndentationExpected("'if' statement", a.Lineno);
        }

        _pos = mark;
    }

    private void InvalidElifStmt()
    {
        int mark = _pos;

        // 'elif' named_expression NEWLINE
        if (Expect(TokenKind.Elif) && NamedExpression() != null && Expect(TokenKind.Newline))
        {
            throw ErrorAtLastToken(ExpectedColon);
        }

        // a='elif' named_expression ':' NEWLINE !INDENT
        _pos = mark;
        if (Expect(TokenKind.Elif, out var a) && NamedExpression() != null && Expect(TokenKind.Colon) && NewlineWithoutIndent())
        {
            throw IndentationExpected("'elif' statement", a.Lineno);
        }

        _pos = mark;
    }

    private void InvalidElseStmt()
    {
        // a='else' ':' NEWLINE !INDENT
        int mark = _pos;
        if (Expect(TokenKind.Else, out var a) && Expect(TokenKind.Colon) && NewlineWithoutIndent())
        {
            throw IndentationExpected("'else' statement", a.Lineno);
        }

        _pos = mark;
    }

    private void InvalidWhileStmt()
    {
        int mark = _pos;

        // 'while' named_expression NEWLINE
        if (Expect(TokenKind.While) && NamedExpression() != null && Expect(TokenKind.Newline))
        {
            throw ErrorAtLastToken(ExpectedColon);
        }

        // a='while' named_expression ':' NEWLINE !INDENT
        _pos = mark;
        if (Expect(TokenKind.While, out var a) && NamedExpression() != null && Expect(TokenKind.Colon) && NewlineWithoutIndent())
        {
            throw IndentationExpected("'while' statement", a.Lineno);
        }

        _pos = mark;
    }

    private void InvalidForStmt()
    {
        int mark = _pos;

        // [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
        Expect(TokenKind.Async);
        if (Expect(TokenKind.For) && StarTargets() != null && Expect(TokenKind.In)
            && StarExpressions() != null && Expect(TokenKind.Newline))
        {
            throw ErrorAtLastToken(ExpectedColon);
        }

        // [ASYNC] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
        _pos = mark;
        Expect(TokenKind.Async);
        if (Expect(TokenKind.For, out var a) && StarTargets() != null && Expect(TokenKind.In)
            && StarExpressions() != null && Expect(TokenKind.Colon) && NewlineWithoutIndent())
        {
            throw IndentationExpected("'for' statement", a.Lineno);
        }

        _pos = mark;
    }

    private void InvalidDefRaw()
    {
        // [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
        int mark = _pos;
        Expect(TokenKind.Async);
        if (Expect(TokenKind.Def, out var a) && Expect(TokenKind.Name) && Expect(TokenKind.LPar))
        {
            int m = _pos;
            if (Params() == null)
            {
                _pos = m;
            }

            if (Expect(TokenKind.RPar))
            {
                m = _pos;
                if (!(Expect(TokenKind.RArrow) && Expression() != null))
                {
                    _pos = m;
                }

                if (Expect(TokenKind.Colon) && NewlineWithoutIndent())
                {
                    throw IndentationExpected("function definition", a.Lineno);
                }
            }
        }

        _pos = mark;
    }

    private void InvalidClassDefRaw()
    {
        int mark = _pos;

        // 'class' NAME ['(' [arguments] ')'] NEWLINE
        if (Expect(TokenKind.Class) && Expect(TokenKind.Name) && OptionalClassArguments() && Expect(TokenKind.Newline))
        {
            throw ErrorAtLastToken(ExpectedColon);
        }

        // a='class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
        _pos = mark;
        if (Expect(TokenKind.Class, out var a) && Expect(TokenKind.Name) && OptionalClassArguments()
            && Expect(TokenKind.Colon) && NewlineWithoutIndent())
        {
            throw IndentationExpected("class definition", a.Lineno);
        }

        _pos = mark;
    }

    /// <summary><c>['(' [arguments] ')']</c>; always succeeds.</summary>
    private bool OptionalClassArguments()
    {
        int m = _pos;
        if (Expect(TokenKind.LPar))
        {
            int afterParen = _pos;
            if (Arguments() == null)
            {
                _pos = afterParen;
            }

            if (Expect(TokenKind.RPar))
            {
                return true;
            }
        }

        _pos = m;
        return true;
    }
}
