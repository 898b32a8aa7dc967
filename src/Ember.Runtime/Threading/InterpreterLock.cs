namespace Ember.Runtime.Threading;

/// <summary>
/// An interpreter's lock (CPython's GIL, Python/ceval_gil.c): the thread that
/// holds it runs Python code, the others wait. Each interpreter has its own,
/// so interpreters run in parallel (DESIGN.md).
/// <para>
/// The lock exists from the start but is off until a second thread starts
/// (<see cref="Enable"/>, called by <c>_thread.start_new_thread</c> on the
/// thread that runs): a single-threaded program never takes or releases it.
/// A thread that waits longer than the switch interval without the holder
/// changing sets <see cref="PendingCalls.DropBit"/> on the eval breaker; the
/// holder then gives the lock away at its next RESUME or backward jump
/// (<see cref="Yield"/>) and waits until another thread has taken it (CPython's
/// FORCE_SWITCHING), so a busy loop cannot take it straight back. Blocking
/// calls release it around the wait (<see cref="Release"/> and
/// <see cref="Acquire"/>, Py_BEGIN/END_ALLOW_THREADS).
/// </para>
/// </summary>
public sealed class InterpreterLock
{
    private readonly object _mutex = new();
    private readonly PendingCalls _breaker;
    private volatile bool _enabled;
    private bool _locked;
    private PyThreadState? _holder;
    private PyThreadState? _finalizer;
    private long _switchNumber;
    private int _waiting;
    private long _intervalMicroseconds = 5000;

    public InterpreterLock(PendingCalls breaker)
    {
        _breaker = breaker;
    }

    /// <summary>Whether more than one thread has run: until then nothing is locked.</summary>
    public bool IsEnabled => _enabled;

    /// <summary>Set once the interpreter shuts down: threads that would take the lock then stop for good.</summary>
    public bool Finalizing { get; private set; }

    /// <summary><c>sys.getswitchinterval()</c>, in microseconds (a wait lasts at least one).</summary>
    public long IntervalMicroseconds
    {
        get => Interlocked.Read(ref _intervalMicroseconds);
        set => Interlocked.Exchange(ref _intervalMicroseconds, value);
    }

    /// <summary>The thread that holds the lock (null when nobody does or the lock is off).</summary>
    public PyThreadState? Holder
    {
        get
        {
            lock (_mutex)
            {
                return _holder;
            }
        }
    }

    /// <summary>Turns the lock on, held by <paramref name="current"/> (which is running Python code now).</summary>
    public void Enable(PyThreadState current)
    {
        if (_enabled)
        {
            return;
        }

        lock (_mutex)
        {
            _locked = true;
            _holder = current;
            _enabled = true;
        }
    }

    /// <summary>Takes the lock for <paramref name="ts"/> (take_gil), waiting as long as needed.</summary>
    public void Acquire(PyThreadState ts)
    {
        if (!_enabled)
        {
            return;
        }

        lock (_mutex)
        {
            // Once the main thread has finished, a daemon thread never runs again (as PyThread_exit_thread).
            if (_locked || (Finalizing && !ReferenceEquals(ts, _finalizer)))
            {
                _waiting++;
                while (_locked || (Finalizing && !ReferenceEquals(ts, _finalizer)))
                {
                    long seen = _switchNumber;
                    var interval = TimeSpan.FromTicks(Math.Clamp(IntervalMicroseconds, 1, 1L << 40) * 10);
                    if (!Monitor.Wait(_mutex, interval) && _locked && seen == _switchNumber && !Finalizing)
                    {
                        _breaker.Request(PendingCalls.DropBit);
                    }
                }

                _waiting--;
            }

            _locked = true;
            _holder = ts;
            _switchNumber++;
            _breaker.Clear(PendingCalls.DropBit);
            Monitor.PulseAll(_mutex);
        }
    }

    /// <summary>Gives the lock up (drop_gil), for a blocking call or because the thread ends.</summary>
    public void Release(PyThreadState ts)
    {
        if (!_enabled)
        {
            return;
        }

        lock (_mutex)
        {
            if (!ReferenceEquals(_holder, ts))
            {
                return;
            }

            _locked = false;
            _holder = null;
            Monitor.PulseAll(_mutex);
        }
    }

    /// <summary>
    /// The eval breaker's drop request: hands the lock to a waiting thread,
    /// waits until one has taken it, then waits for it again.
    /// </summary>
    public void Yield(PyThreadState ts)
    {
        lock (_mutex)
        {
            _breaker.Clear(PendingCalls.DropBit);
            if (!_enabled || _waiting == 0 || Finalizing || !ReferenceEquals(_holder, ts))
            {
                return;
            }

            long number = _switchNumber;
            _locked = false;
            _holder = null;
            Monitor.PulseAll(_mutex);
            while (_switchNumber == number && _waiting > 0)
            {
                Monitor.Wait(_mutex);
            }
        }

        Acquire(ts);
    }

    /// <summary>
    /// The interpreter shuts down on <paramref name="ts"/>, which keeps the
    /// lock from now on: other threads stop where they wait for it.
    /// </summary>
    public void BeginFinalization(PyThreadState ts)
    {
        if (!_enabled)
        {
            return;
        }

        lock (_mutex)
        {
            _finalizer = ts;
            Finalizing = true;
            if (!_locked)
            {
                _locked = true;
                _holder = ts;
            }
        }
    }
}
