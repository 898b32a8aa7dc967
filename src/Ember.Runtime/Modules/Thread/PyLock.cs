using Ember.Runtime.Errors;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Thread;

/// <summary>
/// <c>_thread.lock</c> (Modules/_threadmodule.c's lockobject): a binary
/// semaphore any thread may release. An uncontended acquire is one
/// compare-exchange; a blocking one gives the interpreter lock up while it
/// waits (acquire_timed's Py_BEGIN_ALLOW_THREADS).
/// </summary>
public sealed class PyLock : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "lock", null, TypeFlags.HasWeakref, InitSlots, InitMembers, "_thread");

    private readonly SimpleLock _lock = new();

    public PyLock()
        : base(TypeObject)
    {
    }

    public bool IsLocked => _lock.IsLocked;

    /// <summary>Takes the lock without waiting.</summary>
    public bool TryAcquire() => _lock.TryAcquire();

    /// <summary>Waits up to <paramref name="timeoutNs"/> nanoseconds (-1: forever, 0: not at all).</summary>
    public bool Acquire(PyThreadState ts, long timeoutNs) => _lock.Acquire(ts, timeoutNs);

    /// <summary>False when the lock was not locked.</summary>
    public bool Release() => _lock.Release();

    private static void InitSlots(PyType t)
    {
        t.Repr = static self => new PyStr(
            $"<{(((PyLock)self).IsLocked ? "locked" : "unlocked")} {self.Type.TpName} object at {ObjectAddress.Hex(self)}>");
    }

    private static void InitMembers(PyType t)
    {
        t.AddMethod("acquire", AcquireMethod);
        t.AddMethod("acquire_lock", AcquireMethod);
        t.AddMethod("__enter__", AcquireMethod);
        t.AddMethod("release", static (self, a, k) => Args.NoArgs("lock.release", a, k) ? ReleaseOrFail(self) : null);
        t.AddMethod("release_lock", static (self, a, k) => Args.NoArgs("lock.release_lock", a, k) ? ReleaseOrFail(self) : null);
        t.AddMethod("__exit__", static (self, a, k) => ReleaseOrFail(self));
        t.AddMethod("locked", static (self, a, k) =>
            Args.NoArgs("lock.locked", a, k) ? PyBool.From(((PyLock)self).IsLocked) : null);
        t.AddMethod("locked_lock", static (self, a, k) =>
            Args.NoArgs("lock.locked_lock", a, k) ? PyBool.From(((PyLock)self).IsLocked) : null);
        t.AddMethod("_at_fork_reinit", static (self, a, k) =>
        {
            if (!Args.NoArgs("lock._at_fork_reinit", a, k))
            {
                return null;
            }

            ((PyLock)self)._lock.Reset();
            return PyNone.Instance;
        });
    }

    private static PyObject? AcquireMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!AcquireArgs.Parse(args, kwnames, out long timeoutNs))
        {
            return null;
        }

        return PyBool.From(((PyLock)self).Acquire(PyThreadState.Current, timeoutNs));
    }

    private static PyObject? ReleaseOrFail(PyObject self) =>
        ((PyLock)self).Release() ? PyNone.Instance : PyErr.RuntimeError("release unlocked lock");
}

/// <summary>
/// The lock under <see cref="PyLock"/> and <see cref="PyRLock"/>
/// (PyThread_type_lock): a flag taken by compare-exchange, a monitor for the
/// threads that wait.
/// </summary>
internal sealed class SimpleLock
{
    private readonly object _sync = new();
    private int _locked;
    private int _waiters;

    public bool IsLocked => Volatile.Read(ref _locked) != 0;

    public bool TryAcquire() => Interlocked.CompareExchange(ref _locked, 1, 0) == 0;

    /// <summary>acquire_timed: a try first; then the interpreter lock is released for the wait.</summary>
    public bool Acquire(PyThreadState ts, long timeoutNs)
    {
        if (TryAcquire())
        {
            return true;
        }

        if (timeoutNs == 0)
        {
            return false;
        }

        var gil = ts.Interpreter.Gil;
        gil.Release(ts);
        try
        {
            return Wait(timeoutNs);
        }
        finally
        {
            gil.Acquire(ts);
        }
    }

    private bool Wait(long timeoutNs)
    {
        long deadline = timeoutNs < 0 ? long.MaxValue : Environment.TickCount64 + Math.Max(1, (timeoutNs + 999_999) / 1_000_000);
        lock (_sync)
        {
            _waiters++;
            try
            {
                while (!TryAcquire())
                {
                    if (timeoutNs < 0)
                    {
                        Monitor.Wait(_sync);
                        continue;
                    }

                    long left = deadline - Environment.TickCount64;
                    if (left <= 0)
                    {
                        return false;
                    }

                    Monitor.Wait(_sync, (int)Math.Min(left, int.MaxValue));
                }

                return true;
            }
            finally
            {
                _waiters--;
            }
        }
    }

