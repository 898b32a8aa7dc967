using Ember.Syntax.Ast;
using Attribute = Ember.Syntax.Ast.Attribute;
using Tuple = Ember.Syntax.Ast.Tuple;

namespace Ember.Compiler.Symbols;

/// <summary>Expressions, comprehensions, assignment expressions and match patterns (symtable_visit_expr and helpers).</summary>
internal sealed partial class SymbolTableBuilder
{
    private void VisitExprs(List<ExprNode> exprs)
    {
        for (int i = 0; i < exprs.Count; i++)
        {
            VisitExpr(exprs[i]);
        }
    }

    /// <summary>A sequence with holes: keyword-only defaults, and dict keys where <c>**m</c> stands.</summary>
    private void VisitOptionalExprs(List<ExprNode?> exprs)
    {
        for (int i = 0; i < exprs.Count; i++)
        {
            if (exprs[i] is { } e)
            {
                VisitExpr(e);
            }
        }
    }

    private void VisitExpr(ExprNode e)
    {
        Enter();

        // The most frequent kinds come first: each case is one type test.
        switch (e)
        {
            case Name n:
                VisitName(n);
                break;
            case Attribute a:
                VisitExpr(a.Value);
                break;
            case Constant:
                break;
            case Call c:
                VisitExpr(c.Func);
                VisitExprs(c.Args);
                for (int i = 0; i < c.Keywords.Count; i++)
                {
                    VisitExpr(c.Keywords[i].Value);
                }

                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                break;
            case Tuple t:
                VisitExprs(t.Elts);
                break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                break;
            case Compare c:
                VisitExpr(c.Left);
                VisitExprs(c.Comparators);
                break;
            case List l:
                VisitExprs(l.Elts);
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                break;
            case BoolOp b:
                VisitExprs(b.Values);
                break;
            case JoinedStr j:
                VisitExprs(j.Values);
                break;
            case FormattedValue f:
                VisitExpr(f.Value);
                if (f.FormatSpec is not null)
                {
                    VisitExpr(f.FormatSpec);
                }

                break;
            case Dict d:
                VisitOptionalExprs(d.Keys);
                VisitExprs(d.Values);
                break;
            case Starred s:
                VisitExpr(s.Value);
                break;
            case IfExp i:
                VisitExpr(i.Test);
                VisitExpr(i.Body);
                VisitExpr(i.Orelse);
                break;
            case Slice s:
                if (s.Lower is not null)
                {
                    VisitExpr(s.Lower);
                }

                if (s.Upper is not null)
                {
                    VisitExpr(s.Upper);
                }

                if (s.Step is not null)
                {
                    VisitExpr(s.Step);
                }

                break;
            case Set s:
                VisitExprs(s.Elts);
                break;
            case Lambda l:
                VisitLambda(l);
                break;
            case ListComp c:
                VisitComprehension(c, "listcomp", ComprehensionType.List, c.Generators, c.Elt, null);
                break;
            case GeneratorExp c:
                VisitComprehension(c, "genexpr", ComprehensionType.Generator, c.Generators, c.Elt, null);
                break;
            case SetComp c:
                VisitComprehension(c, "setcomp", ComprehensionType.Set, c.Generators, c.Elt, null);
                break;
            case DictComp c:
                VisitComprehension(c, "dictcomp", ComprehensionType.Dict, c.Generators, c.Key, c.Value);
                break;
            case NamedExpr n:
                RaiseIfAnnotationBlock("named expression", n);
                VisitNamedExpr(n);
                break;
            case Yield y:
                RaiseIfAnnotationBlock("yield expression", y);
                if (y.Value is not null)
                {
                    VisitExpr(y.Value);
                }

                _cur.IsGenerator = true;
                RaiseIfComprehensionBlock(y);
                break;
            case YieldFrom y:
                RaiseIfAnnotationBlock("yield expression", y);
                VisitExpr(y.Value);
                _cur.IsGenerator = true;
                RaiseIfComprehensionBlock(y);
                break;
            case Await a:
                RaiseIfAnnotationBlock("await expression", a);
                VisitExpr(a.Value);
                _cur.IsCoroutine = true;
                break;
        }

        Leave();
    }

    private void VisitName(Name n)
    {
        bool load = n.Ctx == ExprContext.Load;
        AddDef(n.Id, load ? SymbolFlags.Use : SymbolFlags.DefLocal, n);

        // A bare super() needs the method's __class__ cell: its use counts as a use of __class__.
        if (load && _cur.Type == BlockType.Function && n.Id == "super")
        {
            AddDef("__class__", SymbolFlags.Use, n);
        }
    }

    private void VisitLambda(Lambda l)
    {
        var args = l.Args;
        VisitExprs(args.Defaults);
        VisitOptionalExprs(args.KwDefaults);
        EnterBlock("lambda", BlockType.Function, l);
        VisitParameters(args);
        VisitExpr(l.Body);
        ExitBlock();
    }

