using Ember.Bytecode;
using Ember.Compiler.CodeGen;
using Ember.Compiler.Flow;
using Ember.Compiler.Optimize;

namespace Ember.Compiler.Assemble;

internal sealed partial class Assembler
{
    // optimize_cfg
    private void OptimizeCfg()
    {
        foreach (var b in _order)
        {
            OptimizeBasicBlock(b);
            CleanBasicBlock(b);
        }

        foreach (var b in _order)
        {
            ExtendBlock(b);
        }

        ComputePredecessors();
        foreach (var b in _order)
        {
            if (b.Predecessors == 0)
            {
                b.Instrs.Clear();
            }
        }

        EliminateEmptyBlocks();
        foreach (var b in _order)
        {
            CleanBasicBlock(b);
        }

        bool maybeEmpty = false;
        foreach (var b in _order)
        {
            var last = b.Last;
            if (last != null && last.Op is PseudoOp.JumpAny or PseudoOp.JumpNoInterrupt && last.Target == NextNonEmpty(b))
            {
                last.Op = (int)Opcode.Nop;
                last.Target = null;
                maybeEmpty = true;
                CleanBasicBlock(b);
            }
        }

        if (maybeEmpty)
        {
            EliminateEmptyBlocks();
        }
    }

    // extend_block: a jump to a small exit block becomes a copy of that block
    // (only blocks without a line number, which is what 3.11.2 is seen to copy).
    private static void ExtendBlock(BasicBlock bb)
    {
        var last = bb.Last;
        if (last == null || last.Op != PseudoOp.JumpAny)
        {
            return;
        }

        var target = last.Target!;
        if (IsExitWithoutLineno(target) && target.Instrs.Count <= 4)
        {
            last.Op = (int)Opcode.Nop;
            last.Target = null;
            foreach (var ins in target.Instrs)
            {
                bb.Instrs.Add(Copy(ins));
            }
        }
    }

    private static Instr Copy(Instr ins) => new(ins.Op, ins.Arg, ins.Target, ins.Loc);

    private static bool IsExitWithoutLineno(BasicBlock b) => b.Exits && b.Instrs.All(i => i.Loc.Line < 0);

    // duplicate_exits_without_lineno: every jump to a shared exit block with no
    // line number gets its own copy, which takes the jump's location.
    private void DuplicateExitsWithoutLineno()
    {
        ComputePredecessors();
        for (int k = _u.Blocks.Count - 1; k >= 0; k--)
        {
            var b = _u.Blocks[k];
            int at = _order.IndexOf(b);
            if (at < 0 || b.Last is not { } last || !PseudoOp.IsJump(last.Op))
            {
                continue;
            }

            var target = last.Target!;
            if (IsExitWithoutLineno(target) && target.Predecessors > 1)
            {
                var copy = new BasicBlock();
                foreach (var ins in target.Instrs)
                {
                    copy.Instrs.Add(Copy(ins));
                }

                copy.Instrs[0].Loc = last.Loc;
                last.Target = copy;
                target.Predecessors--;
                copy.Predecessors = 1;
                copy.Next = target.Next;
                target.Next = copy;
                _order.Insert(_order.IndexOf(target) + 1, copy);
            }
        }

        for (int i = 0; i < _order.Count - 1; i++)
        {
            var b = _order[i];
            if (!b.NoFallthrough && b.Instrs.Count > 0 && IsExitWithoutLineno(_order[i + 1]))
            {
                _order[i + 1].Instrs[0].Loc = b.Last!.Loc;
            }
        }
    }

    // guarantee_lineno_for_exits
    private void GuaranteeLinenoForExits()
    {
        int line = _u.FirstLineNo;
        foreach (var b in _order)
        {
            var last = b.Last;
            if (last == null)
            {
                continue;
            }

            if (last.Loc.Line < 0)
            {
                if (last.Op == (int)Opcode.ReturnValue)
                {
                    foreach (var ins in b.Instrs)
                    {
                        ins.Loc = new SourcePosition(line, ins.Loc.EndLine, ins.Loc.Col, ins.Loc.EndCol);
                    }
                }
            }
            else
            {
                line = last.Loc.Line;
            }
        }
    }

    private static BasicBlock? NextNonEmpty(BasicBlock b)
    {
        var n = b.Next;
        while (n != null && n.Instrs.Count == 0)
        {
            n = n.Next;
        }

        return n;
    }

