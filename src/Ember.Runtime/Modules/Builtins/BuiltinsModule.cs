using Ember.Runtime.Threading;

namespace Ember.Runtime.Modules.Builtins;

/// <summary>The <c>builtins</c> module (Python/bltinmodule.c).</summary>
public static class BuiltinsModule
{
    /// <summary>Fills <see cref="PyInterpreterState.Builtins"/> with the builtin functions, types and constants.</summary>
    public static void Init(PyInterpreterState interp)
    {
        Interpreter.InterpreterBuiltins.AddTo(interp, interp.Builtins);
    }
}
