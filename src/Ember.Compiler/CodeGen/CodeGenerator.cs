using Ember.Bytecode;
using Ember.Compiler.Assemble;
using Ember.Compiler.Diagnostics;
using Ember.Compiler.Flow;
using Ember.Compiler.Future;
using Ember.Compiler.Optimize;
using Ember.Compiler.Symbols;
using Ember.Syntax.Ast;

namespace Ember.Compiler.CodeGen;

/// <summary>
/// AST to flow graph, one partial file per concern, following CPython 3.11's
/// Python/compile.c function by function (the names in comments are its).
/// Each code object being built is a <see cref="CompilerUnit"/>; the
/// <see cref="Assembler"/> turns a finished unit into a <see cref="CodeObject"/>.
/// </summary>
internal sealed partial class CodeGenerator
{
    // CO_MAXBLOCKS: more nested frame blocks is a SyntaxError.
    private const int MaxBlocks = 20;

    // STACK_USE_GUIDELINE: past this many items, build collections and calls piecewise.
    private const int StackUseGuideline = 30;

    private const int FutureMask = 0x3FE0000;

    private static readonly object NoneKey = new();

    private readonly string _filename;
    private readonly SymbolTable _st;
    private readonly int _futureFlags;
    private readonly int _optimize;
    private readonly bool _interactive;
    private readonly ConstantFolder _folder;
    private readonly List<CompilerUnit> _stack = new();
    private readonly Dictionary<string, ConstFrozenSet> _frozenSets = new(StringComparer.Ordinal);
    private CompilerUnit _u = null!;

    private CodeGenerator(string filename, SymbolTable st, int futureFlags, int optimize, bool interactive)
    {
        _filename = filename;
        _st = st;
        _futureFlags = futureFlags;
        _optimize = optimize;
        _interactive = interactive;
        _folder = new ConstantFolder(optimize);
    }

    private FutureFeatures Future => _st.Future;

    public static CodeObject CompileModule(ModNode mod, string filename, CompileMode mode, CompileOptions options)
    {
        bool ok = mode switch
        {
            CompileMode.Exec => mod is Module,
            CompileMode.Eval => mod is Expression,
            CompileMode.Single => mod is Interactive,
            _ => false,
        };
        if (!ok)
        {
            string expected = mode switch { CompileMode.Eval => "Expression", CompileMode.Single => "Interactive", _ => "Module" };
            throw new ArgumentException($"expected {expected} node, got {mod.Shape.Name}", nameof(mod));
        }

        var future = FutureFeatures.FromAst(mod, filename);
        int inherited = options.DontInherit ? 0 : (int)options.FutureFlags & FutureMask;
        future = future.WithInherited(inherited);
        var st = SymbolTable.Build(mod, filename, future, options.RecursionLimit);
        var gen = new CodeGenerator(filename, st, future.Flags, options.Optimize, mod is Interactive);
        return gen.CompileMod(mod);
    }

    // compiler_mod
    private CodeObject CompileMod(ModNode mod)
    {
        EnterScope("<module>", ScopeKind.Module, mod, 1);
        bool addNone = true;
        switch (mod)
        {
            case Module m:
                CompileBody(m.Body);
                break;
            case Interactive i:
                if (FindAnn(i.Body))
                {
                    Emit(Opcode.SetupAnnotations);
                }

                foreach (var s in i.Body)
                {
                    VisitStmt(s);
                }

                break;
            case Expression e:
                VisitExpr(e.Body);
                addNone = false;
                break;
        }

        return ExitScopeAndAssemble(addNone);
    }

    // compiler_body: module and class bodies (docstring, SETUP_ANNOTATIONS).
    private void CompileBody(List<StmtNode> stmts)
    {
        int i = 0;
        if (_u.Kind == ScopeKind.Module && stmts.Count > 0)
        {
            SetLoc(stmts[0]);
        }

        if (FindAnn(stmts))
        {
            Emit(Opcode.SetupAnnotations);
        }

        if (stmts.Count == 0)
        {
            return;
        }

        if (_optimize < 2 && GetDocString(stmts) != null)
        {
            i = 1;
            var st = (Expr)stmts[0];
            VisitExpr(st.Value);
            UnsetLoc();
            NameOp("__doc__", ExprContext.Store);
        }

        for (; i < stmts.Count; i++)
        {
            VisitStmt(stmts[i]);
        }
    }

    /// <summary>_PyAST_GetDocString: the first statement's str constant.</summary>
    private static object? GetDocString(List<StmtNode> body)
    {
        if (body.Count > 0 && body[0] is Expr { Value: Constant c } && c.Value is string or SurrogateString)
        {
            return c.Value;
        }

        return null;
    }

