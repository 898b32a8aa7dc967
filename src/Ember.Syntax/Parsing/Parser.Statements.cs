using Ember.Syntax.Ast;
using Ember.Syntax.Lexing;
using Attribute = Ember.Syntax.Ast.Attribute;
using Tuple = Ember.Syntax.Ast.Tuple;

namespace Ember.Syntax.Parsing;

/// <summary>The statement rules of the grammar: start rules, simple and compound statements.</summary>
public sealed partial class Parser
{
    private ModNode? FileRule()
    {
        // file: [statements] ENDMARKER
        int mark = _pos;
        var a = Statements();
        if (Expect(TokenKind.EndMarker))
        {
            return new Module(a ?? new List<StmtNode>(), new List<TypeIgnoreNode>());
        }

        _pos = mark;
        return null;
    }

    private ModNode? InteractiveRule()
    {
        // interactive: statement_newline
        var a = StatementNewline();
        return a == null ? null : new Interactive(a);
    }

    private ModNode? EvalRule()
    {
        // eval: expressions NEWLINE* ENDMARKER
        int mark = _pos;
        var a = Expressions();
        if (a != null)
        {
            while (Expect(TokenKind.Newline))
            {
            }

            if (Expect(TokenKind.EndMarker))
            {
                return new Expression(a);
            }
        }

        _pos = mark;
        return null;
    }

    private ModNode? FuncTypeRule()
    {
        // func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
        int mark = _pos;
        if (Expect(TokenKind.LPar))
        {
            var a = TypeExpressions();
            if (Expect(TokenKind.RPar) && Expect(TokenKind.RArrow))
            {
                var b = Expression();
                if (b != null)
                {
                    while (Expect(TokenKind.Newline))
                    {
                    }

                    if (Expect(TokenKind.EndMarker))
                    {
                        return new FunctionType(a ?? new List<ExprNode>(), b);
                    }
                }
            }
        }

        _pos = mark;
        return null;
    }

    private ModNode? FStringRule()
    {
        // fstring: star_expressions
        var a = StarExpressions();
        return a == null ? null : new Expression(a);
    }

    private List<ExprNode>? TypeExpressions()
    {
        // type_expressions: the ','.expression+ forms with optional '*' and '**' entries;
        // the stars are accepted and dropped, as in CPython.
        int mark = _pos;
        var result = new List<ExprNode>();
        var first = Expression();
        if (first != null)
        {
            result.Add(first);
            while (true)
            {
                int m = _pos;
                if (!Expect(TokenKind.Comma))
                {
                    break;
                }

                var e = Expression();
                if (e == null)
                {
                    _pos = m;
                    break;
                }

                result.Add(e);
            }

            int afterList = _pos;
            if (Expect(TokenKind.Comma))
            {
                if (TypeExpressionsStars(result))
                {
                    return result;
                }
            }

            _pos = afterList;
            return result;
        }

        _pos = mark;
        if (TypeExpressionsStars(result))
        {
            return result;
        }

        _pos = mark;
        return null;
    }

    private bool TypeExpressionsStars(List<ExprNode> result)
    {
        int mark = _pos;
        if (Expect(TokenKind.Star))
        {
            var b = Expression();
            if (b != null)
            {
                result.Add(b);
                int m = _pos;
                if (Expect(TokenKind.Comma) && Expect(TokenKind.DoubleStar))
                {
                    var c = Expression();
                    if (c != null)
                    {
                        result.Add(c);
                        return true;
                    }
                }

                _pos = m;
                return true;
            }
        }

        _pos = mark;
        if (Expect(TokenKind.DoubleStar))
        {
            var c = Expression();
            if (c != null)
            {
                result.Add(c);
                return true;
            }
        }

        _pos = mark;
        return false;
    }

    private List<StmtNode>? Statements()
    {
        // statements: statement+
        List<StmtNode>? result = null;
        while (true)
        {
            var s = Statement();
            if (s == null)
            {
                break;
            }

            result ??= new List<StmtNode>();
            result.AddRange(s);
        }

        return result;
    }

