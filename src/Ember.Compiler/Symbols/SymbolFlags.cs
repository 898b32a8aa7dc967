namespace Ember.Compiler.Symbols;

/// <summary>
/// What the first pass learned about a name in one block (CPython's
/// Include/internal/pycore_symtable.h, DEF_* and USE). The values are CPython's,
/// so the <c>symtable</c> module can expose them unchanged.
/// </summary>
[Flags]
public enum SymbolFlags
{
    None = 0,

    /// <summary>Named in a <c>global</c> statement.</summary>
    DefGlobal = 1,

    /// <summary>Bound in the block (assignment, def, class, for target, ...).</summary>
    DefLocal = 2,

    /// <summary>A formal parameter, the implicit <c>.0</c> of a comprehension included.</summary>
    DefParam = 4,

    /// <summary>Named in a <c>nonlocal</c> statement.</summary>
    DefNonlocal = 8,

    /// <summary>Read in the block.</summary>
    Use = 16,

    /// <summary>Used but not defined in a nested block (kept for CPython's numbering; never set in 3.11).</summary>
    DefFree = 32,

    /// <summary>Free in a method and also bound or global in the class body.</summary>
    DefFreeClass = 64,

    /// <summary>Bound by an import.</summary>
    DefImport = 128,

    /// <summary>Annotated with a simple target (<c>x: int</c>).</summary>
    DefAnnot = 256,

    /// <summary>An iteration variable of a comprehension.</summary>
    DefCompIter = 512,

    /// <summary>The flags that make a name local to the block.</summary>
    DefBound = DefLocal | DefParam | DefImport,
}
