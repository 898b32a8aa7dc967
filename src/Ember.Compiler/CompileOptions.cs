using Ember.Bytecode;

namespace Ember.Compiler;

/// <summary>
/// What the caller of <c>compile()</c> passes besides the source.
/// <see cref="Optimize"/> is 0, 1 (asserts dropped, <c>__debug__</c> is False)
/// or 2 (docstrings dropped too). <see cref="FutureFlags"/> are the future
/// features inherited from the calling code (the CO_FUTURE_* bits), ignored when
/// <see cref="DontInherit"/> is set.
/// </summary>
public sealed record CompileOptions
{
    public static CompileOptions Default { get; } = new();

    public int Optimize { get; init; }

    public CodeFlags FutureFlags { get; init; }

    public bool DontInherit { get; init; }

    /// <summary>The interpreter's recursion limit, which bounds how deeply nested code may be.</summary>
    public int RecursionLimit { get; init; } = Symbols.SymbolTable.DefaultRecursionLimit;
}