    private List<StmtNode>? Statement()
    {
        // statement: compound_stmt | simple_stmts
        var a = CompoundStmt();
        if (a != null)
        {
            return new List<StmtNode> { a };
        }

        return SimpleStmts();
    }

    private List<StmtNode>? StatementNewline()
    {
        // statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
        int mark = _pos;
        var a = CompoundStmt();
        if (a != null && Expect(TokenKind.Newline))
        {
            return new List<StmtNode> { a };
        }

        _pos = mark;
        var b = SimpleStmts();
        if (b != null)
        {
            return b;
        }

        _pos = mark;
        if (Expect(TokenKind.Newline))
        {
            var (l, c, el, ec) = Extra(mark);
            return new List<StmtNode> { new Pass(l, c, el, ec) };
        }

        // ENDMARKER: CPython's _PyPegen_interactive_exit only records E_EOF for
        // the REPL and fails the rule.
        return null;
    }

    private List<StmtNode>? SimpleStmts()
    {
        // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
        int mark = _pos;
        var a = SimpleStmt();
        if (a != null && !Check(TokenKind.Semi) && Expect(TokenKind.Newline))
        {
            return new List<StmtNode> { a };
        }

        _pos = mark;
        var first = SimpleStmt();
        if (first != null)
        {
            var list = new List<StmtNode> { first };
            while (true)
            {
                int m = _pos;
                if (!Expect(TokenKind.Semi))
                {
                    break;
                }

                var s = SimpleStmt();
                if (s == null)
                {
                    _pos = m;
                    break;
                }

                list.Add(s);
            }

            Expect(TokenKind.Semi);
            if (Expect(TokenKind.Newline))
            {
                return list;
            }
        }

        _pos = mark;
        return null;
    }

    private StmtNode? SimpleStmt()
    {
        int mark = _pos;
        if (TryGetMemo(MemoRule.SimpleStmt, out var memo))
        {
            return (StmtNode?)memo;
        }

        var result = SimpleStmtRaw();
        SetMemo(MemoRule.SimpleStmt, mark, result);
        return result;
    }

    private StmtNode? SimpleStmtRaw()
    {
        int mark = _pos;
        var a = Assignment();
        if (a != null)
        {
            return a;
        }

        _pos = mark;
        var e = StarExpressions();
        if (e != null)
        {
            var (l, c, el, ec) = Extra(mark);
            return new Expr(e, l, c, el, ec);
        }

        _pos = mark;
        switch (Peek().Kind)
        {
            case TokenKind.Return:
                return ReturnStmt();
            case TokenKind.Import:
            case TokenKind.From:
                return ImportStmt();
            case TokenKind.Raise:
                return RaiseStmt();
            case TokenKind.Pass:
            {
                _pos++;
                var (l, c, el, ec) = Extra(mark);
                return new Pass(l, c, el, ec);
            }

            case TokenKind.Del:
                return DelStmt();
            case TokenKind.Yield:
                return YieldStmt();
            case TokenKind.Assert:
                return AssertStmt();
            case TokenKind.Break:
            {
                _pos++;
                var (l, c, el, ec) = Extra(mark);
                return new Break(l, c, el, ec);
            }

            case TokenKind.Continue:
            {
                _pos++;
                var (l, c, el, ec) = Extra(mark);
                return new Continue(l, c, el, ec);
            }

            case TokenKind.Global:
                return GlobalStmt();
            case TokenKind.Nonlocal:
                return NonlocalStmt();
            default:
                return null;
        }
    }

    private StmtNode? CompoundStmt()
    {
        switch (Peek().Kind)
        {
            case TokenKind.Def:
                return FunctionDef();
            case TokenKind.At:
            {
                int mark = _pos;
                var f = FunctionDef();
                if (f != null)
                {
                    return f;
                }

                _pos = mark;
                return ClassDef();
            }

            case TokenKind.Async:
            {
                int mark = _pos;
                var f = FunctionDef();
                if (f != null)
                {
                    return f;
                }

                _pos = mark;
                var w = WithStmt();
                if (w != null)
                {
                    return w;
                }

                _pos = mark;
                return ForStmt();
            }

            case TokenKind.If:
                return IfStmt();
            case TokenKind.Class:
                return ClassDef();
            case TokenKind.With:
                return WithStmt();
            case TokenKind.For:
                return ForStmt();
            case TokenKind.Try:
                return TryStmt();
            case TokenKind.While:
                return WhileStmt();
            default:
                return MatchStmt();
        }
    }

