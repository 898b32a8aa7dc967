using System.Globalization;
using System.Text;

namespace Ember.Bytecode;

/// <summary>
/// A listing in the spirit of CPython's <c>dis.dis</c>: line numbers, unit
/// offsets, CPython-style names, arguments with the name or constant they
/// stand for, jump targets marked <c>&gt;&gt;</c>, the exception table, then
/// every nested code object. Cache units are not shown. For tests and debugging.
/// </summary>
public static class Disassembler
{
    public static string Dump(CodeObject code)
    {
        var sb = new StringBuilder();
        DumpOne(code, sb);
        return sb.ToString();
    }

    private static void DumpOne(CodeObject code, StringBuilder sb)
    {
        sb.Append("Disassembly of <code object ").Append(code.Name).Append(", file \"").Append(code.Filename)
            .Append("\", line ").Append(code.FirstLineNo).Append(">:\n");
        var targets = new HashSet<int>();
        var units = code.Instructions;
        for (int i = 0; i < units.Length; i++)
        {
            var op = OpcodeInfo.OpOf(units[i]);
            if (OpcodeInfo.IsJump(op))
            {
                targets.Add(OpcodeInfo.ArgOf(units[i]));
            }

            i += OpcodeInfo.CacheSize(op);
        }

        foreach (var e in code.ExceptionTable)
        {
            targets.Add(e.Target);
        }

        int lastLine = int.MinValue;
        for (int i = 0; i < units.Length; i++)
        {
            var op = OpcodeInfo.OpOf(units[i]);
            int arg = OpcodeInfo.ArgOf(units[i]);
            int line = code.PositionAt(i).Line;
            string lineText = "";
            if (line != lastLine && line >= 0)
            {
                if (i > 0)
                {
                    sb.Append('\n');
                }

                lineText = line.ToString(CultureInfo.InvariantCulture);
                lastLine = line;
            }

            sb.Append(lineText.PadLeft(4)).Append(targets.Contains(i) ? "  >> " : "     ")
                .Append(i.ToString(CultureInfo.InvariantCulture).PadLeft(5)).Append(' ')
                .Append(OpcodeInfo.Name(op).PadRight(24));
            if (HasArg(op))
            {
                sb.Append(' ').Append(arg.ToString(CultureInfo.InvariantCulture).PadLeft(4));
                string? detail = Describe(code, op, arg);
                if (detail != null)
                {
                    sb.Append(" (").Append(detail).Append(')');
                }
            }

            sb.Append('\n');
            i += OpcodeInfo.CacheSize(op);
        }

        if (code.ExceptionTable.Length > 0)
        {
            sb.Append("ExceptionTable:\n");
            foreach (var e in code.ExceptionTable)
            {
                sb.Append("  ").Append(e.Start).Append(" to ").Append(e.End).Append(" -> ").Append(e.Target)
                    .Append(" [").Append(e.Depth).Append(']').Append(e.PushLasti ? " lasti" : "").Append('\n');
            }
        }

        foreach (var c in code.Constants)
        {
            if (c is CodeObject nested)
            {
                sb.Append('\n');
                DumpOne(nested, sb);
            }
        }
    }

    private static bool HasArg(Opcode op) => op switch
    {
        Opcode.Nop or Opcode.PopTop or Opcode.PushNull or Opcode.UnaryPositive or Opcode.UnaryNegative
            or Opcode.UnaryNot or Opcode.UnaryInvert or Opcode.BinarySubscr or Opcode.StoreSubscr
            or Opcode.DeleteSubscr or Opcode.GetIter or Opcode.GetYieldFromIter or Opcode.ListToTuple
            or Opcode.ReturnValue or Opcode.ReturnGenerator or Opcode.YieldValue or Opcode.AsyncGenWrap
            or Opcode.GetAIter or Opcode.GetANext or Opcode.EndAsyncFor or Opcode.PushExcInfo
            or Opcode.PopExcept or Opcode.CheckExcMatch or Opcode.CheckEgMatch or Opcode.PrepReraiseStar
            or Opcode.WithExceptStart or Opcode.BeforeWith or Opcode.BeforeAsyncWith
            or Opcode.LoadAssertionError or Opcode.LoadBuildClass or Opcode.SetupAnnotations
            or Opcode.ImportStar or Opcode.PrintExpr or Opcode.GetLen or Opcode.MatchMapping
            or Opcode.MatchSequence or Opcode.MatchKeys or Opcode.Cache => false,
        _ => true,
    };

    private static string? Describe(CodeObject code, Opcode op, int arg)
    {
        switch (op)
        {
            case Opcode.LoadConst:
            case Opcode.KwNames:
                return (uint)arg < (uint)code.Constants.Length ? ConstRepr(code.Constants[arg]) : "?";
            case Opcode.LoadGlobal:
                return Name(code.Names, arg >> 1) is { } g ? ((arg & 1) != 0 ? "NULL + " + g : g) : "?";
            case Opcode.LoadName or Opcode.StoreName or Opcode.DeleteName or Opcode.StoreGlobal
                or Opcode.DeleteGlobal or Opcode.LoadAttr or Opcode.StoreAttr or Opcode.DeleteAttr
                or Opcode.LoadMethod or Opcode.ImportName or Opcode.ImportFrom:
                return Name(code.Names, arg) ?? "?";
            case Opcode.LoadFast or Opcode.LoadFastCheck or Opcode.StoreFast or Opcode.DeleteFast
                or Opcode.MakeCell or Opcode.LoadClosure or Opcode.LoadDeref or Opcode.LoadClassDeref
                or Opcode.StoreDeref or Opcode.DeleteDeref:
                return Name(code.LocalsPlusNames, arg) ?? "?";
            case Opcode.BinaryOp:
                return ((BinaryOp)arg).ToString();
            case Opcode.CompareOp:
                return ((CompareOp)arg).ToString();
            case Opcode.MakeFunction:
                return arg == 0 ? null : string.Join(", ", new[] { "defaults", "kwdefaults", "annotations", "closure" }.Where((_, i) => (arg & (1 << i)) != 0));
            default:
                return OpcodeInfo.IsJump(op) ? "to " + arg.ToString(CultureInfo.InvariantCulture) : null;
        }
    }

    private static string? Name(string[] names, int i) => (uint)i < (uint)names.Length ? names[i] : null;

    /// <summary>A Python-like repr of a constant, enough to read a listing.</summary>
    public static string ConstRepr(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        System.Numerics.BigInteger big => big.ToString(CultureInfo.InvariantCulture),
        double d => double.IsNaN(d) ? "nan" : double.IsInfinity(d) ? (d > 0 ? "inf" : "-inf") : d.ToString("R", CultureInfo.InvariantCulture),
        System.Numerics.Complex c => "(" + c.Real.ToString("R", CultureInfo.InvariantCulture) + "+" + c.Imaginary.ToString("R", CultureInfo.InvariantCulture) + "j)",
        string s => "'" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "'",
        CodePointString => "<str with surrogates>",
        byte[] bytes => "b'" + Encoding.Latin1.GetString(bytes) + "'",
        ConstEllipsis => "Ellipsis",
        ConstTuple t => t.Items.Length == 1 ? "(" + ConstRepr(t.Items[0]) + ",)" : "(" + string.Join(", ", t.Items.Select(ConstRepr)) + ")",
        ConstFrozenSet f => "frozenset({" + string.Join(", ", f.Items.Select(ConstRepr)) + "})",
        CodeObject code => "<code object " + code.Name + ", line " + code.FirstLineNo.ToString(CultureInfo.InvariantCulture) + ">",
        _ => value.ToString() ?? "?",
    };
}
