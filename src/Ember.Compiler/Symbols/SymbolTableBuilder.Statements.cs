using Ember.Syntax.Ast;

namespace Ember.Compiler.Symbols;

/// <summary>Statements, with their parameters, annotations, imports and handlers (symtable_visit_stmt and helpers).</summary>
internal sealed partial class SymbolTableBuilder
{
    private void VisitStatements(List<StmtNode> statements)
    {
        for (int i = 0; i < statements.Count; i++)
        {
            VisitStmt(statements[i]);
        }
    }

    private void VisitStmt(StmtNode s)
    {
        Enter();
        switch (s)
        {
            case Expr e:
                VisitExpr(e.Value);
                break;
            case Assign a:
                VisitExprs(a.Targets);
                VisitExpr(a.Value);
                break;
            case If i:
                VisitExpr(i.Test);
                VisitStatements(i.Body);
                VisitStatements(i.Orelse);
                break;
            case Return r:
                if (r.Value is not null)
                {
                    VisitExpr(r.Value);
                    _cur.ReturnsValue = true;
                }

                break;
            case FunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: false);
                break;
            case AsyncFunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: true);
                break;
            case ClassDef c:
                VisitClass(c);
                break;
            case AugAssign a:
                VisitExpr(a.Target);
                VisitExpr(a.Value);
                break;
            case AnnAssign a:
                VisitAnnAssign(a);
                break;
            case For f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitStatements(f.Body);
                VisitStatements(f.Orelse);
                break;
            case AsyncFor f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitStatements(f.Body);
                VisitStatements(f.Orelse);
                break;
            case While w:
                VisitExpr(w.Test);
                VisitStatements(w.Body);
                VisitStatements(w.Orelse);
                break;
            case Delete d:
                VisitExprs(d.Targets);
                break;
            case Raise r:
                if (r.Exc is not null)
                {
                    VisitExpr(r.Exc);
                    if (r.Cause is not null)
                    {
                        VisitExpr(r.Cause);
                    }
                }

                break;
            case Try t:
                VisitStatements(t.Body);
                VisitStatements(t.Orelse);
                VisitHandlers(t.Handlers);
                VisitStatements(t.Finalbody);
                break;
            case TryStar t:
                VisitStatements(t.Body);
                VisitStatements(t.Orelse);
                VisitHandlers(t.Handlers);
                VisitStatements(t.Finalbody);
                break;
            case Assert a:
                VisitExpr(a.Test);
                if (a.Msg is not null)
                {
                    VisitExpr(a.Msg);
                }

                break;
            case Import i:
                VisitAliases(i.Names);
                break;
            case ImportFrom i:
                VisitAliases(i.Names);
                break;
            case Global g:
                VisitGlobal(g);
                break;
            case Nonlocal n:
                VisitNonlocal(n);
                break;
            case With w:
                VisitWithItems(w.Items);
                VisitStatements(w.Body);
                break;
            case AsyncWith w:
                VisitWithItems(w.Items);
                VisitStatements(w.Body);
                break;
            case Match m:
                VisitExpr(m.Subject);
                for (int k = 0; k < m.Cases.Count; k++)
                {
                    var c = m.Cases[k];
                    VisitPattern(c.Pattern);
                    if (c.Guard is not null)
                    {
                        VisitExpr(c.Guard);
                    }

                    VisitStatements(c.Body);
                }

