using System.Diagnostics.CodeAnalysis;
using Ember.Compiler.Diagnostics;

namespace Ember.Compiler.Symbols;

/// <summary>
/// The second pass of the symbol table (CPython's analyze_block and helpers):
/// decides each name's scope from the flags the first pass recorded.
/// A block is analysed with the names its enclosing functions bind
/// (<c>bound</c>) and the names declared global on the way down
/// (<c>global</c>); it reports the names still free in it and its children
/// (<c>free</c>) so that the enclosing function can turn its locals of the same
/// name into cells. A class body's own names are never visible to its methods,
/// but it offers them <c>__class__</c>.
/// </summary>
internal sealed class SymbolAnalyzer
{
    private const string ClassCell = "__class__";

    private readonly string _filename;

    // CPython makes fresh sets for every block and copies them for every
    // child; here they are recycled, which removes most of the analysis's
    // allocations. A set is rented for the span of one block's analysis.
    private readonly Stack<HashSet<string>> _pool = new();

    private SymbolAnalyzer(string filename)
    {
        _filename = filename;
    }

    public static void Analyze(SymbolTableEntry top, string filename)
    {
        var analyzer = new SymbolAnalyzer(filename);
        analyzer.AnalyzeBlock(top, null, analyzer.Rent(), analyzer.Rent());
    }

    private HashSet<string> Rent() => _pool.Count > 0 ? _pool.Pop() : new HashSet<string>(StringComparer.Ordinal);

    private HashSet<string> RentCopy(HashSet<string> source)
    {
        var set = Rent();
        set.UnionWith(source);
        return set;
    }

    private void Return(HashSet<string> set)
    {
        set.Clear();
        _pool.Push(set);
    }

    private void AnalyzeBlock(SymbolTableEntry ste, HashSet<string>? bound, HashSet<string> free, HashSet<string> global)
    {
        var local = Rent();
        var newGlobal = Rent();
        var newFree = Rent();
        var newBound = Rent();

        // A class body's names are not visible in its methods, so what the
        // children see is fixed before the class's own names are analysed.
        if (ste.Type == BlockType.Class)
        {
            newGlobal.UnionWith(global);
            if (bound is not null)
            {
                newBound.UnionWith(bound);
            }
        }

        for (int i = 0; i < ste.SymbolCount; i++)
        {
            AnalyzeName(ste, i, bound, local, free, global, _filename);
        }

        if (ste.Type != BlockType.Class)
        {
            if (ste.Type == BlockType.Function)
            {
                newBound.UnionWith(local);
            }

            if (bound is not null)
            {
                newBound.UnionWith(bound);
            }

            newGlobal.UnionWith(global);
        }
        else
        {
            newBound.Add(ClassCell);
        }

        var allFree = Rent();
        for (int i = 0; i < ste.Children.Count; i++)
        {
            var child = ste.Children[i];

            // Each child works on copies: what one child binds or declares is
            // invisible to its siblings.
            var childBound = RentCopy(newBound);
            var childFree = RentCopy(newFree);
            var childGlobal = RentCopy(newGlobal);
            AnalyzeBlock(child, childBound, childFree, childGlobal);
            allFree.UnionWith(childFree);
            Return(childBound);
            Return(childFree);
            Return(childGlobal);
            if (child.HasFreeVariables || child.ChildHasFreeVariables)
            {
                ste.ChildHasFreeVariables = true;
            }
        }

        newFree.UnionWith(allFree);
        if (ste.Type == BlockType.Function)
        {
            AnalyzeCells(ste, newFree);
        }
        else if (ste.Type == BlockType.Class && newFree.Remove(ClassCell))
        {
            ste.NeedsClassClosure = true;
        }

        UpdateSymbols(ste, bound, newFree);
        free.UnionWith(newFree);
        Return(local);
        Return(newGlobal);
        Return(newFree);
        Return(newBound);
        Return(allFree);
    }

