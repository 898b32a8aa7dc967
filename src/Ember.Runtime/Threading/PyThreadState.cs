using Ember.Runtime.Objects;

namespace Ember.Runtime.Threading;

/// <summary>
/// One thread's state while it runs Python code (CPython's PyThreadState): the
/// interpreter it belongs to, the exception being raised, the stack of
/// exceptions being handled (for <c>sys.exc_info()</c> and implicit chaining),
/// the recursion depth and the current frame.
/// <para>
/// <see cref="Current"/> is a thread-static pointer to this thread's state,
/// as CPython keeps its current thread state in thread-local storage; it holds
/// no data itself. Hot code receives the state as a parameter instead.
/// </para>
/// </summary>
public sealed class PyThreadState
{
    [ThreadStatic]
    private static PyThreadState? t_current;

    public PyThreadState(PyInterpreterState interpreter)
    {
        Interpreter = interpreter;
        interpreter.MainThread ??= this;
        lock (interpreter.Threads)
        {
            interpreter.Threads.Add(this);
        }
    }

    /// <summary>The state of the calling thread. Set by <see cref="Enter"/>.</summary>
    public static PyThreadState Current => t_current ?? ThrowNoThreadState();

    public static PyThreadState? CurrentOrNull => t_current;

    public PyInterpreterState Interpreter { get; }

    /// <summary>The exception being raised (CPython's curexc), null when none is pending.</summary>
    public PyBaseException? CurrentException;

    /// <summary>The innermost exception being handled (the top of CPython's exc_info stack); null is None.</summary>
    public PyBaseException? HandledException;

    /// <summary>How deep Python-level recursion is now.</summary>
    public int RecursionDepth;

    /// <summary>The innermost executing frame, owned by the interpreter loop (a PyFrame or its light form).</summary>
    public object? CurrentFrame;

    /// <summary>The containers whose repr is being built on this thread (Py_ReprEnter), so a self-containing one prints "[...]".</summary>
    public List<PyObject>? ReprInProgress;

    /// <summary>The object sys.settrace installed (c_traceobj), called through trace_trampoline; null when none.</summary>
    /// <summary>The current contextvars Context of this thread (PyThreadState.context); null until a context variable is used.</summary>
    public PyObject? Context;

    public PyObject? TraceFunc;

    /// <summary>The object sys.setprofile installed (c_profileobj), called through profile_trampoline; null when none.</summary>
    public PyObject? ProfileFunc;

    /// <summary>
    /// Whether the interpreter loop must report events (cframe.use_tracing): a trace
    /// or profile function is set and none is running. The loop's only test.
    /// </summary>
    public bool UseTracing;

    /// <summary>How many trace or profile calls are running on this thread (tstate->tracing): no events meanwhile.</summary>
    public int Tracing;

    /// <summary>The event being reported now, or the last one (tracing_what; 0 is 'call'); f_lineno's setter checks it.</summary>
    public int TracingWhat;

    /// <summary>sys.set_asyncgen_hooks' firstiter and finalizer for this thread; null is None.</summary>
    public PyObject? AsyncGenFirstIter;

    public PyObject? AsyncGenFinalizer;

    /// <summary>sys.set_coroutine_origin_tracking_depth: how many frames a new coroutine records in cr_origin.</summary>
    public int CoroutineOriginTrackingDepth;

    /// <summary>The managed id of the thread this state was last entered on (_thread.get_ident()).</summary>
    public long ThreadId;

    /// <summary>Recomputes <see cref="UseTracing"/> (_PyThreadState_UpdateTracingState).</summary>
    public void UpdateTracingState() => UseTracing = Tracing <= 0 && (TraceFunc is not null || ProfileFunc is not null);

    /// <summary>True while this thread runs its interpreter's pending calls.</summary>
    public bool RunningPendingCalls;

    public bool HasException => CurrentException is not null;

    /// <summary>
    /// What runs when this thread's state is deleted (CPython's on_delete: the lock
    /// _thread._set_sentinel made is released, so that threading's join() returns).
    /// </summary>
    public Action? OnDelete;

    /// <summary>Runs and forgets <see cref="OnDelete"/>: the thread is done with Python code.</summary>
    public void Delete()
    {
        lock (Interpreter.Threads)
        {
            Interpreter.Threads.Remove(this);
        }

        var action = OnDelete;
        OnDelete = null;
        action?.Invoke();
    }

    /// <summary>Makes this the calling thread's state; returns the previous one so it can be restored.</summary>
    public PyThreadState? Enter()
    {
        var previous = t_current;
        t_current = this;
        ThreadId = Environment.CurrentManagedThreadId;
        return previous;
    }

    public static void Restore(PyThreadState? previous) => t_current = previous;

    private static PyThreadState ThrowNoThreadState() =>
        throw new InvalidOperationException("no Python thread state on this thread (call PyThreadState.Enter first)");
}
