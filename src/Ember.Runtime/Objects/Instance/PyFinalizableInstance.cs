using Ember.Runtime.Threading;

namespace Ember.Runtime.Objects;

/// <summary>
/// An instance of a class that defines <c>__del__</c> (tp_finalize). CPython
/// calls <c>__del__</c> when the last reference goes; here the garbage
/// collector finds the instance unreachable, its .NET finalizer hands it
/// (alive again) to the interpreter's <see cref="PendingCalls"/>, and
/// <c>__del__</c> runs on an interpreter thread at the next eval-breaker
/// check or <c>gc.collect()</c>. As PEP 442 says, it runs at most once,
/// even when <c>__del__</c> resurrects the object.
/// </summary>
public sealed class PyFinalizableInstance : PyInstance, IPendingCall
{
    private readonly PendingCalls _owner;
    private int _finalized;

    public PyFinalizableInstance(PyType type, PendingCalls owner)
        : base(type)
    {
        _owner = owner;
        Sequence = owner.NextSequence();
        owner.Track();
    }

    ~PyFinalizableInstance()
    {
        if (Volatile.Read(ref _finalized) == 0)
        {
            _owner.Add(this);
        }
    }

    public long Sequence { get; }

    /// <summary>Whether <c>__del__</c> has run (gc.is_finalized).</summary>
    public bool IsFinalized => Volatile.Read(ref _finalized) != 0;

    /// <summary>Runs <c>__del__</c> unless it ran already; errors are reported as unraisable.</summary>
    public void RunFinalizer()
    {
        if (Interlocked.Exchange(ref _finalized, 1) != 0)
        {
            return;
        }

        _owner.Untrack();
        Type.Finalize?.Invoke(this);
    }

    void IPendingCall.Run(PyThreadState ts) => RunFinalizer();
}
