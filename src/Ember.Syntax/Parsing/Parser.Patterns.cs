using Ember.Syntax.Ast;
using Ember.Syntax.Lexing;
using Attribute = Ember.Syntax.Ast.Attribute;
using Tuple = Ember.Syntax.Ast.Tuple;

namespace Ember.Syntax.Parsing;

/// <summary>The pattern rules of <c>match</c> statements (PEP 634).</summary>
public sealed partial class Parser
{
    private PatternNode? Patterns()
    {
        // open_sequence_pattern | pattern
        int mark = _pos;
        var seq = OpenSequencePattern();
        if (seq != null)
        {
            var (l, c, el, ec) = Extra(mark);
            return new MatchSequence(seq, l, c, el, ec);
        }

        _pos = mark;
        return Pattern();
    }

    private PatternNode? Pattern() => AsPattern() ?? OrPattern();

    private PatternNode? AsPattern()
    {
        // or_pattern 'as' pattern_capture_target | invalid_as_pattern
        int mark = _pos;
        var p = OrPattern();
        if (p != null && Expect(TokenKind.As))
        {
            var target = PatternCaptureTarget();
            if (target != null)
            {
                var (l, c, el, ec) = Extra(mark);
                return new MatchAs(p, target, l, c, el, ec);
            }
        }

        _pos = mark;
        if (_callInvalidRules)
        {
            InvalidAsPattern();
        }

        return null;
    }