    /// <summary>Decides the scope of one name (analyze_name).</summary>
    private static void AnalyzeName(SymbolTableEntry ste, int index, HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global, string filename)
    {
        var name = ste.NameAt(index);
        var flags = ste.FlagsAt(index);
        if ((flags & SymbolFlags.DefGlobal) != 0)
        {
            if ((flags & SymbolFlags.DefNonlocal) != 0)
            {
                ErrorAtDirective(ste, name, $"name '{name}' is nonlocal and global", filename);
            }

            ste.SetScopeAt(index, SymbolScope.GlobalExplicit);
            global.Add(name);
            bound?.Remove(name);
            return;
        }

        if ((flags & SymbolFlags.DefNonlocal) != 0)
        {
            if (bound is null)
            {
                ErrorAtDirective(ste, name, "nonlocal declaration not allowed at module level", filename);
            }

            if (!bound.Contains(name))
            {
                ErrorAtDirective(ste, name, $"no binding for nonlocal '{name}' found", filename);
            }

            ste.SetScopeAt(index, SymbolScope.Free);
            ste.HasFreeVariables = true;
            free.Add(name);
            return;
        }

        if ((flags & SymbolFlags.DefBound) != 0)
        {
            ste.SetScopeAt(index, SymbolScope.Local);
            local.Add(name);
            global.Remove(name);
            return;
        }

        // Bound in an enclosing function: free here (a non-null bound means the block is nested).
        if (bound is not null && bound.Contains(name))
        {
            ste.SetScopeAt(index, SymbolScope.Free);
            ste.HasFreeVariables = true;
            free.Add(name);
            return;
        }

        // Declared global in an enclosing block: 3.11 calls it implicit too,
        // but it does not make the block's free-variable flag.
        if (global.Contains(name))
        {
            ste.SetScopeAt(index, SymbolScope.GlobalImplicit);
            return;
        }

        if (ste.IsNested)
        {
            ste.HasFreeVariables = true;
        }

        ste.SetScopeAt(index, SymbolScope.GlobalImplicit);
    }

    /// <summary>Locals that a nested block uses become cells and stop being free (analyze_cells).</summary>
    private static void AnalyzeCells(SymbolTableEntry ste, HashSet<string> free)
    {
        for (int i = 0; i < ste.SymbolCount; i++)
        {
            if (ste.ScopeAt(i) == SymbolScope.Local && free.Remove(ste.NameAt(i)))
            {
                ste.SetScopeAt(i, SymbolScope.Cell);
            }
        }
    }

    /// <summary>
    /// Adds the names still free in the children (update_symbols): a function
    /// or class passes them through as free names of its own unless they are
    /// globals; a class that binds or declares global the same name marks it
    /// DEF_FREE_CLASS, since its methods see the enclosing function's binding.
    /// </summary>
    private static void UpdateSymbols(SymbolTableEntry ste, HashSet<string>? bound, HashSet<string> free)
    {
        bool isClass = ste.Type == BlockType.Class;
        foreach (var name in free)
        {
            int index = ste.IndexOf(name);
            if (index >= 0)
            {
                var flags = ste.FlagsAt(index);
                if (isClass && (flags & (SymbolFlags.DefBound | SymbolFlags.DefGlobal)) != 0)
                {
                    ste.SetFlagsAt(index, flags | SymbolFlags.DefFreeClass);
                }

                continue;
            }

            if (bound is not null && !bound.Contains(name))
            {
                continue;
            }

            ste.Add(name, SymbolFlags.None, SymbolScope.Free);
        }
    }

    /// <summary>Reports an analysis error at the global or nonlocal statement that declared the name (error_at_directive).</summary>
    [DoesNotReturn]
    private static void ErrorAtDirective(SymbolTableEntry ste, string name, string msg, string filename)
    {
        var directives = ste.Directives;
        if (directives is not null)
        {
            for (int i = 0; i < directives.Count; i++)
            {
                var d = directives[i];
                if (d.Name == name)
                {
                    CompileErrors.ThrowAt(filename, msg, d.Lineno, d.ColOffset, d.EndLineno, d.EndColOffset);
                }
            }
        }

        throw new InvalidOperationException("BUG: internal directive bookkeeping broken");
    }
}
