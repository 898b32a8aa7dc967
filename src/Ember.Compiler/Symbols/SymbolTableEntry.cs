using Ember.Syntax.Ast;

namespace Ember.Compiler.Symbols;

/// <summary>
/// One block of the symbol table: the module, a class body, a function, a
/// lambda or a comprehension (CPython's <c>PySTEntryObject</c>, Python/symtable.c).
/// Its symbols keep the order in which names were first met, as CPython's
/// <c>ste_symbols</c> dict does; the compiler and the <c>symtable</c> module
/// read them through <see cref="GetSymbol(int)"/> and <see cref="Lookup"/>.
/// </summary>
public sealed class SymbolTableEntry
{
    // Most blocks have a handful of names: they are found by a linear scan,
    // and a hash index is built only once a block grows past this many.
    private const int IndexThreshold = 8;

    private Slot[] _slots = new Slot[4];
    private int _count;
    private Dictionary<string, int>? _index;

    internal SymbolTableEntry(string name, BlockType type, Node key, int lineno, int colOffset, int endLineno, int endColOffset, bool nested)
    {
        Name = name;
        Type = type;
        Key = key;
        Lineno = lineno;
        ColOffset = colOffset;
        EndLineno = endLineno;
        EndColOffset = endColOffset;
        IsNested = nested;
    }

    /// <summary>The block's name: "top", the def or class name, "lambda", "listcomp", "setcomp", "dictcomp", "genexpr" or "_annotation".</summary>
    public string Name { get; }

    public BlockType Type { get; }

    /// <summary>The AST node that opened the block (CPython keys entries by node address).</summary>
    public Node Key { get; }

    public int Lineno { get; }
    public int ColOffset { get; }
    public int EndLineno { get; }
    public int EndColOffset { get; }

    /// <summary>Inside a function, directly or through other blocks (ste_nested).</summary>
    public bool IsNested { get; }

    /// <summary>Parameter names in definition order: positional-only, positional, keyword-only, *args, **kwargs.</summary>
    public List<string> Varnames { get; } = [];

    /// <summary>Nested blocks in source order (annotation blocks are never listed).</summary>
    public List<SymbolTableEntry> Children { get; } = [];

    /// <summary>The block has free variables (ste_free).</summary>
    public bool HasFreeVariables { get; internal set; }

    /// <summary>A nested block has free variables (ste_child_free).</summary>
    public bool ChildHasFreeVariables { get; internal set; }

    public bool IsGenerator { get; internal set; }

    public bool IsCoroutine { get; internal set; }

    public ComprehensionType Comprehension { get; internal set; }

    public bool HasVarargs { get; internal set; }

    public bool HasVarkeywords { get; internal set; }

    /// <summary>A <c>return</c> with a value appears directly in the block.</summary>
    public bool ReturnsValue { get; internal set; }

    /// <summary>
    /// A class whose methods use <c>__class__</c> or <c>super</c>: the compiler
    /// gives the class body a <c>__class__</c> cell and stores it as
    /// <c>__classcell__</c> (ste_needs_class_closure).
    /// </summary>
    public bool NeedsClassClosure { get; internal set; }

    /// <summary>Names are being bound as comprehension iteration variables (ste_comp_iter_target).</summary>
    internal bool CompIterTarget { get; set; }

    /// <summary>Depth of comprehension iterable expressions being visited (ste_comp_iter_expr).</summary>
    internal int CompIterExpr { get; set; }

    /// <summary>The global and nonlocal statements, for locating errors found by the analysis (ste_directives).</summary>
    internal List<Directive>? Directives { get; set; }

    /// <summary>True for function blocks: locals live in fast slots (symtable's is_optimized).</summary>
    public bool IsOptimized => Type == BlockType.Function;

    public int SymbolCount => _count;

    public Symbol GetSymbol(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        ref var slot = ref _slots[index];
        return new Symbol(slot.Name, slot.Flags, slot.Scope);
    }

    /// <summary>The symbol stored under <paramref name="name"/> (already mangled), if any.</summary>
    public bool Lookup(string name, out Symbol symbol)
    {
        int i = IndexOf(name);
        if (i >= 0)
        {
            symbol = GetSymbol(i);
            return true;
        }

        symbol = default;
        return false;
    }

    /// <summary>The flags of <paramref name="name"/>, or none (CPython's _PyST_GetSymbol without the scope bits).</summary>
    public SymbolFlags GetFlags(string name)
    {
        int i = IndexOf(name);
        return i >= 0 ? _slots[i].Flags : SymbolFlags.None;
    }

    /// <summary>The scope of <paramref name="name"/>, or <see cref="SymbolScope.None"/> (CPython's _PyST_GetScope).</summary>
    public SymbolScope GetScope(string name)
    {
        int i = IndexOf(name);
        return i >= 0 ? _slots[i].Scope : SymbolScope.None;
    }

    public override string ToString() => $"<symtable entry {Name}, line {Lineno}>";

    internal int IndexOf(string name)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(name, out int i) ? i : -1;
        }

        var slots = _slots;
        for (int i = 0; i < _count; i++)
        {
            if (string.Equals(slots[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    internal string NameAt(int index) => _slots[index].Name;

    internal SymbolFlags FlagsAt(int index) => _slots[index].Flags;

    internal void SetFlagsAt(int index, SymbolFlags flags) => _slots[index].Flags = flags;

    internal SymbolScope ScopeAt(int index) => _slots[index].Scope;

    internal void SetScopeAt(int index, SymbolScope scope) => _slots[index].Scope = scope;

    /// <summary>Adds a name at the end, or replaces the flags of an existing one (dict assignment).</summary>
    internal void SetFlags(string name, SymbolFlags flags)
    {
        int i = IndexOf(name);
        if (i >= 0)
        {
            _slots[i].Flags = flags;
            return;
        }

        Add(name, flags, SymbolScope.None);
    }

    /// <summary>Appends a name that is not in the block yet.</summary>
    internal void Add(string name, SymbolFlags flags, SymbolScope scope)
    {
        if (_count == _slots.Length)
        {
            Array.Resize(ref _slots, _count * 2);
        }

        _slots[_count] = new Slot { Name = name, Flags = flags, Scope = scope };
        if (_index is not null)
        {
            _index.Add(name, _count);
        }
        else if (_count + 1 > IndexThreshold)
        {
            _index = new Dictionary<string, int>(_count * 2, StringComparer.Ordinal);
            for (int i = 0; i <= _count; i++)
            {
                _index.Add(_slots[i].Name, i);
            }
        }

        _count++;
    }

    private struct Slot
    {
        public string Name;
        public SymbolFlags Flags;
        public SymbolScope Scope;
    }
}
