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

        if ((requested & (PendingCalls.InterruptBit | PendingCalls.SignalsBit)) != 0 && ReferenceEquals(ts, interp.MainThread))
        {
            pending.Clear(PendingCalls.InterruptBit | PendingCalls.SignalsBit);
            if (!HandleSignals(ts, (requested & PendingCalls.InterruptBit) != 0))
            {
                return false;
            }
        }

        return !ts.HasException;
    }

    /// <summary>
    /// Runs the Python signal handlers of what arrived. _thread.interrupt_main()
    /// trips SIGINT (PyErr_SetInterruptEx): its handler, default_int_handler
    /// unless replaced, raises KeyboardInterrupt; SIG_IGN or SIG_DFL ignore it.
    /// </summary>
    private static bool HandleSignals(PyThreadState ts, bool interrupt)
    {
        var signals = interrupt ? Modules.Signal.SignalState.Of(ts.Interpreter) : Modules.Signal.SignalState.Existing(ts.Interpreter);
        if (signals is null)
        {
            return true;
        }

        if (interrupt && signals.Handlers[Modules.Signal.SignalState.SigInt] is not (Objects.PyInt or Objects.PyNone))
        {
            signals.Trip(Modules.Signal.SignalState.SigInt);
        }

        return signals.RunHandlers(ts);
    }
}
