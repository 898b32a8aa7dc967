using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// The parts of the code type that expose or rebuild the compiled form:
/// co_code, the line and position tables, code.replace() and equality.
/// The bytes are Ember's own encoding (its bytecode is not CPython's); only
/// their existence and the decoded views (co_lines, co_positions) follow CPython.
/// </summary>
public sealed partial class PyCode
{
    private static readonly string[] s_replaceNames =
    [
        "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
        "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
        "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable",
    ];

    /// <summary>co_code: two bytes per code unit (opcode and low byte of its argument).</summary>
    internal byte[] CodeBytes()
    {
        var units = Code.Instructions;
        var result = new byte[units.Length * 2];
        for (int i = 0; i < units.Length; i++)
        {
            result[2 * i] = unchecked((byte)units[i]);
            result[(2 * i) + 1] = unchecked((byte)(units[i] >> 8));
        }

        return result;
    }

    /// <summary>co_linetable: one entry per run of units with the same position (line delta, length).</summary>
    internal byte[] LineTableBytes()
    {
        var bytes = new List<byte>();
        int prevLine = Code.FirstLineNo;
        foreach (var (start, end, line) in LineRanges())
        {
            int delta = line < 0 ? 0 : line - prevLine;
            if (line >= 0)
            {
                prevLine = line;
            }

            bytes.Add(unchecked((byte)Math.Min(end - start, 255)));
            bytes.Add(unchecked((byte)(sbyte)Math.Clamp(delta, -128, 127)));
        }

        return bytes.ToArray();
    }

    /// <summary>co_lnotab: the pre-3.10 (byte offset delta, line delta) pairs.</summary>
    internal byte[] LnotabBytes()
    {
        var bytes = new List<byte>();
        int prevLine = Code.FirstLineNo;
        int prevOffset = 0;
        foreach (var (start, _, line) in LineRanges())
        {
            if (line < 0 || line == prevLine)
            {
                continue;
            }

            int offsetDelta = (2 * start) - prevOffset;
            int lineDelta = line - prevLine;
            while (offsetDelta > 255)
            {
                bytes.Add(255);
                bytes.Add(0);
                offsetDelta -= 255;
            }

            while (lineDelta > 127 || lineDelta < -128)
            {
                int step = lineDelta > 0 ? 127 : -128;
                bytes.Add(unchecked((byte)offsetDelta));
                bytes.Add(unchecked((byte)(sbyte)step));
                offsetDelta = 0;
                lineDelta -= step;
            }

            bytes.Add(unchecked((byte)offsetDelta));
            bytes.Add(unchecked((byte)(sbyte)lineDelta));
            prevOffset = 2 * start;
            prevLine = line;
        }

        return bytes.ToArray();
    }

    /// <summary>co_exceptiontable: each entry as start, end, target, depth and lasti flag (one byte each, clipped).</summary>
    internal byte[] ExceptionTableBytes()
    {
        var bytes = new List<byte>();
        foreach (var e in Code.ExceptionTable)
        {
            bytes.Add(unchecked((byte)e.Start));
            bytes.Add(unchecked((byte)e.End));
            bytes.Add(unchecked((byte)e.Target));
            bytes.Add(unchecked((byte)((e.Depth << 1) | (e.PushLasti ? 1 : 0))));
        }

        return bytes.ToArray();
    }

    /// <summary>Runs of code units with the same source position, in code-unit indices, line -1 for none.</summary>
    private List<(int Start, int End, int Line)> LineRanges()
    {
        var result = new List<(int, int, int)>();
        var positions = Code.Positions;
        int n = Code.Instructions.Length;
        int i = 0;
        while (i < n)
        {
            var pos = i < positions.Length ? positions[i] : SourcePosition.None;
            int j = i + 1;
            while (j < n && (j < positions.Length ? positions[j] : SourcePosition.None) == pos)
            {
                j++;
            }

            result.Add((i, j, pos.Line));
            i = j;
        }

        return result;
    }

