using Ember.Syntax.Ast;
using Ember.Syntax.Lexing;

namespace Ember.Syntax.Parsing;

/// <summary>
/// The <c>invalid_*</c> rules of the grammar: tried only in the second pass, each
/// either throws the specific <see cref="Diagnostics.PythonSyntaxError"/> CPython
/// reports or returns leaving the position unchanged.
/// </summary>
/// <remarks>
/// Pegen semantics kept here: alternatives are tried in order; once an alternative
/// matches, its action decides, and an action that raises nothing (an
/// <c>INVALID_TARGET</c> without an invalid target, a legacy-statement check
/// that fails) makes the whole rule fail without trying the later alternatives.
/// Sub-rules are the regular ones, so they may raise their own specific errors
/// first, exactly as in CPython. This file holds the expression, argument and
/// target rules; Parser.Invalid.Params.cs and Parser.Invalid.Statements.cs hold
/// the rest.
/// </remarks>
public sealed partial class Parser
{
    private const string MaybeMeantEquality = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
    private const string GenexpMustBeParenthesized = "Generator expression must be parenthesized";

    private void InvalidArguments()
    {
        int mark = _pos;

        // a=args ',' '*'
        var a = Args();
        if (a != null && Expect(TokenKind.Comma) && Expect(TokenKind.Star))
        {
            throw ErrorRange(a.Lineno, a.ColOffset, a.EndLineno, a.EndColOffset, "iterable argument unpacking follows keyword argument unpacking");
        }

        // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
        _pos = mark;
        var e = Expression();
        if (e != null)
        {
            var b = ForIfClauses();
            if (b != null && Expect(TokenKind.Comma))
            {
                int m = _pos;
                if (Args() == null)
                {
                    _pos = m;
                    if (Expression() == null || ForIfClauses() == null)
                    {
                        _pos = m;
                    }
                }

                throw ErrorRange(e, LastComprehensionItem(b[^1]), GenexpMustBeParenthesized);
            }
        }

        // a=NAME b='=' expression for_if_clauses
        _pos = mark;
        if (Expect(TokenKind.Name, out var name) && Expect(TokenKind.Equal, out var eq)
            && Expression() != null && ForIfClauses() != null)
        {
            throw ErrorRange(name, eq, MaybeMeantEquality);
        }

        // a=args b=for_if_clauses
        _pos = mark;
        a = Args();
        if (a != null)
        {
            var b = ForIfClauses();
            if (b != null)
            {
                // _PyPegen_nonparen_genexp_in_call: f(x for x in y) alone is a valid call.
                if (a.Args.Count <= 1)
                {
                    _pos = mark;
                    return;
                }

                throw ErrorRange(a.Args[^1], LastComprehensionItem(b[^1]), GenexpMustBeParenthesized);
            }
        }

        // args ',' a=expression b=for_if_clauses
        _pos = mark;
        if (Args() != null && Expect(TokenKind.Comma))
        {
            var c = Expression();
            if (c != null)
            {
                var b = ForIfClauses();
                if (b != null)
                {
                    throw ErrorRange(c, LastComprehensionItem(b[^1]), GenexpMustBeParenthesized);
                }
            }
        }

        // a=args ',' args
        _pos = mark;
        a = Args();
        if (a != null && Expect(TokenKind.Comma) && Args() != null)
        {
            throw ArgumentsParsingError(a);
        }

        _pos = mark;
    }

