using Ember.Bytecode;
using Ember.Compiler.Optimize;
using Ember.Compiler.Symbols;
using Ember.Syntax.Ast;
using Attribute = Ember.Syntax.Ast.Attribute;

namespace Ember.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    // compiler_function
    private void CompileFunction(StmtNode s, string name, Arguments args, List<StmtNode> body, List<ExprNode> decos, ExprNode? returns, bool isAsync)
    {
        CheckDebugArgs(args);
        foreach (var d in decos)
        {
            VisitExpr(d);
        }

        int firstLine = decos.Count > 0 ? decos[0].Lineno : s.Lineno;
        int funcFlags = DefaultArguments(args);
        if (VisitAnnotations(args, returns))
        {
            funcFlags |= 0x04;
        }

        EnterScope(name, isAsync ? ScopeKind.AsyncFunction : ScopeKind.Function, s, firstLine);
        object? docstring = _optimize < 2 ? GetDocString(body) : null;
        AddConst(docstring != null ? ConstantFolder.ToConst(docstring) : null);
        _u.ArgCount = args.Args.Count;
        _u.PosOnlyArgCount = args.Posonlyargs.Count;
        _u.KwOnlyArgCount = args.Kwonlyargs.Count;
        for (int i = docstring != null ? 1 : 0; i < body.Count; i++)
        {
            VisitStmt(body[i]);
        }

        var co = ExitScopeAndAssemble(addNone: true);
        MakeClosure(co, funcFlags);
        ApplyDecorators(decos);
        NameOp(name, ExprContext.Store);
    }

    // compiler_class
    private void CompileClass(ClassDef s)
    {
        foreach (var d in s.DecoratorList)
        {
            VisitExpr(d);
        }

        int firstLine = s.DecoratorList.Count > 0 ? s.DecoratorList[0].Lineno : s.Lineno;
        EnterScope(s.Name, ScopeKind.Class, s, firstLine);
        _u.Private = s.Name;
        NameOp("__name__", ExprContext.Load);
        NameOp("__module__", ExprContext.Store);
        LoadConst(_u.QualName);
        NameOp("__qualname__", ExprContext.Store);
        CompileBody(s.Body);
        UnsetLoc();
        if (_u.Ste.NeedsClassClosure)
        {
            _u.CellVars.TryGet("__class__", out int i);
            Emit(Opcode.LoadClosure, i);
            Emit(Opcode.Copy, 1);
            NameOp("__classcell__", ExprContext.Store);
        }
        else
        {
            LoadConst(null);
        }

        Emit(Opcode.ReturnValue);
        var co = ExitScopeAndAssemble(addNone: true);
        Emit(Opcode.PushNull);
        Emit(Opcode.LoadBuildClass);
        MakeClosure(co, 0);
        LoadConst(s.Name);
        CallHelper(2, s.Bases, s.Keywords);
        ApplyDecorators(s.DecoratorList);
        NameOp(s.Name, ExprContext.Store);
    }

    // compiler_lambda
    private void CompileLambda(Lambda e)
    {
        CheckDebugArgs(e.Args);
        int funcFlags = DefaultArguments(e.Args);
        EnterScope("<lambda>", ScopeKind.Lambda, e, e.Lineno);
        AddConst(null);
        _u.ArgCount = e.Args.Args.Count;
        _u.PosOnlyArgCount = e.Args.Posonlyargs.Count;
        _u.KwOnlyArgCount = e.Args.Kwonlyargs.Count;
        VisitExpr(e.Body);
        CodeObject co;
        if (_u.Ste.IsGenerator)
        {
            co = ExitScopeAndAssemble(addNone: false);
        }
        else
        {
            Emit(Opcode.ReturnValue);
            co = ExitScopeAndAssemble(addNone: true);
        }

        MakeClosure(co, funcFlags);
    }

    private void CheckDebugArgs(Arguments args)
    {
        foreach (var a in args.Posonlyargs)
        {
            ForbiddenName(a.ArgName, ExprContext.Store);
        }

        foreach (var a in args.Args)
        {
            ForbiddenName(a.ArgName, ExprContext.Store);
        }

        if (args.Vararg != null)
        {
            ForbiddenName(args.Vararg.ArgName, ExprContext.Store);
        }

        foreach (var a in args.Kwonlyargs)
        {
            ForbiddenName(a.ArgName, ExprContext.Store);
        }

        if (args.Kwarg != null)
        {
            ForbiddenName(args.Kwarg.ArgName, ExprContext.Store);
        }
    }

    private void ApplyDecorators(List<ExprNode> decos)
    {
        var old = _u.Loc;
        for (int i = decos.Count - 1; i >= 0; i--)
        {
            SetLoc(decos[i]);
            Emit(Opcode.Call, 0);
        }

        _u.Loc = old;
    }

    // compiler_default_arguments
    private int DefaultArguments(Arguments args)
    {
        int flags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults)
            {
                VisitExpr(d);
            }

            Emit(Opcode.BuildTuple, args.Defaults.Count);
            flags |= 0x01;
        }

        // compiler_visit_kwonlydefaults
        List<object?>? keys = null;
        for (int i = 0; i < args.Kwonlyargs.Count; i++)
        {
            var d = args.KwDefaults[i];
            if (d != null)
            {
                (keys ??= new()).Add(Mangling.Mangle(_u.Private, args.Kwonlyargs[i].ArgName));
                VisitExpr(d);
            }
        }

        if (keys != null)
        {
            LoadConst(new ConstTuple(keys.ToArray()));
            Emit(Opcode.BuildConstKeyMap, keys.Count);
            flags |= 0x02;
        }

        return flags;
    }

    // compiler_visit_annotations: true when a tuple of annotations was pushed.
    private bool VisitAnnotations(Arguments args, ExprNode? returns)
    {
        int len = 0;
        foreach (var a in args.Args)
        {
            len += ArgAnnotation(a.ArgName, a.Annotation);
        }

        foreach (var a in args.Posonlyargs)
        {
            len += ArgAnnotation(a.ArgName, a.Annotation);
        }

        if (args.Vararg != null)
        {
            len += ArgAnnotation(args.Vararg.ArgName, args.Vararg.Annotation);
        }

        foreach (var a in args.Kwonlyargs)
        {
            len += ArgAnnotation(a.ArgName, a.Annotation);
        }

        if (args.Kwarg != null)
        {
            len += ArgAnnotation(args.Kwarg.ArgName, args.Kwarg.Annotation);
        }

        len += ArgAnnotation("return", returns);
        if (len > 0)
        {
            Emit(Opcode.BuildTuple, len);
            return true;
        }

        return false;
    }

    private int ArgAnnotation(string id, ExprNode? annotation)
    {
        if (annotation == null)
        {
            return 0;
        }

        LoadConst(Mangling.Mangle(_u.Private, id));
        if (Future.HasAnnotations)
        {
            LoadConst(Unparser.Unparse(annotation));
        }
        else if (annotation is Starred st)
        {
            VisitExpr(st.Value);
            Emit(Opcode.UnpackSequence, 1);
        }
        else
        {
            VisitExpr(annotation);
        }

        return 2;
    }

    // compiler_make_closure
    private void MakeClosure(CodeObject co, int flags)
    {
        int nfree = 0;
        for (int i = 0; i < co.LocalsPlusNames.Length; i++)
        {
            if (co.LocalsPlusKinds[i] != LocalKind.Free)
            {
                continue;
            }

            string name = co.LocalsPlusNames[i];
            nfree++;
            bool isCell = (_u.Kind == ScopeKind.Class && name == "__class__") || _u.Ste.GetScope(name) == SymbolScope.Cell;
            int arg;
            if (isCell)
            {
                _u.CellVars.TryGet(name, out arg);
            }
            else
            {
                arg = _u.CellVars.Count + _u.FreeVars.Add(name);
            }

            Emit(Opcode.LoadClosure, arg);
        }

        if (nfree > 0)
        {
            flags |= 0x08;
            Emit(Opcode.BuildTuple, nfree);
        }

        LoadConst(co);
        Emit(Opcode.MakeFunction, flags);
    }

    // compiler_call
    private void CompileCall(Call e)
    {
        if (MaybeOptimizeMethodCall(e))
        {
            return;
        }

        Emit(Opcode.PushNull);
        VisitExpr(e.Func);
        CallHelper(0, e.Args, e.Keywords);
    }

    // maybe_optimize_method_call
    private bool MaybeOptimizeMethodCall(Call e)
    {
        if (e.Func is not Attribute { Ctx: ExprContext.Load } meth)
        {
            return false;
        }

        if (meth.Value is Name n && (_st.Top.GetFlags(n.Id) & SymbolFlags.DefImport) != 0)
        {
            return false;
        }

        int argsl = e.Args.Count, kwdsl = e.Keywords.Count;
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= StackUseGuideline)
        {
            return false;
        }

        foreach (var a in e.Args)
        {
            if (a is Starred)
            {
                return false;
            }
        }

        foreach (var k in e.Keywords)
        {
            if (k.Arg == null)
            {
                return false;
            }
        }

        VisitExpr(meth.Value);
        var old = _u.Loc;
        SetLoc(meth);
        UpdateStartLocationToMatchAttr(meth);
        EmitName(Opcode.LoadMethod, meth.Attr);
        foreach (var a in e.Args)
        {
            VisitExpr(a);
        }

        if (kwdsl > 0)
        {
            ValidateKeywords(e.Keywords);
            foreach (var k in e.Keywords)
            {
                VisitExpr(k.Value);
            }

            KwNames(e.Keywords);
        }

        SetLoc(e);
        UpdateStartLocationToMatchAttr(meth);
        Emit(Opcode.Call, argsl + kwdsl);
        _u.Loc = old;
        return true;
    }

    // validate_keywords
    private void ValidateKeywords(List<Keyword> keywords)
    {
        for (int i = 0; i < keywords.Count; i++)
        {
            var key = keywords[i];
            if (key.Arg == null)
            {
                continue;
            }

            ForbiddenName(key.Arg, ExprContext.Store);
            for (int j = i + 1; j < keywords.Count; j++)
            {
                var other = keywords[j];
                if (other.Arg == key.Arg)
                {
                    SetLoc(other);
                    Error("keyword argument repeated: " + key.Arg);
                }
            }
        }
    }

    private void KwNames(List<Keyword> keywords)
    {
        var names = new object?[keywords.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = keywords[i].Arg;
        }

        Emit(Opcode.KwNames, AddConst(new ConstTuple(names)));
    }

    // compiler_call_helper
    private void CallHelper(int n, List<ExprNode> args, List<Keyword> keywords)
    {
        ValidateKeywords(keywords);
        int nelts = args.Count, nkwelts = keywords.Count;
        bool exCall = nelts + (nkwelts * 2) > StackUseGuideline;
        foreach (var a in args)
        {
            exCall |= a is Starred;
        }

        foreach (var k in keywords)
        {
            exCall |= k.Arg == null;
        }

        if (!exCall)
        {
            foreach (var a in args)
            {
                VisitExpr(a);
            }

            if (nkwelts > 0)
            {
                foreach (var k in keywords)
                {
                    VisitExpr(k.Value);
                }

                KwNames(keywords);
            }

            Emit(Opcode.Call, n + nelts + nkwelts);
            return;
        }

        if (n == 0 && nelts == 1 && args[0] is Starred only)
        {
            VisitExpr(only.Value);
        }
        else
        {
            StarUnpackHelper(args, n, Opcode.BuildList, Opcode.ListAppend, Opcode.ListExtend, tuple: true);
        }

        if (nkwelts > 0)
        {
            bool haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++)
            {
                var kw = keywords[i];
                if (kw.Arg == null)
                {
                    if (nseen > 0)
                    {
                        SubKwargs(keywords, i - nseen, i);
                        if (haveDict)
                        {
                            Emit(Opcode.DictMerge, 1);
                        }

                        haveDict = true;
                        nseen = 0;
                    }

                    if (!haveDict)
                    {
                        Emit(Opcode.BuildMap, 0);
                        haveDict = true;
                    }

                    VisitExpr(kw.Value);
                    Emit(Opcode.DictMerge, 1);
                }
                else
                {
                    nseen++;
                }
            }

            if (nseen > 0)
            {
                SubKwargs(keywords, nkwelts - nseen, nkwelts);
                if (haveDict)
                {
                    Emit(Opcode.DictMerge, 1);
                }
            }
        }

        Emit(Opcode.CallFunctionEx, nkwelts > 0 ? 1 : 0);
    }

    // compiler_subkwargs
    private void SubKwargs(List<Keyword> keywords, int begin, int end)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        if (n > 1 && !big)
        {
            var keys = new object?[n];
            for (int i = begin; i < end; i++)
            {
                VisitExpr(keywords[i].Value);
                keys[i - begin] = keywords[i].Arg;
            }

            LoadConst(new ConstTuple(keys));
            Emit(Opcode.BuildConstKeyMap, n);
            return;
        }

        if (big)
        {
            EmitNoLine(Opcode.BuildMap, 0);
        }

        for (int i = begin; i < end; i++)
        {
            LoadConst(keywords[i].Arg);
            VisitExpr(keywords[i].Value);
            if (big)
            {
                EmitNoLine(Opcode.MapAdd, 1);
            }
        }

        if (!big)
        {
            Emit(Opcode.BuildMap, n);
        }
    }

    // compiler_comprehension
    private void CompileComprehension(ExprNode e, string name, ComprehensionType type, List<Comprehension> generators, ExprNode elt, ExprNode? val)
    {
        var outerKind = _u.Kind;
        var outermost = generators[0];
        foreach (var g in generators)
        {
            _folder.MarkIter(g.Iter);
        }

        EnterScope(name, ScopeKind.Comprehension, e, e.Lineno);
        SetLoc(e);
        bool isAsyncGenerator = _u.Ste.IsCoroutine;
        if (isAsyncGenerator && type != ComprehensionType.Generator
            && outerKind is not ScopeKind.AsyncFunction and not ScopeKind.Comprehension)
        {
            Error("asynchronous comprehension outside of an asynchronous function");
        }

        if (type != ComprehensionType.Generator)
        {
            Emit(type switch { ComprehensionType.List => Opcode.BuildList, ComprehensionType.Set => Opcode.BuildSet, _ => Opcode.BuildMap }, 0);
        }

        ComprehensionGenerator(generators, 0, 0, elt, val, type);
        if (type != ComprehensionType.Generator)
        {
            Emit(Opcode.ReturnValue);
        }

        var co = ExitScopeAndAssemble(addNone: true);
        MakeClosure(co, 0);
        VisitExpr(outermost.Iter);
        Emit(outermost.IsAsync != 0 ? Opcode.GetAIter : Opcode.GetIter);
        Emit(Opcode.Call, 0);
        if (isAsyncGenerator && type != ComprehensionType.Generator)
        {
            Emit(Opcode.GetAwaitable, 0);
            LoadConst(null);
            AddYieldFrom(await: true);
        }
    }

    private void ComprehensionGenerator(List<Comprehension> generators, int index, int depth, ExprNode elt, ExprNode? val, ComprehensionType type)
    {
        if (generators[index].IsAsync != 0)
        {
            AsyncComprehensionGenerator(generators, index, depth, elt, val, type);
        }
        else
        {
            SyncComprehensionGenerator(generators, index, depth, elt, val, type);
        }
    }

    // compiler_sync_comprehension_generator
    private void SyncComprehensionGenerator(List<Comprehension> generators, int index, int depth, ExprNode elt, ExprNode? val, ComprehensionType type)
    {
        var start = NewBlock();
        var ifCleanup = NewBlock();
        var anchor = NewBlock();
        var gen = generators[index];
        bool loop = true;
        if (index == 0)
        {
            _u.ArgCount = 1;
            Emit(Opcode.LoadFast, 0);
        }
        else
        {
            var elts = gen.Iter switch { List l => l.Elts, Syntax.Ast.Tuple t => t.Elts, _ => null };
            if (elts is { Count: 1 } && elts[0] is not Starred)
            {
                VisitExpr(elts[0]);
                loop = false;
            }
            else
            {
                VisitExpr(gen.Iter);
                Emit(Opcode.GetIter);
            }
        }

        if (loop)
        {
            depth++;
            UseNextBlock(start);
            EmitJump(Opcode.ForIter, anchor);
        }

        VisitExpr(gen.Target);
        foreach (var cond in gen.Ifs)
        {
            JumpIf(cond, ifCleanup, false);
        }

        if (++index < generators.Count)
        {
            ComprehensionGenerator(generators, index, depth, elt, val, type);
        }
        else
        {
            ComprehensionElement(depth, elt, val, type);
        }

        UseNextBlock(ifCleanup);
        if (loop)
        {
            Jump(start);
            UseNextBlock(anchor);
        }
    }

    // compiler_async_comprehension_generator
    private void AsyncComprehensionGenerator(List<Comprehension> generators, int index, int depth, ExprNode elt, ExprNode? val, ComprehensionType type)
    {
        var start = NewBlock();
        var except = NewBlock();
        var ifCleanup = NewBlock();
        var gen = generators[index];
        if (index == 0)
        {
            _u.ArgCount = 1;
            Emit(Opcode.LoadFast, 0);
        }
        else
        {
            VisitExpr(gen.Iter);
            Emit(Opcode.GetAIter);
        }

        UseNextBlock(start);
        PushFBlock(FBlockKind.AsyncComprehensionGenerator, start, null, null);
        EmitJumpPseudo(Flow.PseudoOp.SetupFinally, except);
        Emit(Opcode.GetANext);
        LoadConst(null);
        AddYieldFrom(await: true);
        EmitPseudo(Flow.PseudoOp.PopBlock);
        VisitExpr(gen.Target);
        foreach (var cond in gen.Ifs)
        {
            JumpIf(cond, ifCleanup, false);
        }

        depth++;
        if (++index < generators.Count)
        {
            ComprehensionGenerator(generators, index, depth, elt, val, type);
        }
        else
        {
            ComprehensionElement(depth, elt, val, type);
        }

        UseNextBlock(ifCleanup);
        Jump(start);
        PopFBlock(FBlockKind.AsyncComprehensionGenerator);
        UseNextBlock(except);
        Emit(Opcode.EndAsyncFor);
    }

    private void ComprehensionElement(int depth, ExprNode elt, ExprNode? val, ComprehensionType type)
    {
        switch (type)
        {
            case ComprehensionType.Generator:
                VisitExpr(elt);
                EmitYield();
                Emit(Opcode.PopTop);
                break;
            case ComprehensionType.List:
                VisitExpr(elt);
                Emit(Opcode.ListAppend, depth + 1);
                break;
            case ComprehensionType.Set:
                VisitExpr(elt);
                Emit(Opcode.SetAdd, depth + 1);
                break;
            default:
                VisitExpr(elt);
                VisitExpr(val!);
                Emit(Opcode.MapAdd, depth + 1);
                break;
        }
    }
}
