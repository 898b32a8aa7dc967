using System.Runtime.CompilerServices;

namespace Ember.Runtime.Interpreter;

public static partial class PyEval
{
    /// <summary>
    /// The eval breaker was set (Python/ceval_gil.c's handle_eval_breaker):
    /// runs the interpreter's pending calls. False with an exception pending
    /// when one of them must interrupt the running code (nothing does yet:
    /// finalizers and weakref callbacks report their errors as unraisable).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool HandleEvalBreaker(Threading.PyThreadState ts)
    {
        ts.Interpreter.Pending.RunAll(ts);
        return !ts.HasException;
    }
}