                break;
            case Pass:
            case Break:
            case Continue:
                break;
        }

        Leave();
    }

    private void VisitFunction(StmtNode s, string name, Arguments args, List<StmtNode> body, List<ExprNode> decorators, ExprNode? returns, bool isAsync)
    {
        AddDef(name, SymbolFlags.DefLocal, s);

        // Defaults, annotations and decorators are evaluated where the def is.
        VisitExprs(args.Defaults);
        VisitOptionalExprs(args.KwDefaults);
        VisitAnnotations(s, args, returns);
        VisitExprs(decorators);
        EnterBlock(name, BlockType.Function, s);
        if (isAsync)
        {
            _cur.IsCoroutine = true;
        }

        VisitParameters(args);
        VisitStatements(body);
        ExitBlock();
    }

    private void VisitClass(ClassDef c)
    {
        AddDef(c.Name, SymbolFlags.DefLocal, c);
        VisitExprs(c.Bases);
        for (int i = 0; i < c.Keywords.Count; i++)
        {
            VisitExpr(c.Keywords[i].Value);
        }

        VisitExprs(c.DecoratorList);
        EnterBlock(c.Name, BlockType.Class, c);
        var saved = _private;
        _private = c.Name;
        VisitStatements(c.Body);
        _private = saved;
        ExitBlock();
    }

    private void VisitAnnAssign(AnnAssign a)
    {
        if (a.Target is Name target)
        {
            var cur = Lookup(target.Id);
            if ((cur & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0 && _cur != _global && a.Simple != 0)
            {
                var msg = (cur & SymbolFlags.DefGlobal) != 0
                    ? $"annotated name '{target.Id}' can't be global"
                    : $"annotated name '{target.Id}' can't be nonlocal";
                ThrowAt(msg, a);
            }

            if (a.Simple != 0)
            {
                AddDef(target.Id, SymbolFlags.DefAnnot | SymbolFlags.DefLocal, target);
            }
            else if (a.Value is not null)
            {
                AddDef(target.Id, SymbolFlags.DefLocal, target);
            }
        }
        else
        {
            VisitExpr(a.Target);
        }

        VisitAnnotation(a.Annotation);
        if (a.Value is not null)
        {
            VisitExpr(a.Value);
        }
    }

    private void VisitGlobal(Global g)
    {
        for (int i = 0; i < g.Names.Count; i++)
        {
            var name = g.Names[i];
            var cur = Lookup(name);
            if ((cur & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefAnnot)) != 0)
            {
                string msg;
                if ((cur & SymbolFlags.DefParam) != 0)
                {
                    msg = $"name '{name}' is parameter and global";
                }
                else if ((cur & SymbolFlags.Use) != 0)
                {
                    msg = $"name '{name}' is used prior to global declaration";
                }
                else if ((cur & SymbolFlags.DefAnnot) != 0)
                {
                    msg = $"annotated name '{name}' can't be global";
                }
                else
                {
                    msg = $"name '{name}' is assigned to before global declaration";
                }

                ThrowAt(msg, g);
            }

            AddDef(name, SymbolFlags.DefGlobal, g);
            RecordDirective(name, g.Lineno, g.ColOffset, g.EndLineno, g.EndColOffset);
        }
    }

    private void VisitNonlocal(Nonlocal n)
    {
        for (int i = 0; i < n.Names.Count; i++)
        {
            var name = n.Names[i];
            var cur = Lookup(name);
            if ((cur & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefAnnot)) != 0)
            {
                string msg;
                if ((cur & SymbolFlags.DefParam) != 0)
                {
                    msg = $"name '{name}' is parameter and nonlocal";
                }
                else if ((cur & SymbolFlags.Use) != 0)
                {
                    msg = $"name '{name}' is used prior to nonlocal declaration";
                }
                else if ((cur & SymbolFlags.DefAnnot) != 0)
                {
                    msg = $"annotated name '{name}' can't be nonlocal";
                }
                else
                {
                    msg = $"name '{name}' is assigned to before nonlocal declaration";
                }

                ThrowAt(msg, n);
            }

            AddDef(name, SymbolFlags.DefNonlocal, n);
            RecordDirective(name, n.Lineno, n.ColOffset, n.EndLineno, n.EndColOffset);
        }
    }

    /// <summary>Parameters in CPython's order: positional-only, positional, keyword-only, *args, **kwargs.</summary>
    private void VisitParameters(Arguments a)
    {
        VisitParams(a.Posonlyargs);
        VisitParams(a.Args);
        VisitParams(a.Kwonlyargs);
        if (a.Vararg is not null)
        {
            AddDef(a.Vararg.ArgName, SymbolFlags.DefParam, a.Vararg);
            _cur.HasVarargs = true;
        }

        if (a.Kwarg is not null)
        {
            AddDef(a.Kwarg.ArgName, SymbolFlags.DefParam, a.Kwarg);
            _cur.HasVarkeywords = true;
        }
    }

    private void VisitParams(List<Arg> args)
    {
        for (int i = 0; i < args.Count; i++)
        {
            AddDef(args[i].ArgName, SymbolFlags.DefParam, args[i]);
        }
    }

    /// <summary>
    /// A def's annotations (symtable_visit_annotations). Under
    /// <c>from __future__ import annotations</c> the parameter annotations share
    /// one annotation block and the return annotation gets its own.
    /// </summary>
    private void VisitAnnotations(StmtNode s, Arguments a, ExprNode? returns)
    {
        bool future = _future.HasAnnotations;
        if (future)
        {
            EnterBlock("_annotation", BlockType.Annotation, s);
        }

        VisitArgAnnotations(a.Posonlyargs);
        VisitArgAnnotations(a.Args);
        if (a.Vararg?.Annotation is { } varargAnnotation)
        {
            VisitExpr(varargAnnotation);
        }

        if (a.Kwarg?.Annotation is { } kwargAnnotation)
        {
            VisitExpr(kwargAnnotation);
        }

        VisitArgAnnotations(a.Kwonlyargs);
        if (future)
        {
            ExitBlock();
        }

        if (returns is not null)
        {
            VisitAnnotation(returns);
        }
    }

    private void VisitArgAnnotations(List<Arg> args)
    {
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i].Annotation is { } annotation)
            {
                VisitExpr(annotation);
            }
        }
    }

    private void VisitAnnotation(ExprNode annotation)
    {
        bool future = _future.HasAnnotations;
        if (future)
        {
            EnterBlock("_annotation", BlockType.Annotation, annotation);
        }

        VisitExpr(annotation);
        if (future)
        {
            ExitBlock();
        }
    }

    private void VisitHandlers(List<ExcepthandlerNode> handlers)
    {
        for (int i = 0; i < handlers.Count; i++)
        {
            var h = (ExceptHandler)handlers[i];
            if (h.Type is not null)
            {
                VisitExpr(h.Type);
            }

            if (h.Name is not null)
            {
                AddDef(h.Name, SymbolFlags.DefLocal, h);
            }

            VisitStatements(h.Body);
        }
    }

    private void VisitWithItems(List<Withitem> items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            VisitExpr(items[i].ContextExpr);
            if (items[i].OptionalVars is { } vars)
            {
                VisitExpr(vars);
            }
        }
    }

    /// <summary>Import bindings: <c>import a.b</c> binds <c>a</c>; <c>*</c> binds nothing and only at module level.</summary>
    private void VisitAliases(List<Alias> names)
    {
        for (int i = 0; i < names.Count; i++)
        {
            var a = names[i];
            var name = a.Asname ?? a.Name;
            if (name == "*")
            {
                if (_cur.Type != BlockType.Module)
                {
                    ThrowAt("import * only allowed at module level", a);
                }

                continue;
            }

            int dot = name.IndexOf('.', StringComparison.Ordinal);
            AddDef(dot >= 0 ? name[..dot] : name, SymbolFlags.DefImport, a);
        }
    }
}
