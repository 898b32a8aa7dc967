using System.Runtime.CompilerServices;
using Ember.Syntax.Ast;
using Ember.Syntax.Lexing;
using Attribute = Ember.Syntax.Ast.Attribute;
using Tuple = Ember.Syntax.Ast.Tuple;

namespace Ember.Syntax.Parsing;

/// <summary>
/// The helpers grammar actions use to build nodes (CPython's Parser/action_helpers.c
/// and the EXTRA position macro).
/// </summary>
public sealed partial class Parser
{
    /// <summary>
    /// CPython's EXTRA: from the start of the token at <paramref name="mark"/> to the
    /// end of the last non-whitespace token consumed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (int Lineno, int ColOffset, int EndLineno, int EndColOffset) Extra(int mark)
    {
        ref readonly var start = ref _tokens[mark];
        ref readonly var end = ref LastNonWhitespaceToken();
        return (start.Lineno, start.ColOffset, end.EndLineno, end.EndColOffset);
    }

    /// <summary>A forced token (<c>&amp;&amp;'x'</c>): anything else is "expected 'x'" right here.</summary>
    private void ExpectForced(TokenKind kind, string expected)
    {
        ref readonly var t = ref Peek();
        if (t.Kind != kind)
        {
            throw ErrorAtToken(t, "expected '" + expected + "'");
        }

        _pos++;
    }

    private static Name NameFromToken(in Token t, ExprContext ctx) =>
        new(t.Text, ctx, t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset);

    private static Arguments EmptyArguments() =>
        new(new List<Arg>(), new List<Arg>(), null, new List<Arg>(), new List<ExprNode?>(), null, new List<ExprNode>());

    /// <summary>CPython's <c>_PyPegen_set_expr_context</c>: a copy of a target expression with a new context.</summary>
    private static ExprNode SetExprContext(ExprNode e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n:
                return new Name(n.Id, ctx, n.Lineno, n.ColOffset, n.EndLineno, n.EndColOffset);
            case Tuple t:
                return new Tuple(SetSeqContext(t.Elts, ctx), ctx, t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset);
            case List l:
                return new List(SetSeqContext(l.Elts, ctx), ctx, l.Lineno, l.ColOffset, l.EndLineno, l.EndColOffset);
            case Subscript s:
                return new Subscript(s.Value, s.Slice, ctx, s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset);
            case Attribute a:
                return new Attribute(a.Value, a.Attr, ctx, a.Lineno, a.ColOffset, a.EndLineno, a.EndColOffset);
            case Starred st:
                return new Starred(SetExprContext(st.Value, ctx), ctx, st.Lineno, st.ColOffset, st.EndLineno, st.EndColOffset);
            default:
                return e;
        }
    }

    private static List<ExprNode> SetSeqContext(List<ExprNode> elts, ExprContext ctx)
    {
        var result = new List<ExprNode>(elts.Count);
        foreach (var e in elts)
        {
            result.Add(SetExprContext(e, ctx));
        }

        return result;
    }

    /// <summary>A parameter with its default (CPython's NameDefaultPair).</summary>
    private sealed record NameDefaultPair(Arg Arg, ExprNode? Value);

    /// <summary>Parameters before a '/' that has defaults (CPython's SlashWithDefault).</summary>
    private sealed record SlashWithDefault(List<Arg> PlainNames, List<NameDefaultPair> NamesWithDefaults);

    /// <summary>The '*' and '**' part of a parameter list (CPython's StarEtc).</summary>
    private sealed record StarEtc(Arg? Vararg, List<NameDefaultPair>? Kwonlyargs, Arg? Kwarg);

    /// <summary>CPython's <c>_PyPegen_make_arguments</c>.</summary>
    private static Arguments MakeArguments(
        List<Arg>? slashWithoutDefault,
        SlashWithDefault? slashWithDefault,
        List<Arg>? plainNames,
        List<NameDefaultPair>? namesWithDefault,
        StarEtc? starEtc)
    {
        List<Arg> posonlyargs;
        if (slashWithoutDefault != null)
        {
            posonlyargs = slashWithoutDefault;
        }
        else if (slashWithDefault != null)
        {
            posonlyargs = new List<Arg>(slashWithDefault.PlainNames);
            foreach (var p in slashWithDefault.NamesWithDefaults)
            {
                posonlyargs.Add(p.Arg);
            }
        }
        else
        {
            posonlyargs = new List<Arg>();
        }

        var posargs = new List<Arg>();
        if (plainNames != null)
        {
            posargs.AddRange(plainNames);
        }

        if (namesWithDefault != null)
        {
            foreach (var p in namesWithDefault)
            {
                posargs.Add(p.Arg);
            }
        }

        var posdefaults = new List<ExprNode>();
        if (slashWithDefault != null)
        {
            foreach (var p in slashWithDefault.NamesWithDefaults)
            {
                posdefaults.Add(p.Value!);
            }
        }

        if (namesWithDefault != null)
        {
            foreach (var p in namesWithDefault)
            {
                posdefaults.Add(p.Value!);
            }
        }

        var kwonlyargs = new List<Arg>();
        var kwdefaults = new List<ExprNode?>();
        if (starEtc?.Kwonlyargs != null)
        {
            foreach (var p in starEtc.Kwonlyargs)
            {
                kwonlyargs.Add(p.Arg);
                kwdefaults.Add(p.Value);
            }
        }

        return new Arguments(posonlyargs, posargs, starEtc?.Vararg, kwonlyargs, kwdefaults, starEtc?.Kwarg, posdefaults);
    }

    /// <summary>A keyword argument or a starred positional one, before they are sorted into a call (CPython's KeywordOrStarred).</summary>
    private readonly record struct KeywordOrStarred(Keyword? Keyword, ExprNode? Starred);

    /// <summary>
    /// The arguments of a call before the call exists, with the span of the
    /// <c>args</c> rule (CPython builds a Call with a dummy name for this).
    /// </summary>
    private sealed record CallArguments(List<ExprNode> Args, List<Keyword> Keywords, int Lineno, int ColOffset, int EndLineno, int EndColOffset);

    /// <summary>A comparison operator with its right operand (CPython's CmpopExprPair).</summary>
    private readonly record struct CmpopExprPair(CmpOperator Op, ExprNode Expr);
}
