namespace Ember.Compiler.Symbols;

/// <summary>Which comprehension a function block implements (CPython's <c>_Py_comprehension_ty</c>).</summary>
public enum ComprehensionType
{
    None = 0,
    List = 1,
    Dict = 2,
    Set = 3,
    Generator = 4,
}
