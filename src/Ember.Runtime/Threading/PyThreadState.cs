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
        var action = OnDelete;
        OnDelete = null;
        action?.Invoke();
    }

    /// <summary>Makes this the calling thread's state; returns the previous one so it can be restored.</summary>
    public PyThreadState? Enter()
    {
        var previous = t_current;
        t_current = this;
        return previous;
    }

    public static void Restore(PyThreadState? previous) => t_current = previous;

    private static PyThreadState ThrowNoThreadState() =>
        throw new InvalidOperationException("no Python thread state on this thread (call PyThreadState.Enter first)");
}