    /// <summary>
    /// A comprehension is a function block of its own whose only parameter,
    /// <c>.0</c>, is the iterator of the outermost iterable; that iterable is
    /// evaluated in the enclosing block (symtable_handle_comprehension).
    /// </summary>
    private void VisitComprehension(ExprNode e, string scopeName, ComprehensionType kind, List<Comprehension> generators, ExprNode elt, ExprNode? value)
    {
        bool isGenerator = kind == ComprehensionType.Generator;
        var outermost = generators[0];
        _cur.CompIterExpr++;
        VisitExpr(outermost.Iter);
        _cur.CompIterExpr--;

        EnterBlock(scopeName, BlockType.Function, e);
        _cur.Comprehension = kind;
        if (outermost.IsAsync != 0)
        {
            _cur.IsCoroutine = true;
        }

        AddDef(".0", SymbolFlags.DefParam, _cur.Lineno, _cur.ColOffset, _cur.EndLineno, _cur.EndColOffset);
        _cur.CompIterTarget = true;
        VisitExpr(outermost.Target);
        _cur.CompIterTarget = false;
        VisitExprs(outermost.Ifs);
        for (int i = 1; i < generators.Count; i++)
        {
            var g = generators[i];
            _cur.CompIterTarget = true;
            VisitExpr(g.Target);
            _cur.CompIterTarget = false;
            _cur.CompIterExpr++;
            VisitExpr(g.Iter);
            _cur.CompIterExpr--;
            VisitExprs(g.Ifs);
            if (g.IsAsync != 0)
            {
                _cur.IsCoroutine = true;
            }
        }

        // A dict comprehension's value is visited before its key, as CPython does.
        if (value is not null)
        {
            VisitExpr(value);
        }

        VisitExpr(elt);
        _cur.IsGenerator = isGenerator;

        // An asynchronous list, set or dict comprehension makes the enclosing
        // block a coroutine too; an asynchronous generator expression does not.
        bool isAsync = _cur.IsCoroutine && !isGenerator;
        ExitBlock();
        if (isAsync)
        {
            _cur.IsCoroutine = true;
        }
    }

    private void VisitNamedExpr(NamedExpr e)
    {
        if (_cur.CompIterExpr > 0)
        {
            ThrowAt("assignment expression cannot be used in a comprehension iterable expression", e);
        }

        if (_cur.Comprehension != ComprehensionType.None)
        {
            ExtendNamedExprScope((Name)e.Target);
        }

        VisitExpr(e.Value);
        VisitExpr(e.Target);
    }

    /// <summary>
    /// PEP 572: a walrus inside a comprehension binds in the nearest enclosing
    /// function or module, declared there as by <c>nonlocal</c> or <c>global</c>
    /// from every comprehension in between (symtable_extend_namedexpr_scope).
    /// </summary>
    private void ExtendNamedExprScope(Name target)
    {
        var name = target.Id;
        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            var entry = _stack[i];
            if (entry.Comprehension != ComprehensionType.None)
            {
                // CPython looks the name up unmangled here.
                if ((entry.GetFlags(name) & SymbolFlags.DefCompIter) != 0)
                {
                    ThrowAt($"assignment expression cannot rebind comprehension iteration variable '{name}'", target);
                }

                continue;
            }

            if (entry.Type == BlockType.Function)
            {
                var declared = (entry.GetFlags(name) & SymbolFlags.DefGlobal) != 0 ? SymbolFlags.DefGlobal : SymbolFlags.DefNonlocal;
                AddDef(name, declared, target);
                RecordDirective(name, target.Lineno, target.ColOffset, target.EndLineno, target.EndColOffset);
                AddDef(name, SymbolFlags.DefLocal, entry, target.Lineno, target.ColOffset, target.EndLineno, target.EndColOffset);
                return;
            }

            if (entry.Type == BlockType.Module)
            {
                AddDef(name, SymbolFlags.DefGlobal, target);
                RecordDirective(name, target.Lineno, target.ColOffset, target.EndLineno, target.EndColOffset);
                AddDef(name, SymbolFlags.DefGlobal, entry, target.Lineno, target.ColOffset, target.EndLineno, target.EndColOffset);
                return;
            }

            if (entry.Type == BlockType.Class)
            {
                ThrowAt("assignment expression within a comprehension cannot be used in a class body", target);
            }
        }
    }

    private void RaiseIfAnnotationBlock(string what, ExprNode e)
    {
        if (_cur.Type == BlockType.Annotation)
        {
            ThrowAt($"'{what}' can not be used within an annotation", e);
        }
    }

    private void RaiseIfComprehensionBlock(ExprNode e)
    {
        var msg = _cur.Comprehension switch
        {
            ComprehensionType.None => null,
            ComprehensionType.List => "'yield' inside list comprehension",
            ComprehensionType.Set => "'yield' inside set comprehension",
            ComprehensionType.Dict => "'yield' inside dict comprehension",
            _ => "'yield' inside generator expression",
        };
        if (msg is not null)
        {
            ThrowAt(msg, e);
        }
    }

    private void VisitPatterns(List<PatternNode> patterns)
    {
        for (int i = 0; i < patterns.Count; i++)
        {
            VisitPattern(patterns[i]);
        }
    }

    private void VisitPattern(PatternNode p)
    {
        Enter();
        switch (p)
        {
            case MatchValue v:
                VisitExpr(v.Value);
                break;
            case MatchSingleton:
                break;
            case MatchSequence s:
                VisitPatterns(s.Patterns);
                break;
            case MatchStar s:
                if (s.Name is not null)
                {
                    AddDef(s.Name, SymbolFlags.DefLocal, s);
                }

                break;
            case MatchMapping m:
                VisitExprs(m.Keys);
                VisitPatterns(m.Patterns);
                if (m.Rest is not null)
                {
                    AddDef(m.Rest, SymbolFlags.DefLocal, m);
                }

                break;
            case MatchClass c:
                VisitExpr(c.Cls);
                VisitPatterns(c.Patterns);
                VisitPatterns(c.KwdPatterns);
                break;
            case MatchAs a:
                if (a.Pattern is not null)
                {
                    VisitPattern(a.Pattern);
                }

                if (a.Name is not null)
                {
                    AddDef(a.Name, SymbolFlags.DefLocal, a);
                }

                break;
            case MatchOr o:
                VisitPatterns(o.Patterns);
                break;
        }

        Leave();
    }
}