    public bool Release()
    {
        if (Interlocked.Exchange(ref _locked, 0) == 0)
        {
            return false;
        }

        // A waiter counts itself under the monitor before it tries: it either sees the lock free or gets this pulse.
        if (Volatile.Read(ref _waiters) > 0)
        {
            lock (_sync)
            {
                Monitor.Pulse(_sync);
            }
        }

        return true;
    }

    /// <summary>_at_fork_reinit: a fresh, unlocked lock.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref _locked, 0);
        lock (_sync)
        {
            Monitor.PulseAll(_sync);
        }
    }
}

/// <summary>lock_acquire_parse_args: <c>acquire(blocking=True, timeout=-1)</c> with CPython's checks.</summary>
internal static class AcquireArgs
{
    private const long NsPerSecond = 1_000_000_000;

    // PY_TIMEOUT_MAX on Linux, in microseconds.
    private const long TimeoutMaxMicroseconds = long.MaxValue / 1000;

    private static readonly ArgSpec s_spec = new("acquire", ["blocking", "timeout"]);

    /// <summary>TIMEOUT_MAX: PY_TIMEOUT_MAX in seconds, rounded down as CPython rounds it.</summary>
    public static readonly double TimeoutMaxSeconds = Math.Floor(TimeoutMaxMicroseconds * 1e-6);

    /// <summary>The timeout in nanoseconds: -1 forever, 0 for a non-blocking call.</summary>
    public static bool Parse(ReadOnlySpan<PyObject> args, PyTuple? kwnames, out long timeoutNs)
    {
        timeoutNs = -1;
        Span<PyObject?> slots = [null, null];
        if (!s_spec.Parse(args, kwnames, slots))
        {
            return false;
        }

        bool blocking = true;
        if (slots[0] is { } b)
        {
            // The "i" format: an int or an object with __index__, never a float.
            if (b is PyFloat)
            {
                PyErr.TypeError("'float' object cannot be interpreted as an integer");
                return false;
            }

            var index = PyNumber.Index(b);
            if (index is null)
            {
                return false;
            }

            if (!index.IsSmall)
            {
                PyErr.OverflowError("Python int too large to convert to C long");
                return false;
            }

            long flag = index.Small;

            if (flag is > int.MaxValue or < int.MinValue)
            {
                PyErr.OverflowError(flag > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
                return false;
            }

            blocking = flag != 0;
        }

        const long unset = -NsPerSecond;
        long timeout = unset;
        if (slots[1] is { } t && !TimeFromSeconds(t, out timeout))
        {
            return false;
        }

        if (!blocking && timeout != unset)
        {
            PyErr.ValueError("can't specify a timeout for a non-blocking call");
            return false;
        }

        if (timeout < 0 && timeout != unset)
        {
            PyErr.ValueError("timeout value must be positive");
            return false;
        }

        if (!blocking)
        {
            timeoutNs = 0;
        }
        else if (timeout != unset)
        {
            long microseconds = timeout / 1000 + (timeout % 1000 != 0 ? 1 : 0);
            if (microseconds > TimeoutMaxMicroseconds)
            {
                PyErr.OverflowError("timeout value is too large");
                return false;
            }

            timeoutNs = timeout;
        }

        return true;
    }

    /// <summary>_PyTime_FromSecondsObject with _PyTime_ROUND_TIMEOUT (away from zero).</summary>
    public static bool TimeFromSeconds(PyObject o, out long ns)
    {
        ns = 0;
        if (o is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d))
            {
                PyErr.ValueError("Invalid value NaN (not a number)");
                return false;
            }

            d = d >= 0 ? Math.Ceiling(d * 1e9) : Math.Floor(d * 1e9);
            if (!(d >= long.MinValue && d < long.MaxValue))
            {
                return TooLarge();
            }

            ns = (long)d;
            return true;
        }

        var index = PyNumber.Index(o);
        if (index is null)
        {
            return false;
        }

        if (!index.IsSmall)
        {
            return TooLarge();
        }

        long seconds = index.Small;

        if (seconds > long.MaxValue / NsPerSecond || seconds < long.MinValue / NsPerSecond)
        {
            return TooLarge();
        }

        ns = seconds * NsPerSecond;
        return true;
    }

    private static bool TooLarge()
    {
        PyErr.OverflowError("timestamp too large to convert to C _PyTime_t");
        return false;
    }
}