    // find_ann (3.11 does not look inside match statements).
    private static bool FindAnn(List<StmtNode> stmts)
    {
        foreach (var st in stmts)
        {
            bool res = st switch
            {
                AnnAssign => true,
                For f => FindAnn(f.Body) || FindAnn(f.Orelse),
                AsyncFor f => FindAnn(f.Body) || FindAnn(f.Orelse),
                While w => FindAnn(w.Body) || FindAnn(w.Orelse),
                If i => FindAnn(i.Body) || FindAnn(i.Orelse),
                With w => FindAnn(w.Body),
                AsyncWith w => FindAnn(w.Body),
                Try t => t.Handlers.Any(h => FindAnn(((ExceptHandler)h).Body)) || FindAnn(t.Body) || FindAnn(t.Finalbody) || FindAnn(t.Orelse),
                TryStar t => t.Handlers.Any(h => FindAnn(((ExceptHandler)h).Body)) || FindAnn(t.Body) || FindAnn(t.Finalbody) || FindAnn(t.Orelse),
                _ => false,
            };
            if (res)
            {
                return true;
            }
        }

        return false;
    }

    // compiler_enter_scope
    private void EnterScope(string name, ScopeKind kind, Node key, int lineno)
    {
        var ste = _st.Lookup(key);
        var u = new CompilerUnit(ste, name, kind, lineno);
        foreach (var v in ste.Varnames)
        {
            u.VarNames.Add(v);
        }

        foreach (var n in SortedSymbols(ste, SymbolScope.Cell, SymbolFlags.None))
        {
            u.CellVars.Add(n);
        }

        if (ste.NeedsClassClosure)
        {
            u.CellVars.Add("__class__");
        }

        foreach (var n in SortedSymbols(ste, SymbolScope.Free, SymbolFlags.DefFreeClass))
        {
            u.FreeVars.Add(n);
        }

        u.Loc = new SourcePosition(lineno, lineno, 0, 0);
        if (_u != null)
        {
            u.Private = _u.Private;
            _stack.Add(_u);
        }

        _u = u;
        if (kind == ScopeKind.Module)
        {
            _u.Loc = new SourcePosition(0, 0, 0, 0);
        }
        else
        {
            SetQualName();
        }

        Emit(Opcode.Resume, 0);
        if (kind == ScopeKind.Module)
        {
            UnsetLoc();
        }

        if (_stack.Count + 1 > 200)
        {
            // The symbol table has already refused deeper nesting.
        }
    }

    // dictbytype: names of the given scope (or with the flag), sorted.
    private static List<string> SortedSymbols(SymbolTableEntry ste, SymbolScope scope, SymbolFlags flag)
    {
        var list = new List<string>();
        for (int i = 0; i < ste.SymbolCount; i++)
        {
            var s = ste.GetSymbol(i);
            if (s.Scope == scope || (flag != SymbolFlags.None && (s.Flags & flag) != 0))
            {
                list.Add(s.Name);
            }
        }

        list.Sort(CodePointOrder.Instance);
        return list;
    }

    // compiler_set_qualname
    private void SetQualName()
    {
        var u = _u;
        string? baseName = null;
        if (_stack.Count > 1)
        {
            var parent = _stack[^1];
            bool forceGlobal = false;
            if (u.Kind is ScopeKind.Function or ScopeKind.AsyncFunction or ScopeKind.Class)
            {
                string mangled = Mangling.Mangle(parent.Private, u.Name);
                if (parent.Ste.GetScope(mangled) == SymbolScope.GlobalExplicit)
                {
                    forceGlobal = true;
                }
            }

            if (!forceGlobal)
            {
                baseName = parent.Kind is ScopeKind.Function or ScopeKind.AsyncFunction or ScopeKind.Lambda
                    ? parent.QualName + ".<locals>"
                    : parent.QualName;
            }
        }

        u.QualName = baseName != null ? baseName + "." + u.Name : u.Name;
    }

    private CodeObject ExitScopeAndAssemble(bool addNone)
    {
        // Every block that falls off the end returns None.
        var last = _u.Current.Last;
        if (last == null || last.Op != (int)Opcode.ReturnValue)
        {
            UnsetLoc();
            if (addNone)
            {
                LoadConst(null);
            }

            Emit(Opcode.ReturnValue);
        }

        var code = new Assembler(_u, _filename, ComputeCodeFlags()).Assemble();
        _u = _stack.Count > 0 ? _stack[^1] : null!;
        if (_stack.Count > 0)
        {
            _stack.RemoveAt(_stack.Count - 1);
        }

        return code;
    }

