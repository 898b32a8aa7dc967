namespace Ember.Compiler.Symbols;

/// <summary>
/// Where a name lives, decided by the analysis pass (CPython's LOCAL,
/// GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL; same values).
/// </summary>
public enum SymbolScope
{
    /// <summary>Not analysed yet.</summary>
    None = 0,
    Local = 1,

    /// <summary>Named in a <c>global</c> statement (here or, for an unbound name, in an enclosing block).</summary>
    GlobalExplicit = 2,

    /// <summary>Not bound in any enclosing function: a module global or a builtin.</summary>
    GlobalImplicit = 3,

    /// <summary>Bound in an enclosing function and read through a cell.</summary>
    Free = 4,

    /// <summary>Local here and free in a nested block.</summary>
    Cell = 5,
}
