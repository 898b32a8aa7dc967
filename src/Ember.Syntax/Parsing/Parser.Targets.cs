using Ember.Syntax.Ast;
using Ember.Syntax.Lexing;
using Attribute = Ember.Syntax.Ast.Attribute;
using Tuple = Ember.Syntax.Ast.Tuple;

namespace Ember.Syntax.Parsing;

/// <summary>Call arguments and assignment / deletion targets.</summary>
public sealed partial class Parser
{
    private CallArguments? Arguments()
    {
        // args [','] &')' | invalid_arguments
        int mark = _pos;
        if (TryGetMemo(MemoRule.Arguments, out var memo))
        {
            return (CallArguments?)memo;
        }

        CallArguments? result = null;
        var a = Args();
        if (a != null)
        {
            Expect(TokenKind.Comma);
            if (Check(TokenKind.RPar))
            {
                result = a;
            }
        }

        if (result == null)
        {
            _pos = mark;
            if (_callInvalidRules)
            {
                InvalidArguments();
            }
        }

        SetMemo(MemoRule.Arguments, mark, result);
        return result;
    }

    private CallArguments? Args()
    {
        // ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
        // | kwargs
        int mark = _pos;
        var positional = new List<ExprNode>();
        while (true)
        {
            int m = _pos;
            if (positional.Count > 0 && !Expect(TokenKind.Comma))
            {
                break;
            }

            var e = PositionalArgument();
            if (e == null)
            {
                _pos = m;
                break;
            }

            positional.Add(e);
        }

        if (positional.Count > 0)
        {
            var keywords = new List<Keyword>();
            int m = _pos;
            if (Expect(TokenKind.Comma))
            {
                var k = Kwargs();
                if (k != null)
                {
                    foreach (var item in k)
                    {
                        if (item.Starred != null)
                        {
                            positional.Add(item.Starred);
                        }
                        else
                        {
                            keywords.Add(item.Keyword!);
                        }
                    }
                }
                else
                {
                    _pos = m;
                }
            }

            var (l, c, el, ec) = Extra(mark);
            return new CallArguments(positional, keywords, l, c, el, ec);
        }

        _pos = mark;
        var kw = Kwargs();
        if (kw != null)
        {
            var starred = new List<ExprNode>();
            var keywords = new List<Keyword>();
            foreach (var item in kw)
            {
                if (item.Starred != null)
                {
                    starred.Add(item.Starred);
                }
                else
                {
                    keywords.Add(item.Keyword!);
                }
            }

            var (l, c, el, ec) = Extra(mark);
            return new CallArguments(starred, keywords, l, c, el, ec);
        }

        _pos = mark;
        return null;
    }

    private ExprNode? PositionalArgument()
    {
        // starred_expression | (assignment_expression | expression !':=') !'='
        int mark = _pos;
        var s = StarredExpression();
        if (s != null)
        {
            return s;
        }

        var a = AssignmentExpression();
        if (a == null)
        {
            a = Expression();
            if (a != null && Check(TokenKind.ColonEqual))
            {
                a = null;
            }
        }

        if (a != null && !Check(TokenKind.Equal))
        {
            return a;
        }

        _pos = mark;
        return null;
    }

    private List<KeywordOrStarred>? Kwargs()
    {
        // ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
        // | ','.kwarg_or_starred+
        // | ','.kwarg_or_double_starred+
        int mark = _pos;
        var a = KwargSequence(doubleStarred: false);
        if (a != null)
        {
            int m = _pos;
            if (Expect(TokenKind.Comma))
            {
                var b = KwargSequence(doubleStarred: true);
                if (b != null)
                {
                    a.AddRange(b);
                    return a;
                }
            }

            _pos = m;
            return a;
        }

        _pos = mark;
        return KwargSequence(doubleStarred: true);
    }