    // compute_code_flags
    private CodeFlags ComputeCodeFlags()
    {
        var ste = _u.Ste;
        CodeFlags flags = CodeFlags.None;
        if (ste.Type == BlockType.Function)
        {
            flags |= CodeFlags.NewLocals | CodeFlags.Optimized;
            if (ste.IsNested)
            {
                flags |= CodeFlags.Nested;
            }

            if (ste.IsGenerator && !ste.IsCoroutine)
            {
                flags |= CodeFlags.Generator;
            }

            if (!ste.IsGenerator && ste.IsCoroutine)
            {
                flags |= CodeFlags.Coroutine;
            }

            if (ste.IsGenerator && ste.IsCoroutine)
            {
                flags |= CodeFlags.AsyncGenerator;
            }

            if (ste.HasVarargs)
            {
                flags |= CodeFlags.VarArgs;
            }

            if (ste.HasVarkeywords)
            {
                flags |= CodeFlags.VarKeywords;
            }
        }

        flags |= (CodeFlags)(_futureFlags & FutureMask);
        return flags;
    }

    private void Error(string msg)
    {
        var loc = _u.Loc;
        CompileErrors.Throw(_filename, msg, loc.Line, loc.Col + 1, loc.EndLine, loc.EndCol + 1);
    }

    private void ErrorAt(LocatedNode node, string msg)
    {
        CompileErrors.ThrowAt(_filename, msg, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);
    }

    private void SetLoc(LocatedNode node) => _u.Loc = Pos(node);

    private static SourcePosition Pos(LocatedNode node) => new(node.Lineno, node.EndLineno, node.ColOffset, node.EndColOffset);

    private void UnsetLoc() => _u.Loc = new SourcePosition(-1, _u.Loc.EndLine, _u.Loc.Col, _u.Loc.EndCol);

    private BasicBlock NewBlock() => _u.NewBlock();

    // compiler_use_next_block: block becomes the fall-through successor of the current one.
    private void UseNextBlock(BasicBlock block)
    {
        _u.Current.Next = block;
        _u.Current = block;
    }

    // NEXT_BLOCK: start a new block after a jump or return so later code is a separate block.
    private void NextBlock() => UseNextBlock(NewBlock());

    private void AddInstr(int op, int arg, BasicBlock? target, SourcePosition loc)
    {
        // compiler_use_new_implicit_block_if_needed: a jump or exit ends its block.
        if (_u.Current.Last is { } last && (PseudoOp.IsJump(last.Op) || PseudoOp.IsScopeExit(last.Op)))
        {
            NextBlock();
        }

        _u.Current.Instrs.Add(new Instr(op, arg, target, loc));
    }

    private void Emit(Opcode op, int arg = 0) => AddInstr((int)op, arg, null, _u.Loc);

    private void EmitNoLine(Opcode op, int arg = 0) => AddInstr((int)op, arg, null, SourcePosition.None);

    private void EmitPseudo(int op) => AddInstr(op, 0, null, _u.Loc);

    private void EmitJump(Opcode op, BasicBlock target) => AddInstr((int)op, 0, target, _u.Loc);

    private void EmitJumpPseudo(int op, BasicBlock target) => AddInstr(op, 0, target, _u.Loc);

    private void Jump(BasicBlock target) => AddInstr(PseudoOp.JumpAny, 0, target, _u.Loc);

    private void JumpNoLine(BasicBlock target) => AddInstr(PseudoOp.JumpAny, 0, target, SourcePosition.None);

    private void PopBlockNoLine() => AddInstr(PseudoOp.PopBlock, 0, null, SourcePosition.None);

    private int AddConst(object? value)
    {
        if (value is ConstFrozenSet set)
        {
            value = MergeFrozenSet(set);
        }

        object key = value ?? NoneKey;
        if (!_u.ConstIndex.TryGetValue(key, out int i))
        {
            i = _u.Consts.Count;
            _u.Consts.Add(value);
            _u.ConstIndex.Add(key, i);
        }

        return i;
    }

    // merge_consts_recursive: equal frozenset constants anywhere in the module are one
    // object, the first one made, so {2, 1} after {1, 2} iterates in the first one's order.
    private ConstFrozenSet MergeFrozenSet(ConstFrozenSet set)
    {
        var keys = new string[set.Items.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            // A NaN equals nothing, so a set holding one is never merged.
            if (ConstantKey(set.Items[i]) is not { } itemKey)
            {
                return set;
            }

            keys[i] = itemKey;
        }

        Array.Sort(keys, StringComparer.Ordinal);
        string key = string.Join("\u0001", keys);
        if (_frozenSets.TryGetValue(key, out var first))
        {
            return first;
        }

        _frozenSets.Add(key, set);
        return set;
    }

