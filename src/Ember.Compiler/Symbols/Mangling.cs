namespace Ember.Compiler.Symbols;

/// <summary>Private name mangling inside class bodies (CPython's <c>_Py_Mangle</c>, Python/compile.c).</summary>
public static class Mangling
{
    /// <summary>
    /// <c>__x</c> becomes <c>_Cls__x</c> inside class <c>Cls</c> (the class name
    /// without its leading underscores). Dunder names, dotted names (only import
    /// statements make those) and names in a class called only underscores are
    /// left alone. Returns <paramref name="name"/> itself when nothing changes.
    /// </summary>
    public static string Mangle(string? privateName, string name)
    {
        if (privateName is null || name.Length < 2 || name[0] != '_' || name[1] != '_')
        {
            return name;
        }

        int n = name.Length;
        if ((name[n - 1] == '_' && name[n - 2] == '_') || name.Contains('.', StringComparison.Ordinal))
        {
            return name;
        }

        int skip = 0;
        while (skip < privateName.Length && privateName[skip] == '_')
        {
            skip++;
        }

        if (skip == privateName.Length)
        {
            return name;
        }

        return string.Concat("_", privateName.AsSpan(skip), name);
    }
}