    private StmtNode? Assignment()
    {
        int mark = _pos;

        // NAME ':' expression ['=' annotated_rhs]
        if (Expect(TokenKind.Name, out var nameTok) && Expect(TokenKind.Colon))
        {
            var b = Expression();
            if (b != null)
            {
                var c = AssignedValue();
                var (l, col, el, ec) = Extra(mark);
                return new AnnAssign(NameFromToken(nameTok, ExprContext.Store), b, c, 1, l, col, el, ec);
            }
        }

        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        _pos = mark;
        ExprNode? target = null;
        if (Expect(TokenKind.LPar))
        {
            var t = SingleTarget();
            if (t != null && Expect(TokenKind.RPar))
            {
                target = t;
            }
        }

        if (target == null)
        {
            _pos = mark;
            target = SingleSubscriptAttributeTarget();
        }

        if (target != null && Expect(TokenKind.Colon))
        {
            var b = Expression();
            if (b != null)
            {
                var c = AssignedValue();
                var (l, col, el, ec) = Extra(mark);
                return new AnnAssign(target, b, c, 0, l, col, el, ec);
            }
        }

        // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
        _pos = mark;
        List<ExprNode>? targets = null;
        while (true)
        {
            int m = _pos;
            var z = StarTargets();
            if (z == null || !Expect(TokenKind.Equal))
            {
                _pos = m;
                break;
            }

            targets ??= new List<ExprNode>();
            targets.Add(z);
        }

        if (targets != null)
        {
            var value = YieldExpr() ?? StarExpressions();
            if (value != null && !Check(TokenKind.Equal))
            {
                var (l, col, el, ec) = Extra(mark);
                return new Assign(targets, value, null, l, col, el, ec);
            }
        }

        // single_target augassign ~ (yield_expr | star_expressions)
        _pos = mark;
        var st = SingleTarget();
        if (st != null)
        {
            var op = AugAssignOp();
            if (op != null)
            {
                var value = YieldExpr() ?? StarExpressions();
                if (value == null)
                {
                    // The cut: no other alternative is tried.
                    _pos = mark;
                    return null;
                }

                var (l, col, el, ec) = Extra(mark);
                return new AugAssign(st, op.Value, value, l, col, el, ec);
            }
        }

        _pos = mark;
        if (_callInvalidRules)
        {
            InvalidAssignment();
        }

        return null;
    }

    private ExprNode? AssignedValue()
    {
        // ['=' annotated_rhs]
        int m = _pos;
        if (Expect(TokenKind.Equal))
        {
            var d = AnnotatedRhs();
            if (d != null)
            {
                return d;
            }
        }

        _pos = m;
        return null;
    }

    private ExprNode? AnnotatedRhs() => YieldExpr() ?? StarExpressions();

    private Operator? AugAssignOp()
    {
        Operator? op = Peek().Kind switch
        {
            TokenKind.PlusEqual => Operator.Add,
            TokenKind.MinEqual => Operator.Sub,
            TokenKind.StarEqual => Operator.Mult,
            TokenKind.AtEqual => Operator.MatMult,
            TokenKind.SlashEqual => Operator.Div,
            TokenKind.PercentEqual => Operator.Mod,
            TokenKind.AmperEqual => Operator.BitAnd,
            TokenKind.VBarEqual => Operator.BitOr,
            TokenKind.CircumflexEqual => Operator.BitXor,
            TokenKind.LeftShiftEqual => Operator.LShift,
            TokenKind.RightShiftEqual => Operator.RShift,
            TokenKind.DoubleStarEqual => Operator.Pow,
            TokenKind.DoubleSlashEqual => Operator.FloorDiv,
            _ => null,
        };
        if (op != null)
        {
            _pos++;
        }

        return op;
    }

