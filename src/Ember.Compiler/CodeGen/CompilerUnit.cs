using Ember.Bytecode;
using Ember.Compiler.Flow;
using Ember.Compiler.Symbols;

namespace Ember.Compiler.CodeGen;

/// <summary>The state of one code object being compiled (3.11's <c>compiler_unit</c>).</summary>
internal sealed class CompilerUnit
{
    public CompilerUnit(SymbolTableEntry ste, string name, ScopeKind kind, int firstLineNo)
    {
        Ste = ste;
        Name = name;
        QualName = name;
        Kind = kind;
        FirstLineNo = firstLineNo;
        Entry = NewBlock();
        Current = Entry;
    }

    public SymbolTableEntry Ste { get; }
    public string Name { get; }
    public string QualName { get; set; }
    public ScopeKind Kind { get; }
    public int FirstLineNo { get; }

    public readonly List<object?> Consts = new();
    public readonly Dictionary<object, int> ConstIndex = new(ConstKeyComparer.Instance!);
    public readonly NameIndex Names = new();
    public readonly NameIndex VarNames = new();
    public readonly NameIndex CellVars = new();
    public readonly NameIndex FreeVars = new();

    /// <summary>The class name used for mangling (u_private).</summary>
    public string? Private;

    public int ArgCount;
    public int PosOnlyArgCount;
    public int KwOnlyArgCount;

    public readonly List<BasicBlock> Blocks = new();
    public BasicBlock Entry;
    public BasicBlock Current;
    public readonly List<FBlock> FBlocks = new();

    /// <summary>The location new instructions get (u_lineno, u_col_offset, ...).</summary>
    public SourcePosition Loc;

    public BasicBlock NewBlock()
    {
        var b = new BasicBlock();
        Blocks.Add(b);
        return b;
    }
}
