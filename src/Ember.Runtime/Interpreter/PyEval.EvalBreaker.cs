using System.Runtime.CompilerServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Interpreter;

public static partial class PyEval
{
    /// <summary>
    /// The eval breaker was set (Python/ceval_gil.c's handle_eval_breaker):
    /// gives the interpreter lock to a thread that asked for it, raises the
    /// KeyboardInterrupt of _thread.interrupt_main() on the main thread, and
    /// runs the interpreter's pending calls. False with the exception pending
    /// when the running code must be interrupted (finalizers and weakref
    /// callbacks report their errors as unraisable).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool HandleEvalBreaker(PyThreadState ts)
    {
        var interp = ts.Interpreter;
        var pending = interp.Pending;
        int requested = pending.Requested;
        if ((requested & PendingCalls.DropBit) != 0)
        {
            interp.Gil.Yield(ts);
        }

        if ((requested & PendingCalls.CallsBit) != 0)
        {
            pending.RunAll(ts);
            if (ts.HasException)
            {
                return false;
            }
        }

        if ((requested & PendingCalls.InterruptBit) != 0 && ReferenceEquals(ts, interp.MainThread))
        {
            pending.Clear(PendingCalls.InterruptBit);
            PyErr.SetObject(Objects.PyExc.KeyboardInterrupt, null);
            return false;
        }

        return !ts.HasException;
    }
}
