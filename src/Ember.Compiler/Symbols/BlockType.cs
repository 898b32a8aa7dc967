namespace Ember.Compiler.Symbols;

/// <summary>
/// The kind of a symbol table block (CPython's <c>_Py_block_ty</c>; the values
/// are <c>_symtable.TYPE_FUNCTION</c>, <c>TYPE_CLASS</c>, <c>TYPE_MODULE</c>).
/// </summary>
public enum BlockType
{
    /// <summary>def, async def, lambda and the comprehensions.</summary>
    Function = 0,
    Class = 1,
    Module = 2,

    /// <summary>
    /// An annotation under <c>from __future__ import annotations</c>: its names
    /// are kept out of the enclosing block because the compiler turns the
    /// annotation into a string. Never a child of another entry.
    /// </summary>
    Annotation = 3,
}
