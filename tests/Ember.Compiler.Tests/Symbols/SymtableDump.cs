using System.Globalization;
using System.Text;
using Ember.Compiler.Symbols;
using Ember.Syntax.Ast;
using Ember.Syntax.Diagnostics;
using Ember.Compiler.Tests.TestSupport;
using Ember.Syntax.Text;

namespace Ember.Compiler.Tests.Symbols;

/// <summary>
/// Writes Ember's symbol tables in the text form tests/oracle/symtable_dump.py
/// prints for CPython's (format_table and format_error there): the table
/// section, and the code lines CPython's compiler would derive from the tables.
/// </summary>
internal static class SymtableDump
{
    // co_flags bits: CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS,
    // CO_NESTED, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR.
    private const int CoOptimized = 0x1;
    private const int CoNewlocals = 0x2;
    private const int CoVarargs = 0x4;
    private const int CoVarkeywords = 0x8;
    private const int CoNested = 0x10;
    private const int CoGenerator = 0x20;
    private const int CoCoroutine = 0x80;
    private const int CoAsyncGenerator = 0x200;

    private static readonly string[] s_flagNames =
    [
        "DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE", "DEF_FREE",
        "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER",
    ];

    /// <summary>The table section for a built table.</summary>
    public static string Tables(SymbolTable table)
    {
        var sb = new StringBuilder();
        AppendTable(sb, table.Top, string.Empty);
        sb.Length--;
        return sb.ToString();
    }

    /// <summary>The one-line form of an error (symtable_dump.py's format_error).</summary>
    public static string Error(Exception e)
    {
        var sb = new StringBuilder();
        if (e is PythonSyntaxError s)
        {
            sb.Append("error ").Append(s.TypeName).Append(": ");
            PyRepr.AppendStr(sb, s.Msg);
            sb.Append(" lineno=").Append(Int(s.Lineno)).Append(" offset=").Append(Int(s.Offset)).Append(" text=");
            if (s.Text is null)
            {
                sb.Append("None");
            }
            else
            {
                PyRepr.AppendStr(sb, s.Text);
            }

            // None: errors found before tokenizing have no end; a future-statement
            // error has an end line but no end column.
            sb.Append(" end_lineno=").Append(s.EndLineno is int endLineno ? Int(endLineno) : "None");
            sb.Append(" end_offset=").Append(s.EndOffset is int endOffset ? Int(endOffset) : "None");
            return sb.ToString();
        }

        var failure = (PythonParseFailure)e;
        sb.Append("error ").Append(failure.TypeName).Append(": ");
        PyRepr.AppendStr(sb, failure.Message);
        return sb.ToString();
    }

    /// <summary>The code lines, sorted as the oracle sorts them.</summary>
    public static List<string> Codes(SymbolTable table)
    {
        var lines = new List<string>();
        var top = new Unit(table.Top, "<module>", "<module>", null, UnitKind.Module);
        for (int i = 0; i < table.Top.Children.Count; i++)
        {
            AppendCodes(lines, table.Top.Children[i], top);
        }

        lines.Sort(CodePointComparer.Instance);
        return lines;
    }

    private static void AppendTable(StringBuilder sb, SymbolTableEntry ste, string indent)
    {
        var type = ste.Type switch
        {
            BlockType.Function => "function",
            BlockType.Class => "class",
            BlockType.Module => "module",
            _ => ((int)ste.Type).ToString(CultureInfo.InvariantCulture),
        };
        sb.Append(indent).Append("table ").Append(type).Append(' ').Append(ste.Name)
            .Append(" lineno=").Append(Int(ste.Lineno))
            .Append(" nested=").Append(ste.IsNested ? "True" : "False")
            .Append(" children=").Append(Int(ste.Children.Count)).Append('\n');
        sb.Append(indent).Append(" varnames: ").Append(string.Join(' ', ste.Varnames)).Append('\n');

        var symbols = new List<Symbol>(ste.SymbolCount);
        for (int i = 0; i < ste.SymbolCount; i++)
        {
            symbols.Add(ste.GetSymbol(i));
        }

        symbols.Sort((a, b) => CodePointComparer.Instance.Compare(a.Name, b.Name));
        if (ste.Type == BlockType.Function)
        {
            AppendNames(sb, indent, "params", symbols, s => s.IsParameter);
            AppendNames(sb, indent, "locals", symbols, s => s.IsLocal);
            AppendNames(sb, indent, "globals", symbols, s => s.IsGlobal);
            AppendNames(sb, indent, "nonlocals", symbols, s => s.IsNonlocal);
            AppendNames(sb, indent, "frees", symbols, s => s.IsFree);
        }

        foreach (var s in symbols)
        {
            sb.Append(indent).Append(" sym ").Append(s.Name).Append(' ').Append(Int(s.RawValue)).Append(' ')
                .Append(ScopeName(s.Scope)).Append(' ').Append(FlagText(s.Flags)).Append('\n');
        }

        foreach (var child in ste.Children)
        {
            AppendTable(sb, child, indent + " ");
        }
    }

