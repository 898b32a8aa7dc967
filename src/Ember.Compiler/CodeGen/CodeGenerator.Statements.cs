using Ember.Bytecode;
using Ember.Compiler.Flow;
using Ember.Compiler.Symbols;
using Ember.Syntax.Ast;
using Attribute = Ember.Syntax.Ast.Attribute;

namespace Ember.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    // compiler_visit_stmt
    private void VisitStmt(StmtNode s)
    {
        SetLoc(s);
        switch (s)
        {
            case FunctionDef f:
                CompileFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: false);
                break;
            case AsyncFunctionDef f:
                CompileFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: true);
                break;
            case ClassDef c:
                CompileClass(c);
                break;
            case Return r:
                CompileReturn(r);
                break;
            case Delete d:
                foreach (var t in d.Targets)
                {
                    VisitExpr(t);
                }

                break;
            case Assign a:
                VisitExpr(a.Value);
                for (int i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1)
                    {
                        Emit(Opcode.Copy, 1);
                    }

                    VisitExpr(a.Targets[i]);
                }

                break;
            case AugAssign aug:
                CompileAugAssign(aug);
                break;
            case AnnAssign ann:
                CompileAnnAssign(ann);
                break;
            case For f:
                CompileFor(f);
                break;
            case AsyncFor f:
                CompileAsyncFor(f);
                break;
            case While w:
                CompileWhile(w);
                break;
            case If i:
                CompileIf(i);
                break;
            case Match m:
                CompileMatch(m);
                break;
            case Raise r:
                {
                    int n = 0;
                    if (r.Exc != null)
                    {
                        VisitExpr(r.Exc);
                        n++;
                        if (r.Cause != null)
                        {
                            VisitExpr(r.Cause);
                            n++;
                        }
                    }

                    Emit(Opcode.RaiseVarargs, n);
                    break;
                }

            case Try t:
                if (t.Finalbody.Count > 0)
                {
                    CompileTryFinally(t.Body, t.Handlers, t.Orelse, t.Finalbody, star: false);
                }
                else
                {
                    CompileTryExcept(t.Body, t.Handlers, t.Orelse);
                }

                break;
            case TryStar t:
                if (t.Finalbody.Count > 0)
                {
                    CompileTryFinally(t.Body, t.Handlers, t.Orelse, t.Finalbody, star: true);
                }
                else
                {
                    CompileTryStarExcept(t.Body, t.Handlers, t.Orelse);
                }

                break;
            case Assert a:
                CompileAssert(a);
                break;
            case Import imp:
                CompileImport(imp);
                break;
            case ImportFrom from:
                CompileFromImport(from);
                break;
            case Global or Nonlocal:
                break;
            case Expr e:
                CompileExprStmt(e.Value);
                break;
            case Pass:
                Emit(Opcode.Nop);
                break;
            case Break:
                CompileBreak();
                break;
            case Continue:
                CompileContinue();
                break;
            case With w:
                CompileWith(w, w.Items, w.Body, 0, isAsync: false);
                break;
            case AsyncWith w:
                CompileWith(w, w.Items, w.Body, 0, isAsync: true);
                break;
        }
    }

    // compiler_visit_stmt_expr
    private void CompileExprStmt(ExprNode value)
    {
        if (_interactive && _stack.Count <= 0)
        {
            VisitExpr(value);
            Emit(Opcode.PrintExpr);
            return;
        }

        if (_folder.IsConstant(value))
        {
            Emit(Opcode.Nop);
            return;
        }

        VisitExpr(value);
        UnsetLoc();
        Emit(Opcode.PopTop);
    }

    // compiler_return
    private void CompileReturn(Return s)
    {
        bool isConst = s.Value != null && _folder.TryFold(s.Value, out _);
        bool preserveTos = s.Value != null && !isConst;
        if (_u.Ste.Type != BlockType.Function)
        {
            Error("'return' outside function");
        }

        if (s.Value != null && _u.Ste.IsCoroutine && _u.Ste.IsGenerator)
        {
            Error("'return' with value in async generator");
        }

        if (preserveTos)
        {
            VisitExpr(s.Value!);
        }
        else if (s.Value != null)
        {
            SetLoc(s.Value);
            Emit(Opcode.Nop);
        }

        if (s.Value == null || s.Value.Lineno != s.Lineno)
        {
            SetLoc(s);
            Emit(Opcode.Nop);
        }

        UnwindFBlockStack(preserveTos, out _, wantLoop: false);
        if (s.Value == null)
        {
            LoadConst(null);
        }
        else if (!preserveTos)
        {
            _folder.TryFold(s.Value, out var value);
            LoadConst(value);
        }

        Emit(Opcode.ReturnValue);
    }

    // compiler_break
    private void CompileBreak()
    {
        Emit(Opcode.Nop);
        UnwindFBlockStack(false, out var loop, wantLoop: true);
        if (loop == null)
        {
            Error("'break' outside loop");
        }

        UnwindFBlock(loop!, false);
        Jump(loop!.Exit!);
    }

    // compiler_continue
    private void CompileContinue()
    {
        Emit(Opcode.Nop);
        UnwindFBlockStack(false, out var loop, wantLoop: true);
        if (loop == null)
        {
            Error("'continue' not properly in loop");
        }

        Jump(loop!.Block!);
    }

    // compiler_if
    private void CompileIf(If s)
    {
        var end = NewBlock();
        var next = s.Orelse.Count > 0 ? NewBlock() : end;
        JumpIf(s.Test, next, false);
        VisitStmts(s.Body);
        if (s.Orelse.Count > 0)
        {
            JumpNoLine(end);
            UseNextBlock(next);
            VisitStmts(s.Orelse);
        }

        UseNextBlock(end);
    }

    private void VisitStmts(List<StmtNode> body)
    {
        foreach (var st in body)
        {
            VisitStmt(st);
        }
    }

    // compiler_for
    private void CompileFor(For s)
    {
        var start = NewBlock();
        var body = NewBlock();
        var cleanup = NewBlock();
        var end = NewBlock();
        PushFBlock(FBlockKind.ForLoop, start, end, null);
        _folder.MarkIter(s.Iter);
        VisitExpr(s.Iter);
        Emit(Opcode.GetIter);
        UseNextBlock(start);
        EmitJump(Opcode.ForIter, cleanup);
        UseNextBlock(body);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        UnsetLoc();
        Jump(start);
        UseNextBlock(cleanup);
        PopFBlock(FBlockKind.ForLoop);
        VisitStmts(s.Orelse);
        UseNextBlock(end);
    }

    // compiler_async_for
    private void CompileAsyncFor(AsyncFor s)
    {
        if (IsTopLevelAwait() && !_u.Ste.IsCoroutine)
        {
            // Top-level await (PyCF_ALLOW_TOP_LEVEL_AWAIT) is not offered by this compiler.
        }

        if (_u.Ste.Type != BlockType.Function || !_u.Ste.IsCoroutine)
        {
            Error("'async for' outside async function");
        }

        var start = NewBlock();
        var except = NewBlock();
        var end = NewBlock();
        VisitExpr(s.Iter);
        Emit(Opcode.GetAIter);
        UseNextBlock(start);
        PushFBlock(FBlockKind.ForLoop, start, end, null);
        EmitJumpPseudo(PseudoOp.SetupFinally, except);
        Emit(Opcode.GetANext);
        LoadConst(null);
        AddYieldFrom(await: true);
        EmitPseudo(PseudoOp.PopBlock);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        UnsetLoc();
        Jump(start);
        PopFBlock(FBlockKind.ForLoop);
        UseNextBlock(except);
        SetLoc(s.Iter);
        Emit(Opcode.EndAsyncFor);
        VisitStmts(s.Orelse);
        UseNextBlock(end);
    }

    private static bool IsTopLevelAwait() => false;

    // compiler_while
    private void CompileWhile(While s)
    {
        var loop = NewBlock();
        var body = NewBlock();
        var anchor = NewBlock();
        var end = NewBlock();
        UseNextBlock(loop);
        PushFBlock(FBlockKind.WhileLoop, loop, end, null);
        JumpIf(s.Test, anchor, false);
        UseNextBlock(body);
        VisitStmts(s.Body);
        SetLoc(s);
        JumpIf(s.Test, body, true);
        PopFBlock(FBlockKind.WhileLoop);
        UseNextBlock(anchor);
        VisitStmts(s.Orelse);
        UseNextBlock(end);
    }

    // compiler_assert
    private void CompileAssert(Assert s)
    {
        if (_optimize > 0)
        {
            return;
        }

        var end = NewBlock();
        JumpIf(s.Test, end, true);
        Emit(Opcode.LoadAssertionError);
        if (s.Msg != null)
        {
            VisitExpr(s.Msg);
            Emit(Opcode.Call, 0);
        }

        Emit(Opcode.RaiseVarargs, 1);
        UseNextBlock(end);
    }

    // compiler_import
    private void CompileImport(Import s)
    {
        foreach (var alias in s.Names)
        {
            LoadConst(0L);
            LoadConst(null);
            EmitName(Opcode.ImportName, alias.Name);
            if (alias.Asname != null)
            {
                ImportAs(alias.Name, alias.Asname);
            }
            else
            {
                int dot = alias.Name.IndexOf('.', StringComparison.Ordinal);
                NameOp(dot >= 0 ? alias.Name[..dot] : alias.Name, ExprContext.Store);
            }
        }
    }

    // compiler_import_as
    private void ImportAs(string name, string asname)
    {
        int dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            while (true)
            {
                int pos = dot + 1;
                dot = name.IndexOf('.', pos);
                string attr = dot >= 0 ? name[pos..dot] : name[pos..];
                Emit(Opcode.ImportFrom, _u.Names.Add(attr));
                if (dot < 0)
                {
                    break;
                }

                Emit(Opcode.Swap, 2);
                Emit(Opcode.PopTop);
            }

            NameOp(asname, ExprContext.Store);
            Emit(Opcode.PopTop);
            return;
        }

        NameOp(asname, ExprContext.Store);
    }

    // compiler_from_import
    private void CompileFromImport(ImportFrom s)
    {
        LoadConst((long)(s.Level ?? 0));
        var names = new object?[s.Names.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = s.Names[i].Name;
        }

        if (s.Lineno > Future.Lineno && s.Module == "__future__")
        {
            Error("from __future__ imports must occur at the beginning of the file");
        }

        LoadConst(new ConstTuple(names));
        EmitName(Opcode.ImportName, s.Module ?? "");
        for (int i = 0; i < s.Names.Count; i++)
        {
            var alias = s.Names[i];
            if (i == 0 && alias.Name.StartsWith('*'))
            {
                Emit(Opcode.ImportStar);
                return;
            }

            EmitName(Opcode.ImportFrom, alias.Name);
            NameOp(alias.Asname ?? alias.Name, ExprContext.Store);
        }

        Emit(Opcode.PopTop);
    }

    // compiler_augassign
    private void CompileAugAssign(AugAssign s)
    {
        var e = s.Target;
        var old = _u.Loc;
        SetLoc(e);
        switch (e)
        {
            case Attribute a:
                VisitExpr(a.Value);
                Emit(Opcode.Copy, 1);
                UpdateStartLocationToMatchAttr(a);
                EmitName(Opcode.LoadAttr, a.Attr);
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                Emit(Opcode.Copy, 2);
                Emit(Opcode.Copy, 2);
                Emit(Opcode.BinarySubscr);
                break;
            case Name n:
                NameOp(n.Id, ExprContext.Load);
                break;
        }

        _u.Loc = old;
        VisitExpr(s.Value);
        Emit(Opcode.BinaryOp, (int)InplaceOp(s.Op));
        SetLoc(e);
        switch (e)
        {
            case Attribute a:
                UpdateStartLocationToMatchAttr(a);
                Emit(Opcode.Swap, 2);
                EmitName(Opcode.StoreAttr, a.Attr);
                break;
            case Subscript:
                Emit(Opcode.Swap, 3);
                Emit(Opcode.Swap, 2);
                Emit(Opcode.StoreSubscr);
                break;
            case Name n:
                NameOp(n.Id, ExprContext.Store);
                break;
        }
    }

    // compiler_annassign
    private void CompileAnnAssign(AnnAssign s)
    {
        var targ = s.Target;
        if (s.Value != null)
        {
            VisitExpr(s.Value);
            VisitExpr(targ);
        }

        bool moduleOrClass = _u.Kind is ScopeKind.Module or ScopeKind.Class;
        switch (targ)
        {
            case Name n:
                ForbiddenName(n.Id, ExprContext.Store);
                if (s.Simple != 0 && moduleOrClass)
                {
                    VisitAnnotation(s.Annotation);
                    EmitName(Opcode.LoadName, "__annotations__");
                    LoadConst(Mangling.Mangle(_u.Private, n.Id));
                    Emit(Opcode.StoreSubscr);
                }

                break;
            case Attribute a:
                ForbiddenName(a.Attr, ExprContext.Store);
                if (s.Value == null)
                {
                    CheckAnnExpr(a.Value);
                }

                break;
            case Subscript sub:
                if (s.Value == null)
                {
                    CheckAnnExpr(sub.Value);
                    CheckAnnSubscr(sub.Slice);
                }

                break;
        }

        if (s.Simple == 0 && !Future.HasAnnotations && moduleOrClass)
        {
            CheckAnnExpr(s.Annotation);
        }
    }

    private void VisitAnnotation(ExprNode annotation)
    {
        if (Future.HasAnnotations)
        {
            LoadConst(Unparser.Unparse(annotation));
        }
        else
        {
            VisitExpr(annotation);
        }
    }

    private void CheckAnnExpr(ExprNode e)
    {
        VisitExpr(e);
        Emit(Opcode.PopTop);
    }

    private void CheckAnnSubscr(ExprNode e)
    {
        switch (e)
        {
            case Slice sl:
                if (sl.Lower != null)
                {
                    CheckAnnExpr(sl.Lower);
                }

                if (sl.Upper != null)
                {
                    CheckAnnExpr(sl.Upper);
                }

                if (sl.Step != null)
                {
                    CheckAnnExpr(sl.Step);
                }

                break;
            case Syntax.Ast.Tuple t:
                foreach (var elt in t.Elts)
                {
                    CheckAnnSubscr(elt);
                }

                break;
            default:
                CheckAnnExpr(e);
                break;
        }
    }

    private static BinaryOp InplaceOp(Operator op) => (BinaryOp)((int)BinOpCode(op) + (int)BinaryOp.InplaceAdd);

    private static BinaryOp BinOpCode(Operator op) => op switch
    {
        Operator.Add => BinaryOp.Add,
        Operator.Sub => BinaryOp.Subtract,
        Operator.Mult => BinaryOp.Multiply,
        Operator.MatMult => BinaryOp.MatrixMultiply,
        Operator.Div => BinaryOp.TrueDivide,
        Operator.Mod => BinaryOp.Remainder,
        Operator.Pow => BinaryOp.Power,
        Operator.LShift => BinaryOp.LShift,
        Operator.RShift => BinaryOp.RShift,
        Operator.BitOr => BinaryOp.Or,
        Operator.BitXor => BinaryOp.Xor,
        Operator.BitAnd => BinaryOp.And,
        _ => BinaryOp.FloorDivide,
    };
}
