using System.Collections.Concurrent;

namespace Ember.Runtime.Threading;

/// <summary>Work that another .NET thread hands to an interpreter, run by one of its Python threads.</summary>
public interface IPendingCall
{
    /// <summary>When the work was created (<see cref="PendingCalls.NextSequence"/>): what was made first runs first.</summary>
    long Sequence { get; }

    /// <summary>Runs on a thread of the interpreter, between two instructions; errors must not escape.</summary>
    void Run(PyThreadState ts);
}

/// <summary>
/// An interpreter's eval breaker and its queue of pending calls (CPython's
/// ceval state: eval_breaker and the pending-calls ring). The .NET finalizer
/// thread queues what the garbage collector found unreachable (objects whose
/// <c>__del__</c> must run, weakref callbacks) and sets <see cref="Requested"/>;
/// the interpreter loop tests that one field at function starts and backward
/// jumps, as 3.11 tests its eval breaker, and runs the queue there, so Python
/// code only ever runs on the interpreter's own threads.
/// </summary>
public sealed class PendingCalls
{
    private readonly ConcurrentQueue<IPendingCall> _queue = new();
    private long _sequence;
    private long _tracked;

    /// <summary>Bit of <see cref="Requested"/>: calls are queued.</summary>
    public const int CallsBit = 1;

    /// <summary>Bit of <see cref="Requested"/>: another thread waits for the interpreter lock (CPython's gil_drop_request).</summary>
    public const int DropBit = 2;

    /// <summary>Bit of <see cref="Requested"/>: _thread.interrupt_main() asked the main thread to raise KeyboardInterrupt.</summary>
    public const int InterruptBit = 4;

    /// <summary>Bit of <see cref="Requested"/>: a signal with a Python handler arrived (signalmodule.c's is_tripped).</summary>
    public const int SignalsBit = 8;

    // The eval breaker: bits set from any thread, each cleared by the thread that handles it.
    private volatile int _requested;

    /// <summary>Non-zero when something waits to run or a thread waits for the lock; the loop's only test.</summary>
    public int Requested => _requested;

    /// <summary>Queues work for the interpreter; safe on any thread, the finalizer thread included.</summary>
    public void Add(IPendingCall call)
    {
        _queue.Enqueue(call);
        Interlocked.Or(ref _requested, CallsBit);
    }

    /// <summary>Sets a bit of the eval breaker (<see cref="DropBit"/>, <see cref="InterruptBit"/>).</summary>
    public void Request(int bit) => Interlocked.Or(ref _requested, bit);

    /// <summary>Clears a bit of the eval breaker.</summary>
    public void Clear(int bit) => Interlocked.And(ref _requested, ~bit);

    /// <summary>
    /// Runs everything queued (and what running it queues), on the calling
    /// thread, which must be one of the interpreter's. The exception pending on
    /// the thread, if any, is kept aside meanwhile.
    /// </summary>
    public void RunAll(PyThreadState ts)
    {
        // A __del__ that loops reaches the breaker again: it does not re-enter the queue.
        if (ts.RunningPendingCalls)
        {
            return;
        }

        ts.RunningPendingCalls = true;
        try
        {
            // What one collection found runs in creation order, so that the order
            // does not depend on the finalizer thread's.
            var batch = new List<IPendingCall>();
            while (true)
            {
                Clear(CallsBit);
                while (_queue.TryDequeue(out var call))
                {
                    batch.Add(call);
                }

                if (batch.Count == 0)
                {
                    break;
                }

                batch.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
                foreach (var call in batch)
                {
                    call.Run(ts);
                }

                batch.Clear();
            }
        }
        finally
        {
            ts.RunningPendingCalls = false;
        }
    }

    /// <summary>How many calls wait (for tests and gc).</summary>
    public int Count => _queue.Count;

    /// <summary>The next creation number for <see cref="IPendingCall.Sequence"/>.</summary>
    public long NextSequence() => Interlocked.Increment(ref _sequence);

    /// <summary>
    /// How many objects of this interpreter could still queue work (instances
    /// with <c>__del__</c> not yet run, referents of weakrefs with callbacks);
    /// shutting down skips the collections when there are none.
    /// </summary>
    public long Tracked => Interlocked.Read(ref _tracked);

    public void Track() => Interlocked.Increment(ref _tracked);

    public void Untrack() => Interlocked.Decrement(ref _tracked);
}
