using System.Runtime.CompilerServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Syntax.Ast;
using Attribute = Ember.Syntax.Ast.Attribute;
using Tuple = Ember.Syntax.Ast.Tuple;

namespace Ember.Runtime.Modules.AstNodes;

/// <summary>
/// _PyAST_Validate (Python/ast.c): the checks compile() makes on a tree that
/// came from Python objects before compiling it, with CPython's messages.
/// Each method returns false with the error pending.
/// </summary>
internal static class AstValidator
{
    public static bool Validate(ModNode mod) => mod switch
    {
        Module m => Stmts(m.Body),
        Interactive i => Stmts(i.Body),
        Expression e => Expr(e.Body, ExprContext.Load),
        FunctionType f => Exprs(f.Argtypes, ExprContext.Load, nullOk: false) && Expr(f.Returns, ExprContext.Load),
        _ => Fail("impossible module node"),
    };

    private static bool Fail(string message)
    {
        PyErr.ValueError(message);
        return false;
    }

    private static bool Deep()
    {
        if (RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return false;
        }

        PyErr.SetString(PyExc.RecursionError, "maximum recursion depth exceeded during compilation");
        return true;
    }

    /// <summary>VALIDATE_POSITIONS: a node's line and column range must be ordered.</summary>
    private static bool Positions(LocatedNode n)
    {
        if (n.Lineno > n.EndLineno)
        {
            return Fail($"AST node line range ({n.Lineno}, {n.EndLineno}) is not valid");
        }

        if ((n.Lineno < 0 && n.EndLineno != n.Lineno) || (n.ColOffset < 0 && n.ColOffset != n.EndColOffset))
        {
            return Fail($"AST node column range ({n.ColOffset}, {n.EndColOffset}) for line range ({n.Lineno}, {n.EndLineno}) is not valid");
        }

        if (n.Lineno == n.EndLineno && n.ColOffset > n.EndColOffset)
        {
            return Fail($"line {n.Lineno}, column {n.ColOffset}-{n.EndColOffset} is not a valid range");
        }

        return true;
    }

    private static string ContextName(ExprContext ctx) => ctx switch
    {
        ExprContext.Load => "Load",
        ExprContext.Store => "Store",
        _ => "Del",
    };

    private static bool CheckName(string name) => name is "None" or "True" or "False"
        ? Fail($"identifier field can't represent '{name}' constant")
        : true;

    private static bool Capture(string name) => name == "_" ? Fail("can't capture name '_' in patterns") : CheckName(name);

    private static bool NonEmpty<T>(List<T> seq, string what, string owner) => seq.Count > 0 || Fail($"empty {what} on {owner}");

    private static bool Body(List<StmtNode> body, string owner) => NonEmpty(body, "body", owner) && Stmts(body);