    /// <summary>co_lines(): (start, end, line) over byte offsets, line None where an instruction has none.</summary>
    internal PyObject? Lines()
    {
        var items = new List<PyObject>();
        foreach (var (start, end, line) in LineRanges())
        {
            items.Add(new PyTuple([PyInt.From(2 * start), PyInt.From(2 * end), line < 0 ? PyNone.Instance : PyInt.From(line)]));
        }

        return PyIter.GetIter(new PyList(items.ToArray(), items.Count));
    }

    /// <summary>co_positions(): (line, end_line, col, end_col) for each code unit, None where unknown.</summary>
    internal PyObject? PositionsIter()
    {
        var positions = Code.Positions;
        int n = Code.Instructions.Length;
        var items = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            var p = i < positions.Length ? positions[i] : SourcePosition.None;
            items[i] = new PyTuple([OrNone(p.Line), OrNone(p.EndLine), OrNone(p.Col), OrNone(p.EndCol)]);
        }

        return PyIter.GetIter(new PyList(items, items.Length));

        static PyObject OrNone(int v) => v < 0 ? PyNone.Instance : PyInt.From(v);
    }

    /// <summary>code.replace(**changes): a copy with the given fields changed (code_replace_impl).</summary>
    internal PyObject? Replace(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        if (args.Length > nkw)
        {
            return PyErr.TypeError("replace() takes no positional arguments");
        }

        var given = new PyObject?[s_replaceNames.Length];
        for (int k = 0; k < nkw; k++)
        {
            string name = ((PyStr)kwnames!.Items[k]).Value;
            int index = Array.IndexOf(s_replaceNames, name);
            if (index < 0)
            {
                return PyErr.TypeError($"'{name}' is an invalid keyword argument for replace()");
            }

            given[index] = args[args.Length - nkw + k];
        }

        var c = Code;
        int argCount = c.ArgCount, posOnly = c.PosOnlyArgCount, kwOnly = c.KwOnlyArgCount, flags = (int)c.Flags, firstLine = c.FirstLineNo;
        if (!Int(0, ref argCount) || !Int(1, ref posOnly) || !Int(2, ref kwOnly))
        {
            return null;
        }

        int ignored = 0;
        if (!Int(3, ref ignored) || !Int(4, ref ignored) || !Int(5, ref flags) || !Int(6, ref firstLine) || !OfType(7, PyBytes.TypeObject, "bytes"))
        {
            return null;
        }

        for (int k = 8; k <= 12; k++)
        {
            if (!OfType(k, PyTuple.TypeObject, "tuple"))
            {
                return null;
            }
        }

        for (int k = 13; k <= 15; k++)
        {
            if (!OfType(k, PyStr.TypeObject, "str"))
            {
                return null;
            }
        }

        if (!OfType(16, PyBytes.TypeObject, "bytes") || !OfType(17, PyBytes.TypeObject, "bytes"))
        {
            return null;
        }

        string[] names = c.Names;
        if (given[9] is PyTuple namesTuple && Strings(namesTuple) is not { } newNames)
        {
            return null;
        }
        else if (given[9] is PyTuple nt)
        {
            names = Strings(nt)!;
        }

        var localsPlus = (string[])c.LocalsPlusNames.Clone();
        if (!Rename(10, LocalKind.Local, localsPlus, "co_varnames") || !Rename(11, LocalKind.Free, localsPlus, "co_freevars")
            || !Rename(12, LocalKind.Cell, localsPlus, "co_cellvars"))
        {
            return null;
        }

        int shift = firstLine - c.FirstLineNo;
        var positions = c.Positions;
        if (shift != 0)
        {
            positions = new SourcePosition[c.Positions.Length];
            for (int i = 0; i < positions.Length; i++)
            {
                var p = c.Positions[i];
                positions[i] = p with { Line = p.Line < 0 ? p.Line : p.Line + shift, EndLine = p.EndLine < 0 ? p.EndLine : p.EndLine + shift };
            }
        }

        var copy = new CodeObject
        {
            Name = given[14] is PyStr n ? n.Value : c.Name,
            QualName = given[15] is PyStr q ? q.Value : c.QualName,
            Filename = given[13] is PyStr f ? f.Value : c.Filename,
            FirstLineNo = firstLine,
            ArgCount = argCount,
            PosOnlyArgCount = posOnly,
            KwOnlyArgCount = kwOnly,
            Flags = (CodeFlags)flags,
            StackSize = c.StackSize,
            Instructions = c.Instructions,
            Constants = c.Constants,
            Names = names,
            LocalsPlusNames = localsPlus,
            LocalsPlusKinds = c.LocalsPlusKinds,
            Positions = positions,
            ExceptionTable = c.ExceptionTable,
        };
        var result = For(copy);
        result._constants = given[8] is PyTuple consts ? consts.Items : Constants;
        return result._constants is null ? null : result;

        bool Int(int k, ref int value)
        {
            if (given[k] is not { } v)
            {
                return true;
            }

            if (!PyNumber.AsSsize(v, out long l))
            {
                return false;
            }

            if (l is < int.MinValue or > int.MaxValue)
            {
                PyErr.OverflowError("Python int too large to convert to C int");
                return false;
            }

            value = (int)l;
            return true;
        }

        bool OfType(int k, PyType type, string typeName)
        {
            if (given[k] is not { } v || v.Type.IsSubtypeOf(type))
            {
                return true;
            }

            PyErr.TypeError($"replace() argument '{s_replaceNames[k]}' must be {typeName}, not {(v is PyNone ? "None" : v.Type.Name)}");
            return false;
        }

        bool Rename(int k, LocalKind kind, string[] target, string what)
        {
            if (given[k] is not PyTuple t)
            {
                return true;
            }

            if (Strings(t) is not { } strs)
            {
                return false;
            }

            var kinds = c.LocalsPlusKinds;
            int j = 0;
            for (int i = 0; i < kinds.Length; i++)
            {
                if ((kinds[i] & kind) != 0 && (kind != LocalKind.Local || (kinds[i] & LocalKind.Local) != 0))
                {
                    if (j >= strs.Length)
                    {
                        PyErr.ValueError($"code: {what} is too small");
                        return false;
                    }

                    target[i] = strs[j++];
                }
            }

            if (j != strs.Length)
            {
                PyErr.ValueError($"code: {what} has the wrong length");
                return false;
            }

            return true;
        }
    }

    private static string[]? Strings(PyTuple t)
    {
        var result = new string[t.Count];
        for (int i = 0; i < result.Length; i++)
        {
            if (t.Items[i] is not PyStr s)
            {
                PyErr.TypeError($"name tuples must contain only strings, not '{t.Items[i].Type.Name}'");
                return null;
            }

            result[i] = s.Value;
        }

        return result;
    }

    /// <summary>code_richcompare: 1 equal, 0 not, -1 error.</summary>
    internal int ContentEquals(PyCode other)
    {
        var a = Code;
        var b = other.Code;
        if (ReferenceEquals(a, b))
        {
            return 1;
        }

        if (a.Name != b.Name || a.ArgCount != b.ArgCount || a.PosOnlyArgCount != b.PosOnlyArgCount || a.KwOnlyArgCount != b.KwOnlyArgCount
            || a.Flags != b.Flags || a.FirstLineNo != b.FirstLineNo || !a.Instructions.AsSpan().SequenceEqual(b.Instructions)
            || !a.Names.AsSpan().SequenceEqual(b.Names) || !a.LocalsPlusNames.AsSpan().SequenceEqual(b.LocalsPlusNames)
            || !a.Positions.AsSpan().SequenceEqual(b.Positions))
        {
            return 0;
        }

        var ca = Constants;
        var cb = other.Constants;
        if (ca is null || cb is null)
        {
            return -1;
        }

        if (ca.Length != cb.Length)
        {
            return 0;
        }

        for (int i = 0; i < ca.Length; i++)
        {
            if (ReferenceEquals(ca[i], cb[i]))
            {
                continue;
            }

            if (!ReferenceEquals(ca[i].Type, cb[i].Type))
            {
                return 0;
            }

            int eq = PyOps.RichCompareBool(ca[i], cb[i], CompareOp.Eq);
            if (eq <= 0)
            {
                return eq;
            }
        }

        return 1;
    }
}