    private void InvalidKwarg()
    {
        int mark = _pos;

        // a=('True'|'False'|'None') b='='
        ref readonly var t = ref Peek();
        if (t.Kind is TokenKind.True or TokenKind.False or TokenKind.None)
        {
            var constant = t;
            _pos++;
            if (Expect(TokenKind.Equal, out var eq))
            {
                throw ErrorRange(constant, eq, "cannot assign to " + constant.Text);
            }
        }

        // a=NAME b='=' expression for_if_clauses
        _pos = mark;
        if (Expect(TokenKind.Name, out var name) && Expect(TokenKind.Equal, out var eq2)
            && Expression() != null && ForIfClauses() != null)
        {
            throw ErrorRange(name, eq2, MaybeMeantEquality);
        }

        // !(NAME '=') a=expression b='='
        _pos = mark;
        bool nameEquals = Expect(TokenKind.Name) && Expect(TokenKind.Equal);
        _pos = mark;
        if (!nameEquals)
        {
            var a = Expression();
            if (a != null && Expect(TokenKind.Equal, out var eq3))
            {
                throw ErrorRange(a, eq3, "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
        }

        _pos = mark;
    }

    /// <summary>CPython's <c>expression_without_invalid</c>: the expression rule with the invalid rules switched off.</summary>
    private ExprNode? ExpressionWithoutInvalid()
    {
        bool previous = _callInvalidRules;
        _callInvalidRules = false;
        try
        {
            // disjunction 'if' disjunction 'else' expression | disjunction | lambdef
            int mark = _pos;
            var a = Disjunction();
            if (a != null)
            {
                int m = _pos;
                if (Expect(TokenKind.If))
                {
                    var b = Disjunction();
                    if (b != null && Expect(TokenKind.Else))
                    {
                        var c = Expression();
                        if (c != null)
                        {
                            var (l, col, el, ec) = Extra(mark);
                            return new IfExp(b, a, c, l, col, el, ec);
                        }
                    }
                }

                _pos = m;
                return a;
            }

            _pos = mark;
            return Lambdef();
        }
        finally
        {
            _callInvalidRules = previous;
        }
    }

    private void InvalidLegacyExpression()
    {
        // a=NAME !'(' b=star_expressions
        int mark = _pos;
        if (Expect(TokenKind.Name, out var a) && !Check(TokenKind.LPar))
        {
            var b = StarExpressions();
            if (b != null && IsLegacyStatementName(a.Text))
            {
                throw ErrorRange(a, b, $"Missing parentheses in call to '{a.Text}'. Did you mean {a.Text}(...)?");
            }
        }

        _pos = mark;
    }

    private void InvalidExpression()
    {
        int mark = _pos;

        // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
        bool excluded = (Expect(TokenKind.Name) && Check(TokenKind.String)) || IsSoftKeyword(TokenAt(mark));
        _pos = mark;
        if (!excluded)
        {
            var a = Disjunction();
            if (a != null)
            {
                var b = ExpressionWithoutInvalid();
                if (b != null)
                {
                    bool legacy = a is Name n && IsLegacyStatementName(n.Id);
                    if (legacy || TokenLevel(_pos - 1) == 0)
                    {
                        _pos = mark;
                        return;
                    }

                    throw ErrorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                }
            }
        }

        // a=disjunction 'if' b=disjunction !('else'|':')
        _pos = mark;
        var d = Disjunction();
        if (d != null && Expect(TokenKind.If))
        {
            var b = Disjunction();
            if (b != null && !(Check(TokenKind.Else) || Check(TokenKind.Colon)))
            {
                throw ErrorRange(d, b, "expected 'else' after 'if' expression");
            }
        }

        _pos = mark;
    }

    private void InvalidNamedExpression()
    {
        int mark = _pos;

        // a=expression ':=' expression
        var a = Expression();
        if (a != null && Expect(TokenKind.ColonEqual) && Expression() != null)
        {
            throw ErrorAtNode(a, "cannot use assignment expressions with " + GetExprName(a));
        }

        // a=NAME '=' b=bitwise_or !('='|':=')
        _pos = mark;
        if (Expect(TokenKind.Name, out var name) && Expect(TokenKind.Equal))
        {
            var b = BitwiseOr();
            if (b != null && !(Check(TokenKind.Equal) || Check(TokenKind.ColonEqual)))
            {
                throw ErrorRange(name, b, MaybeMeantEquality);
            }
        }

        // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
        _pos = mark;
        bool excluded = Peek().Kind is TokenKind.True or TokenKind.None or TokenKind.False;
        if (!excluded)
        {
            excluded = List() != null;
            _pos = mark;
        }

        if (!excluded)
        {
            excluded = Tuple() != null;
            _pos = mark;
        }

        if (!excluded)
        {
            excluded = Genexp() != null;
            _pos = mark;
        }

        if (!excluded)
        {
            var c = BitwiseOr();
            if (c != null && Expect(TokenKind.Equal) && BitwiseOr() != null
                && !(Check(TokenKind.Equal) || Check(TokenKind.ColonEqual)))
            {
                throw ErrorAtNode(c, $"cannot assign to {GetExprName(c)} here. Maybe you meant '==' instead of '='?");
            }
        }

        _pos = mark;
    }

    private void InvalidAssignment()
    {
        int mark = _pos;

        // a=invalid_ann_assign_target ':' expression
        var a = InvalidAnnAssignTarget();
        if (a != null && Expect(TokenKind.Colon) && Expression() != null)
        {
            throw ErrorAtNode(a, $"only single target (not {GetExprName(a)}) can be annotated");
        }

        // a=star_named_expression ',' star_named_expressions* ':' expression
        _pos = mark;
        a = StarNamedExpression();
        if (a != null && Expect(TokenKind.Comma))
        {
            while (StarNamedExpressions() != null)
            {
            }

            if (Expect(TokenKind.Colon) && Expression() != null)
            {
                throw ErrorAtNode(a, "only single target (not tuple) can be annotated");
            }
        }

        // a=expression ':' expression
        _pos = mark;
        a = Expression();
        if (a != null && Expect(TokenKind.Colon) && Expression() != null)
        {
            throw ErrorAtNode(a, "illegal target for annotation");
        }

        // (star_targets '=')* a=star_expressions '='
        _pos = mark;
        SkipStarTargetsAssignments();
        a = StarExpressions();
        if (a != null && Expect(TokenKind.Equal))
        {
            RaiseInvalidTarget(TargetsType.StarTargets, a);
            _pos = mark;
            return;
        }

        // (star_targets '=')* a=yield_expr '='
        _pos = mark;
        SkipStarTargetsAssignments();
        a = YieldExpr();
        if (a != null && Expect(TokenKind.Equal))
        {
            throw ErrorAtNode(a, "assignment to yield expression not possible");
        }

        // a=star_expressions augassign (yield_expr | star_expressions)
        _pos = mark;
        a = StarExpressions();
        if (a != null && AugAssignOp() != null && (YieldExpr() ?? StarExpressions()) != null)
        {
            throw ErrorAtNode(a, $"'{GetExprName(a)}' is an illegal expression for augmented assignment");
        }

        _pos = mark;
    }

    /// <summary><c>(star_targets '=')*</c>.</summary>
    private void SkipStarTargetsAssignments()
    {
        while (true)
        {
            int m = _pos;
            if (StarTargets() != null && Expect(TokenKind.Equal))
            {
                continue;
            }

            _pos = m;
            return;
        }
    }

    private ExprNode? InvalidAnnAssignTarget()
    {
        // list | tuple | '(' a=invalid_ann_assign_target ')'
        int mark = _pos;
        var a = List();
        if (a != null)
        {
            return a;
        }

        _pos = mark;
        a = Tuple();
        if (a != null)
        {
            return a;
        }

        _pos = mark;
        if (Expect(TokenKind.LPar))
        {
            a = InvalidAnnAssignTarget();
            if (a != null && Expect(TokenKind.RPar))
            {
                return a;
            }
        }

        _pos = mark;
        return null;
    }

    private void InvalidDelStmt()
    {
        // 'del' a=star_expressions
        int mark = _pos;
        if (Expect(TokenKind.Del))
        {
            var a = StarExpressions();
            if (a != null)
            {
                RaiseInvalidTarget(TargetsType.DelTargets, a);
            }
        }

        _pos = mark;
    }

    private void InvalidComprehension()
    {
        int mark = _pos;
        var open = Peek().Kind;

        // ('[' | '(' | '{') a=starred_expression for_if_clauses
        if (open is TokenKind.LSqb or TokenKind.LPar or TokenKind.LBrace)
        {
            _pos++;
            var a = StarredExpression();
            if (a != null && ForIfClauses() != null)
            {
                throw ErrorAtNode(a, "iterable unpacking cannot be used in comprehension");
            }
        }

        if (open is TokenKind.LSqb or TokenKind.LBrace)
        {
            // ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
            _pos = mark + 1;
            var a = StarNamedExpression();
            if (a != null && Expect(TokenKind.Comma))
            {
                var b = StarNamedExpressions();
                if (b != null && ForIfClauses() != null)
                {
                    throw ErrorRange(a, b[^1], "did you forget parentheses around the comprehension target?");
                }
            }

            // ('[' | '{') a=star_named_expression b=',' for_if_clauses
            _pos = mark + 1;
            a = StarNamedExpression();
            if (a != null && Expect(TokenKind.Comma, out var comma) && ForIfClauses() != null)
            {
                throw ErrorRange(a, comma, "did you forget parentheses around the comprehension target?");
            }
        }

        _pos = mark;
    }

    private void InvalidDictComprehension()
    {
        // '{' a='**' bitwise_or for_if_clauses '}'
        int mark = _pos;
        if (Expect(TokenKind.LBrace) && Expect(TokenKind.DoubleStar, out var a)
            && BitwiseOr() != null && ForIfClauses() != null && Expect(TokenKind.RBrace))
        {
            throw ErrorAtToken(a, "dict unpacking cannot be used in dict comprehension");
        }

        _pos = mark;
    }

    private void InvalidWithItem()
    {
        // expression 'as' a=expression &(',' | ')' | ':')
        int mark = _pos;
        if (Expression() != null && Expect(TokenKind.As))
        {
            var a = Expression();
            if (a != null && Peek().Kind is TokenKind.Comma or TokenKind.RPar or TokenKind.Colon)
            {
                RaiseInvalidTarget(TargetsType.StarTargets, a);
            }
        }

        _pos = mark;
    }

    private void InvalidForTarget()
    {
        // ASYNC? 'for' a=star_expressions
        int mark = _pos;
        Expect(TokenKind.Async);
        if (Expect(TokenKind.For))
        {
            var a = StarExpressions();
            if (a != null)
            {
                RaiseInvalidTarget(TargetsType.ForTargets, a);
            }
        }

        _pos = mark;
    }

    private void InvalidGroup()
    {
        int mark = _pos;

        // '(' a=starred_expression ')'
        if (Expect(TokenKind.LPar))
        {
            var a = StarredExpression();
            if (a != null && Expect(TokenKind.RPar))
            {
                throw ErrorAtNode(a, "cannot use starred expression here");
            }
        }

        // '(' a='**' expression ')'
        _pos = mark;
        if (Expect(TokenKind.LPar) && Expect(TokenKind.DoubleStar, out var b)
            && Expression() != null && Expect(TokenKind.RPar))
        {
            throw ErrorAtToken(b, "cannot use double starred expression here");
        }

        _pos = mark;
    }

    private void InvalidDoubleStarredKvpairs()
    {
        int mark = _pos;

        // ','.double_starred_kvpair+ ',' invalid_kvpair
        var keys = new List<ExprNode?>();
        var values = new List<ExprNode>();
        if (DoubleStarredKvpairSequence(keys, values) && Expect(TokenKind.Comma))
        {
            InvalidKvpair();
        }

        // expression ':' a='*' bitwise_or
        _pos = mark;
        if (Expression() != null && Expect(TokenKind.Colon) && Expect(TokenKind.Star, out var star) && BitwiseOr() != null)
        {
            throw ErrorStartingFrom(star, "cannot use a starred expression in a dictionary value");
        }

        // expression a=':' &('}'|',')
        _pos = mark;
        if (Expression() != null && Expect(TokenKind.Colon, out var colon) && Peek().Kind is TokenKind.RBrace or TokenKind.Comma)
        {
            throw ErrorAtToken(colon, "expression expected after dictionary key and ':'");
        }

        _pos = mark;
    }

    /// <summary><c>','.double_starred_kvpair+</c> (without the optional trailing comma).</summary>
    private bool DoubleStarredKvpairSequence(List<ExprNode?> keys, List<ExprNode> values)
    {
        if (!DoubleStarredKvpair(keys, values))
        {
            return false;
        }

        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.Comma) && DoubleStarredKvpair(keys, values))
            {
                continue;
            }

            _pos = m;
            return true;
        }
    }

    private void InvalidKvpair()
    {
        int mark = _pos;

        // a=expression !(':')
        var a = Expression();
        if (a != null && !Check(TokenKind.Colon))
        {
            // CPython reports from the key's last character with no end.
            throw ErrorKnownLocation(
                Diagnostics.SyntaxErrorKind.SyntaxError, "':' expected after dictionary key",
                a.Lineno, a.EndColOffset - 1, a.EndLineno, -1);
        }

        // expression ':' a='*' bitwise_or
        _pos = mark;
        if (Expression() != null && Expect(TokenKind.Colon) && Expect(TokenKind.Star, out var star) && BitwiseOr() != null)
        {
            throw ErrorStartingFrom(star, "cannot use a starred expression in a dictionary value");
        }

        // expression a=':' &('}'|',')
        _pos = mark;
        if (Expression() != null && Expect(TokenKind.Colon, out var colon) && Peek().Kind is TokenKind.RBrace or TokenKind.Comma)
        {
            throw ErrorAtToken(colon, "expression expected after dictionary key and ':'");
        }

        _pos = mark;
    }

    private void InvalidImportFromTargets()
    {
        // import_from_as_names ',' NEWLINE
        int mark = _pos;
        if (ImportFromAsNames() != null && Expect(TokenKind.Comma) && Expect(TokenKind.Newline))
        {
            throw ErrorAtLastToken("trailing comma not allowed without surrounding parentheses");
        }

        _pos = mark;
    }

    private void InvalidDoubleTypeComments()
    {
        // TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT: type comments are only
        // tokenized with type_comments=True, which Ember's parser does not offer.
    }

    /// <summary>CPython's <c>_PyPegen_get_last_comprehension_item</c>.</summary>
    private static ExprNode LastComprehensionItem(Comprehension c) =>
        c.Ifs.Count == 0 ? c.Iter : c.Ifs[^1];

    /// <summary>CPython's <c>_PyPegen_arguments_parsing_error</c>.</summary>
    private Diagnostics.PythonSyntaxError ArgumentsParsingError(CallArguments a)
    {
        foreach (var k in a.Keywords)
        {
            if (k.Arg == null)
            {
                return ErrorAtLastToken("positional argument follows keyword argument unpacking");
            }
        }

        return ErrorAtLastToken("positional argument follows keyword argument");
    }

    /// <summary>CPython's <c>_PyPegen_check_legacy_stmt</c>.</summary>
    private static bool IsLegacyStatementName(string name) => name is "print" or "exec";

    /// <summary>
    /// The grammar's SOFT_KEYWORD token as 3.11 matches it (<c>_PyPegen_soft_keyword_token</c>
    /// compares only the name's length with strncmp): any name that is a prefix of
    /// <c>_</c>, <c>case</c> or <c>match</c>, so <c>c</c> and <c>ma</c> count too.
    /// </summary>
    private static bool IsSoftKeyword(in Token t) =>
        t.Kind == TokenKind.Name && t.Text.Length > 0
        && ("_".StartsWith(t.Text, StringComparison.Ordinal)
            || "case".StartsWith(t.Text, StringComparison.Ordinal)
            || "match".StartsWith(t.Text, StringComparison.Ordinal));
}
