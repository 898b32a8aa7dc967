using Ember.Compiler.Diagnostics;
using Ember.Syntax.Ast;

namespace Ember.Compiler.Future;

/// <summary>
/// The <c>from __future__ import ...</c> statements at the start of a module
/// (CPython's <c>PyFutureFeatures</c> and <c>_PyFuture_FromAST</c>, Python/future.c).
/// Only two features still change anything in 3.11: <c>annotations</c> (PEP 563)
/// and <c>barry_as_FLUFL</c>; the others are accepted and ignored.
/// </summary>
public sealed class FutureFeatures
{
    /// <summary>CO_FUTURE_BARRY_AS_BDFL.</summary>
    public const int BarryAsBdfl = 0x400000;

    /// <summary>CO_FUTURE_ANNOTATIONS.</summary>
    public const int Annotations = 0x1000000;

    private const string LateFuture = "from __future__ imports must occur at the beginning of the file";

    private FutureFeatures(int flags, int lineno)
    {
        Flags = flags;
        Lineno = lineno;
    }

    /// <summary>No future statement: what expression and interactive compiles start from.</summary>
    public static FutureFeatures None { get; } = new(0, -1);

    /// <summary>The CO_FUTURE_* bits the module turned on.</summary>
    public int Flags { get; }

    /// <summary>Line of the last future statement, or -1 (ff_lineno): the compiler refuses later ones.</summary>
    public int Lineno { get; }

    /// <summary>These features plus <paramref name="flags"/> inherited from the code calling compile() (3.11 merges them before building the symbol table).</summary>
    public FutureFeatures WithInherited(int flags) => (flags & ~Flags) == 0 ? this : new FutureFeatures(Flags | flags, Lineno);

    public bool HasAnnotations => (Flags & Annotations) != 0;

    /// <summary>
    /// Reads the future statements of <paramref name="module"/> (only Module and
    /// Interactive have any). Throws CPython's SyntaxError for an unknown feature,
    /// for <c>braces</c>, and for a future import that follows another statement
    /// on the same line; a late one on a later line is the compiler's error.
    /// </summary>
    public static FutureFeatures FromAst(ModNode module, string filename)
    {
        List<StmtNode> body;
        if (module is Module m)
        {
            body = m.Body;
        }
        else if (module is Interactive interactive)
        {
            body = interactive.Body;
        }
        else
        {
            return None;
        }

        int flags = 0;
        int lineno = -1;
        bool done = false;
        int prevLine = 0;
        int i = HasDocstring(body) ? 1 : 0;
        for (; i < body.Count; i++)
        {
            var s = body[i];

            // Once a statement that cannot precede a future import has been
            // seen, only the rest of its own line is still checked.
            if (done && s.Lineno > prevLine)
            {
                break;
            }

            prevLine = s.Lineno;
            if (s is ImportFrom from && from.Module == "__future__")
            {
                if (done)
                {
                    // CPython passes the column without the usual + 1 here and no end column.
                    CompileErrors.Throw(filename, LateFuture, s.Lineno, s.ColOffset, s.Lineno, CompileErrors.NoEndOffset);
                }

                flags |= CheckFeatures(from, filename);
                lineno = s.Lineno;
            }
            else
            {
                done = true;
            }
        }

        return flags == 0 && lineno == -1 ? None : new FutureFeatures(flags, lineno);
    }

    private static int CheckFeatures(ImportFrom s, string filename)
    {
        int flags = 0;
        foreach (var alias in s.Names)
        {
            switch (alias.Name)
            {
                case "nested_scopes":
                case "generators":
                case "division":
                case "absolute_import":
                case "with_statement":
                case "print_function":
                case "unicode_literals":
                case "generator_stop":
                    break;
                case "barry_as_FLUFL":
                    flags |= BarryAsBdfl;
                    break;
                case "annotations":
                    flags |= Annotations;
                    break;
                case "braces":
                    CompileErrors.Throw(filename, "not a chance", s.Lineno, s.ColOffset + 1, s.Lineno, CompileErrors.NoEndOffset);
                    break;
                default:
                    CompileErrors.Throw(filename, $"future feature {alias.Name} is not defined", s.Lineno, s.ColOffset + 1, s.Lineno, CompileErrors.NoEndOffset);
                    break;
            }
        }

        return flags;
    }

    /// <summary>CPython's _PyAST_GetDocString: the body starts with a str constant expression.</summary>
    private static bool HasDocstring(List<StmtNode> body) =>
        body.Count > 0 && body[0] is Expr { Value: Constant { Value: string or SurrogateString } };
}