    private PatternNode? OrPattern()
    {
        // '|'.closed_pattern+
        int mark = _pos;
        var first = ClosedPattern();
        if (first == null)
        {
            return null;
        }

        List<PatternNode>? list = null;
        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.VBar))
            {
                var n = ClosedPattern();
                if (n != null)
                {
                    list ??= new List<PatternNode> { first };
                    list.Add(n);
                    continue;
                }
            }

            _pos = m;
            break;
        }

        if (list == null)
        {
            return first;
        }

        var (l, c, el, ec) = Extra(mark);
        return new MatchOr(list, l, c, el, ec);
    }

    private PatternNode? ClosedPattern()
    {
        int mark = _pos;
        if (TryGetMemo(MemoRule.ClosedPattern, out var memo))
        {
            return (PatternNode?)memo;
        }

        Enter();
        var result = LiteralPattern()
            ?? CapturePattern()
            ?? WildcardPattern()
            ?? ValuePattern()
            ?? GroupPattern()
            ?? SequencePattern()
            ?? MappingPattern()
            ?? ClassPattern();
        Leave();
        SetMemo(MemoRule.ClosedPattern, mark, result);
        return result;
    }

    private PatternNode? LiteralPattern()
    {
        // signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
        int mark = _pos;
        var e = LiteralExprNumberOrString();
        if (e != null)
        {
            var (l, c, el, ec) = Extra(mark);
            return new MatchValue(e, l, c, el, ec);
        }

        _pos = mark;
        object? singleton = Peek().Kind switch
        {
            TokenKind.None => NoneValue.Instance,
            TokenKind.True => true,
            TokenKind.False => false,
            _ => null,
        };
        if (singleton != null)
        {
            _pos++;
            var (l, c, el, ec) = Extra(mark);
            return new MatchSingleton(singleton, l, c, el, ec);
        }

        return null;
    }

    /// <summary>The number and string alternatives shared by literal_pattern and literal_expr.</summary>
    private ExprNode? LiteralExprNumberOrString()
    {
        int mark = _pos;
        var n = SignedNumber();
        if (n != null && Peek().Kind is not (TokenKind.Plus or TokenKind.Minus))
        {
            return n;
        }

        _pos = mark;
        var cn = ComplexNumber();
        if (cn != null)
        {
            return cn;
        }

        _pos = mark;
        if (Check(TokenKind.String))
        {
            return Strings();
        }

        return null;
    }

    private ExprNode? LiteralExpr()
    {
        // literal_expr: the same alternatives, with None/True/False as Constants
        int mark = _pos;
        var e = LiteralExprNumberOrString();
        if (e != null)
        {
            return e;
        }

        _pos = mark;
        object? value = Peek().Kind switch
        {
            TokenKind.None => NoneValue.Instance,
            TokenKind.True => true,
            TokenKind.False => false,
            _ => null,
        };
        if (value != null)
        {
            _pos++;
            var (l, c, el, ec) = Extra(mark);
            return new Constant(value, null, l, c, el, ec);
        }

        return null;
    }

    private ExprNode? ComplexNumber()
    {
        // signed_real_number ('+' | '-') imaginary_number
        int mark = _pos;
        var real = SignedRealNumber();
        if (real != null)
        {
            var kind = Peek().Kind;
            if (kind is TokenKind.Plus or TokenKind.Minus)
            {
                _pos++;
                var imag = ImaginaryNumber();
                if (imag != null)
                {
                    var (l, c, el, ec) = Extra(mark);
                    return new BinOp(real, kind == TokenKind.Plus ? Operator.Add : Operator.Sub, imag, l, c, el, ec);
                }
            }
        }

        _pos = mark;
        return null;
    }

    private ExprNode? SignedNumber()
    {
        // NUMBER | '-' NUMBER
        int mark = _pos;
        if (Expect(TokenKind.Number, out var t))
        {
            return NumberConstant(t);
        }

        if (Expect(TokenKind.Minus) && Expect(TokenKind.Number, out var t2))
        {
            var (l, c, el, ec) = Extra(mark);
            return new UnaryOp(UnaryOperator.USub, NumberConstant(t2), l, c, el, ec);
        }

        _pos = mark;
        return null;
    }

    private ExprNode? SignedRealNumber()
    {
        // real_number | '-' real_number
        int mark = _pos;
        var r = RealNumber();
        if (r != null)
        {
            return r;
        }

        if (Expect(TokenKind.Minus))
        {
            var r2 = RealNumber();
            if (r2 != null)
            {
                var (l, c, el, ec) = Extra(mark);
                return new UnaryOp(UnaryOperator.USub, r2, l, c, el, ec);
            }
        }

        _pos = mark;
        return null;
    }

    private ExprNode? RealNumber()
    {
        // NUMBER, which must not be imaginary (_PyPegen_ensure_real)
        if (!Expect(TokenKind.Number, out var t))
        {
            return null;
        }

        var c = NumberConstant(t);
        if (c.Value is System.Numerics.Complex)
        {
            throw ErrorAtNode(c, "real number required in complex literal");
        }

        return c;
    }

    private ExprNode? ImaginaryNumber()
    {
        // NUMBER, which must be imaginary (_PyPegen_ensure_imaginary)
        if (!Expect(TokenKind.Number, out var t))
        {
            return null;
        }

        var c = NumberConstant(t);
        if (c.Value is not System.Numerics.Complex)
        {
            throw ErrorAtNode(c, "imaginary number required in complex literal");
        }

        return c;
    }

    private Constant NumberConstant(in Token t) =>
        new(NumberLiterals.Parse(this, t), null, t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset);

    private PatternNode? CapturePattern()
    {
        // pattern_capture_target
        int mark = _pos;
        var target = PatternCaptureTarget();
        if (target != null)
        {
            var (l, c, el, ec) = Extra(mark);
            return new MatchAs(null, target, l, c, el, ec);
        }

        return null;
    }

    private string? PatternCaptureTarget()
    {
        // !"_" NAME !('.' | '(' | '=')
        int mark = _pos;
        ref readonly var t = ref Peek();
        if (t.Kind == TokenKind.Name && t.Text != "_")
        {
            var name = t.Text;
            _pos++;
            if (Peek().Kind is not (TokenKind.Dot or TokenKind.LPar or TokenKind.Equal))
            {
                return name;
            }
        }

        _pos = mark;
        return null;
    }

    private PatternNode? WildcardPattern()
    {
        // "_"
        int mark = _pos;
        if (ExpectSoftKeyword("_"))
        {
            var (l, c, el, ec) = Extra(mark);
            return new MatchAs(null, null, l, c, el, ec);
        }

        return null;
    }

    private PatternNode? ValuePattern()
    {
        // attr !('.' | '(' | '=')
        int mark = _pos;
        var a = Attr();
        if (a != null && Peek().Kind is not (TokenKind.Dot or TokenKind.LPar or TokenKind.Equal))
        {
            var (l, c, el, ec) = Extra(mark);
            return new MatchValue(a, l, c, el, ec);
        }

        _pos = mark;
        return null;
    }

    private ExprNode? Attr()
    {
        // name_or_attr '.' NAME: a dotted name with at least one dot
        int mark = _pos;
        var a = NameOrAttr();
        if (a is Attribute)
        {
            return a;
        }

        _pos = mark;
        return null;
    }

    private ExprNode? NameOrAttr()
    {
        // attr | NAME
        int mark = _pos;
        if (!Expect(TokenKind.Name, out var first))
        {
            return null;
        }

        ExprNode result = NameFromToken(first, ExprContext.Load);
        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.Dot) && Expect(TokenKind.Name, out var n))
            {
                var (l, c, el, ec) = Extra(mark);
                result = new Attribute(result, n.Text, ExprContext.Load, l, c, el, ec);
                continue;
            }

            _pos = m;
            return result;
        }
    }

    private PatternNode? GroupPattern()
    {
        // '(' pattern ')'
        int mark = _pos;
        if (Expect(TokenKind.LPar))
        {
            var p = Pattern();
            if (p != null && Expect(TokenKind.RPar))
            {
                return p;
            }
        }

        _pos = mark;
        return null;
    }

    private PatternNode? SequencePattern()
    {
        // '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
        int mark = _pos;
        if (Expect(TokenKind.LSqb))
        {
            var ps = MaybeSequencePattern();
            if (Expect(TokenKind.RSqb))
            {
                var (l, c, el, ec) = Extra(mark);
                return new MatchSequence(ps ?? new List<PatternNode>(), l, c, el, ec);
            }
        }

        _pos = mark;
        if (Expect(TokenKind.LPar))
        {
            var ps = OpenSequencePattern();
            if (Expect(TokenKind.RPar))
            {
                var (l, c, el, ec) = Extra(mark);
                return new MatchSequence(ps ?? new List<PatternNode>(), l, c, el, ec);
            }
        }

        _pos = mark;
        return null;
    }

    private List<PatternNode>? OpenSequencePattern()
    {
        // maybe_star_pattern ',' maybe_sequence_pattern?
        int mark = _pos;
        var p = MaybeStarPattern();
        if (p != null && Expect(TokenKind.Comma))
        {
            var list = new List<PatternNode> { p };
            var rest = MaybeSequencePattern();
            if (rest != null)
            {
                list.AddRange(rest);
            }

            return list;
        }

        _pos = mark;
        return null;
    }

    private List<PatternNode>? MaybeSequencePattern()
    {
        // ','.maybe_star_pattern+ ','?
        var first = MaybeStarPattern();
        if (first == null)
        {
            return null;
        }

        var list = new List<PatternNode> { first };
        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.Comma))
            {
                var n = MaybeStarPattern();
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

    private PatternNode? MaybeStarPattern() => StarPattern() ?? Pattern();

    private PatternNode? StarPattern()
    {
        // '*' pattern_capture_target | '*' wildcard_pattern
        int mark = _pos;
        if (TryGetMemo(MemoRule.StarPattern, out var memo))
        {
            return (PatternNode?)memo;
        }

        PatternNode? result = null;
        if (Expect(TokenKind.Star))
        {
            var target = PatternCaptureTarget();
            if (target != null)
            {
                var (l, c, el, ec) = Extra(mark);
                result = new MatchStar(target, l, c, el, ec);
            }
            else if (WildcardPattern() != null)
            {
                var (l, c, el, ec) = Extra(mark);
                result = new MatchStar(null, l, c, el, ec);
            }
        }

        if (result == null)
        {
            _pos = mark;
        }

        SetMemo(MemoRule.StarPattern, mark, result);
        return result;
    }

    private PatternNode? MappingPattern()
    {
        // '{' '}'
        // | '{' double_star_pattern ','? '}'
        // | '{' items_pattern ',' double_star_pattern ','? '}'
        // | '{' items_pattern ','? '}'
        // | invalid_mapping_pattern (not in 3.11)
        int mark = _pos;
        if (!Expect(TokenKind.LBrace))
        {
            return null;
        }

        if (Expect(TokenKind.RBrace))
        {
            var (l, c, el, ec) = Extra(mark);
            return new MatchMapping(new List<ExprNode>(), new List<PatternNode>(), null, l, c, el, ec);
        }

        int afterBrace = _pos;
        var rest = DoubleStarPattern();
        if (rest != null)
        {
            Expect(TokenKind.Comma);
            if (Expect(TokenKind.RBrace))
            {
                var (l, c, el, ec) = Extra(mark);
                return new MatchMapping(new List<ExprNode>(), new List<PatternNode>(), rest, l, c, el, ec);
            }
        }

        _pos = afterBrace;
        var keys = new List<ExprNode>();
        var patterns = new List<PatternNode>();
        if (ItemsPattern(keys, patterns))
        {
            int afterItems = _pos;
            if (Expect(TokenKind.Comma))
            {
                var rest2 = DoubleStarPattern();
                if (rest2 != null)
                {
                    Expect(TokenKind.Comma);
                    if (Expect(TokenKind.RBrace))
                    {
                        var (l, c, el, ec) = Extra(mark);
                        return new MatchMapping(keys, patterns, rest2, l, c, el, ec);
                    }
                }
            }

            _pos = afterItems;
            Expect(TokenKind.Comma);
            if (Expect(TokenKind.RBrace))
            {
                var (l, c, el, ec) = Extra(mark);
                return new MatchMapping(keys, patterns, null, l, c, el, ec);
            }
        }

        _pos = mark;
        return null;
    }

    private bool ItemsPattern(List<ExprNode> keys, List<PatternNode> patterns)
    {
        // ','.key_value_pattern+
        if (!KeyValuePattern(keys, patterns))
        {
            return false;
        }

        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.Comma) && KeyValuePattern(keys, patterns))
            {
                continue;
            }

            _pos = m;
            return true;
        }
    }

    private bool KeyValuePattern(List<ExprNode> keys, List<PatternNode> patterns)
    {
        // (literal_expr | attr) ':' pattern
        int mark = _pos;
        var key = LiteralExpr();
        if (key == null)
        {
            _pos = mark;
            key = Attr();
        }

        if (key != null && Expect(TokenKind.Colon))
        {
            var p = Pattern();
            if (p != null)
            {
                keys.Add(key);
                patterns.Add(p);
                return true;
            }
        }

        _pos = mark;
        return false;
    }

    private string? DoubleStarPattern()
    {
        // '**' pattern_capture_target
        int mark = _pos;
        if (Expect(TokenKind.DoubleStar))
        {
            var t = PatternCaptureTarget();
            if (t != null)
            {
                return t;
            }
        }

        _pos = mark;
        return null;
    }

    private PatternNode? ClassPattern()
    {
        // name_or_attr '(' ')'
        // | name_or_attr '(' positional_patterns ','? ')'
        // | name_or_attr '(' keyword_patterns ','? ')'
        // | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
        // | invalid_class_pattern
        int mark = _pos;
        var cls = NameOrAttr();
        if (cls != null && Expect(TokenKind.LPar))
        {
            int afterParen = _pos;
            if (Expect(TokenKind.RPar))
            {
                return MakeClassPattern(cls, null, null, null, mark);
            }

            var positional = PositionalPatterns();
            if (positional != null)
            {
                int afterPositional = _pos;
                Expect(TokenKind.Comma);
                if (Expect(TokenKind.RPar))
                {
                    return MakeClassPattern(cls, positional, null, null, mark);
                }

                _pos = afterPositional;
            }

            _pos = afterParen;
            var kwNames = new List<string>();
            var kwPatterns = new List<PatternNode>();
            if (KeywordPatterns(kwNames, kwPatterns))
            {
                Expect(TokenKind.Comma);
                if (Expect(TokenKind.RPar))
                {
                    return MakeClassPattern(cls, null, kwNames, kwPatterns, mark);
                }
            }

            _pos = afterParen;
            positional = PositionalPatterns();
            if (positional != null && Expect(TokenKind.Comma))
            {
                kwNames = new List<string>();
                kwPatterns = new List<PatternNode>();
                if (KeywordPatterns(kwNames, kwPatterns))
                {
                    Expect(TokenKind.Comma);
                    if (Expect(TokenKind.RPar))
                    {
                        return MakeClassPattern(cls, positional, kwNames, kwPatterns, mark);
                    }
                }
            }
        }

        _pos = mark;
        if (_callInvalidRules)
        {
            InvalidClassPattern();
        }

        return null;
    }

    private PatternNode MakeClassPattern(ExprNode cls, List<PatternNode>? patterns, List<string>? kwdAttrs, List<PatternNode>? kwdPatterns, int mark)
    {
        var (l, c, el, ec) = Extra(mark);
        return new MatchClass(cls, patterns ?? new List<PatternNode>(), kwdAttrs ?? new List<string>(), kwdPatterns ?? new List<PatternNode>(), l, c, el, ec);
    }

    private List<PatternNode>? PositionalPatterns()
    {
        // ','.pattern+
        var first = Pattern();
        if (first == null)
        {
            return null;
        }

        var list = new List<PatternNode> { first };
        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.Comma))
            {
                var n = Pattern();
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

    private bool KeywordPatterns(List<string> names, List<PatternNode> patterns)
    {
        // ','.keyword_pattern+
        if (!KeywordPattern(names, patterns))
        {
            return false;
        }

        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.Comma) && KeywordPattern(names, patterns))
            {
                continue;
            }

            _pos = m;
            return true;
        }
    }

    private bool KeywordPattern(List<string> names, List<PatternNode> patterns)
    {
        // NAME '=' pattern
        int mark = _pos;
        if (Expect(TokenKind.Name, out var n) && Expect(TokenKind.Equal))
        {
            var p = Pattern();
            if (p != null)
            {
                names.Add(n.Text);
                patterns.Add(p);
                return true;
            }
        }

        _pos = mark;
        return false;
    }
}
