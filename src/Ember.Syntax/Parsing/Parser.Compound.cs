using Ember.Syntax.Ast;
using Ember.Syntax.Lexing;
using Tuple = Ember.Syntax.Ast.Tuple;

namespace Ember.Syntax.Parsing;

/// <summary>The compound statements: blocks, class and function definitions, if, while, for, with, try, match.</summary>
public sealed partial class Parser
{
    private List<StmtNode>? Block()
    {
        int mark = _pos;
        if (TryGetMemo(MemoRule.Block, out var memo))
        {
            return (List<StmtNode>?)memo;
        }

        var result = BlockRaw();
        SetMemo(MemoRule.Block, mark, result);
        return result;
    }

    private List<StmtNode>? BlockRaw()
    {
        // NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
        int mark = _pos;
        if (Expect(TokenKind.Newline) && Expect(TokenKind.Indent))
        {
            var a = Statements();
            if (a != null && Expect(TokenKind.Dedent))
            {
                return a;
            }
        }

        _pos = mark;
        var b = SimpleStmts();
        if (b != null)
        {
            return b;
        }

        _pos = mark;
        if (_callInvalidRules)
        {
            InvalidBlock();
        }

        return null;
    }

    private List<ExprNode>? Decorators()
    {
        // ('@' named_expression NEWLINE)+
        List<ExprNode>? list = null;
        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.At))
            {
                var f = NamedExpression();
                if (f != null && Expect(TokenKind.Newline))
                {
                    list ??= new List<ExprNode>();
                    list.Add(f);
                    continue;
                }
            }

            _pos = m;
            return list;
        }
    }

    private StmtNode? ClassDef()
    {
        // decorators class_def_raw | class_def_raw
        int mark = _pos;
        var d = Decorators();
        if (d != null)
        {
            var b = ClassDefRaw();
            if (b is ClassDef cd)
            {
                cd.DecoratorList = d;
                return cd;
            }
        }

        _pos = mark;
        return ClassDefRaw();
    }

    private StmtNode? ClassDefRaw()
    {
        // invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block
        int mark = _pos;
        if (_callInvalidRules)
        {
            InvalidClassDefRaw();
        }

        if (Expect(TokenKind.Class) && Expect(TokenKind.Name, out var name))
        {
            CallArguments? args = null;
            int m = _pos;
            if (Expect(TokenKind.LPar))
            {
                var z = Arguments();
                if (Expect(TokenKind.RPar))
                {
                    args = z;
                }
                else
                {
                    _pos = m;
                }
            }

            if (Expect(TokenKind.Colon))
            {
                var c = Block();
                if (c != null)
                {
                    var (l, col, el, ec) = Extra(mark);
                    return new ClassDef(
                        name.Text,
                        args?.Args ?? new List<ExprNode>(),
                        args?.Keywords ?? new List<Keyword>(),
                        c,
                        new List<ExprNode>(),
                        l,
                        col,
                        el,
                        ec);
                }
            }
        }

        _pos = mark;
        return null;
    }

    private StmtNode? FunctionDef()
    {
        // decorators function_def_raw | function_def_raw
        int mark = _pos;
        var d = Decorators();
        if (d != null)
        {
            var f = FunctionDefRaw();
            switch (f)
            {
                case Ast.FunctionDef fd:
                    fd.DecoratorList = d;
                    return fd;
                case AsyncFunctionDef afd:
                    afd.DecoratorList = d;
                    return afd;
            }
        }

        _pos = mark;
        return FunctionDefRaw();
    }

    private StmtNode? FunctionDefRaw()
    {
        // invalid_def_raw
        // | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
        // | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
        int mark = _pos;
        if (_callInvalidRules)
        {
            InvalidDefRaw();
        }

        bool isAsync = Expect(TokenKind.Async);
        if (Expect(TokenKind.Def) && Expect(TokenKind.Name, out var name))
        {
            ExpectForced(TokenKind.LPar, "(");
            var parameters = Params();
            if (Expect(TokenKind.RPar))
            {
                ExprNode? returns = null;
                int m = _pos;
                if (Expect(TokenKind.RArrow))
                {
                    returns = Expression();
                    if (returns == null)
                    {
                        _pos = m;
                    }
                }

                ExpectForced(TokenKind.Colon, ":");
                FuncTypeComment();
                var body = Block();
                if (body != null)
                {
                    var (l, c, el, ec) = Extra(mark);
                    var args = parameters ?? EmptyArguments();
                    return isAsync
                        ? new AsyncFunctionDef(name.Text, args, body, new List<ExprNode>(), returns, null, l, c, el, ec)
                        : new Ast.FunctionDef(name.Text, args, body, new List<ExprNode>(), returns, null, l, c, el, ec);
                }
            }
        }

        _pos = mark;
        return null;
    }

    private void FuncTypeComment()
    {
        // func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT
        // Type comments are not produced unless requested; only the lookahead reads remain.
        int mark = _pos;
        if (Expect(TokenKind.Newline))
        {
            Peek();
        }

        _pos = mark;
        if (_callInvalidRules)
        {
            InvalidDoubleTypeComments();
        }
    }

    private StmtNode? IfStmt()
    {
        // invalid_if_stmt
        // | 'if' named_expression ':' block elif_stmt
        // | 'if' named_expression ':' block [else_block]
        if (_callInvalidRules)
        {
            InvalidIfStmt();
        }

        return IfOrElif(TokenKind.If);
    }

    private StmtNode? ElifStmt()
    {
        if (_callInvalidRules)
        {
            InvalidElifStmt();
        }

        return IfOrElif(TokenKind.Elif);
    }

    private StmtNode? IfOrElif(TokenKind keyword)
    {
        int mark = _pos;
        if (Expect(keyword))
        {
            var a = NamedExpression();
            if (a != null && Expect(TokenKind.Colon))
            {
                var b = Block();
                if (b != null)
                {
                    int m = _pos;
                    var c = ElifStmt();
                    if (c != null)
                    {
                        var (l, col, el, ec) = Extra(mark);
                        return new If(a, b, new List<StmtNode> { c }, l, col, el, ec);
                    }

                    _pos = m;
                    var e = ElseBlock();
                    var (l2, col2, el2, ec2) = Extra(mark);
                    return new If(a, b, e ?? new List<StmtNode>(), l2, col2, el2, ec2);
                }
            }
        }

        _pos = mark;
        return null;
    }

    private List<StmtNode>? ElseBlock()
    {
        // invalid_else_stmt | 'else' &&':' block
        int mark = _pos;
        if (_callInvalidRules)
        {
            InvalidElseStmt();
        }

        if (Expect(TokenKind.Else))
        {
            ExpectForced(TokenKind.Colon, ":");
            var b = Block();
            if (b != null)
            {
                return b;
            }
        }

        _pos = mark;
        return null;
    }

    private StmtNode? WhileStmt()
    {
        // invalid_while_stmt | 'while' named_expression ':' block [else_block]
        int mark = _pos;
        if (_callInvalidRules)
        {
            InvalidWhileStmt();
        }

        if (Expect(TokenKind.While))
        {
            var a = NamedExpression();
            if (a != null && Expect(TokenKind.Colon))
            {
                var b = Block();
                if (b != null)
                {
                    var c = ElseBlock();
                    var (l, col, el, ec) = Extra(mark);
                    return new While(a, b, c ?? new List<StmtNode>(), l, col, el, ec);
                }
            }
        }

        _pos = mark;
        return null;
    }

    private StmtNode? ForStmt()
    {
        // invalid_for_stmt
        // | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
        // | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
        // | invalid_for_target
        int mark = _pos;
        if (_callInvalidRules)
        {
            InvalidForStmt();
        }

        bool isAsync = Expect(TokenKind.Async);
        if (Expect(TokenKind.For))
        {
            var t = StarTargets();
            if (t != null && Expect(TokenKind.In))
            {
                var ex = StarExpressions();
                if (ex != null && Expect(TokenKind.Colon))
                {
                    var b = Block();
                    if (b != null)
                    {
                        var el = ElseBlock();
                        var (l, c, endl, endc) = Extra(mark);
                        return isAsync
                            ? new AsyncFor(t, ex, b, el ?? new List<StmtNode>(), null, l, c, endl, endc)
                            : new For(t, ex, b, el ?? new List<StmtNode>(), null, l, c, endl, endc);
                    }
                }

                // The cut after 'in'.
                _pos = mark;
                return null;
            }
        }

        _pos = mark;
        if (_callInvalidRules)
        {
            InvalidForTarget();
        }

        return null;
    }

    private StmtNode? WithStmt()
    {
        // invalid_with_stmt_indent
        // | 'with' '(' ','.with_item+ ','? ')' ':' block
        // | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
        // | ASYNC ... (both forms)
        // | invalid_with_stmt
        int mark = _pos;
        if (_callInvalidRules)
        {
            InvalidWithStmtIndent();
        }

        bool isAsync = Expect(TokenKind.Async);
        if (Expect(TokenKind.With))
        {
            int afterWith = _pos;
            if (Expect(TokenKind.LPar))
            {
                var items = WithItems();
                if (items != null)
                {
                    Expect(TokenKind.Comma);
                    if (Expect(TokenKind.RPar) && Expect(TokenKind.Colon))
                    {
                        var b = Block();
                        if (b != null)
                        {
                            return MakeWith(isAsync, items, b, mark);
                        }
                    }
                }
            }

            _pos = afterWith;
            var items2 = WithItems();
            if (items2 != null && Expect(TokenKind.Colon))
            {
                var b = Block();
                if (b != null)
                {
                    return MakeWith(isAsync, items2, b, mark);
                }
            }
        }

        _pos = mark;
        if (_callInvalidRules)
        {
            InvalidWithStmt();
        }

        return null;
    }

    private StmtNode MakeWith(bool isAsync, List<Withitem> items, List<StmtNode> body, int mark)
    {
        var (l, c, el, ec) = Extra(mark);
        return isAsync
            ? new AsyncWith(items, body, null, l, c, el, ec)
            : new With(items, body, null, l, c, el, ec);
    }

    private List<Withitem>? WithItems()
    {
        var first = WithItem();
        if (first == null)
        {
            return null;
        }

        var list = new List<Withitem> { first };
        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.Comma))
            {
                var n = WithItem();
                if (n != null)
                {
                    list.Add(n);
                    continue;
                }
            }

            _pos = m;
            return list;
        }
    }

    private Withitem? WithItem()
    {
        // expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
        int mark = _pos;
        var e = Expression();
        if (e != null && Expect(TokenKind.As))
        {
            var t = StarTarget();
            if (t != null && Peek().Kind is TokenKind.Comma or TokenKind.RPar or TokenKind.Colon)
            {
                return new Withitem(e, t);
            }
        }

        _pos = mark;
        if (_callInvalidRules)
        {
            InvalidWithItem();
        }

        var e2 = Expression();
        if (e2 != null)
        {
            return new Withitem(e2, null);
        }

        _pos = mark;
        return null;
    }

    private StmtNode? TryStmt()
    {
        // invalid_try_stmt
        // | 'try' &&':' block finally_block
        // | 'try' &&':' block except_block+ [else_block] [finally_block]
        // | 'try' &&':' block except_star_block+ [else_block] [finally_block]
        int mark = _pos;
        if (_callInvalidRules)
        {
            InvalidTryStmt();
        }

        if (!Expect(TokenKind.Try))
        {
            return null;
        }

        ExpectForced(TokenKind.Colon, ":");
        var body = Block();
        if (body == null)
        {
            _pos = mark;
            return null;
        }

        int afterBody = _pos;
        var f = FinallyBlock();
        if (f != null)
        {
            var (l, c, el, ec) = Extra(mark);
            return new Try(body, new List<ExcepthandlerNode>(), new List<StmtNode>(), f, l, c, el, ec);
        }

        _pos = afterBody;
        for (int star = 0; star < 2; star++)
        {
            _pos = afterBody;
            List<ExcepthandlerNode>? handlers = null;
            while (true)
            {
                var h = star == 0 ? ExceptBlock() : ExceptStarBlock();
                if (h == null)
                {
                    break;
                }

                handlers ??= new List<ExcepthandlerNode>();
                handlers.Add(h);
            }

            if (handlers != null)
            {
                var orelse = ElseBlock();
                var fin = FinallyBlock();
                var (l, c, el, ec) = Extra(mark);
                return star == 0
                    ? new Try(body, handlers, orelse ?? new List<StmtNode>(), fin ?? new List<StmtNode>(), l, c, el, ec)
                    : new TryStar(body, handlers, orelse ?? new List<StmtNode>(), fin ?? new List<StmtNode>(), l, c, el, ec);
            }
        }

        _pos = mark;
        return null;
    }

    private ExcepthandlerNode? ExceptBlock() => ExceptHandlerRule(star: false);

    private ExcepthandlerNode? ExceptStarBlock() => ExceptHandlerRule(star: true);

    /// <summary>
    /// except_block: invalid_except_stmt_indent | 'except' expression ['as' NAME] ':' block
    /// | 'except' ':' block | invalid_except_stmt; except_star_block: the same with
    /// 'except' '*' and without the bare form.
    /// </summary>
    private ExcepthandlerNode? ExceptHandlerRule(bool star)
    {
        int mark = _pos;
        if (_callInvalidRules)
        {
            if (star)
            {
                InvalidExceptStarStmtIndent();
            }
            else
            {
                InvalidExceptStmtIndent();
            }
        }

        if (Expect(TokenKind.Except) && (!star || Expect(TokenKind.Star)))
        {
            int afterExcept = _pos;
            var e = Expression();
            if (e != null)
            {
                var name = AsName();

                if (Expect(TokenKind.Colon))
                {
                    var b = Block();
                    if (b != null)
                    {
                        var (l, c, el, ec) = Extra(mark);
                        return new ExceptHandler(e, name, b, l, c, el, ec);
                    }
                }
            }

            _pos = afterExcept;
            if (!star && Expect(TokenKind.Colon))
            {
                var b = Block();
                if (b != null)
                {
                    var (l, c, el, ec) = Extra(mark);
                    return new ExceptHandler(null, null, b, l, c, el, ec);
                }
            }
        }

        _pos = mark;
        if (_callInvalidRules)
        {
            InvalidExceptStmt();
        }

        return null;
    }

    private List<StmtNode>? FinallyBlock()
    {
        // invalid_finally_stmt | 'finally' &&':' block
        int mark = _pos;
        if (_callInvalidRules)
        {
            InvalidFinallyStmt();
        }

        if (Expect(TokenKind.Finally))
        {
            ExpectForced(TokenKind.Colon, ":");
            var a = Block();
            if (a != null)
            {
                return a;
            }
        }

        _pos = mark;
        return null;
    }

    private StmtNode? MatchStmt()
    {
        // "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt
        int mark = _pos;
        if (ExpectSoftKeyword("match"))
        {
            var subject = SubjectExpr();
            if (subject != null && Expect(TokenKind.Colon) && Expect(TokenKind.Newline) && Expect(TokenKind.Indent))
            {
                List<MatchCase>? cases = null;
                while (true)
                {
                    var c = CaseBlock();
                    if (c == null)
                    {
                        break;
                    }

                    cases ??= new List<MatchCase>();
                    cases.Add(c);
                }

                if (cases != null && Expect(TokenKind.Dedent))
                {
                    var (l, col, el, ec) = Extra(mark);
                    return new Match(subject, cases, l, col, el, ec);
                }
            }
        }

        _pos = mark;
        if (_callInvalidRules)
        {
            InvalidMatchStmt();
        }

        return null;
    }

    private ExprNode? SubjectExpr()
    {
        // star_named_expression ',' star_named_expressions? | named_expression
        int mark = _pos;
        var value = StarNamedExpression();
        if (value != null && Expect(TokenKind.Comma))
        {
            var values = StarNamedExpressions();
            var elts = new List<ExprNode> { value };
            if (values != null)
            {
                elts.AddRange(values);
            }

            var (l, c, el, ec) = Extra(mark);
            return new Tuple(elts, ExprContext.Load, l, c, el, ec);
        }

        _pos = mark;
        return NamedExpression();
    }

    private MatchCase? CaseBlock()
    {
        // invalid_case_block | "case" patterns guard? ':' block
        int mark = _pos;
        if (_callInvalidRules)
        {
            InvalidCaseBlock();
        }

        if (ExpectSoftKeyword("case"))
        {
            var pattern = Patterns();
            if (pattern != null)
            {
                var guard = Guard();
                if (Expect(TokenKind.Colon))
                {
                    var body = Block();
                    if (body != null)
                    {
                        return new MatchCase(pattern, guard, body);
                    }
                }
            }
        }

        _pos = mark;
        return null;
    }

    private ExprNode? Guard()
    {
        // 'if' named_expression
        int mark = _pos;
        if (Expect(TokenKind.If))
        {
            var g = NamedExpression();
            if (g != null)
            {
                return g;
            }
        }

        _pos = mark;
        return null;
    }
}
