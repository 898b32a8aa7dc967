using Ember.Bytecode;
using Ember.Compiler.CodeGen;
using Ember.Compiler.Flow;

namespace Ember.Compiler.Assemble;

/// <summary>
/// Flow graph to code object (3.11's <c>assemble</c>): prefix instructions,
/// cell slots, the CFG optimizations, line propagation, stack depth, exception
/// targets, jump resolution, and the final tables.
/// </summary>
internal sealed partial class Assembler
{
    private readonly CompilerUnit _u;
    private readonly string _filename;
    private readonly CodeFlags _flags;
    private readonly List<BasicBlock> _order = new();
    private int _nlocals;
    private int[] _cellFixed = [];

    public Assembler(CompilerUnit u, string filename, CodeFlags flags)
    {
        _u = u;
        _filename = filename;
        _flags = flags;
    }

    public CodeObject Assemble()
    {
        for (var b = _u.Entry; b != null; b = b.Next)
        {
            _order.Add(b);
        }

        // 3.11 no longer sets CO_NOFREE.
        var flags = _flags;

        _nlocals = _u.VarNames.Count;
        BuildCellFixedOffsets();
        InsertPrefixInstructions(flags);
        FixCellOffsets();
        SkipEmptyTargets();
        OptimizeCfg();
        DuplicateExitsWithoutLineno();
        TrimUnusedConsts();
        PropagateLineNumbers();
        GuaranteeLinenoForExits();
        int maxDepth = StackDepth();
        LabelExceptionTargets();
        foreach (var b in _order)
        {
            foreach (var ins in b.Instrs)
            {
                if (PseudoOp.IsBlockPush(ins.Op) || ins.Op == PseudoOp.PopBlock)
                {
                    ins.Op = (int)Opcode.Nop;
                    ins.Target = null;
                }
            }
        }

        foreach (var b in _order)
        {
            CleanBasicBlock(b);
        }

        SkipEmptyTargets();
        _order.RemoveAll(b => b.Instrs.Count == 0);
        for (int i = 0; i < _order.Count; i++)
        {
            _order[i].Next = i + 1 < _order.Count ? _order[i + 1] : null;
        }

        AddUnboundLocalChecks();
        return Emit(flags, maxDepth);
    }

    // build_cellfixedoffsets: cells that are arguments live in the argument's slot.
    private void BuildCellFixedOffsets()
    {
        int ncells = _u.CellVars.Count, nfree = _u.FreeVars.Count;
        _cellFixed = new int[ncells + nfree];
        for (int i = 0; i < _cellFixed.Length; i++)
        {
            _cellFixed[i] = _nlocals + i;
        }

        int dropped = 0;
        for (int i = 0; i < ncells; i++)
        {
            if (_u.VarNames.TryGet(_u.CellVars.Names[i], out int argIndex))
            {
                _cellFixed[i] = argIndex;
                dropped++;
            }
            else
            {
                _cellFixed[i] -= dropped;
            }
        }

        for (int i = ncells; i < _cellFixed.Length; i++)
        {
            _cellFixed[i] -= dropped;
        }
    }

    // insert_prefix_instructions
    private void InsertPrefixInstructions(CodeFlags flags)
    {
        var prefix = new List<Instr>();
        if (_u.FreeVars.Count > 0)
        {
            prefix.Add(new Instr((int)Opcode.CopyFreeVars, _u.FreeVars.Count, null, SourcePosition.None));
        }

        int ncells = _u.CellVars.Count;
        if (ncells > 0)
        {
            var sorted = new int[ncells];
            for (int i = 0; i < ncells; i++)
            {
                sorted[i] = i;
            }

            Array.Sort(sorted, (a, b) => _cellFixed[a].CompareTo(_cellFixed[b]));
            foreach (int cell in sorted)
            {
                // A cell index; FixCellOffsets turns it into a slot like every deref argument.
                prefix.Add(new Instr((int)Opcode.MakeCell, cell, null, SourcePosition.None));
            }
        }

        if ((flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0)
        {
            var loc = new SourcePosition(_u.FirstLineNo, _u.FirstLineNo, -1, -1);
            prefix.Add(new Instr((int)Opcode.ReturnGenerator, 0, null, loc));
            prefix.Add(new Instr((int)Opcode.PopTop, 0, null, loc));
        }

        _order[0].Instrs.InsertRange(0, prefix);
    }

    private void FixCellOffsets()
    {
        foreach (var b in _order)
        {
            foreach (var ins in b.Instrs)
            {
                if (ins.Op is (int)Opcode.MakeCell or (int)Opcode.LoadClosure or (int)Opcode.LoadDeref
                    or (int)Opcode.LoadClassDeref or (int)Opcode.StoreDeref or (int)Opcode.DeleteDeref)
                {
                    ins.Arg = _cellFixed[ins.Arg];
                }
            }
        }
    }

    // normalize_basic_block's "skip over empty basic blocks" for every target.
    private void SkipEmptyTargets()
    {
        foreach (var b in _order)
        {
            foreach (var ins in b.Instrs)
            {
                ins.Target = SkipEmpty(ins.Target);
                ins.Handler = SkipEmpty(ins.Handler);
            }
        }
    }

    private static BasicBlock? SkipEmpty(BasicBlock? t)
    {
        while (t != null && t.Instrs.Count == 0 && t.Next != null)
        {
            t = t.Next;
        }

        return t;
    }

    // trim_unused_consts: 3.11 drops only constants past the last one used (index 0 stays: it may be the docstring).
    private void TrimUnusedConsts()
    {
        int max = 0;
        foreach (var b in _order)
        {
            foreach (var ins in b.Instrs)
            {
                if (ins.Op is (int)Opcode.LoadConst or (int)Opcode.KwNames && ins.Arg > max)
                {
                    max = ins.Arg;
                }
            }
        }

        if (max + 1 < _u.Consts.Count)
        {
            _u.Consts.RemoveRange(max + 1, _u.Consts.Count - max - 1);
        }
    }

    // propagate_line_numbers
    private void PropagateLineNumbers()
    {
        ComputePredecessors();
        foreach (var b in _order)
        {
            if (b.Instrs.Count == 0)
            {
                continue;
            }

            var prev = SourcePosition.None;
            foreach (var ins in b.Instrs)
            {
                if (ins.Loc.Line < 0)
                {
                    ins.Loc = prev;
                }
                else
                {
                    prev = ins.Loc;
                }
            }

            if (!b.NoFallthrough && b.Next != null && b.Next.Predecessors == 1 && b.Next.Instrs.Count > 0 && b.Next.Instrs[0].Loc.Line < 0)
            {
                b.Next.Instrs[0].Loc = prev;
            }

            var last = b.Last!;
            if (PseudoOp.IsJump(last.Op) && last.Target!.Predecessors == 1 && last.Target.Instrs.Count > 0 && last.Target.Instrs[0].Loc.Line < 0)
            {
                last.Target.Instrs[0].Loc = prev;
            }
        }
    }

    private void ComputePredecessors()
    {
        foreach (var b in _order)
        {
            b.Predecessors = 0;
        }

        if (_order.Count == 0)
        {
            return;
        }

        var stack = new Stack<BasicBlock>();
        _order[0].Predecessors = 1;
        stack.Push(_order[0]);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            if (b.Next != null && !b.NoFallthrough)
            {
                if (b.Next.Predecessors == 0)
                {
                    stack.Push(b.Next);
                }

                b.Next.Predecessors++;
            }

            foreach (var ins in b.Instrs)
            {
                if (ins.Target != null)
                {
                    if (ins.Target.Predecessors == 0)
                    {
                        stack.Push(ins.Target);
                    }

                    ins.Target.Predecessors++;
                }
            }
        }
    }

