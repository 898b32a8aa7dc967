using Ember.Runtime.Objects;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Interpreter;

/// <summary>
/// The builtins that belong to the interpreter rather than to the object model:
/// __build_class__, exec, eval, compile, globals, locals, __import__.
/// </summary>
public static class InterpreterBuiltins
{
    public static void AddTo(PyInterpreterState interp, PyDict builtins)
    {
    }
}