    private static void AppendNames(StringBuilder sb, string indent, string label, List<Symbol> sorted, Func<Symbol, bool> test)
    {
        sb.Append(indent).Append(' ').Append(label).Append(':');
        bool first = true;
        foreach (var s in sorted)
        {
            if (test(s))
            {
                sb.Append(" ").Append(s.Name);
                first = false;
            }
        }

        if (first)
        {
            sb.Append(' ');
        }

        sb.Append('\n');
    }

    private static string ScopeName(SymbolScope scope) => scope switch
    {
        SymbolScope.None => "NONE",
        SymbolScope.Local => "LOCAL",
        SymbolScope.GlobalExplicit => "GLOBAL_EXPLICIT",
        SymbolScope.GlobalImplicit => "GLOBAL_IMPLICIT",
        SymbolScope.Free => "FREE",
        SymbolScope.Cell => "CELL",
        _ => ((int)scope).ToString(CultureInfo.InvariantCulture),
    };

    private static string FlagText(SymbolFlags flags)
    {
        var parts = new List<string>();
        for (int bit = 0; bit < s_flagNames.Length; bit++)
        {
            if (((int)flags & (1 << bit)) != 0)
            {
                parts.Add(s_flagNames[bit]);
            }
        }

        return parts.Count == 0 ? "-" : string.Join('|', parts);
    }

    private enum UnitKind
    {
        Module,
        Class,
        Function,
        AsyncFunction,
        Lambda,
        Comprehension,
    }

    /// <summary>What CPython's compiler keeps per code unit that the qualname needs.</summary>
    private sealed record Unit(SymbolTableEntry Entry, string Name, string Qualname, string? Private, UnitKind Kind);

    private static void AppendCodes(List<string> lines, SymbolTableEntry ste, Unit parent)
    {
        UnitKind kind;
        string name;
        int firstLine = ste.Lineno;
        switch (ste.Key)
        {
            case FunctionDef f:
                kind = UnitKind.Function;
                name = f.Name;
                firstLine = f.DecoratorList.Count > 0 ? f.DecoratorList[0].Lineno : f.Lineno;
                break;
            case AsyncFunctionDef f:
                kind = UnitKind.AsyncFunction;
                name = f.Name;
                firstLine = f.DecoratorList.Count > 0 ? f.DecoratorList[0].Lineno : f.Lineno;
                break;
            case ClassDef c:
                kind = UnitKind.Class;
                name = c.Name;
                firstLine = c.DecoratorList.Count > 0 ? c.DecoratorList[0].Lineno : c.Lineno;
                break;
            case Lambda:
                kind = UnitKind.Lambda;
                name = "<lambda>";
                break;
            default:
                kind = UnitKind.Comprehension;
                name = "<" + ste.Name + ">";
                break;
        }

        var unit = new Unit(ste, name, Qualname(name, kind, parent), kind == UnitKind.Class ? name : parent.Private, kind);

        int flags = 0;
        if (ste.Type == BlockType.Function)
        {
            flags |= CoOptimized | CoNewlocals;
            if (ste.IsNested)
            {
                flags |= CoNested;
            }

            if (ste.IsGenerator && !ste.IsCoroutine)
            {
                flags |= CoGenerator;
            }
            else if (!ste.IsGenerator && ste.IsCoroutine)
            {
                flags |= CoCoroutine;
            }
            else if (ste.IsGenerator && ste.IsCoroutine)
            {
                flags |= CoAsyncGenerator;
            }

            if (ste.HasVarargs)
            {
                flags |= CoVarargs;
            }

            if (ste.HasVarkeywords)
            {
                flags |= CoVarkeywords;
            }
        }

        var cells = new List<string>();
        var frees = new List<string>();
        for (int i = 0; i < ste.SymbolCount; i++)
        {
            var s = ste.GetSymbol(i);
            if (s.Scope == SymbolScope.Cell)
            {
                cells.Add(s.Name);
            }

            if (s.Scope == SymbolScope.Free || (s.Flags & SymbolFlags.DefFreeClass) != 0)
            {
                frees.Add(s.Name);
            }
        }

        if (ste.NeedsClassClosure)
        {
            cells.Add("__class__");
        }

        cells.Sort(CodePointComparer.Instance);
        frees.Sort(CodePointComparer.Instance);
        lines.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"code {unit.Qualname} line={firstLine} flags=0x{flags:x3} cells={string.Join(',', cells)} frees={string.Join(',', frees)}"));
        foreach (var child in ste.Children)
        {
            AppendCodes(lines, child, unit);
        }
    }

    /// <summary>CPython's compiler_set_qualname.</summary>
    private static string Qualname(string name, UnitKind kind, Unit parent)
    {
        if (parent.Kind == UnitKind.Module)
        {
            return name;
        }

        if (kind is UnitKind.Function or UnitKind.AsyncFunction or UnitKind.Class)
        {
            // A def or class declared global in its parent is named as a module-level one.
            var mangled = Mangling.Mangle(parent.Private, name);
            if (parent.Entry.GetScope(mangled) == SymbolScope.GlobalExplicit)
            {
                return name;
            }
        }

        var baseName = parent.Kind is UnitKind.Function or UnitKind.AsyncFunction or UnitKind.Lambda
            ? parent.Qualname + ".<locals>"
            : parent.Qualname;
        return baseName + "." + name;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