    // eliminate_empty_basic_blocks
    private void EliminateEmptyBlocks()
    {
        foreach (var b in _order)
        {
            foreach (var ins in b.Instrs)
            {
                if (ins.Target != null)
                {
                    while (ins.Target.Instrs.Count == 0 && ins.Target.Next != null)
                    {
                        ins.Target = ins.Target.Next;
                    }
                }
            }
        }

        _order.RemoveAll(b => b.Instrs.Count == 0);
        for (int i = 0; i < _order.Count; i++)
        {
            _order[i].Next = i + 1 < _order.Count ? _order[i + 1] : null;
        }

        if (_order.Count == 0)
        {
            var b = new BasicBlock();
            _order.Add(b);
        }
    }

    // optimize_basic_block (the parts that change the code's shape in 3.11)
    private void OptimizeBasicBlock(BasicBlock bb)
    {
        var instrs = bb.Instrs;
        for (int i = 0; i < instrs.Count; i++)
        {
            var inst = instrs[i];
            int nextop = i + 1 < instrs.Count ? instrs[i + 1].Op : -1;
            Instr? target = null;
            if (inst.Target != null)
            {
                while (inst.Target.Instrs.Count == 0 && inst.Target.Next != null)
                {
                    inst.Target = inst.Target.Next;
                }

                target = inst.Target.Instrs.Count > 0 ? inst.Target.Instrs[0] : null;
            }

            switch (inst.Op)
            {
                case (int)Opcode.LoadConst:
                    if (nextop is (int)Opcode.PopJumpIfFalse or (int)Opcode.PopJumpIfTrue)
                    {
                        bool isTrue = ConstantFolder.IsTrue(_u.Consts[inst.Arg]);
                        inst.Op = (int)Opcode.Nop;
                        bool jumpIfTrue = nextop == (int)Opcode.PopJumpIfTrue;
                        if (isTrue == jumpIfTrue)
                        {
                            instrs[i + 1].Op = PseudoOp.JumpAny;
                        }
                        else
                        {
                            instrs[i + 1].Op = (int)Opcode.Nop;
                            instrs[i + 1].Target = null;
                        }
                    }
                    else if (nextop is (int)Opcode.JumpIfFalseOrPop or (int)Opcode.JumpIfTrueOrPop)
                    {
                        bool isTrue = ConstantFolder.IsTrue(_u.Consts[inst.Arg]);
                        bool jumpIfTrue = nextop == (int)Opcode.JumpIfTrueOrPop;
                        if (isTrue == jumpIfTrue)
                        {
                            instrs[i + 1].Op = PseudoOp.JumpAny;
                        }
                        else
                        {
                            inst.Op = (int)Opcode.Nop;
                            instrs[i + 1].Op = (int)Opcode.Nop;
                            instrs[i + 1].Target = null;
                        }
                    }
                    else if (nextop == (int)Opcode.IsOp && i + 2 < instrs.Count && _u.Consts[inst.Arg] == null
                        && instrs[i + 2].Op is (int)Opcode.PopJumpIfFalse or (int)Opcode.PopJumpIfTrue)
                    {
                        int nextarg = instrs[i + 1].Arg;
                        bool jumpFalse = instrs[i + 2].Op == (int)Opcode.PopJumpIfFalse;
                        inst.Op = (int)Opcode.Nop;
                        instrs[i + 1].Op = (int)Opcode.Nop;
                        instrs[i + 2].Op = (nextarg != 0) ^ jumpFalse ? (int)Opcode.PopJumpIfNotNone : (int)Opcode.PopJumpIfNone;
                    }

                    break;
                case (int)Opcode.BuildTuple:
                    if (nextop == (int)Opcode.UnpackSequence && inst.Arg == instrs[i + 1].Arg && inst.Arg is >= 1 and <= 3)
                    {
                        inst.Op = (int)Opcode.Nop;
                        if (inst.Arg == 1)
                        {
                            instrs[i + 1].Op = (int)Opcode.Nop;
                        }
                        else
                        {
                            instrs[i + 1].Op = (int)Opcode.Swap;
                        }

                        continue;
                    }

                    if (i >= inst.Arg)
                    {
                        FoldTupleOnConstants(instrs, i - inst.Arg, inst.Arg);
                    }

                    break;
                case (int)Opcode.JumpIfFalseOrPop:
                case (int)Opcode.JumpIfTrueOrPop:
                    {
                        bool onFalse = inst.Op == (int)Opcode.JumpIfFalseOrPop;
                        int samePop = onFalse ? (int)Opcode.PopJumpIfFalse : (int)Opcode.PopJumpIfTrue;
                        int same = inst.Op;
                        int opposite = onFalse ? (int)Opcode.JumpIfTrueOrPop : (int)Opcode.JumpIfFalseOrPop;
                        int oppositePop = onFalse ? (int)Opcode.PopJumpIfTrue : (int)Opcode.PopJumpIfFalse;
                        if (target == null)
                        {
                            break;
                        }

                        if (target.Op == samePop)
                        {
                            i -= JumpThread(inst, target, samePop);
                        }
                        else if (target.Op == PseudoOp.JumpAny || target.Op == same)
                        {
                            i -= JumpThread(inst, target, same);
                        }
                        else if ((target.Op == opposite || target.Op == oppositePop) && inst.Loc.Line == target.Loc.Line)
                        {
                            inst.Op = samePop;
                            inst.Target = inst.Target!.Next;
                            i--;
                        }

                        break;
                    }

                case (int)Opcode.PopJumpIfNone:
                case (int)Opcode.PopJumpIfNotNone:
                case (int)Opcode.PopJumpIfFalse:
                case (int)Opcode.PopJumpIfTrue:
                case PseudoOp.JumpAny:
                    if (target != null && target.Op == PseudoOp.JumpAny)
                    {
                        i -= JumpThread(inst, target, inst.Op);
                    }

                    break;
                case (int)Opcode.Swap:
                    if (inst.Arg == 1)
                    {
                        inst.Op = (int)Opcode.Nop;
                        break;
                    }

                    Swaptimize(instrs, ref i);
                    ApplyStaticSwaps(instrs, i);
                    break;
                case (int)Opcode.PushNull:
                    if (nextop == (int)Opcode.LoadGlobal && (instrs[i + 1].Arg & 1) == 0)
                    {
                        inst.Op = (int)Opcode.Nop;
                        inst.Arg = 0;
                        instrs[i + 1].Arg |= 1;
                    }

                    break;
            }
        }
    }

