using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Modules.AstNodes;

/// <summary>
/// The <c>_ast</c> module (Python/Python-ast.c's astmodule_exec): the AST
/// classes of the interpreter and the PyCF_* flags. <c>ast.py</c> does
/// <c>from _ast import *</c>.
/// </summary>
public static class AstModule
{
    public const int PyCF_ONLY_AST = 0x400;
    public const int PyCF_TYPE_COMMENTS = 0x1000;
    public const int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    public static PyModule Create(PyInterpreterState interp)
    {
        var module = new PyModule("_ast") { Origin = "built-in" };
        var state = AstState.Get(interp);
        if (state is null)
        {
            // Creating a class failed: the import reports the pending error.
            PyErr.Clear();
            PyErr.SystemError("the _ast classes could not be created");
            return module;
        }

        var d = module.Dict;
        for (int i = 0; i < AstSchema.Classes.Length; i++)
        {
            d.SetItemStr(AstSchema.Classes[i].Name, state.Types[i]);
        }

        d.SetItemStr("PyCF_ONLY_AST", PyInt.From(PyCF_ONLY_AST));
        d.SetItemStr("PyCF_TYPE_COMMENTS", PyInt.From(PyCF_TYPE_COMMENTS));
        d.SetItemStr("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.From(PyCF_ALLOW_TOP_LEVEL_AWAIT));
        return module;
    }
}
