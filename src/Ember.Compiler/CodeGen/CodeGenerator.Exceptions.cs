using Ember.Bytecode;
using Ember.Compiler.Flow;
using Ember.Syntax.Ast;

namespace Ember.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    // compiler_try_except
    private void CompileTryExcept(List<StmtNode> bodyStmts, List<ExcepthandlerNode> handlers, List<StmtNode> orelse)
    {
        var body = NewBlock();
        var except = NewBlock();
        var end = NewBlock();
        var cleanup = NewBlock();
        EmitJumpPseudo(PseudoOp.SetupFinally, except);
        UseNextBlock(body);
        PushFBlock(FBlockKind.TryExcept, body, null, null);
        VisitStmts(bodyStmts);
        PopFBlock(FBlockKind.TryExcept);
        PopBlockNoLine();
        VisitStmts(orelse);
        JumpNoLine(end);
        int n = handlers.Count;
        UseNextBlock(except);
        UnsetLoc();
        EmitJumpPseudo(PseudoOp.SetupCleanup, cleanup);
        Emit(Opcode.PushExcInfo);
        PushFBlock(FBlockKind.ExceptionHandler, null, null, null);
        for (int i = 0; i < n; i++)
        {
            var handler = (ExceptHandler)handlers[i];
            SetLoc(handler);
            if (handler.Type == null && i < n - 1)
            {
                Error("default 'except:' must be last");
            }

            except = NewBlock();
            if (handler.Type != null)
            {
                VisitExpr(handler.Type);
                Emit(Opcode.CheckExcMatch);
                EmitJump(Opcode.PopJumpIfFalse, except);
            }

            if (handler.Name != null)
            {
                var cleanupEnd = NewBlock();
                var cleanupBody = NewBlock();
                NameOp(handler.Name, ExprContext.Store);
                EmitJumpPseudo(PseudoOp.SetupCleanup, cleanupEnd);
                UseNextBlock(cleanupBody);
                PushFBlock(FBlockKind.HandlerCleanup, cleanupBody, null, handler.Name);
                VisitStmts(handler.Body);
                PopFBlock(FBlockKind.HandlerCleanup);
                UnsetLoc();
                EmitPseudo(PseudoOp.PopBlock);
                EmitPseudo(PseudoOp.PopBlock);
                Emit(Opcode.PopExcept);
                LoadConst(null);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
                Jump(end);
                UseNextBlock(cleanupEnd);
                UnsetLoc();
                LoadConst(null);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
                Emit(Opcode.Reraise, 1);
            }
            else
            {
                var cleanupBody = NewBlock();
                Emit(Opcode.PopTop);
                UseNextBlock(cleanupBody);
                PushFBlock(FBlockKind.HandlerCleanup, cleanupBody, null, null);
                VisitStmts(handler.Body);
                PopFBlock(FBlockKind.HandlerCleanup);
                UnsetLoc();
                EmitPseudo(PseudoOp.PopBlock);
                Emit(Opcode.PopExcept);
                Jump(end);
            }

            UseNextBlock(except);
        }

        UnsetLoc();
        PopFBlock(FBlockKind.ExceptionHandler);
        Emit(Opcode.Reraise, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(end);
    }

    // POP_EXCEPT_AND_RERAISE
    private void PopExceptAndReraise()
    {
        Emit(Opcode.Copy, 3);
        Emit(Opcode.PopExcept);
        Emit(Opcode.Reraise, 1);
    }

    // compiler_try_finally and compiler_try_star_finally
    private void CompileTryFinally(List<StmtNode> bodyStmts, List<ExcepthandlerNode> handlers, List<StmtNode> orelse, List<StmtNode> finalbody, bool star)
    {
        var body = NewBlock();
        var end = NewBlock();
        var exit = NewBlock();
        var cleanup = NewBlock();
        EmitJumpPseudo(PseudoOp.SetupFinally, end);
        UseNextBlock(body);
        PushFBlock(FBlockKind.FinallyTry, body, end, finalbody);
        if (handlers.Count > 0)
        {
            if (star)
            {
                CompileTryStarExcept(bodyStmts, handlers, orelse);
            }
            else
            {
                CompileTryExcept(bodyStmts, handlers, orelse);
            }
        }
        else
        {
            VisitStmts(bodyStmts);
        }

        PopBlockNoLine();
        PopFBlock(FBlockKind.FinallyTry);
        VisitStmts(finalbody);
        JumpNoLine(exit);
        UseNextBlock(end);
        UnsetLoc();
        EmitJumpPseudo(PseudoOp.SetupCleanup, cleanup);
        Emit(Opcode.PushExcInfo);
        PushFBlock(FBlockKind.FinallyEnd, end, null, null);
        VisitStmts(finalbody);
        PopFBlock(FBlockKind.FinallyEnd);
        Emit(Opcode.Reraise, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(exit);
    }

    // compiler_try_star_except
    private void CompileTryStarExcept(List<StmtNode> bodyStmts, List<ExcepthandlerNode> handlers, List<StmtNode> orelseStmts)
    {
        var body = NewBlock();
        var except = NewBlock();
        var orelse = NewBlock();
        var end = NewBlock();
        var cleanup = NewBlock();
        var reraiseStar = NewBlock();
        EmitJumpPseudo(PseudoOp.SetupFinally, except);
        UseNextBlock(body);
        PushFBlock(FBlockKind.TryExcept, body, null, null);
        VisitStmts(bodyStmts);
        PopFBlock(FBlockKind.TryExcept);
        PopBlockNoLine();
        JumpNoLine(orelse);
        int n = handlers.Count;
        UseNextBlock(except);
        UnsetLoc();
        EmitJumpPseudo(PseudoOp.SetupCleanup, cleanup);
        Emit(Opcode.PushExcInfo);
        PushFBlock(FBlockKind.ExceptionGroupHandler, null, null, "except handler");
        for (int i = 0; i < n; i++)
        {
            var handler = (ExceptHandler)handlers[i];
            SetLoc(handler);
            except = NewBlock();
            var exceptWithError = NewBlock();
            if (i == 0)
            {
                Emit(Opcode.Copy, 1);
                Emit(Opcode.BuildList, 0);
                Emit(Opcode.Swap, 2);
            }

            if (handler.Type != null)
            {
                VisitExpr(handler.Type);
                Emit(Opcode.CheckEgMatch);
                Emit(Opcode.Copy, 1);
                EmitJump(Opcode.PopJumpIfNotNone, exceptWithError);
                Emit(Opcode.PopTop);
                Jump(except);
            }

            UseNextBlock(exceptWithError);
            var cleanupEnd = NewBlock();
            var cleanupBody = NewBlock();
            if (handler.Name != null)
            {
                NameOp(handler.Name, ExprContext.Store);
            }
            else
            {
                Emit(Opcode.PopTop);
            }

            EmitJumpPseudo(PseudoOp.SetupCleanup, cleanupEnd);
            UseNextBlock(cleanupBody);
            PushFBlock(FBlockKind.HandlerCleanup, cleanupBody, null, handler.Name);
            VisitStmts(handler.Body);
            PopFBlock(FBlockKind.HandlerCleanup);
            EmitPseudo(PseudoOp.PopBlock);
            if (handler.Name != null)
            {
                LoadConst(null);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
            }

            Jump(except);
            UseNextBlock(cleanupEnd);
            UnsetLoc();
            if (handler.Name != null)
            {
                LoadConst(null);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
            }

            Emit(Opcode.ListAppend, 3);
            Emit(Opcode.PopTop);
            Jump(except);
            UseNextBlock(except);
            if (i == n - 1)
            {
                Emit(Opcode.ListAppend, 1);
                Jump(reraiseStar);
            }
        }

        UnsetLoc();
        PopFBlock(FBlockKind.ExceptionGroupHandler);
        var reraise = NewBlock();
        UseNextBlock(reraiseStar);
        Emit(Opcode.PrepReraiseStar);
        Emit(Opcode.Copy, 1);
        EmitJump(Opcode.PopJumpIfNotNone, reraise);
        Emit(Opcode.PopTop);
        EmitPseudo(PseudoOp.PopBlock);
        Emit(Opcode.PopExcept);
        Jump(end);
        UseNextBlock(reraise);
        EmitPseudo(PseudoOp.PopBlock);
        Emit(Opcode.Swap, 2);
        Emit(Opcode.PopExcept);
        Emit(Opcode.Reraise, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(orelse);
        VisitStmts(orelseStmts);
        UseNextBlock(end);
    }

    // compiler_with and compiler_async_with
    private void CompileWith(StmtNode s, List<Withitem> items, List<StmtNode> bodyStmts, int pos, bool isAsync)
    {
        var item = items[pos];
        if (isAsync && _u.Kind != ScopeKind.AsyncFunction)
        {
            Error("'async with' outside async function");
        }

        var block = NewBlock();
        var final = NewBlock();
        var exit = NewBlock();
        var cleanup = NewBlock();
        VisitExpr(item.ContextExpr);
        if (isAsync)
        {
            Emit(Opcode.BeforeAsyncWith);
            Emit(Opcode.GetAwaitable, 1);
            LoadConst(null);
            AddYieldFrom(await: true);
        }
        else
        {
            Emit(Opcode.BeforeWith);
        }

        EmitJumpPseudo(PseudoOp.SetupWith, final);
        UseNextBlock(block);
        PushFBlock(isAsync ? FBlockKind.AsyncWith : FBlockKind.With, block, final, s);
        if (item.OptionalVars != null)
        {
            VisitExpr(item.OptionalVars);
        }
        else
        {
            Emit(Opcode.PopTop);
        }

        pos++;
        if (pos == items.Count)
        {
            VisitStmts(bodyStmts);
        }
        else
        {
            CompileWith(s, items, bodyStmts, pos, isAsync);
        }

        if (!isAsync)
        {
            UnsetLoc();
        }

        EmitPseudo(PseudoOp.PopBlock);
        PopFBlock(isAsync ? FBlockKind.AsyncWith : FBlockKind.With);
        SetLoc(s);
        CallExitWithNones();
        if (isAsync)
        {
            Emit(Opcode.GetAwaitable, 2);
            LoadConst(null);
            AddYieldFrom(await: true);
        }

        Emit(Opcode.PopTop);
        Jump(exit);
        UseNextBlock(final);
        EmitJumpPseudo(PseudoOp.SetupCleanup, cleanup);
        Emit(Opcode.PushExcInfo);
        Emit(Opcode.WithExceptStart);
        if (isAsync)
        {
            Emit(Opcode.GetAwaitable, 2);
            LoadConst(null);
            AddYieldFrom(await: true);
        }

        WithExceptFinish(cleanup);
        UseNextBlock(exit);
    }

    // compiler_call_exit_with_nones
    private void CallExitWithNones()
    {
        LoadConst(null);
        LoadConst(null);
        LoadConst(null);
        Emit(Opcode.Call, 2);
    }

    // compiler_with_except_finish
    private void WithExceptFinish(BasicBlock cleanup)
    {
        UnsetLoc();
        var exit = NewBlock();
        EmitJump(Opcode.PopJumpIfTrue, exit);
        Emit(Opcode.Reraise, 2);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(exit);
        Emit(Opcode.PopTop);
        EmitPseudo(PseudoOp.PopBlock);
        Emit(Opcode.PopExcept);
        Emit(Opcode.PopTop);
        Emit(Opcode.PopTop);
    }

    // compiler_unwind_fblock
    private void UnwindFBlock(FBlock info, bool preserveTos)
    {
        switch (info.Kind)
        {
            case FBlockKind.WhileLoop:
            case FBlockKind.ExceptionHandler:
            case FBlockKind.ExceptionGroupHandler:
            case FBlockKind.AsyncComprehensionGenerator:
                return;
            case FBlockKind.ForLoop:
                if (preserveTos)
                {
                    Emit(Opcode.Swap, 2);
                }

                Emit(Opcode.PopTop);
                return;
            case FBlockKind.TryExcept:
                EmitPseudo(PseudoOp.PopBlock);
                return;
            case FBlockKind.FinallyTry:
                EmitPseudo(PseudoOp.PopBlock);
                if (preserveTos)
                {
                    PushFBlock(FBlockKind.PopValue, null, null, null);
                }

                VisitStmts((List<StmtNode>)info.Datum!);
                if (preserveTos)
                {
                    PopFBlock(FBlockKind.PopValue);
                }

                UnsetLoc();
                return;
            case FBlockKind.FinallyEnd:
                if (preserveTos)
                {
                    Emit(Opcode.Swap, 2);
                }

                Emit(Opcode.PopTop);
                if (preserveTos)
                {
                    Emit(Opcode.Swap, 2);
                }

                EmitPseudo(PseudoOp.PopBlock);
                Emit(Opcode.PopExcept);
                return;
            case FBlockKind.With:
            case FBlockKind.AsyncWith:
                SetLoc((StmtNode)info.Datum!);
                EmitPseudo(PseudoOp.PopBlock);
                if (preserveTos)
                {
                    Emit(Opcode.Swap, 2);
                }

                CallExitWithNones();
                if (info.Kind == FBlockKind.AsyncWith)
                {
                    Emit(Opcode.GetAwaitable, 2);
                    LoadConst(null);
                    AddYieldFrom(await: true);
                }

                Emit(Opcode.PopTop);
                UnsetLoc();
                return;
            case FBlockKind.HandlerCleanup:
                {
                    var name = (string?)info.Datum;
                    if (name != null)
                    {
                        EmitPseudo(PseudoOp.PopBlock);
                    }

                    if (preserveTos)
                    {
                        Emit(Opcode.Swap, 2);
                    }

                    EmitPseudo(PseudoOp.PopBlock);
                    Emit(Opcode.PopExcept);
                    if (name != null)
                    {
                        LoadConst(null);
                        NameOp(name, ExprContext.Store);
                        NameOp(name, ExprContext.Del);
                    }

                    return;
                }

            case FBlockKind.PopValue:
                if (preserveTos)
                {
                    Emit(Opcode.Swap, 2);
                }

                Emit(Opcode.PopTop);
                return;
        }
    }

    // compiler_unwind_fblock_stack
    private void UnwindFBlockStack(bool preserveTos, out FBlock? loop, bool wantLoop)
    {
        loop = null;
        if (_u.FBlocks.Count == 0)
        {
            return;
        }

        var top = _u.FBlocks[^1];
        if (top.Kind == FBlockKind.ExceptionGroupHandler)
        {
            Error("'break', 'continue' and 'return' cannot appear in an except* block");
        }

        if (wantLoop && top.Kind is FBlockKind.WhileLoop or FBlockKind.ForLoop)
        {
            loop = top;
            return;
        }

        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        UnwindFBlock(top, preserveTos);
        UnwindFBlockStack(preserveTos, out loop, wantLoop);
        _u.FBlocks.Add(top);
    }
}