    private List<KeywordOrStarred>? KwargSequence(bool doubleStarred)
    {
        var first = doubleStarred ? KwargOrDoubleStarred() : KwargOrStarred();
        if (first == null)
        {
            return null;
        }

        var list = new List<KeywordOrStarred> { first.Value };
        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.Comma))
            {
                var n = doubleStarred ? KwargOrDoubleStarred() : KwargOrStarred();
                if (n != null)
                {
                    list.Add(n.Value);
                    continue;
                }
            }

            _pos = m;
            return list;
        }
    }

    private ExprNode? StarredExpression()
    {
        // '*' expression
        int mark = _pos;
        if (Expect(TokenKind.Star))
        {
            var a = Expression();
            if (a != null)
            {
                var (l, c, el, ec) = Extra(mark);
                return new Starred(a, ExprContext.Load, l, c, el, ec);
            }
        }

        _pos = mark;
        return null;
    }

    private KeywordOrStarred? KwargOrStarred()
    {
        // invalid_kwarg | NAME '=' expression | starred_expression
        int mark = _pos;
        if (_callInvalidRules)
        {
            InvalidKwarg();
        }

        var k = NamedKeyword();
        if (k != null)
        {
            return new KeywordOrStarred(k, null);
        }

        var s = StarredExpression();
        if (s != null)
        {
            return new KeywordOrStarred(null, s);
        }

        _pos = mark;
        return null;
    }

    private KeywordOrStarred? KwargOrDoubleStarred()
    {
        // invalid_kwarg | NAME '=' expression | '**' expression
        int mark = _pos;
        if (_callInvalidRules)
        {
            InvalidKwarg();
        }

        var k = NamedKeyword();
        if (k != null)
        {
            return new KeywordOrStarred(k, null);
        }

        if (Expect(TokenKind.DoubleStar))
        {
            var a = Expression();
            if (a != null)
            {
                var (l, c, el, ec) = Extra(mark);
                return new KeywordOrStarred(new Keyword(null, a, l, c, el, ec), null);
            }
        }

        _pos = mark;
        return null;
    }

    private Keyword? NamedKeyword()
    {
        // NAME '=' expression
        int mark = _pos;
        if (Expect(TokenKind.Name, out var a) && Expect(TokenKind.Equal))
        {
            var b = Expression();
            if (b != null)
            {
                var (l, c, el, ec) = Extra(mark);
                return new Keyword(a.Text, b, l, c, el, ec);
            }
        }

        _pos = mark;
        return null;
    }

    private ExprNode? StarTargets()
    {
        // star_target !',' | star_target (',' star_target)* [',']
        int mark = _pos;
        var a = StarTarget();
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
                var c = StarTarget();
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
        return new Tuple(elts, ExprContext.Store, l, col, el, ec);
    }

    private List<ExprNode>? StarTargetsListSeq()
    {
        // ','.star_target+ [',']
        var first = StarTarget();
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
                var n = StarTarget();
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

    private List<ExprNode>? StarTargetsTupleSeq()
    {
        // star_target (',' star_target)+ [','] | star_target ','
        int mark = _pos;
        var a = StarTarget();
        if (a == null)
        {
            return null;
        }

        var list = new List<ExprNode> { a };
        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.Comma))
            {
                var n = StarTarget();
                if (n != null)
                {
                    list.Add(n);
                    continue;
                }
            }

            _pos = m;
            break;
        }

        if (list.Count > 1)
        {
            Expect(TokenKind.Comma);
            return list;
        }

        if (Expect(TokenKind.Comma))
        {
            return list;
        }

        _pos = mark;
        return null;
    }

    private ExprNode? StarTarget()
    {
        // '*' (!'*' star_target) | target_with_star_atom
        int mark = _pos;
        if (TryGetMemo(MemoRule.StarTarget, out var memo))
        {
            return (ExprNode?)memo;
        }

        Enter();
        ExprNode? result = null;
        if (Expect(TokenKind.Star))
        {
            if (!Check(TokenKind.Star))
            {
                var a = StarTarget();
                if (a != null)
                {
                    var (l, c, el, ec) = Extra(mark);
                    result = new Starred(SetExprContext(a, ExprContext.Store), ExprContext.Store, l, c, el, ec);
                }
            }

            if (result == null)
            {
                _pos = mark;
            }
        }

        result ??= TargetWithStarAtom();
        Leave();
        SetMemo(MemoRule.StarTarget, mark, result);
        return result;
    }

    private ExprNode? TargetWithStarAtom()
    {
        // t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
        int mark = _pos;
        if (TryGetMemo(MemoRule.TargetWithStarAtom, out var memo))
        {
            return (ExprNode?)memo;
        }

        var result = SubscriptAttributeTarget(ExprContext.Store) ?? StarAtom();
        SetMemo(MemoRule.TargetWithStarAtom, mark, result);
        return result;
    }

    /// <summary>t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, in the given context.</summary>
    private ExprNode? SubscriptAttributeTarget(ExprContext ctx)
    {
        int mark = _pos;
        var a = TPrimary();
        if (a != null)
        {
            int m = _pos;
            if (Expect(TokenKind.Dot) && Expect(TokenKind.Name, out var b) && !TLookahead())
            {
                var (l, c, el, ec) = Extra(mark);
                return new Attribute(a, b.Text, ctx, l, c, el, ec);
            }

            _pos = m;
            if (Expect(TokenKind.LSqb))
            {
                var s = Slices();
                if (s != null && Expect(TokenKind.RSqb) && !TLookahead())
                {
                    var (l, c, el, ec) = Extra(mark);
                    return new Subscript(a, s, ctx, l, c, el, ec);
                }
            }
        }

        _pos = mark;
        return null;
    }

    private ExprNode? StarAtom()
    {
        // NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')' | '[' [star_targets_list_seq] ']'
        int mark = _pos;
        if (Expect(TokenKind.Name, out var n))
        {
            return NameFromToken(n, ExprContext.Store);
        }

        if (Expect(TokenKind.LPar))
        {
            var a = TargetWithStarAtom();
            if (a != null && Expect(TokenKind.RPar))
            {
                return SetExprContext(a, ExprContext.Store);
            }

            _pos = mark + 1;
            var t = StarTargetsTupleSeq();
            if (Expect(TokenKind.RPar))
            {
                var (l, c, el, ec) = Extra(mark);
                return new Tuple(t ?? new List<ExprNode>(), ExprContext.Store, l, c, el, ec);
            }

            _pos = mark;
            return null;
        }

        if (Expect(TokenKind.LSqb))
        {
            var t = StarTargetsListSeq();
            if (Expect(TokenKind.RSqb))
            {
                var (l, c, el, ec) = Extra(mark);
                return new List(t ?? new List<ExprNode>(), ExprContext.Store, l, c, el, ec);
            }
        }

        _pos = mark;
        return null;
    }

    private ExprNode? SingleTarget()
    {
        // single_subscript_attribute_target | NAME | '(' single_target ')'
        int mark = _pos;
        var a = SingleSubscriptAttributeTarget();
        if (a != null)
        {
            return a;
        }

        if (Expect(TokenKind.Name, out var n))
        {
            return NameFromToken(n, ExprContext.Store);
        }

        if (Expect(TokenKind.LPar))
        {
            var t = SingleTarget();
            if (t != null && Expect(TokenKind.RPar))
            {
                return t;
            }
        }

        _pos = mark;
        return null;
    }

    private ExprNode? SingleSubscriptAttributeTarget() => SubscriptAttributeTarget(ExprContext.Store);

    private ExprNode? TPrimary()
    {
        // t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
        // | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead
        // | atom &t_lookahead
        int mark = _pos;
        if (TryGetMemo(MemoRule.TPrimary, out var memo))
        {
            return (ExprNode?)memo;
        }

        Enter();
        var a = Atom();
        if (a != null && !TLookahead())
        {
            a = null;
        }

        if (a != null)
        {
            while (true)
            {
                var next = TPrimaryTrailer(a, mark);
                if (next == null)
                {
                    break;
                }

                a = next;
            }
        }
        else
        {
            _pos = mark;
        }

        Leave();
        SetMemo(MemoRule.TPrimary, mark, a);
        return a;
    }

    private ExprNode? TPrimaryTrailer(ExprNode a, int mark)
    {
        // The same steps as primary, in t_primary's order: '.' NAME, '[' slices ']', genexp, '(' [arguments] ')'.
        int m = _pos;
        var kind = Peek().Kind;
        if (kind == TokenKind.Dot || kind == TokenKind.LSqb)
        {
            var s = PrimaryTrailer(a, mark, lookaheadRequired: true);
            if (s == null && kind == TokenKind.LSqb && _callInvalidRules)
            {
                // t_primary genexp: genexp's invalid_comprehension also starts at '[' and '{'.
                _pos = m;
                InvalidComprehension();
            }

            return s;
        }

        if (kind == TokenKind.LBrace && _callInvalidRules)
        {
            InvalidComprehension();
        }

        if (kind == TokenKind.LPar)
        {
            var r = PrimaryTrailer(a, mark, lookaheadRequired: true);
            if (r == null)
            {
                _pos = m;
            }

            return r;
        }

        return null;
    }

    private List<ExprNode>? DelTargets()
    {
        // ','.del_target+ [',']
        var first = DelTarget();
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
                var n = DelTarget();
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

    private ExprNode? DelTarget()
    {
        // t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
        int mark = _pos;
        if (TryGetMemo(MemoRule.DelTarget, out var memo))
        {
            return (ExprNode?)memo;
        }

        Enter();
        var result = SubscriptAttributeTarget(ExprContext.Del) ?? DelTAtom();
        Leave();
        SetMemo(MemoRule.DelTarget, mark, result);
        return result;
    }

    private ExprNode? DelTAtom()
    {
        // NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
        int mark = _pos;
        if (Expect(TokenKind.Name, out var n))
        {
            return NameFromToken(n, ExprContext.Del);
        }

        if (Expect(TokenKind.LPar))
        {
            var a = DelTarget();
            if (a != null && Expect(TokenKind.RPar))
            {
                return SetExprContext(a, ExprContext.Del);
            }

            _pos = mark + 1;
            var t = DelTargets();
            if (Expect(TokenKind.RPar))
            {
                var (l, c, el, ec) = Extra(mark);
                return new Tuple(t ?? new List<ExprNode>(), ExprContext.Del, l, c, el, ec);
            }

            _pos = mark;
            return null;
        }

        if (Expect(TokenKind.LSqb))
        {
            var t = DelTargets();
            if (Expect(TokenKind.RSqb))
            {
                var (l, c, el, ec) = Extra(mark);
                return new List(t ?? new List<ExprNode>(), ExprContext.Del, l, c, el, ec);
            }
        }

        _pos = mark;
        return null;
    }
}
