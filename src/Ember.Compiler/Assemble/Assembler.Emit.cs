using Ember.Bytecode;
using Ember.Compiler.Flow;

namespace Ember.Compiler.Assemble;

internal sealed partial class Assembler
{
    private static int Size(Instr ins) => 1 + OpcodeInfo.CacheSize((Opcode)ins.Op);

    private CodeObject Emit(CodeFlags flags, int maxDepth)
    {
        int offset = 0;
        foreach (var b in _order)
        {
            b.Offset = offset;
            foreach (var ins in b.Instrs)
            {
                offset += Size(ins);
            }
        }

        var units = new int[offset];
        var positions = new SourcePosition[offset];
        int pos = 0;
        foreach (var b in _order)
        {
            foreach (var ins in b.Instrs)
            {
                int op = ins.Op;
                int arg = ins.Arg;
                if (ins.Target != null)
                {
                    arg = ins.Target.Offset;
                    if (op == PseudoOp.JumpAny)
                    {
                        op = arg <= pos ? (int)Opcode.JumpBackward : (int)Opcode.Jump;
                    }
                    else if (op == PseudoOp.JumpNoInterrupt)
                    {
                        op = (int)Opcode.Jump;
                    }
                }

                if ((uint)arg > OpcodeInfo.MaxArg)
                {
                    throw new InvalidOperationException("instruction argument too large: " + arg);
                }

                var loc = NormalizedPosition(ins.Loc);
                units[pos] = OpcodeInfo.Encode((Opcode)op, arg);
                positions[pos] = loc;
                int size = Size(ins);
                for (int k = 1; k < size; k++)
                {
                    units[pos + k] = 0;
                    positions[pos + k] = loc;
                }

                pos += size;
            }
        }

        var table = new List<ExceptionTableEntry>();
        BasicBlock? handler = null;
        int start = 0;
        int io = 0;
        foreach (var b in _order)
        {
            foreach (var ins in b.Instrs)
            {
                if (ins.Handler != handler)
                {
                    if (handler != null)
                    {
                        table.Add(Entry(start, io, handler));
                    }

                    start = io;
                    handler = ins.Handler;
                }

                io += Size(ins);
            }
        }

        if (handler != null)
        {
            table.Add(Entry(start, io, handler));
        }

        BuildLocalsPlus(out var names, out var kinds);
        return new CodeObject
        {
            Name = _u.Name,
            QualName = _u.QualName,
            Filename = _filename,
            FirstLineNo = _u.FirstLineNo,
            ArgCount = _u.ArgCount + _u.PosOnlyArgCount,
            PosOnlyArgCount = _u.PosOnlyArgCount,
            KwOnlyArgCount = _u.KwOnlyArgCount,
            Flags = flags,
            StackSize = maxDepth,
            Instructions = units,
            Constants = _u.Consts.ToArray(),
            Names = _u.Names.Names.ToArray(),
            LocalsPlusNames = names,
            LocalsPlusKinds = kinds,
            Positions = positions,
            ExceptionTable = table.ToArray(),
        };
    }

    // What 3.11's location table can hold: a line alone when the end is not after
    // the start, no columns when either is missing.
    private static SourcePosition NormalizedPosition(SourcePosition p)
    {
        if (p.Line < 0)
        {
            return SourcePosition.None;
        }

        if (p.EndLine < p.Line)
        {
            return new SourcePosition(p.Line, p.Line, -1, -1);
        }

        if (p.Col < 0 || p.EndCol < 0)
        {
            return new SourcePosition(p.Line, p.EndLine, -1, -1);
        }

        return p;
    }

    private static ExceptionTableEntry Entry(int start, int end, BasicBlock handler)
    {
        int depth = handler.StartDepth - 1 - (handler.PreserveLasti ? 1 : 0);
        return new ExceptionTableEntry(start, end, handler.Offset, depth, handler.PreserveLasti);
    }