    // stackdepth: every path must agree on each block's entry depth.
    private int StackDepth()
    {
        foreach (var b in _order)
        {
            b.StartDepth = int.MinValue;
        }

        int maxDepth = 0;
        var stack = new Stack<BasicBlock>();
        void Push(BasicBlock b, int depth)
        {
            if (b.StartDepth == int.MinValue)
            {
                b.StartDepth = depth;
                stack.Push(b);
            }
            else if (b.StartDepth != depth)
            {
                throw new InvalidOperationException($"inconsistent stack depth compiling {_u.QualName} in {_filename}: {b.StartDepth} vs {depth}");
            }
        }

        if (_order.Count == 0)
        {
            return 0;
        }

        Push(_order[0], 0);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            int depth = b.StartDepth;
            bool fallsThrough = true;
            foreach (var ins in b.Instrs)
            {
                int effect = PseudoOp.StackEffect(ins.Op, ins.Arg, jump: false);
                int newDepth = depth + effect;
                if (newDepth < 0)
                {
                    throw new InvalidOperationException($"negative stack depth compiling {_u.QualName} in {_filename}");
                }

                maxDepth = Math.Max(maxDepth, newDepth);
                if (ins.Target != null)
                {
                    int targetDepth = depth + PseudoOp.StackEffect(ins.Op, ins.Arg, jump: true);
                    maxDepth = Math.Max(maxDepth, targetDepth);
                    Push(ins.Target, targetDepth);
                }

                depth = newDepth;
                if (PseudoOp.IsUnconditionalJump(ins.Op) || PseudoOp.IsScopeExit(ins.Op))
                {
                    fallsThrough = false;
                    break;
                }
            }

            if (fallsThrough && b.Next != null)
            {
                Push(b.Next, depth);
            }
        }

        return maxDepth;
    }

    // label_exception_targets
    private void LabelExceptionTargets()
    {
        foreach (var b in _order)
        {
            b.Visited = false;
            b.ExceptStack = null;
        }

        var todo = new Stack<BasicBlock>();
        var entry = _order[0];
        entry.Visited = true;
        entry.ExceptStack = [];
        todo.Push(entry);
        while (todo.Count > 0)
        {
            var b = todo.Pop();
            var handlers = new List<BasicBlock?>(b.ExceptStack!);
            b.ExceptStack = null;
            BasicBlock? handler = handlers.Count > 0 ? handlers[^1] : null;
            foreach (var ins in b.Instrs)
            {
                if (PseudoOp.IsBlockPush(ins.Op))
                {
                    var target = ins.Target!;
                    target.IsExceptHandler = true;
                    if (!target.Visited)
                    {
                        target.ExceptStack = handlers.ToArray();
                        target.Visited = true;
                        todo.Push(target);
                    }

                    if (ins.Op is PseudoOp.SetupWith or PseudoOp.SetupCleanup)
                    {
                        target.PreserveLasti = true;
                    }

                    handlers.Add(target);
                    handler = target;
                }
                else if (ins.Op == PseudoOp.PopBlock)
                {
                    handlers.RemoveAt(handlers.Count - 1);
                    handler = handlers.Count > 0 ? handlers[^1] : null;
                }
                else
                {
                    ins.Handler = handler;
                    if (ins.Target != null && !ins.Target.Visited)
                    {
                        ins.Target.ExceptStack = handlers.ToArray();
                        ins.Target.Visited = true;
                        todo.Push(ins.Target);
                    }
                }
            }

            if (!b.NoFallthrough && b.Next != null && !b.Next.Visited)
            {
                b.Next.ExceptStack = handlers.ToArray();
                b.Next.Visited = true;
                todo.Push(b.Next);
            }
        }
    }
}
