using Ember.Bytecode;

namespace Ember.Compiler.Tests.CodeGen;

/// <summary>
/// Checks that hold for every code object the compiler produces: jump targets
/// and handlers land on instruction starts, the exception table is sorted and
/// non-overlapping, a simulation of every path (normal and unwinding) never
/// takes the stack below zero or above <see cref="CodeObject.StackSize"/> and
/// agrees on each instruction's depth, and positions are well formed.
/// </summary>
internal static class CodeInvariants
{
    /// <summary>Null when every code object reachable from <paramref name="code"/> is sound; otherwise what is wrong.</summary>
    public static string? Check(CodeObject code)
    {
        var problem = CheckOne(code);
        if (problem != null)
        {
            return $"{code.QualName} (line {code.FirstLineNo}): {problem}";
        }

        foreach (var c in code.Constants)
        {
            if (c is CodeObject nested && Check(nested) is { } p)
            {
                return p;
            }
        }

        return null;
    }

    private static string? CheckOne(CodeObject code)
    {
        var units = code.Instructions;
        int n = units.Length;
        if (code.Positions.Length != n)
        {
            return "positions and instructions differ in length";
        }

        var starts = new bool[n + 1];
        for (int i = 0; i < n;)
        {
            starts[i] = true;
            var op = OpcodeInfo.OpOf(units[i]);
            if (op == Opcode.Cache || op >= Opcode.Count)
            {
                return $"unit {i}: not an instruction ({op})";
            }

            i += 1 + OpcodeInfo.CacheSize(op);
            if (i > n)
            {
                return "instruction caches run past the end";
            }
        }

        for (int i = 0; i < n; i++)
        {
            if (!starts[i])
            {
                continue;
            }

            var op = OpcodeInfo.OpOf(units[i]);
            if (OpcodeInfo.IsJump(op))
            {
                int t = OpcodeInfo.ArgOf(units[i]);
                if (t >= n || !starts[t])
                {
                    return $"unit {i}: jump target {t} is not an instruction";
                }

                if (op == Opcode.JumpBackward && t > i)
                {
                    return $"unit {i}: JUMP_BACKWARD goes forward";
                }
            }

            var p = code.Positions[i];
            if (p.Line != -1 && (p.EndLine < p.Line || (p.EndLine == p.Line && p.Col > p.EndCol && p.EndCol != -1)))
            {
                return $"unit {i}: bad position {p}";
            }
        }

        var table = code.ExceptionTable;
        for (int k = 0; k < table.Length; k++)
        {
            var e = table[k];
            if (e.Start >= e.End || e.End > n || !starts[e.Start] || (e.End < n && !starts[e.End]))
            {
                return $"exception entry {k} has a bad range";
            }

            if (!starts[e.Target] || e.Target >= n)
            {
                return $"exception entry {k} has a bad target";
            }

            if (k > 0 && table[k - 1].End > e.Start)
            {
                return $"exception entries {k - 1} and {k} overlap or are out of order";
            }

            if (e.Depth < 0 || e.Depth + (e.PushLasti ? 2 : 1) > code.StackSize)
            {
                return $"exception entry {k}: depth {e.Depth} does not fit the stack size {code.StackSize}";
            }
        }

        return Simulate(code, starts);
    }

    private static string? Simulate(CodeObject code, bool[] starts)
    {
        var units = code.Instructions;
        var depth = new int[units.Length];
        Array.Fill(depth, -1);
        var work = new Stack<int>();
        string? Reach(int at, int d)
        {
            if (d < 0)
            {
                return $"unit {at}: negative stack depth";
            }

            if (d > code.StackSize)
            {
                return $"unit {at}: depth {d} exceeds the stack size {code.StackSize}";
            }

            if (depth[at] == -1)
            {
                depth[at] = d;
                work.Push(at);
            }
            else if (depth[at] != d)
            {
                return $"unit {at}: reached with depths {depth[at]} and {d}";
            }

            return null;
        }

        if (units.Length == 0)
        {
            return "empty code";
        }

        if (Reach(0, 0) is { } first)
        {
            return first;
        }

        while (work.Count > 0)
        {
            int i = work.Pop();
            int d = depth[i];
            var op = OpcodeInfo.OpOf(units[i]);
            int arg = OpcodeInfo.ArgOf(units[i]);
            if (code.TryFindHandler(i, out var h))
            {
                if (d < h.Depth)
                {
                    return $"unit {i}: depth {d} below its handler's {h.Depth}";
                }

                if (Reach(h.Target, h.Depth + (h.PushLasti ? 2 : 1)) is { } he)
                {
                    return he;
                }
            }

            int after = d + StackEffects.Of(op, arg, jump: false);
            if (after < 0)
            {
                return $"unit {i}: {OpcodeInfo.Name(op)} pops an empty stack";
            }

            if (OpcodeInfo.IsJump(op) && Reach(arg, d + StackEffects.Of(op, arg, jump: true)) is { } je)
            {
                return je;
            }

            if (!StackEffects.IsTerminator(op))
            {
                int next = i + 1 + OpcodeInfo.CacheSize(op);
                if (next >= units.Length)
                {
                    return $"unit {i}: falls off the end";
                }

                if (Reach(next, after) is { } ne)
                {
                    return ne;
                }
            }
        }

        return null;
    }
}
