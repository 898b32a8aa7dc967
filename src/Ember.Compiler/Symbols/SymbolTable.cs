using Ember.Compiler.Future;
using Ember.Syntax.Ast;

namespace Ember.Compiler.Symbols;

/// <summary>
/// The symbol table of one module: which names each block binds, uses and
/// declares, and where each name lives (CPython's <c>struct symtable</c> and
/// <c>_PySymtable_Build</c>, Python/symtable.c, 3.11 semantics). Built in two
/// passes: <see cref="SymbolTableBuilder"/> walks the AST and records raw facts
/// per block, then <see cref="SymbolAnalyzer"/> resolves every name's scope.
/// Errors are CPython's SyntaxErrors, thrown as
/// <see cref="Ember.Syntax.Diagnostics.PythonSyntaxError"/>.
/// </summary>
public sealed class SymbolTable
{
    /// <summary>Python's default recursion limit, which CPython scales for the compiler's own limit.</summary>
    public const int DefaultRecursionLimit = 1000;

    private readonly Dictionary<Node, SymbolTableEntry> _blocks;

    internal SymbolTable(string filename, FutureFeatures future, SymbolTableEntry top, Dictionary<Node, SymbolTableEntry> blocks)
    {
        Filename = filename;
        Future = future;
        Top = top;
        _blocks = blocks;
    }

    public string Filename { get; }

    public FutureFeatures Future { get; }

    /// <summary>The module block ("top").</summary>
    public SymbolTableEntry Top { get; }

    /// <summary>
    /// Reads the module's future statements, then builds its table (what
    /// <c>symtable.symtable(source, filename, "exec")</c> does after parsing).
    /// </summary>
    public static SymbolTable Build(ModNode module, string filename) =>
        Build(module, filename, FutureFeatures.FromAst(module, filename));

    /// <summary>
    /// Builds the table. <paramref name="recursionLimit"/> and
    /// <paramref name="recursionDepth"/> are the interpreter's recursion limit
    /// and current depth: like CPython, nesting deeper than three times the room
    /// left is a RecursionError (thrown as <see cref="Ember.Syntax.Diagnostics.PythonParseFailure"/>).
    /// </summary>
    public static SymbolTable Build(ModNode module, string filename, FutureFeatures future, int recursionLimit = DefaultRecursionLimit, int recursionDepth = 0)
    {
        var builder = new SymbolTableBuilder(filename, future, recursionLimit, recursionDepth);
        var top = builder.Run(module);
        SymbolAnalyzer.Analyze(top, filename);
        return new SymbolTable(filename, future, top, builder.Blocks);
    }

    /// <summary>The block a def, class, lambda, comprehension or module node opened (PySymtable_Lookup).</summary>
    public SymbolTableEntry Lookup(Node key) =>
        _blocks.TryGetValue(key, out var entry) ? entry : throw new KeyNotFoundException("unknown symbol table entry");

    public bool TryLookup(Node key, out SymbolTableEntry entry) => _blocks.TryGetValue(key, out entry!);
}