    // compute_localsplus_info
    private void BuildLocalsPlus(out string[] names, out LocalKind[] kinds)
    {
        int ncells = _u.CellVars.Count, nfree = _u.FreeVars.Count;
        int total = _nlocals;
        for (int i = 0; i < ncells + nfree; i++)
        {
            total = Math.Max(total, _cellFixed[i] + 1);
        }

        names = new string[total];
        kinds = new LocalKind[total];
        for (int i = 0; i < _nlocals; i++)
        {
            names[i] = _u.VarNames.Names[i];
            kinds[i] = LocalKind.Local;
        }

        for (int i = 0; i < ncells; i++)
        {
            int slot = _cellFixed[i];
            names[slot] = _u.CellVars.Names[i];
            kinds[slot] = slot < _nlocals ? LocalKind.Local | LocalKind.Cell : LocalKind.Cell;
        }

        for (int i = 0; i < nfree; i++)
        {
            int slot = _cellFixed[ncells + i];
            names[slot] = _u.FreeVars.Names[i];
            kinds[slot] = LocalKind.Free;
        }
    }

    /// <summary>
    /// Marks each LOAD_FAST that might read an empty slot as LOAD_FAST_CHECK
    /// (3.12's add_checks_for_loads_of_uninitialized_variables, by a forward
    /// "definitely bound" analysis over blocks and exception edges).
    /// </summary>
    private void AddUnboundLocalChecks()
    {
        int n = _nlocals;
        if (n == 0 || _order.Count == 0)
        {
            return;
        }

        int nargs = _u.ArgCount + _u.PosOnlyArgCount + _u.KwOnlyArgCount
            + ((_flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((_flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);
        var index = new Dictionary<BasicBlock, int>();
        for (int i = 0; i < _order.Count; i++)
        {
            index[_order[i]] = i;
        }

        var states = new bool[]?[_order.Count];
        var entry = new bool[n];
        for (int i = 0; i < Math.Min(nargs, n); i++)
        {
            entry[i] = true;
        }

        states[0] = entry;
        var work = new Stack<int>();
        work.Push(0);
        void Merge(BasicBlock target, bool[] state)
        {
            if (!index.TryGetValue(target, out int t))
            {
                return;
            }

            var cur = states[t];
            if (cur == null)
            {
                states[t] = (bool[])state.Clone();
                work.Push(t);
                return;
            }

            bool changed = false;
            for (int i = 0; i < n; i++)
            {
                if (cur[i] && !state[i])
                {
                    cur[i] = false;
                    changed = true;
                }
            }

            if (changed)
            {
                work.Push(t);
            }
        }

        while (work.Count > 0)
        {
            int bi = work.Pop();
            var b = _order[bi];
            var state = (bool[])states[bi]!.Clone();
            bool falls = true;
            foreach (var ins in b.Instrs)
            {
                if (ins.Handler != null)
                {
                    Merge(ins.Handler, state);
                }

                switch (ins.Op)
                {
                    case (int)Opcode.StoreFast:
                        state[ins.Arg] = true;
                        break;
                    case (int)Opcode.DeleteFast:
                        state[ins.Arg] = false;
                        break;
                    case (int)Opcode.LoadFast:
                    case (int)Opcode.LoadFastCheck:
                        state[ins.Arg] = true;
                        break;
                }

                if (ins.Target != null)
                {
                    Merge(ins.Target, state);
                }

                if (PseudoOp.IsUnconditionalJump(ins.Op) || PseudoOp.IsScopeExit(ins.Op))
                {
                    falls = false;
                    break;
                }
            }

            if (falls && b.Next != null)
            {
                Merge(b.Next, state);
            }
        }

        for (int bi = 0; bi < _order.Count; bi++)
        {
            var s = states[bi];
            if (s == null)
            {
                continue;
            }

            var state = (bool[])s.Clone();
            foreach (var ins in _order[bi].Instrs)
            {
                switch (ins.Op)
                {
                    case (int)Opcode.StoreFast:
                        state[ins.Arg] = true;
                        break;
                    case (int)Opcode.DeleteFast:
                        state[ins.Arg] = false;
                        break;
                    case (int)Opcode.LoadFast:
                        if (!state[ins.Arg])
                        {
                            ins.Op = (int)Opcode.LoadFastCheck;
                        }

                        state[ins.Arg] = true;
                        break;
                }
            }
        }
    }
}