    private StmtNode? ReturnStmt()
    {
        int mark = _pos;
        if (Expect(TokenKind.Return))
        {
            var a = StarExpressions();
            var (l, c, el, ec) = Extra(mark);
            return new Return(a, l, c, el, ec);
        }

        return null;
    }

    private StmtNode? RaiseStmt()
    {
        // 'raise' expression ['from' expression] | 'raise'
        int mark = _pos;
        if (Expect(TokenKind.Raise))
        {
            int afterRaise = _pos;
            var a = Expression();
            if (a != null)
            {
                ExprNode? b = null;
                int m = _pos;
                if (Expect(TokenKind.From))
                {
                    b = Expression();
                    if (b == null)
                    {
                        _pos = m;
                    }
                }

                var (l, c, el, ec) = Extra(mark);
                return new Raise(a, b, l, c, el, ec);
            }

            _pos = afterRaise;
            var (l2, c2, el2, ec2) = Extra(mark);
            return new Raise(null, null, l2, c2, el2, ec2);
        }

        return null;
    }

    private StmtNode? GlobalStmt() => GlobalOrNonlocal(TokenKind.Global);

    private StmtNode? NonlocalStmt() => GlobalOrNonlocal(TokenKind.Nonlocal);

    /// <summary>global_stmt: 'global' ','.NAME+; nonlocal_stmt the same with 'nonlocal'.</summary>
    private StmtNode? GlobalOrNonlocal(TokenKind keyword)
    {
        int mark = _pos;
        if (Expect(keyword))
        {
            var names = NameList();
            if (names != null)
            {
                var (l, c, el, ec) = Extra(mark);
                return keyword == TokenKind.Global ? new Global(names, l, c, el, ec) : new Nonlocal(names, l, c, el, ec);
            }
        }

        _pos = mark;
        return null;
    }

