using Ember.Bytecode;
using Ember.Compiler.Flow;

namespace Ember.Compiler.Assemble;

internal sealed partial class Assembler
{
    private const int Visited = -1;

    // swaptimize: a run of SWAPs (and NOPs) replaced by the fewest SWAPs with the same effect.
    private static void Swaptimize(List<Instr> instrs, ref int ix)
    {
        int depth = instrs[ix].Arg;
        int len = 0;
        bool more = false;
        int limit = instrs.Count - ix;
        while (++len < limit)
        {
            var op = instrs[ix + len].Op;
            if (op == (int)Opcode.Swap)
            {
                depth = Math.Max(depth, instrs[ix + len].Arg);
                more = true;
            }
            else if (op != (int)Opcode.Nop)
            {
                break;
            }
        }

        if (!more)
        {
            return;
        }

        var stack = new int[depth];
        for (int i = 0; i < depth; i++)
        {
            stack[i] = i;
        }

        for (int i = 0; i < len; i++)
        {
            if (instrs[ix + i].Op == (int)Opcode.Swap)
            {
                int oparg = instrs[ix + i].Arg;
                (stack[0], stack[oparg - 1]) = (stack[oparg - 1], stack[0]);
            }
        }

        int current = len - 1;
        for (int i = 0; i < depth; i++)
        {
            if (stack[i] == Visited || stack[i] == i)
            {
                continue;
            }

            int j = i;
            while (true)
            {
                if (j != 0)
                {
                    instrs[ix + current].Op = (int)Opcode.Swap;
                    instrs[ix + current].Arg = j + 1;
                    current--;
                }

                if (stack[j] == Visited)
                {
                    break;
                }

                int next = stack[j];
                stack[j] = Visited;
                j = next;
            }
        }

        while (current >= 0)
        {
            instrs[ix + current].Op = (int)Opcode.Nop;
            current--;
        }

        ix += len - 1;
    }

    private static bool Swappable(int op) => op == (int)Opcode.StoreFast || op == (int)Opcode.PopTop;

    private static int NextSwappable(List<Instr> instrs, int i, int lineno)
    {
        while (++i < instrs.Count)
        {
            var ins = instrs[i];
            if (lineno >= 0 && ins.Loc.Line != lineno)
            {
                return -1;
            }

            if (ins.Op == (int)Opcode.Nop)
            {
                continue;
            }

            return Swappable(ins.Op) ? i : -1;
        }

        return -1;
    }

    // apply_static_swaps: SWAP n followed by stores becomes the stores in another
    // order. Like 3.11.2 this does not check for two stores to one local, so
    // "a, a = x, y" leaves x in a, as CPython 3.11.2 does.
    private static void ApplyStaticSwaps(List<Instr> instrs, int i)
    {
        for (; i >= 0; i--)
        {
            var swap = instrs[i];
            if (swap.Op != (int)Opcode.Swap)
            {
                if (swap.Op == (int)Opcode.Nop || Swappable(swap.Op))
                {
                    continue;
                }

                return;
            }

            int j = NextSwappable(instrs, i, -1);
            if (j < 0)
            {
                return;
            }

            int k = j;
            int lineno = instrs[j].Loc.Line;
            for (int count = swap.Arg - 1; count > 0; count--)
            {
                k = NextSwappable(instrs, k, lineno);
                if (k < 0)
                {
                    return;
                }
            }

            swap.Op = (int)Opcode.Nop;
            (instrs[j], instrs[k]) = (instrs[k], instrs[j]);
        }
    }
}
