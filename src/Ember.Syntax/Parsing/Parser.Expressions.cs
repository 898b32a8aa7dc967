using Ember.Syntax.Ast;
using Ember.Syntax.Lexing;
using Attribute = Ember.Syntax.Ast.Attribute;
using Tuple = Ember.Syntax.Ast.Tuple;

namespace Ember.Syntax.Parsing;

/// <summary>
/// The expression rules. The grammar's left-recursive rules (bitwise_or down to
/// term, primary) are written as loops that grow the result, which reads the
/// same tokens as pegen's seed-growing and builds the same left-leaning trees.
/// </summary>
public sealed partial class Parser
{
    private ExprNode? Expressions()
    {
        // expression (',' expression)+ [','] | expression ',' | expression
        int mark = _pos;
        var a = Expression();
        if (a == null)
        {
            return null;
        }

        if (!Check(TokenKind.Comma))
        {
            return a;
        }

        var elts = new List<ExprNode> { a };
        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.Comma))
            {
                var c = Expression();
                if (c != null)
                {
                    elts.Add(c);
                    continue;
                }
            }

            _pos = m;
            break;
        }

        Expect(TokenKind.Comma);
        var (l, col, el, ec) = Extra(mark);
        return new Tuple(elts, ExprContext.Load, l, col, el, ec);
    }

    private ExprNode? Expression()
    {
        int mark = _pos;
        if (TryGetMemo(MemoRule.Expression, out var memo))
        {
            return (ExprNode?)memo;
        }

        Enter();
        var result = ExpressionRaw();
        Leave();
        SetMemo(MemoRule.Expression, mark, result);
        return result;
    }

    private ExprNode? ExpressionRaw()
    {
        // invalid_expression | invalid_legacy_expression
        // | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
        int mark = _pos;
        if (_callInvalidRules)
        {
            InvalidExpression();
            InvalidLegacyExpression();
        }

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

    private ExprNode? YieldExpr()
    {
        // 'yield' 'from' expression | 'yield' [star_expressions]
        int mark = _pos;
        if (!Expect(TokenKind.Yield))
        {
            return null;
        }

        if (Expect(TokenKind.From))
        {
            var a = Expression();
            if (a != null)
            {
                var (l, c, el, ec) = Extra(mark);
                return new YieldFrom(a, l, c, el, ec);
            }
        }

        _pos = mark + 1;
        var v = StarExpressions();
        var (l2, c2, el2, ec2) = Extra(mark);
        return new Yield(v, l2, c2, el2, ec2);
    }

    private ExprNode? StarExpressions()
    {
        // star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
        int mark = _pos;
        var a = StarExpression();
        if (a == null)
        {
            return null;
        }

        if (!Check(TokenKind.Comma))
        {
            return a;
        }

        var elts = new List<ExprNode> { a };
        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.Comma))
            {
                var c = StarExpression();
                if (c != null)
                {
                    elts.Add(c);
                    continue;
                }
            }

            _pos = m;
            break;
        }

        Expect(TokenKind.Comma);
        var (l, col, el, ec) = Extra(mark);
        return new Tuple(elts, ExprContext.Load, l, col, el, ec);
    }

    private ExprNode? StarExpression()
    {
        // '*' bitwise_or | expression
        int mark = _pos;
        if (TryGetMemo(MemoRule.StarExpression, out var memo))
        {
            return (ExprNode?)memo;
        }

        ExprNode? result = null;
        if (Expect(TokenKind.Star))
        {
            var a = BitwiseOr();
            if (a != null)
            {
                var (l, c, el, ec) = Extra(mark);
                result = new Starred(a, ExprContext.Load, l, c, el, ec);
            }
            else
            {
                _pos = mark;
            }
        }

        result ??= Expression();
        SetMemo(MemoRule.StarExpression, mark, result);
        return result;
    }

    private List<ExprNode>? StarNamedExpressions()
    {
        // ','.star_named_expression+ [',']
        var first = StarNamedExpression();
        if (first == null)
        {
            return null;
        }

        var list = new List<ExprNode> { first };
        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.Comma))
            {
                var n = StarNamedExpression();
                if (n != null)
                {
                    list.Add(n);
                    continue;
                }
            }

            _pos = m;
            break;
        }

        Expect(TokenKind.Comma);
        return list;
    }

    private ExprNode? StarNamedExpression()
    {
        // '*' bitwise_or | named_expression
        int mark = _pos;
        if (Expect(TokenKind.Star))
        {
            var a = BitwiseOr();
            if (a != null)
            {
                var (l, c, el, ec) = Extra(mark);
                return new Starred(a, ExprContext.Load, l, c, el, ec);
            }

            _pos = mark;
        }

        return NamedExpression();
    }

    private ExprNode? AssignmentExpression()
    {
        // NAME ':=' ~ expression
        int mark = _pos;
        if (Expect(TokenKind.Name, out var a) && Expect(TokenKind.ColonEqual))
        {
            var b = Expression();
            if (b != null)
            {
                var (l, c, el, ec) = Extra(mark);
                return new NamedExpr(NameFromToken(a, ExprContext.Store), b, l, c, el, ec);
            }
        }

        _pos = mark;
        return null;
    }

    private ExprNode? NamedExpression()
    {
        // assignment_expression | invalid_named_expression | expression !':='
        int mark = _pos;
        var a = AssignmentExpression();
        if (a != null)
        {
            return a;
        }

        if (_callInvalidRules)
        {
            InvalidNamedExpression();
        }

        var e = Expression();
        if (e != null && !Check(TokenKind.ColonEqual))
        {
            return e;
        }

        _pos = mark;
        return null;
    }

    private ExprNode? Disjunction()
    {
        int mark = _pos;
        if (TryGetMemo(MemoRule.Disjunction, out var memo))
        {
            return (ExprNode?)memo;
        }

        var result = BoolOpChain(TokenKind.Or, BoolOperator.Or, mark);
        SetMemo(MemoRule.Disjunction, mark, result);
        return result;
    }

    private ExprNode? Conjunction()
    {
        int mark = _pos;
        if (TryGetMemo(MemoRule.Conjunction, out var memo))
        {
            return (ExprNode?)memo;
        }

        var result = BoolOpChain(TokenKind.And, BoolOperator.And, mark);
        SetMemo(MemoRule.Conjunction, mark, result);
        return result;
    }

    private ExprNode? BoolOpChain(TokenKind keyword, BoolOperator op, int mark)
    {
        // disjunction: conjunction ('or' conjunction)+ | conjunction (and the same for conjunction/inversion)
        var a = keyword == TokenKind.Or ? Conjunction() : Inversion();
        if (a == null)
        {
            return null;
        }

        List<ExprNode>? values = null;
        while (true)
        {
            int m = _pos;
            if (Expect(keyword))
            {
                var c = keyword == TokenKind.Or ? Conjunction() : Inversion();
                if (c != null)
                {
                    values ??= new List<ExprNode> { a };
                    values.Add(c);
                    continue;
                }
            }

            _pos = m;
            break;
        }

        if (values == null)
        {
            return a;
        }

        var (l, col, el, ec) = Extra(mark);
        return new BoolOp(op, values, l, col, el, ec);
    }

    private ExprNode? Inversion()
    {
        // 'not' inversion | comparison
        int mark = _pos;
        if (TryGetMemo(MemoRule.Inversion, out var memo))
        {
            return (ExprNode?)memo;
        }

        Enter();
        ExprNode? result = null;
        if (Expect(TokenKind.Not))
        {
            var a = Inversion();
            if (a != null)
            {
                var (l, c, el, ec) = Extra(mark);
                result = new UnaryOp(UnaryOperator.Not, a, l, c, el, ec);
            }
            else
            {
                _pos = mark;
            }
        }

        result ??= Comparison();
        Leave();
        SetMemo(MemoRule.Inversion, mark, result);
        return result;
    }

    private ExprNode? Comparison()
    {
        // bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
        int mark = _pos;
        var a = BitwiseOr();
        if (a == null)
        {
            return null;
        }

        List<CmpOperator>? ops = null;
        List<ExprNode>? comparators = null;
        while (true)
        {
            var pair = CompareOpBitwiseOrPair();
            if (pair == null)
            {
                break;
            }

            ops ??= new List<CmpOperator>();
            comparators ??= new List<ExprNode>();
            ops.Add(pair.Value.Op);
            comparators.Add(pair.Value.Expr);
        }

        if (ops == null)
        {
            return a;
        }

        var (l, c, el, ec) = Extra(mark);
        return new Compare(a, ops, comparators!, l, c, el, ec);
    }

    private CmpopExprPair? CompareOpBitwiseOrPair()
    {
        int mark = _pos;
        ref readonly var t = ref Peek();
        CmpOperator op;
        switch (t.Kind)
        {
            case TokenKind.EqEqual:
                op = CmpOperator.Eq;
                break;
            case TokenKind.NotEqual:
                // _PyPegen_check_barry_as_flufl: only '!=' is accepted.
                if (t.Text != "!=")
                {
                    return null;
                }

                op = CmpOperator.NotEq;
                break;
            case TokenKind.LessEqual:
                op = CmpOperator.LtE;
                break;
            case TokenKind.Less:
                op = CmpOperator.Lt;
                break;
            case TokenKind.GreaterEqual:
                op = CmpOperator.GtE;
                break;
            case TokenKind.Greater:
                op = CmpOperator.Gt;
                break;
            case TokenKind.Not:
                _pos++;
                if (!Check(TokenKind.In))
                {
                    _pos = mark;
                    return null;
                }

                op = CmpOperator.NotIn;
                break;
            case TokenKind.In:
                op = CmpOperator.In;
                break;
            case TokenKind.Is:
                _pos++;
                if (Check(TokenKind.Not))
                {
                    _pos++;
                    var b = BitwiseOr();
                    if (b != null)
                    {
                        return new CmpopExprPair(CmpOperator.IsNot, b);
                    }
                }

                _pos = mark + 1;
                var c = BitwiseOr();
                if (c != null)
                {
                    return new CmpopExprPair(CmpOperator.Is, c);
                }

                _pos = mark;
                return null;
            default:
                return null;
        }

        _pos++;
        var e = BitwiseOr();
        if (e != null)
        {
            return new CmpopExprPair(op, e);
        }

        _pos = mark;
        return null;
    }

    private ExprNode? BitwiseOr()
    {
        int mark = _pos;
        if (TryGetMemo(MemoRule.BitwiseOr, out var memo))
        {
            return (ExprNode?)memo;
        }

        var result = BinaryChain(MemoRule.BitwiseOr, mark);
        SetMemo(MemoRule.BitwiseOr, mark, result);
        return result;
    }

    /// <summary>
    /// One level of the left-recursive binary operator rules: bitwise_or,
    /// bitwise_xor, bitwise_and, shift_expr, sum, term.
    /// </summary>
    private ExprNode? BinaryChain(MemoRule level, int mark)
    {
        var a = BinaryOperand(level);
        if (a == null)
        {
            return null;
        }

        while (true)
        {
            var kind = Peek().Kind;
            Operator op;
            switch (level)
            {
                case MemoRule.BitwiseOr when kind == TokenKind.VBar:
                    op = Operator.BitOr;
                    break;
                case MemoRule.BitwiseXor when kind == TokenKind.Circumflex:
                    op = Operator.BitXor;
                    break;
                case MemoRule.BitwiseAnd when kind == TokenKind.Amper:
                    op = Operator.BitAnd;
                    break;
                case MemoRule.ShiftExpr when kind == TokenKind.LeftShift:
                    op = Operator.LShift;
                    break;
                case MemoRule.ShiftExpr when kind == TokenKind.RightShift:
                    op = Operator.RShift;
                    break;
                case MemoRule.Sum when kind == TokenKind.Plus:
                    op = Operator.Add;
                    break;
                case MemoRule.Sum when kind == TokenKind.Minus:
                    op = Operator.Sub;
                    break;
                case MemoRule.Term when kind == TokenKind.Star:
                    op = Operator.Mult;
                    break;
                case MemoRule.Term when kind == TokenKind.Slash:
                    op = Operator.Div;
                    break;
                case MemoRule.Term when kind == TokenKind.DoubleSlash:
                    op = Operator.FloorDiv;
                    break;
                case MemoRule.Term when kind == TokenKind.Percent:
                    op = Operator.Mod;
                    break;
                case MemoRule.Term when kind == TokenKind.At:
                    op = Operator.MatMult;
                    break;
                default:
                    return a;
            }

            int m = _pos;
            _pos++;
            var b = BinaryOperand(level);
            if (b == null)
            {
                _pos = m;
                return a;
            }

            var (l, c, el, ec) = Extra(mark);
            a = new BinOp(a, op, b, l, c, el, ec);
        }
    }

    private ExprNode? BinaryOperand(MemoRule level)
    {
        switch (level)
        {
            case MemoRule.BitwiseOr:
                return BitwiseXor();
            case MemoRule.BitwiseXor:
                return BitwiseAnd();
            case MemoRule.BitwiseAnd:
                return ShiftExpr();
            case MemoRule.ShiftExpr:
                return Sum();
            case MemoRule.Sum:
                return Term();
            default:
                return Factor();
        }
    }

    private ExprNode? BitwiseXor() => MemoizedChain(MemoRule.BitwiseXor);

    private ExprNode? BitwiseAnd() => MemoizedChain(MemoRule.BitwiseAnd);

    private ExprNode? ShiftExpr() => MemoizedChain(MemoRule.ShiftExpr);

    private ExprNode? Sum() => MemoizedChain(MemoRule.Sum);

    private ExprNode? Term() => MemoizedChain(MemoRule.Term);

    private ExprNode? MemoizedChain(MemoRule level)
    {
        int mark = _pos;
        if (TryGetMemo(level, out var memo))
        {
            return (ExprNode?)memo;
        }

        var result = BinaryChain(level, mark);
        SetMemo(level, mark, result);
        return result;
    }

    private ExprNode? Factor()
    {
        // '+' factor | '-' factor | '~' factor | power
        int mark = _pos;
        if (TryGetMemo(MemoRule.Factor, out var memo))
        {
            return (ExprNode?)memo;
        }

        Enter();
        ExprNode? result = null;
        UnaryOperator? op = Peek().Kind switch
        {
            TokenKind.Plus => UnaryOperator.UAdd,
            TokenKind.Minus => UnaryOperator.USub,
            TokenKind.Tilde => UnaryOperator.Invert,
            _ => null,
        };
        if (op != null)
        {
            _pos++;
            var a = Factor();
            if (a != null)
            {
                var (l, c, el, ec) = Extra(mark);
                result = new UnaryOp(op.Value, a, l, c, el, ec);
            }
            else
            {
                _pos = mark;
            }
        }

        result ??= Power();
        Leave();
        SetMemo(MemoRule.Factor, mark, result);
        return result;
    }

    private ExprNode? Power()
    {
        // await_primary '**' factor | await_primary
        int mark = _pos;
        var a = AwaitPrimary();
        if (a == null)
        {
            return null;
        }

        int m = _pos;
        if (Expect(TokenKind.DoubleStar))
        {
            var b = Factor();
            if (b != null)
            {
                var (l, c, el, ec) = Extra(mark);
                return new BinOp(a, Operator.Pow, b, l, c, el, ec);
            }
        }

        _pos = m;
        return a;
    }

    private ExprNode? AwaitPrimary()
    {
        // AWAIT primary | primary
        int mark = _pos;
        if (TryGetMemo(MemoRule.AwaitPrimary, out var memo))
        {
            return (ExprNode?)memo;
        }

        ExprNode? result = null;
        if (Expect(TokenKind.Await))
        {
            var a = Primary();
            if (a != null)
            {
                var (l, c, el, ec) = Extra(mark);
                result = new Await(a, l, c, el, ec);
            }
            else
            {
                _pos = mark;
            }
        }

        result ??= Primary();
        SetMemo(MemoRule.AwaitPrimary, mark, result);
        return result;
    }

    private ExprNode? Primary()
    {
        // primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
        int mark = _pos;
        if (TryGetMemo(MemoRule.Primary, out var memo))
        {
            return (ExprNode?)memo;
        }

        Enter();
        var a = Atom();
        if (a != null)
        {
            while (true)
            {
                var next = PrimaryTrailer(a, mark, lookaheadRequired: false);
                if (next == null)
                {
                    break;
                }

                a = next;
            }
        }

        Leave();
        SetMemo(MemoRule.Primary, mark, a);
        return a;
    }

    /// <summary>
    /// One growth step of primary / t_primary: '.' NAME, genexp, '(' [arguments] ')'
    /// or '[' slices ']' applied to <paramref name="a"/>. With
    /// <paramref name="lookaheadRequired"/> each step must be followed by t_lookahead.
    /// </summary>
    private ExprNode? PrimaryTrailer(ExprNode a, int mark, bool lookaheadRequired)
    {
        int m = _pos;
        var kind = Peek().Kind;

        // primary genexp: genexp's invalid_comprehension also starts at '[' and '{'.
        if (_callInvalidRules && !lookaheadRequired && kind is TokenKind.LSqb or TokenKind.LBrace)
        {
            InvalidComprehension();
        }

        if (kind == TokenKind.Dot)
        {
            _pos++;
            if (Expect(TokenKind.Name, out var b) && (!lookaheadRequired || TLookahead()))
            {
                var (l, c, el, ec) = Extra(mark);
                return new Attribute(a, b.Text, ExprContext.Load, l, c, el, ec);
            }

            _pos = m;
            return null;
        }

        if (kind == TokenKind.LPar)
        {
            var g = Genexp();
            if (g != null && (!lookaheadRequired || TLookahead()))
            {
                var (l, c, el, ec) = Extra(mark);
                return new Call(a, new List<ExprNode> { g }, new List<Keyword>(), l, c, el, ec);
            }

            _pos = m + 1;
            var args = Arguments();
            if (Expect(TokenKind.RPar) && (!lookaheadRequired || TLookahead()))
            {
                var (l, c, el, ec) = Extra(mark);
                return new Call(a, args?.Args ?? new List<ExprNode>(), args?.Keywords ?? new List<Keyword>(), l, c, el, ec);
            }

            _pos = m;
            return null;
        }

        if (kind == TokenKind.LSqb)
        {
            _pos++;
            var s = Slices();
            if (s != null && Expect(TokenKind.RSqb) && (!lookaheadRequired || TLookahead()))
            {
                var (l, c, el, ec) = Extra(mark);
                return new Subscript(a, s, ExprContext.Load, l, c, el, ec);
            }

            _pos = m;
            return null;
        }

        return null;
    }

    /// <summary>t_lookahead: &amp;('(' | '[' | '.').</summary>
    private bool TLookahead() => Peek().Kind is TokenKind.LPar or TokenKind.LSqb or TokenKind.Dot;

    private ExprNode? Slices()
    {
        // slice !',' | ','.(slice | starred_expression)+ [',']
        int mark = _pos;
        var a = Slice();
        if (a != null && !Check(TokenKind.Comma))
        {
            return a;
        }

        _pos = mark;
        var first = Slice() ?? StarredExpression();
        if (first == null)
        {
            _pos = mark;
            return null;
        }

        var elts = new List<ExprNode> { first };
        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.Comma))
            {
                var n = Slice() ?? StarredExpression();
                if (n != null)
                {
                    elts.Add(n);
                    continue;
                }
            }

            _pos = m;
            break;
        }

        Expect(TokenKind.Comma);
        var (l, c, el, ec) = Extra(mark);
        return new Tuple(elts, ExprContext.Load, l, c, el, ec);
    }

    private ExprNode? Slice()
    {
        // [expression] ':' [expression] [':' [expression]] | named_expression
        int mark = _pos;
        var lower = Expression();
        if (Expect(TokenKind.Colon))
        {
            var upper = Expression();
            ExprNode? step = null;
            int m = _pos;
            if (Expect(TokenKind.Colon))
            {
                step = Expression();
            }
            else
            {
                _pos = m;
            }

            var (l, c, el, ec) = Extra(mark);
            return new Slice(lower, upper, step, l, c, el, ec);
        }

        _pos = mark;
        return NamedExpression();
    }

    private ExprNode? Atom()
    {
        int mark = _pos;
        ref readonly var t = ref Peek();
        switch (t.Kind)
        {
            case TokenKind.Name:
                _pos++;
                return NameFromToken(t, ExprContext.Load);
            case TokenKind.True:
            case TokenKind.False:
            case TokenKind.None:
            {
                object value = t.Kind == TokenKind.None ? NoneValue.Instance : t.Kind == TokenKind.True;
                _pos++;
                var (l, c, el, ec) = Extra(mark);
                return new Constant(value, null, l, c, el, ec);
            }

            case TokenKind.String:
                return Strings();
            case TokenKind.Number:
            {
                _pos++;
                return new Constant(NumberLiterals.Parse(this, t), null, t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset);
            }

            case TokenKind.LPar:
                return Tuple() ?? Group() ?? Genexp();
            case TokenKind.LSqb:
                return List() ?? Listcomp();
            case TokenKind.LBrace:
                return Dict() ?? Set() ?? Dictcomp() ?? Setcomp();
            case TokenKind.Ellipsis:
            {
                _pos++;
                var (l, c, el, ec) = Extra(mark);
                return new Constant(EllipsisValue.Instance, null, l, c, el, ec);
            }

            default:
                return null;
        }
    }

    private ExprNode? Strings()
    {
        // STRING+
        int mark = _pos;
        if (TryGetMemo(MemoRule.Strings, out var memo))
        {
            return (ExprNode?)memo;
        }

        var tokens = new List<Token>();
        while (Expect(TokenKind.String, out var t))
        {
            tokens.Add(t);
        }

        ExprNode? result = tokens.Count == 0 ? null : StringLiterals.Concatenate(this, tokens);
        SetMemo(MemoRule.Strings, mark, result);
        return result;
    }

    private ExprNode? Group()
    {
        // '(' (yield_expr | named_expression) ')' | invalid_group
        int mark = _pos;
        if (Expect(TokenKind.LPar))
        {
            var a = YieldExpr() ?? NamedExpression();
            if (a != null && Expect(TokenKind.RPar))
            {
                return a;
            }
        }

        _pos = mark;
        if (_callInvalidRules)
        {
            InvalidGroup();
        }

        return null;
    }

    private ExprNode? Tuple()
    {
        // '(' [star_named_expression ',' [star_named_expressions]] ')'
        int mark = _pos;
        if (!Expect(TokenKind.LPar))
        {
            return null;
        }

        List<ExprNode>? elts = null;
        int m = _pos;
        var y = StarNamedExpression();
        if (y != null && Expect(TokenKind.Comma))
        {
            elts = new List<ExprNode> { y };
            var z = StarNamedExpressions();
            if (z != null)
            {
                elts.AddRange(z);
            }
        }
        else
        {
            _pos = m;
        }

        if (Expect(TokenKind.RPar))
        {
            var (l, c, el, ec) = Extra(mark);
            return new Tuple(elts ?? new List<ExprNode>(), ExprContext.Load, l, c, el, ec);
        }

        _pos = mark;
        return null;
    }

    private ExprNode? List()
    {
        // '[' [star_named_expressions] ']'
        int mark = _pos;
        if (Expect(TokenKind.LSqb))
        {
            var a = StarNamedExpressions();
            if (Expect(TokenKind.RSqb))
            {
                var (l, c, el, ec) = Extra(mark);
                return new List(a ?? new List<ExprNode>(), ExprContext.Load, l, c, el, ec);
            }
        }

        _pos = mark;
        return null;
    }

    private ExprNode? Set()
    {
        // '{' star_named_expressions '}'
        int mark = _pos;
        if (Expect(TokenKind.LBrace))
        {
            var a = StarNamedExpressions();
            if (a != null && Expect(TokenKind.RBrace))
            {
                var (l, c, el, ec) = Extra(mark);
                return new Set(a, l, c, el, ec);
            }
        }

        _pos = mark;
        return null;
    }

    private ExprNode? Dict()
    {
        // '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
        int mark = _pos;
        if (Expect(TokenKind.LBrace))
        {
            var keys = new List<ExprNode?>();
            var values = new List<ExprNode>();
            DoubleStarredKvpairs(keys, values);
            if (Expect(TokenKind.RBrace))
            {
                var (l, c, el, ec) = Extra(mark);
                return new Dict(keys, values, l, c, el, ec);
            }
        }

        // Not behind _callInvalidRules: pegen guards only alternatives made of a
        // single invalid rule, so this one also runs in the first pass.
        _pos = mark;
        if (Expect(TokenKind.LBrace))
        {
            InvalidDoubleStarredKvpairs();
            _pos = mark;
        }

        return null;
    }

    private bool DoubleStarredKvpairs(List<ExprNode?> keys, List<ExprNode> values)
    {
        // ','.double_starred_kvpair+ [',']
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
            break;
        }

        Expect(TokenKind.Comma);
        return true;
    }

    private bool DoubleStarredKvpair(List<ExprNode?> keys, List<ExprNode> values)
    {
        // '**' bitwise_or | kvpair
        int mark = _pos;
        if (Expect(TokenKind.DoubleStar))
        {
            var a = BitwiseOr();
            if (a != null)
            {
                keys.Add(null);
                values.Add(a);
                return true;
            }

            _pos = mark;
        }

        var kv = Kvpair();
        if (kv != null)
        {
            keys.Add(kv.Value.Key);
            values.Add(kv.Value.Value);
            return true;
        }

        return false;
    }

    private (ExprNode Key, ExprNode Value)? Kvpair()
    {
        // expression ':' expression
        int mark = _pos;
        var a = Expression();
        if (a != null && Expect(TokenKind.Colon))
        {
            var b = Expression();
            if (b != null)
            {
                return (a, b);
            }
        }

        _pos = mark;
        return null;
    }

    private List<Comprehension>? ForIfClauses()
    {
        // for_if_clause+
        List<Comprehension>? list = null;
        while (true)
        {
            var c = ForIfClause();
            if (c == null)
            {
                return list;
            }

            list ??= new List<Comprehension>();
            list.Add(c);
        }
    }

    private Comprehension? ForIfClause()
    {
        // ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
        // | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
        // | invalid_for_target
        int mark = _pos;
        bool isAsync = Expect(TokenKind.Async);
        if (Expect(TokenKind.For))
        {
            var a = StarTargets();
            if (a != null && Expect(TokenKind.In))
            {
                var b = Disjunction();
                if (b == null)
                {
                    // The cut after 'in'.
                    _pos = mark;
                    return null;
                }

                var ifs = new List<ExprNode>();
                while (true)
                {
                    int m = _pos;
                    if (Expect(TokenKind.If))
                    {
                        var z = Disjunction();
                        if (z != null)
                        {
                            ifs.Add(z);
                            continue;
                        }
                    }

                    _pos = m;
                    break;
                }

                return new Comprehension(a, b, ifs, isAsync ? 1 : 0);
            }
        }

        _pos = mark;
        if (_callInvalidRules)
        {
            InvalidForTarget();
        }

        return null;
    }

    private ExprNode? Listcomp() => ListOrSetComp(TokenKind.LSqb, TokenKind.RSqb);

    private ExprNode? Setcomp() => ListOrSetComp(TokenKind.LBrace, TokenKind.RBrace);

    /// <summary>
    /// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension;
    /// setcomp is the same with braces.
    /// </summary>
    private ExprNode? ListOrSetComp(TokenKind open, TokenKind close)
    {
        int mark = _pos;
        if (Expect(open))
        {
            var a = NamedExpression();
            if (a != null)
            {
                var b = ForIfClauses();
                if (b != null && Expect(close))
                {
                    var (l, c, el, ec) = Extra(mark);
                    return open == TokenKind.LSqb ? new ListComp(a, b, l, c, el, ec) : new SetComp(a, b, l, c, el, ec);
                }
            }
        }

        _pos = mark;
        if (_callInvalidRules)
        {
            InvalidComprehension();
        }

        return null;
    }

    private ExprNode? Genexp()
    {
        // '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
        int mark = _pos;
        if (Expect(TokenKind.LPar))
        {
            var a = AssignmentExpression();
            if (a == null)
            {
                a = Expression();
                if (a != null && Check(TokenKind.ColonEqual))
                {
                    a = null;
                }
            }

            if (a != null)
            {
                var b = ForIfClauses();
                if (b != null && Expect(TokenKind.RPar))
                {
                    var (l, c, el, ec) = Extra(mark);
                    return new GeneratorExp(a, b, l, c, el, ec);
                }
            }
        }

        _pos = mark;
        if (_callInvalidRules)
        {
            InvalidComprehension();
        }

        return null;
    }

    private ExprNode? Dictcomp()
    {
        // '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
        int mark = _pos;
        if (Expect(TokenKind.LBrace))
        {
            var kv = Kvpair();
            if (kv != null)
            {
                var b = ForIfClauses();
                if (b != null && Expect(TokenKind.RBrace))
                {
                    var (l, c, el, ec) = Extra(mark);
                    return new DictComp(kv.Value.Key, kv.Value.Value, b, l, c, el, ec);
                }
            }
        }

        _pos = mark;
        if (_callInvalidRules)
        {
            InvalidDictComprehension();
        }

        return null;
    }

    private ExprNode? Lambdef()
    {
        // 'lambda' [lambda_params] ':' expression
        int mark = _pos;
        if (Expect(TokenKind.Lambda))
        {
            var a = LambdaParams();
            if (Expect(TokenKind.Colon))
            {
                var b = Expression();
                if (b != null)
                {
                    var (l, c, el, ec) = Extra(mark);
                    return new Lambda(a ?? EmptyArguments(), b, l, c, el, ec);
                }
            }
        }

        _pos = mark;
        return null;
    }
}