    private List<string>? NameList()
    {
        // ','.NAME+
        if (!Expect(TokenKind.Name, out var first))
        {
            return null;
        }

        var names = new List<string> { first.Text };
        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.Comma) && Expect(TokenKind.Name, out var t))
            {
                names.Add(t.Text);
                continue;
            }

            _pos = m;
            return names;
        }
    }

    private StmtNode? DelStmt()
    {
        // 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
        int mark = _pos;
        if (Expect(TokenKind.Del))
        {
            var a = DelTargets();
            if (a != null && Peek().Kind is TokenKind.Semi or TokenKind.Newline)
            {
                var (l, c, el, ec) = Extra(mark);
                return new Delete(a, l, c, el, ec);
            }
        }

        _pos = mark;
        if (_callInvalidRules)
        {
            InvalidDelStmt();
        }

        return null;
    }

    private StmtNode? YieldStmt()
    {
        int mark = _pos;
        var y = YieldExpr();
        if (y != null)
        {
            var (l, c, el, ec) = Extra(mark);
            return new Expr(y, l, c, el, ec);
        }

        return null;
    }

    private StmtNode? AssertStmt()
    {
        // 'assert' expression [',' expression]
        int mark = _pos;
        if (Expect(TokenKind.Assert))
        {
            var a = Expression();
            if (a != null)
            {
                ExprNode? b = null;
                int m = _pos;
                if (Expect(TokenKind.Comma))
                {
                    b = Expression();
                    if (b == null)
                    {
                        _pos = m;
                    }
                }

                var (l, c, el, ec) = Extra(mark);
                return new Assert(a, b, l, c, el, ec);
            }
        }

        _pos = mark;
        return null;
    }

    private StmtNode? ImportStmt()
    {
        int mark = _pos;
        if (TryGetMemo(MemoRule.ImportStmt, out var memo))
        {
            return (StmtNode?)memo;
        }

        var result = ImportName() ?? ImportFrom();
        if (result == null)
        {
            _pos = mark;
        }

        SetMemo(MemoRule.ImportStmt, mark, result);
        return result;
    }

    private StmtNode? ImportName()
    {
        // 'import' dotted_as_names
        int mark = _pos;
        if (Expect(TokenKind.Import))
        {
            var a = DottedAsNames();
            if (a != null)
            {
                var (l, c, el, ec) = Extra(mark);
                return new Import(a, l, c, el, ec);
            }
        }

        _pos = mark;
        return null;
    }

    private StmtNode? ImportFrom()
    {
        // 'from' ('.' | '...')* dotted_name 'import' import_from_targets
        // | 'from' ('.' | '...')+ 'import' import_from_targets
        int mark = _pos;
        if (!Expect(TokenKind.From))
        {
            return null;
        }

        int afterFrom = _pos;
        int level = CountDots();
        var b = DottedName();
        if (b != null && Expect(TokenKind.Import))
        {
            var c = ImportFromTargets();
            if (c != null)
            {
                var (l, col, el, ec) = Extra(mark);
                return new ImportFrom(b, c, level, l, col, el, ec);
            }
        }

        _pos = afterFrom;
        level = CountDots();
        if (level > 0 && Expect(TokenKind.Import))
        {
            var c = ImportFromTargets();
            if (c != null)
            {
                var (l, col, el, ec) = Extra(mark);
                return new ImportFrom(null, c, level, l, col, el, ec);
            }
        }

        _pos = mark;
        return null;
    }

    private int CountDots()
    {
        int level = 0;
        while (true)
        {
            var k = Peek().Kind;
            if (k == TokenKind.Dot)
            {
                level++;
            }
            else if (k == TokenKind.Ellipsis)
            {
                level += 3;
            }
            else
            {
                return level;
            }

            _pos++;
        }
    }

    private List<Alias>? ImportFromTargets()
    {
        // '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*' | invalid_import_from_targets
        int mark = _pos;
        if (Expect(TokenKind.LPar))
        {
            var a = ImportFromAsNames();
            if (a != null)
            {
                Expect(TokenKind.Comma);
                if (Expect(TokenKind.RPar))
                {
                    return a;
                }
            }
        }

        _pos = mark;
        var b = ImportFromAsNames();
        if (b != null && !Check(TokenKind.Comma))
        {
            return b;
        }

        _pos = mark;
        if (Expect(TokenKind.Star))
        {
            var (l, c, el, ec) = Extra(mark);
            return new List<Alias> { new Alias("*", null, l, c, el, ec) };
        }

        if (_callInvalidRules)
        {
            InvalidImportFromTargets();
        }

        return null;
    }

    private List<Alias>? ImportFromAsNames() => AliasList(dotted: false);

    private List<Alias>? DottedAsNames() => AliasList(dotted: true);

    /// <summary>import_from_as_names: ','.import_from_as_name+; dotted_as_names: ','.dotted_as_name+.</summary>
    private List<Alias>? AliasList(bool dotted)
    {
        var first = dotted ? DottedAsName() : ImportFromAsName();
        if (first == null)
        {
            return null;
        }

        var list = new List<Alias> { first };
        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.Comma))
            {
                var n = dotted ? DottedAsName() : ImportFromAsName();
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

    private Alias? ImportFromAsName()
    {
        // NAME ['as' NAME]
        int mark = _pos;
        if (!Expect(TokenKind.Name, out var a))
        {
            return null;
        }

        var asname = AsName();
        var (l, c, el, ec) = Extra(mark);
        return new Alias(a.Text, asname, l, c, el, ec);
    }

    private Alias? DottedAsName()
    {
        // dotted_name ['as' NAME]
        int mark = _pos;
        var a = DottedName();
        if (a == null)
        {
            return null;
        }

        var asname = AsName();
        var (l, c, el, ec) = Extra(mark);
        return new Alias(a, asname, l, c, el, ec);
    }

    /// <summary>['as' NAME]: the name, or null with the position unchanged.</summary>
    private string? AsName()
    {
        int m = _pos;
        if (Expect(TokenKind.As) && Expect(TokenKind.Name, out var z))
        {
            return z.Text;
        }

        _pos = m;
        return null;
    }

    private string? DottedName()
    {
        // dotted_name: dotted_name '.' NAME | NAME
        if (!Expect(TokenKind.Name, out var first))
        {
            return null;
        }

        string name = first.Text;
        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.Dot) && Expect(TokenKind.Name, out var next))
            {
                name = name + "." + next.Text;
                continue;
            }

            _pos = m;
            return name;
        }
    }
}