    // jump_thread
    private static int JumpThread(Instr inst, Instr target, int opcode)
    {
        if ((inst.Loc.Line == target.Loc.Line || target.Loc.Line == -1) && inst.Target != target.Target)
        {
            inst.Target = target.Target;
            inst.Op = opcode;
            return 1;
        }

        return 0;
    }

    // fold_tuple_on_constants
    private void FoldTupleOnConstants(List<Instr> instrs, int start, int n)
    {
        for (int i = start; i < start + n; i++)
        {
            if (instrs[i].Op != (int)Opcode.LoadConst)
            {
                return;
            }
        }

        var items = new object?[n];
        for (int i = 0; i < n; i++)
        {
            items[i] = _u.Consts[instrs[start + i].Arg];
        }

        var tuple = new ConstTuple(items);
        if (!_u.ConstIndex.TryGetValue(tuple, out int index))
        {
            index = _u.Consts.Count;
            _u.Consts.Add(tuple);
            _u.ConstIndex.Add(tuple, index);
        }

        for (int i = start; i < start + n; i++)
        {
            instrs[i].Op = (int)Opcode.Nop;
        }

        instrs[start + n].Op = (int)Opcode.LoadConst;
        instrs[start + n].Arg = index;
    }

    // clean_basic_block: remove NOPs unless one is needed to carry a line number.
    private static void CleanBasicBlock(BasicBlock bb)
    {
        var instrs = bb.Instrs;
        int dest = 0;
        int prevLine = -1;
        for (int src = 0; src < instrs.Count; src++)
        {
            var ins = instrs[src];
            int line = ins.Loc.Line;
            if (ins.Op == (int)Opcode.Nop)
            {
                if (line < 0 || prevLine == line)
                {
                    continue;
                }

                if (src < instrs.Count - 1)
                {
                    int nextLine = instrs[src + 1].Loc.Line;
                    if (nextLine < 0 || nextLine == line)
                    {
                        instrs[src + 1].Loc = ins.Loc;
                        continue;
                    }
                }
                else
                {
                    var next = NextNonEmpty(bb);
                    if (next != null && line == next.Instrs[0].Loc.Line)
                    {
                        continue;
                    }
                }
            }

            instrs[dest++] = ins;
            prevLine = line;
        }

        instrs.RemoveRange(dest, instrs.Count - dest);
    }
}
