namespace Ember.Compiler.Symbols;

/// <summary>
/// One name of a block with its flags and resolved scope. CPython keeps these
/// as ints in <c>ste_symbols</c>; <see cref="RawValue"/> is that int.
/// The predicates follow Lib/symtable.py's <c>Symbol</c>.
/// </summary>
public readonly struct Symbol
{
    /// <summary>Where the scope sits in CPython's packed value (SCOPE_OFFSET).</summary>
    public const int ScopeOffset = 11;

    public Symbol(string name, SymbolFlags flags, SymbolScope scope)
    {
        Name = name;
        Flags = flags;
        Scope = scope;
    }

    /// <summary>The name as stored: mangled inside a class (<c>__x</c> becomes <c>_Cls__x</c>).</summary>
    public string Name { get; }

    public SymbolFlags Flags { get; }

    public SymbolScope Scope { get; }

    /// <summary>The value CPython stores in <c>ste_symbols</c>: flags | scope &lt;&lt; 11.</summary>
    public int RawValue => (int)Flags | ((int)Scope << ScopeOffset);

    public bool IsReferenced => (Flags & SymbolFlags.Use) != 0;

    public bool IsParameter => (Flags & SymbolFlags.DefParam) != 0;

    public bool IsGlobal => Scope is SymbolScope.GlobalImplicit or SymbolScope.GlobalExplicit;

    public bool IsDeclaredGlobal => Scope == SymbolScope.GlobalExplicit;

    public bool IsNonlocal => (Flags & SymbolFlags.DefNonlocal) != 0;

    public bool IsLocal => Scope is SymbolScope.Local or SymbolScope.Cell;

    public bool IsAnnotated => (Flags & SymbolFlags.DefAnnot) != 0;

    public bool IsFree => Scope == SymbolScope.Free;

    public bool IsImported => (Flags & SymbolFlags.DefImport) != 0;

    public bool IsAssigned => (Flags & SymbolFlags.DefLocal) != 0;

    public override string ToString() => $"{Name} {Flags} {Scope}";
}
