using System.Runtime.InteropServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Modules.Signal;

/// <summary>
/// An interpreter's signal handlers (signalmodule.c's Handlers[] and
/// is_tripped). The operating system's signal reaches .NET's signal thread
/// through a <see cref="PosixSignalRegistration"/>; its callback only marks
/// the signal tripped, writes the wakeup fd and sets the eval breaker, and
/// the interpreter's main thread calls the Python handler between two
/// instructions, as CPython's PyErr_CheckSignals does.
/// </summary>
public sealed class SignalState
{
    public const int NSig = 65;
    public const int SigInt = 2;

    private readonly PyInterpreterState _interp;
    private readonly PosixSignalRegistration?[] _registrations = new PosixSignalRegistration?[NSig];
    private readonly int[] _tripped = new int[NSig];
    private int _isTripped;
    private long _deliveries;

    private SignalState(PyInterpreterState interp)
    {
        _interp = interp;
        DefaultIntHandler = new PyBuiltinFunction("default_int_handler", DefaultIntHandlerImpl, "_signal", "The default handler for SIGINT: raises KeyboardInterrupt.");
        var old = new byte[152];
        for (int i = 1; i < NSig; i++)
        {
            // What the process inherited: SIG_IGN stays visible as such (nohup), .NET's own handlers count as
            // the default, and a signal sigaction refuses (glibc's 32 and 33) has None, as PyOS_getsig's SIG_ERR.
            if (LibcSignal.SigAction(i, 0, old) != 0)
            {
                Handlers[i] = PyNone.Instance;
                continue;
            }

            Handlers[i] = PyInt.From(BitConverter.ToInt64(old, 0) == 1 ? 1 : 0);
        }

        // As CPython's start-up: SIGINT raises KeyboardInterrupt, SIGPIPE and SIGXFSZ are ignored.
        Handlers[SigInt] = DefaultIntHandler;
        Handlers[13] = PyInt.One;
        Handlers[25] = PyInt.One;
        LibcSignal.SetSignal(25, 1);
    }

    /// <summary>The Python-level handler of each signal: SIG_DFL (0), SIG_IGN (1), a callable, or None.</summary>
    public PyObject[] Handlers { get; } = new PyObject[NSig];

    public PyBuiltinFunction DefaultIntHandler { get; }

    public int WakeupFd { get; set; } = -1;

    public bool WarnOnFullBuffer { get; set; } = true;

    /// <summary>The interpreter's signal state, made (and SIGINT's handler installed) on first use.</summary>
    public static SignalState Of(PyInterpreterState interp) => interp.GetState(static i =>
    {
        var state = new SignalState(i);
        state.Register(SigInt, python: true);
        return state;
    });

    /// <summary>The state if something made it already: the eval breaker must not create it.</summary>
    public static SignalState? Existing(PyInterpreterState interp) => interp.TryGetState<SignalState>();

    /// <summary>Puts the OS-level disposition in place: a Python handler or SIG_IGN keep a registration, SIG_DFL drops it.</summary>
    internal bool Register(int signum, bool python)
    {
        _registrations[signum]?.Dispose();
        _registrations[signum] = null;
        try
        {
            _registrations[signum] = python
                ? PosixSignalRegistration.Create((PosixSignal)signum, OnSignal)
                : PosixSignalRegistration.Create((PosixSignal)signum, OnIgnoredSignal);
            return true;
        }
        catch (Exception e) when (e is PlatformNotSupportedException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    internal void Unregister(int signum)
    {
        _registrations[signum]?.Dispose();
        _registrations[signum] = null;
    }

    /// <summary>How many signals reached a Python handler's registration so far (raise_signal waits for the next).</summary>
    internal long Deliveries => Interlocked.Read(ref _deliveries);

    internal bool IsPending(int signum) => Volatile.Read(ref _tripped[signum]) != 0;

    /// <summary>SIG_IGN: nothing runs, but the delivery is counted so raise_signal knows it arrived.</summary>
    private void OnIgnoredSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        Interlocked.Increment(ref _deliveries);
        lock (this)
        {
            Monitor.PulseAll(this);
        }
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        Trip((int)context.Signal);
    }

    /// <summary>trip_signal: safe on any thread.</summary>
    public void Trip(int signum)
    {
        Volatile.Write(ref _tripped[signum], 1);
        Volatile.Write(ref _isTripped, 1);
        if (WakeupFd >= 0)
        {
            byte b = (byte)signum;
            LibcSignal.Write(WakeupFd, in b, 1);
        }

        Interlocked.Increment(ref _deliveries);
        _interp.Pending.Request(PendingCalls.SignalsBit);
        lock (this)
        {
            Monitor.PulseAll(this);
        }
    }

    /// <summary>Waits until a signal is tripped or the timeout passes (pause, raise_signal's wait for delivery).</summary>
    internal void WaitForSignal(long seenDeliveries, int timeoutMs)
    {
        lock (this)
        {
            var deadline = Environment.TickCount64 + timeoutMs;
            while (Deliveries == seenDeliveries)
            {
                long left = timeoutMs < 0 ? 1000 : deadline - Environment.TickCount64;
                if (left <= 0)
                {
                    return;
                }

                Monitor.Wait(this, (int)System.Math.Min(left, 1000));
            }
        }
    }

    /// <summary>
    /// _PyErr_CheckSignalsTstate: calls the handler of each tripped signal on
    /// the main thread; false with the handler's exception pending (the rest
    /// stay tripped for the next check).
    /// </summary>
    public bool RunHandlers(PyThreadState ts)
    {
        if (!ReferenceEquals(ts, _interp.MainThread) || Interlocked.Exchange(ref _isTripped, 0) == 0)
        {
            return true;
        }

        PyObject frame = (ts.CurrentFrame as Interpreter.Frame)?.FrameObject ?? (PyObject)PyNone.Instance;
        for (int i = 1; i < NSig; i++)
        {
            if (Interlocked.Exchange(ref _tripped[i], 0) == 0)
            {
                continue;
            }

            var func = Handlers[i];
            if (func is PyNone or PyInt)
            {
                PyErr.SetString(PyExc.OSError, $"Signal {i} ignored due to race condition");
                Sys.SysModule.WriteUnraisable(ts, null, PyNone.Instance);
                continue;
            }

            if (Protocols.PyCall.Call(func, [PyInt.From(i), frame], null) is null)
            {
                Volatile.Write(ref _isTripped, 1);
                _interp.Pending.Request(PendingCalls.SignalsBit);
                return false;
            }
        }

        return true;
    }

    private static PyObject? DefaultIntHandlerImpl(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Types.Args.Positional("default_int_handler", args, kwnames, 2, 2))
        {
            return null;
        }

        return PyErr.SetObject(PyExc.KeyboardInterrupt, null);
    }
}
