using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Syntax.Ast;

namespace Ember.Runtime.Modules.AstNodes;

/// <summary>
/// What compile() needs of the _ast module: whether its source is an AST
/// object (PyAST_Check), the parser's tree as Python objects
/// (PyAST_mod2obj) and a Python tree back as a checked C# tree
/// (PyAST_obj2mod followed by _PyAST_Validate).
/// </summary>
public static class AstObjects
{
    /// <summary>Whether <paramref name="obj"/> is an instance of ast.AST; never creates the classes.</summary>
    public static int IsAst(PyObject obj)
    {
        if (obj is not PyInstance || AstState.TryGetExisting(PyThreadState.Current.Interpreter) is not { } state)
        {
            return 0;
        }

        return PyTypeCheck.IsInstance(obj, state.Ast);
    }

    /// <summary>Whether <paramref name="interp"/> has made its AST classes (nothing is made before the first use).</summary>
    public static bool HasClasses(PyInterpreterState interp) => AstState.TryGetExisting(interp) is not null;

    /// <summary>The tree as instances of the _ast classes; null with the error pending.</summary>
    public static PyObject? ToPython(ModNode mod)
    {
        var state = AstState.Get(PyThreadState.Current.Interpreter);
        return state is null ? null : new AstToObject(state).Convert(mod);
    }

    /// <summary>
    /// The C# tree of a Python AST for compile() in <paramref name="mode"/>
    /// ("exec", "eval" or "single"): the node must be a Module, Expression or
    /// Interactive; then it is converted and validated.
    /// </summary>
    public static ModNode? FromPython(PyObject obj, string mode)
    {
        var state = AstState.Get(PyThreadState.Current.Interpreter);
        if (state is null)
        {
            return null;
        }

        var (index, name) = mode switch
        {
            "eval" => (AstSchema.ExpressionIndex, "Expression"),
            "single" => (AstSchema.InteractiveIndex, "Interactive"),
            "func_type" => (AstSchema.FunctionTypeIndex, "FunctionType"),
            _ => (AstSchema.ModuleIndex, "Module"),
        };
        int isInstance = PyTypeCheck.IsInstance(obj, state.Types[index]);
        if (isInstance < 0)
        {
            return null;
        }

        if (isInstance == 0)
        {
            PyErr.TypeError($"expected {name} node, got {obj.Type.Name}");
            return null;
        }

        if (!new AstConverter(state).ToModNode(obj, "mod", out var mod))
        {
            return null;
        }

        return AstValidator.Validate(mod!) ? mod : null;
    }
}