    // _PyCode_ConstantKey as text: items of different types (1, 1.0, True) or signs of zero
    // differ; null for a constant that contains a NaN.
    private static string? ConstantKey(object? item) => item switch
    {
        null => "N",
        bool b => b ? "b1" : "b0",
        int i => "i" + i,
        long l => "i" + l,
        System.Numerics.BigInteger big => "i" + big,
        double d => double.IsNaN(d) ? null : "f" + BitConverter.DoubleToInt64Bits(d),
        System.Numerics.Complex c => double.IsNaN(c.Real) || double.IsNaN(c.Imaginary)
            ? null
            : "c" + BitConverter.DoubleToInt64Bits(c.Real) + "," + BitConverter.DoubleToInt64Bits(c.Imaginary),
        byte[] bytes => "y" + Convert.ToHexString(bytes),
        string str => "s" + str,
        CodePointString cps => "s" + string.Join(",", cps.CodePoints),
        ConstTuple t => t.Items.Select(ConstantKey).ToArray() is var parts && parts.All(static k => k is not null)
            ? "t(" + string.Join("\u0002", parts) + ")"
            : null,
        ConstEllipsis => "E",
        _ => item.GetType().Name + ":" + item,
    };

    private void LoadConst(object? value) => Emit(Opcode.LoadConst, AddConst(value));

    private int AddName(string name) => _u.Names.Add(Mangling.Mangle(_u.Private, name));

    private void EmitName(Opcode op, string name) => Emit(op, AddName(name));

    private int Mangle(string name, out string mangled)
    {
        mangled = Mangling.Mangle(_u.Private, name);
        return 0;
    }

    // forbidden_name
    private bool ForbiddenName(string name, ExprContext ctx)
    {
        if (ctx == ExprContext.Store && name == "__debug__")
        {
            Error("cannot assign to __debug__");
        }

        if (ctx == ExprContext.Del && name == "__debug__")
        {
            Error("cannot delete __debug__");
        }

        return false;
    }

    // compiler_nameop
    private void NameOp(string name, ExprContext ctx)
    {
        ForbiddenName(name, ctx);
        string mangled = Mangling.Mangle(_u.Private, name);
        var scope = _u.Ste.GetScope(mangled);
        bool isFunction = _u.Ste.Type == BlockType.Function;
        switch (scope)
        {
            case SymbolScope.Free:
                {
                    int arg = _u.CellVars.Count + _u.FreeVars.Add(mangled);
                    EmitDeref(ctx, arg);
                    return;
                }

            case SymbolScope.Cell:
                EmitDeref(ctx, _u.CellVars.Add(mangled));
                return;
            case SymbolScope.Local when isFunction:
                {
                    int arg = _u.VarNames.Add(mangled);
                    Emit(ctx switch { ExprContext.Load => Opcode.LoadFast, ExprContext.Store => Opcode.StoreFast, _ => Opcode.DeleteFast }, arg);
                    return;
                }

            case SymbolScope.GlobalImplicit when isFunction:
            case SymbolScope.GlobalExplicit:
                {
                    int arg = _u.Names.Add(mangled);
                    switch (ctx)
                    {
                        case ExprContext.Load:
                            Emit(Opcode.LoadGlobal, arg << 1);
                            break;
                        case ExprContext.Store:
                            Emit(Opcode.StoreGlobal, arg);
                            break;
                        default:
                            Emit(Opcode.DeleteGlobal, arg);
                            break;
                    }

                    return;
                }

            default:
                {
                    int arg = _u.Names.Add(mangled);
                    Emit(ctx switch { ExprContext.Load => Opcode.LoadName, ExprContext.Store => Opcode.StoreName, _ => Opcode.DeleteName }, arg);
                    return;
                }
        }
    }

    // Deref arguments are cell/free indexes here; the assembler maps them to locals-plus slots.
    private void EmitDeref(ExprContext ctx, int arg)
    {
        var op = ctx switch
        {
            ExprContext.Load => _u.Ste.Type == BlockType.Class ? Opcode.LoadClassDeref : Opcode.LoadDeref,
            ExprContext.Store => Opcode.StoreDeref,
            _ => Opcode.DeleteDeref,
        };
        Emit(op, arg);
    }

    private void PushFBlock(FBlockKind kind, BasicBlock? block, BasicBlock? exit, object? datum)
    {
        if (_u.FBlocks.Count >= MaxBlocks)
        {
            Error("too many statically nested blocks");
        }

        _u.FBlocks.Add(new FBlock(kind, block, exit, datum));
    }

    private void PopFBlock(FBlockKind kind)
    {
        System.Diagnostics.Debug.Assert(_u.FBlocks[^1].Kind == kind, "bad fblock pop");
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
    }
}
