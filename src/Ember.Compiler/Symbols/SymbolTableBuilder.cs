using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Ember.Compiler.Diagnostics;
using Ember.Compiler.Future;
using Ember.Syntax.Ast;
using Ember.Syntax.Diagnostics;

namespace Ember.Compiler.Symbols;

/// <summary>
/// The first pass of the symbol table (CPython's symtable_visit_* functions):
/// walks the AST once, opening a block for each scope and recording how each
/// name is bound, used or declared there. The statement and expression visits
/// live in the partial files SymbolTableBuilder.Statements.cs and
/// SymbolTableBuilder.Expressions.cs.
/// </summary>
internal sealed partial class SymbolTableBuilder
{
    // CPython's COMPILER_STACK_FRAME_SCALE: the compiler's recursion budget is
    // this many times the interpreter's.
    private const int StackFrameScale = 3;

    private const string RecursionMessage = "maximum recursion depth exceeded during compilation";

    private readonly string _filename;
    private readonly FutureFeatures _future;
    private readonly List<SymbolTableEntry> _stack = [];
    private readonly int _recursionLimit;
    private int _recursionDepth;
    private SymbolTableEntry _cur = null!;
    private SymbolTableEntry _global = null!;

    // The class whose body (or a function inside it) is being visited: names
    // starting with two underscores are mangled with it (st_private).
    private string? _private;

    public SymbolTableBuilder(string filename, FutureFeatures future, int recursionLimit, int recursionDepth)
    {
        _filename = filename;
        _future = future;
        _recursionLimit = recursionLimit < int.MaxValue / StackFrameScale ? recursionLimit * StackFrameScale : recursionLimit;
        _recursionDepth = recursionDepth < int.MaxValue / StackFrameScale ? recursionDepth * StackFrameScale : recursionDepth;
    }

    /// <summary>Every block by the node that opened it (st_blocks).</summary>
    public Dictionary<Node, SymbolTableEntry> Blocks { get; } = new(ReferenceEqualityComparer.Instance);

    public SymbolTableEntry Run(ModNode module)
    {
        EnterBlock("top", BlockType.Module, module, 0, 0, 0, 0);
        var top = _cur;
        switch (module)
        {
            case Module m:
                VisitStatements(m.Body);
                break;
            case Interactive i:
                VisitStatements(i.Body);
                break;
            case Expression e:
                VisitExpr(e.Body);
                break;
            default:
                throw new PythonParseFailure("RuntimeError", "this compiler does not handle FunctionTypes");
        }

        ExitBlock();
        return top;
    }

    private void EnterBlock(string name, BlockType type, Node key, int lineno, int colOffset, int endLineno, int endColOffset)
    {
        var prev = _stack.Count > 0 ? _stack[^1] : null;
        bool nested = prev is not null && (prev.IsNested || prev.Type == BlockType.Function);
        var entry = new SymbolTableEntry(name, type, key, lineno, colOffset, endLineno, endColOffset, nested);

        // An annotation block shares its key with the function it annotates; the
        // function's block, entered later, is the one lookups find.
        Blocks[key] = entry;
        _stack.Add(entry);

        // bpo-37757: a walrus is refused anywhere inside a comprehension's
        // iterable expression, even in a lambda or comprehension nested there.
        if (prev is not null)
        {
            entry.CompIterExpr = prev.CompIterExpr;
        }

        _cur = entry;

        // Annotation blocks only keep their names out of the enclosing block;
        // the compiler never sees them.
        if (type == BlockType.Annotation)
        {
            return;
        }

        if (type == BlockType.Module)
        {
            _global = entry;
        }

        prev?.Children.Add(entry);
    }

    private void EnterBlock(string name, BlockType type, LocatedNode key) =>
        EnterBlock(name, type, key, key.Lineno, key.ColOffset, key.EndLineno, key.EndColOffset);

    private void ExitBlock()
    {
        _stack.RemoveAt(_stack.Count - 1);
        if (_stack.Count > 0)
        {
            _cur = _stack[^1];
        }
    }

    /// <summary>Records <paramref name="flag"/> for <paramref name="name"/> in the current block (symtable_add_def).</summary>
    private void AddDef(string name, SymbolFlags flag, LocatedNode at) =>
        AddDef(name, flag, _cur, at.Lineno, at.ColOffset, at.EndLineno, at.EndColOffset);

    private void AddDef(string name, SymbolFlags flag, int lineno, int colOffset, int endLineno, int endColOffset) =>
        AddDef(name, flag, _cur, lineno, colOffset, endLineno, endColOffset);

    /// <summary>symtable_add_def_helper: records a flag in <paramref name="entry"/>, under the mangled name.</summary>
    private void AddDef(string name, SymbolFlags flag, SymbolTableEntry entry, int lineno, int colOffset, int endLineno, int endColOffset)
    {
        var mangled = Mangling.Mangle(_private, name);
        int index = entry.IndexOf(mangled);
        SymbolFlags value;
        if (index >= 0)
        {
            value = entry.FlagsAt(index);
            if ((flag & SymbolFlags.DefParam) != 0 && (value & SymbolFlags.DefParam) != 0)
            {
                ThrowAt($"duplicate argument '{name}' in function definition", lineno, colOffset, endLineno, endColOffset);
            }

            value |= flag;
        }
        else
        {
            value = flag;
        }

        if (entry.CompIterTarget)
        {
            // An iteration variable must not be a name a walrus in this
            // comprehension already declared for the enclosing scope.
            if ((value & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0)
            {
                ThrowAt($"comprehension inner loop cannot rebind assignment expression target '{name}'", lineno, colOffset, endLineno, endColOffset);
            }

            value |= SymbolFlags.DefCompIter;
        }

        if (index >= 0)
        {
            entry.SetFlagsAt(index, value);
        }
        else
        {
            entry.Add(mangled, value, SymbolScope.None);
        }

        if ((flag & SymbolFlags.DefParam) != 0)
        {
            entry.Varnames.Add(mangled);
        }
        else if ((flag & SymbolFlags.DefGlobal) != 0)
        {
            // The module block also learns that the name is declared global.
            _global.SetFlags(mangled, flag | _global.GetFlags(mangled));
        }
    }

    /// <summary>The current block's flags for <paramref name="name"/>, mangled (symtable_lookup).</summary>
    private SymbolFlags Lookup(string name) => _cur.GetFlags(Mangling.Mangle(_private, name));

    private void RecordDirective(string name, int lineno, int colOffset, int endLineno, int endColOffset)
    {
        _cur.Directives ??= [];
        _cur.Directives.Add(new Directive(Mangling.Mangle(_private, name), lineno, colOffset, endLineno, endColOffset));
    }

    /// <summary>Counts one level of AST nesting, as CPython's visit functions do.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter()
    {
        if (++_recursionDepth > _recursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ThrowRecursion();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Leave() => _recursionDepth--;

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowRecursion() => throw new PythonParseFailure("RecursionError", RecursionMessage);

    [DoesNotReturn]
    private void ThrowAt(string msg, int lineno, int colOffset, int endLineno, int endColOffset) =>
        CompileErrors.ThrowAt(_filename, msg, lineno, colOffset, endLineno, endColOffset);

    [DoesNotReturn]
    private void ThrowAt(string msg, LocatedNode at) =>
        CompileErrors.ThrowAt(_filename, msg, at.Lineno, at.ColOffset, at.EndLineno, at.EndColOffset);
}