    private static bool Stmts(List<StmtNode> stmts)
    {
        foreach (var s in stmts)
        {
            if (s is null)
            {
                return Fail("None disallowed in statement list");
            }

            if (!Stmt(s))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Exprs(IReadOnlyList<ExprNode?> exprs, ExprContext ctx, bool nullOk)
    {
        foreach (var e in exprs)
        {
            if (e is null)
            {
                if (!nullOk)
                {
                    return Fail("None disallowed in expression list");
                }

                continue;
            }

            if (!Expr(e, ctx))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Optional(ExprNode? e, ExprContext ctx) => e is null || Expr(e, ctx);

    private static bool Comprehension(List<Comprehension> gens)
    {
        if (gens.Count == 0)
        {
            return Fail("comprehension with no generators");
        }

        foreach (var c in gens)
        {
            if (!Expr(c.Target, ExprContext.Store) || !Expr(c.Iter, ExprContext.Load) || !Exprs(c.Ifs, ExprContext.Load, nullOk: false))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Keywords(List<Keyword> keywords)
    {
        foreach (var k in keywords)
        {
            if (!Expr(k.Value, ExprContext.Load))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ArgList(List<Arg> args)
    {
        foreach (var a in args)
        {
            if (a.Annotation is { } ann && !Expr(ann, ExprContext.Load))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Arguments(Arguments args)
    {
        if (!ArgList(args.Posonlyargs) || !ArgList(args.Args))
        {
            return false;
        }

        if (args.Vararg?.Annotation is { } va && !Expr(va, ExprContext.Load))
        {
            return false;
        }

        if (!ArgList(args.Kwonlyargs))
        {
            return false;
        }

        if (args.Kwarg?.Annotation is { } ka && !Expr(ka, ExprContext.Load))
        {
            return false;
        }

        if (args.Defaults.Count > args.Posonlyargs.Count + args.Args.Count)
        {
            return Fail("more positional defaults than args on arguments");
        }

        if (args.KwDefaults.Count != args.Kwonlyargs.Count)
        {
            return Fail("length of kwonlyargs is not the same as kw_defaults on arguments");
        }

        return Exprs(args.Defaults, ExprContext.Load, nullOk: false) && Exprs(args.KwDefaults, ExprContext.Load, nullOk: true);
    }

    private static bool Constant(object? value)
    {
        if (value is InvalidConstant invalid)
        {
            PyErr.TypeError($"got an invalid type in Constant: {invalid.TypeName}");
            return false;
        }

        return true;
    }

    private static bool Expr(ExprNode e, ExprContext ctx)
    {
        if (Deep() || !Positions(e))
        {
            return false;
        }

        ExprContext? actual = e switch
        {
            Attribute a => a.Ctx,
            Subscript s => s.Ctx,
            Starred s => s.Ctx,
            Name n => n.Ctx,
            List l => l.Ctx,
            Tuple t => t.Ctx,
            _ => null,
        };
        if (actual is null && ctx != ExprContext.Load)
        {
            return Fail($"expression which can't be assigned to in {ContextName(ctx)} context");
        }

        if (actual is { } a2 && a2 != ctx)
        {
            return Fail($"expression must have {ContextName(ctx)} context but has {ContextName(a2)} instead");
        }

        const ExprContext Load = ExprContext.Load;
        switch (e)
        {
            case BoolOp b:
                return b.Values.Count < 2 ? Fail("BoolOp with less than 2 values") : Exprs(b.Values, Load, nullOk: false);
            case BinOp b:
                return Expr(b.Left, Load) && Expr(b.Right, Load);
            case UnaryOp u:
                return Expr(u.Operand, Load);
            case Lambda l:
                return Arguments(l.Args) && Expr(l.Body, Load);
            case IfExp i:
                return Expr(i.Test, Load) && Expr(i.Body, Load) && Expr(i.Orelse, Load);
            case Dict d:
                if (d.Keys.Count != d.Values.Count)
                {
                    return Fail("Dict doesn't have the same number of keys as values");
                }

                // A None key is a ** unpacking.
                return Exprs(d.Keys, Load, nullOk: true) && Exprs(d.Values, Load, nullOk: false);
            case Set s:
                return Exprs(s.Elts, Load, nullOk: false);
            case ListComp c:
                return Comprehension(c.Generators) && Expr(c.Elt, Load);
            case SetComp c:
                return Comprehension(c.Generators) && Expr(c.Elt, Load);
            case GeneratorExp c:
                return Comprehension(c.Generators) && Expr(c.Elt, Load);
            case DictComp c:
                return Comprehension(c.Generators) && Expr(c.Key, Load) && Expr(c.Value, Load);
            case Yield y:
                return Optional(y.Value, Load);
            case YieldFrom y:
                return Expr(y.Value, Load);
            case Await a:
                return Expr(a.Value, Load);
            case Compare c:
                if (c.Comparators.Count == 0)
                {
                    return Fail("Compare with no comparators");
                }

                if (c.Comparators.Count != c.Ops.Count)
                {
                    return Fail("Compare has a different number of comparators and operands");
                }

                return Exprs(c.Comparators, Load, nullOk: false) && Expr(c.Left, Load);
            case Call c:
                return Expr(c.Func, Load) && Exprs(c.Args, Load, nullOk: false) && Keywords(c.Keywords);
            case Constant k:
                return Constant(k.Value);
            case JoinedStr j:
                return Exprs(j.Values, Load, nullOk: false);
            case FormattedValue f:
                return Expr(f.Value, Load) && Optional(f.FormatSpec, Load);
            case Attribute a:
                return Expr(a.Value, Load);
            case Subscript s:
                return Expr(s.Slice, Load) && Expr(s.Value, Load);
            case Starred s:
                return Expr(s.Value, ctx);
            case Slice s:
                return Optional(s.Lower, Load) && Optional(s.Upper, Load) && Optional(s.Step, Load);
            case List l:
                return Exprs(l.Elts, ctx, nullOk: false);
            case Tuple t:
                return Exprs(t.Elts, ctx, nullOk: false);
            case NamedExpr n:
                return Expr(n.Value, Load);
            case Name n:
                return CheckName(n.Id);
        }

        PyErr.SystemError("unexpected expression");
        return false;
    }

    private static bool AssignList(List<ExprNode> targets, ExprContext ctx) =>
        NonEmpty(targets, "targets", ctx == ExprContext.Del ? "Delete" : "Assign") && Exprs(targets, ctx, nullOk: false);

    private static bool WithItems(List<Withitem> items, List<StmtNode> body, string owner)
    {
        if (!NonEmpty(items, "items", owner))
        {
            return false;
        }

        foreach (var item in items)
        {
            if (!Expr(item.ContextExpr, ExprContext.Load) || !Optional(item.OptionalVars, ExprContext.Store))
            {
                return false;
            }
        }

        return Body(body, owner);
    }

    private static bool TryStatement(List<StmtNode> body, List<ExcepthandlerNode> handlers, List<StmtNode> orelse, List<StmtNode> finalbody, string owner)
    {
        if (!Body(body, owner))
        {
            return false;
        }

        if (handlers.Count == 0 && finalbody.Count == 0)
        {
            return Fail($"{owner} has neither except handlers nor finalbody");
        }

        if (handlers.Count == 0 && orelse.Count > 0)
        {
            return Fail($"{owner} has orelse but no except handlers");
        }

        foreach (var h in handlers)
        {
            var handler = (ExceptHandler)h;
            if (!Optional(handler.Type, ExprContext.Load) || !Body(handler.Body, "ExceptHandler"))
            {
                return false;
            }
        }

        return (finalbody.Count == 0 || Stmts(finalbody)) && (orelse.Count == 0 || Stmts(orelse));
    }

    private static bool Stmt(StmtNode s)
    {
        if (Deep() || !Positions(s))
        {
            return false;
        }

        const ExprContext Load = ExprContext.Load;
        switch (s)
        {
            case FunctionDef f:
                return Body(f.Body, "FunctionDef") && Arguments(f.Args) && Exprs(f.DecoratorList, Load, nullOk: false) && Optional(f.Returns, Load);
            case AsyncFunctionDef f:
                return Body(f.Body, "AsyncFunctionDef") && Arguments(f.Args) && Exprs(f.DecoratorList, Load, nullOk: false) && Optional(f.Returns, Load);
            case ClassDef c:
                return Body(c.Body, "ClassDef") && Exprs(c.Bases, Load, nullOk: false) && Keywords(c.Keywords) && Exprs(c.DecoratorList, Load, nullOk: false);
            case Return r:
                return Optional(r.Value, Load);
            case Delete d:
                return AssignList(d.Targets, ExprContext.Del);
            case Assign a:
                return AssignList(a.Targets, ExprContext.Store) && Expr(a.Value, Load);
            case AugAssign a:
                return Expr(a.Target, ExprContext.Store) && Expr(a.Value, Load);
            case AnnAssign a:
                if (a.Target is not Name && a.Simple != 0)
                {
                    PyErr.TypeError("AnnAssign with simple non-Name target");
                    return false;
                }

                return Expr(a.Target, ExprContext.Store) && Optional(a.Value, Load) && Expr(a.Annotation, Load);
            case For f:
                return Expr(f.Target, ExprContext.Store) && Expr(f.Iter, Load) && Body(f.Body, "For") && Stmts(f.Orelse);
            case AsyncFor f:
                return Expr(f.Target, ExprContext.Store) && Expr(f.Iter, Load) && Body(f.Body, "AsyncFor") && Stmts(f.Orelse);
            case While w:
                return Expr(w.Test, Load) && Body(w.Body, "While") && Stmts(w.Orelse);
            case If i:
                return Expr(i.Test, Load) && Body(i.Body, "If") && Stmts(i.Orelse);
            case With w:
                return WithItems(w.Items, w.Body, "With");
            case AsyncWith w:
                return WithItems(w.Items, w.Body, "AsyncWith");
            case Match m:
                if (!Expr(m.Subject, Load) || !NonEmpty(m.Cases, "cases", "Match"))
                {
                    return false;
                }

                foreach (var c in m.Cases)
                {
                    if (!Pattern(c.Pattern, starOk: false) || !Optional(c.Guard, Load) || !Body(c.Body, "match_case"))
                    {
                        return false;
                    }
                }

                return true;
            case Raise r:
                if (r.Exc is { } exc)
                {
                    return Expr(exc, Load) && Optional(r.Cause, Load);
                }

                return r.Cause is null || Fail("Raise with cause but no exception");
            case Try t:
                return TryStatement(t.Body, t.Handlers, t.Orelse, t.Finalbody, "Try");
            case TryStar t:
                return TryStatement(t.Body, t.Handlers, t.Orelse, t.Finalbody, "TryStar");
            case Assert a:
                return Expr(a.Test, Load) && Optional(a.Msg, Load);
            case Ember.Syntax.Ast.Import i:
                return NonEmpty(i.Names, "names", "Import");
            case ImportFrom i:
                if (i.Level < 0)
                {
                    return Fail("Negative ImportFrom level");
                }

                return NonEmpty(i.Names, "names", "ImportFrom");
            case Global g:
                return NonEmpty(g.Names, "names", "Global");
            case Nonlocal n:
                return NonEmpty(n.Names, "names", "Nonlocal");
            case Expr e:
                return Expr(e.Value, Load);
            case Pass or Break or Continue:
                return true;
        }

        PyErr.SystemError("unexpected statement");
        return false;
    }

    private static bool Patterns(List<PatternNode> patterns, bool starOk)
    {
        foreach (var p in patterns)
        {
            if (!Pattern(p, starOk))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchValue(ExprNode e)
    {
        if (!Expr(e, ExprContext.Load))
        {
            return false;
        }

        switch (e)
        {
            case Constant c:
                if (c.Value is string or SurrogateString or long or int or System.Numerics.BigInteger or double or System.Numerics.Complex or byte[])
                {
                    return true;
                }

                return Fail("unexpected constant inside of a literal pattern");
            case Attribute:
            case JoinedStr:
                return true;
            case UnaryOp u when u.Op == UnaryOperator.USub:
                return true;
            case BinOp b when b.Op is Operator.Add or Operator.Sub:
                return true;
        }

        return Fail("patterns may only match literals and attribute lookups");
    }

    private static bool Pattern(PatternNode p, bool starOk)
    {
        if (Deep() || !Positions(p))
        {
            return false;
        }

        switch (p)
        {
            case MatchValue v:
                return MatchValue(v.Value);
            case MatchSingleton s:
                return s.Value is NoneValue or bool || Fail("MatchSingleton can only contain True, False and None");
            case MatchSequence s:
                return Patterns(s.Patterns, starOk: true);
            case MatchMapping m:
                if (m.Keys.Count != m.Patterns.Count)
                {
                    return Fail("MatchMapping doesn't have the same number of keys as patterns");
                }

                if (m.Rest is { } rest && !Capture(rest))
                {
                    return false;
                }

                foreach (var key in m.Keys)
                {
                    // True, False and None keys are syntactically valid: let them through.
                    if (key is Constant { Value: NoneValue or bool })
                    {
                        continue;
                    }

                    if (!MatchValue(key))
                    {
                        return false;
                    }
                }

                return Patterns(m.Patterns, starOk: false);
            case MatchClass c:
                if (c.KwdAttrs.Count != c.KwdPatterns.Count)
                {
                    return Fail("MatchClass doesn't have the same number of keyword attributes as patterns");
                }

                if (!Expr(c.Cls, ExprContext.Load))
                {
                    return false;
                }

                for (var cls = c.Cls; cls is not Name;)
                {
                    if (cls is Attribute a)
                    {
                        cls = a.Value;
                        continue;
                    }

                    return Fail("MatchClass cls field can only contain Name or Attribute nodes.");
                }

                foreach (var attr in c.KwdAttrs)
                {
                    if (!CheckName(attr))
                    {
                        return false;
                    }
                }

                return Patterns(c.Patterns, starOk: false) && Patterns(c.KwdPatterns, starOk: false);
            case MatchStar s:
                if (!starOk)
                {
                    return Fail("can't use MatchStar here");
                }

                return s.Name is null || Capture(s.Name);
            case MatchAs a:
                if (a.Name is { } name && !Capture(name))
                {
                    return false;
                }

                if (a.Pattern is null)
                {
                    return true;
                }

                return a.Name is null ? Fail("MatchAs must specify a target name if a pattern is given") : Pattern(a.Pattern, starOk: false);
            case MatchOr o:
                return o.Patterns.Count < 2 ? Fail("MatchOr requires at least 2 patterns") : Patterns(o.Patterns, starOk: false);
        }

        PyErr.SystemError("unexpected pattern");
        return false;
    }
}
