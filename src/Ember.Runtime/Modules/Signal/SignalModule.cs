using System.Runtime.InteropServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Signal;

/// <summary>
/// The <c>_signal</c> module (Modules/signalmodule.c) for Linux: handlers run
/// on the main thread between instructions (see <see cref="SignalState"/>),
/// the SIG* constants, raise_signal/alarm/pause/setitimer and the signal-mask
/// functions over the C library.
/// </summary>
public static class SignalModule
{
    private static readonly (string Name, int Value)[] s_signals =
    [
        ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6), ("SIGIOT", 6), ("SIGBUS", 7),
        ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12), ("SIGPIPE", 13), ("SIGALRM", 14),
        ("SIGTERM", 15), ("SIGSTKFLT", 16), ("SIGCHLD", 17), ("SIGCLD", 17), ("SIGCONT", 18), ("SIGSTOP", 19), ("SIGTSTP", 20),
        ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24), ("SIGXFSZ", 25), ("SIGVTALRM", 26), ("SIGPROF", 27),
        ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPOLL", 29), ("SIGPWR", 30), ("SIGSYS", 31), ("SIGRTMIN", 34), ("SIGRTMAX", 64),
    ];

    private static readonly ArgSpec s_setWakeupSpec = new("set_wakeup_fd", ["fd", "warn_on_full_buffer"], posOnly: 1, maxPositional: 1, required: 1);

    private sealed class ModuleState
    {
        public PyType? ItimerError;
        public PyType? SigInfo;
    }

    private static ModuleState StateOf(PyInterpreterState interp) => interp.GetState(static _ => new ModuleState());

    public static PyModule Create(PyInterpreterState interp)
    {
        var signals = SignalState.Of(interp);
        var ms = StateOf(interp);
        var module = new PyModule("_signal") { Origin = "built-in" };
        var d = module.Dict;
        d.SetItemStr("__doc__", new PyStr("Signal handlers in Python, and the C library's signal functions."));
        Add(d, "signal", static (args, kw) => Args.Positional("signal", args, kw, 2, 2) ? SetHandler(args[0], args[1]) : null);
        Add(d, "getsignal", static (args, kw) =>
        {
            if (!Args.ExactlyOne("_signal.getsignal", args, kw) || !SignalNumber(args[0], out int signum))
            {
                return null;
            }

            return SignalState.Of(PyThreadState.Current.Interpreter).Handlers[signum] ?? PyNone.Instance;
        });
        d.SetItemStr("default_int_handler", signals.DefaultIntHandler);
        Add(d, "raise_signal", static (args, kw) => Args.ExactlyOne("_signal.raise_signal", args, kw) ? RaiseSignal(args[0]) : null);
        Add(d, "strsignal", static (args, kw) =>
        {
            if (!Args.ExactlyOne("_signal.strsignal", args, kw) || !SignalNumber(args[0], out int signum))
            {
                return null;
            }

            string? text = Marshal.PtrToStringUTF8(LibcSignal.StrSignal(signum));
            return text is null || text.Contains("Unknown signal", StringComparison.Ordinal) ? PyNone.Instance : new PyStr(text);
        });
        Add(d, "valid_signals", static (args, kw) =>
        {
            if (!Args.NoArgs("_signal.valid_signals", args, kw))
            {
                return null;
            }

            var set = new byte[LibcSignal.SigsetBytes];
            LibcSignal.SigFillSet(set);
            return SigsetToSet(set);
        });
        Add(d, "set_wakeup_fd", SetWakeupFd);
        Add(d, "siginterrupt", static (args, kw) =>
        {
            if (!Args.Positional("siginterrupt", args, kw, 2, 2) || !SignalNumber(args[0], out int signum) || !PyLong.AsInt(args[1], out int flag))
            {
                return null;
            }

            return LibcSignal.SigInterrupt(signum, flag) < 0 ? Posix.PosixModule.FromErrno(Marshal.GetLastPInvokeError()) : PyNone.Instance;
        });
        Add(d, "alarm", static (args, kw) =>
        {
            if (!Args.ExactlyOne("_signal.alarm", args, kw) || !IntArg(args[0], out int seconds))
            {
                return null;
            }

            return PyInt.From((long)LibcSignal.Alarm(unchecked((uint)seconds)));
        });
        Add(d, "pause", static (args, kw) => Args.NoArgs("_signal.pause", args, kw) ? Pause() : null);
        Add(d, "pthread_kill", PthreadKill);
        Add(d, "pthread_sigmask", PthreadSigmask);
        Add(d, "sigpending", static (args, kw) =>
        {
            if (!Args.NoArgs("_signal.sigpending", args, kw))
            {
                return null;
            }

            var set = new byte[LibcSignal.SigsetBytes];
            return LibcSignal.SigPending(set) != 0 ? Posix.PosixModule.FromErrno(Marshal.GetLastPInvokeError()) : SigsetToSet(set);
        });
        Add(d, "setitimer", SetItimer);
        Add(d, "getitimer", static (args, kw) =>
        {
            if (!Args.ExactlyOne("_signal.getitimer", args, kw) || !IntArg(args[0], out int which))
            {
                return null;
            }

            return LibcSignal.GetItimer(which, out var value) != 0 ? ItimerErrorFromErrno() : ItimerResult(value);
        });
        ms.ItimerError ??= CreateItimerError();
        ms.SigInfo ??= Sys.StructSequence.CreateType("signal.struct_siginfo", ["si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status", "si_band"]);
        d.SetItemStr("ItimerError", ms.ItimerError ?? PyExc.OSError);
        d.SetItemStr("struct_siginfo", ms.SigInfo);
        Add(d, "sigwait", static (args, kw) => Args.ExactlyOne("_signal.sigwait", args, kw) ? NotSupported("sigwait") : null);
        Add(d, "sigwaitinfo", static (args, kw) => Args.ExactlyOne("_signal.sigwaitinfo", args, kw) ? NotSupported("sigwaitinfo") : null);
        Add(d, "sigtimedwait", static (args, kw) => Args.Positional("sigtimedwait", args, kw, 2, 2) ? NotSupported("sigtimedwait") : null);
        Add(d, "pidfd_send_signal", static (args, kw) => Args.Positional("pidfd_send_signal", args, kw, 2, 4) ? NotSupported("pidfd_send_signal") : null);
        d.SetItemStr("SIG_DFL", PyInt.Zero);
        d.SetItemStr("SIG_IGN", PyInt.One);
        d.SetItemStr("NSIG", PyInt.From(SignalState.NSig));
        d.SetItemStr("SIG_BLOCK", PyInt.From(0));
        d.SetItemStr("SIG_UNBLOCK", PyInt.From(1));
        d.SetItemStr("SIG_SETMASK", PyInt.From(2));
        d.SetItemStr("ITIMER_REAL", PyInt.From(0));
        d.SetItemStr("ITIMER_VIRTUAL", PyInt.From(1));
        d.SetItemStr("ITIMER_PROF", PyInt.From(2));
        foreach (var (name, value) in s_signals)
        {
            d.SetItemStr(name, PyInt.From(value));
        }

        return module;
    }

    private static void Add(PyDict d, string name, FunctionImpl impl) => d.SetItemStr(name, new PyBuiltinFunction(name, impl, "_signal"));

    /// <summary>The functions that block on a signal set are not there yet: they need the signal kept from .NET's own handler thread.</summary>
    private static PyObject? NotSupported(string name) => PyErr.SetString(PyExc.OSError, $"{name}() is not supported by Ember yet");

    private static PyType? CreateItimerError()
    {
        var dict = new PyDict();
        dict.SetItemStr("__module__", new PyStr("signal"));
        return PyCall.Call(PyType.TypeType, [new PyStr("itimer_error"), PyTuple.Create(PyExc.OSError), dict], null) as PyType;
    }

    /// <summary>The clinic int converter: no floats, __index__ otherwise.</summary>
    private static bool IntArg(PyObject o, out int value)
    {
        if (o is PyFloat)
        {
            value = 0;
            PyErr.TypeError("'float' object cannot be interpreted as an integer");
            return false;
        }

        return PyLong.AsInt(o, out value);
    }

    private static bool SignalNumber(PyObject o, out int signum)
    {
        if (!IntArg(o, out signum))
        {
            return false;
        }

        if (signum is < 1 or >= SignalState.NSig)
        {
            PyErr.ValueError("signal number out of range");
            return false;
        }

        return true;
    }

    private static bool OnMainThread(PyThreadState ts) => ReferenceEquals(ts, ts.Interpreter.MainThread);

    private static PyObject? SetHandler(PyObject signumObject, PyObject handler)
    {
        var ts = PyThreadState.Current;
        if (!IntArg(signumObject, out int signum))
        {
            return null;
        }

        if (!OnMainThread(ts))
        {
            return PyErr.ValueError("signal only works in main thread of the main interpreter");
        }

        if (signum is < 1 or >= SignalState.NSig)
        {
            return PyErr.ValueError("signal number out of range");
        }

        // compare_handler: only an exact int equal to SIG_IGN or SIG_DFL.
        bool python = handler.Type.Call is not null;
        bool ignore = !python && ReferenceEquals(handler.Type, PyInt.TypeObject) && handler is PyInt { IsSmall: true, Small: 1 };
        bool dfl = !python && ReferenceEquals(handler.Type, PyInt.TypeObject) && handler is PyInt { IsSmall: true, Small: 0 };
        if (!python && !ignore && !dfl)
        {
            return PyErr.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        }

        var state = SignalState.Of(ts.Interpreter);
        if (!state.RunHandlers(ts))
        {
            return null;
        }

        // sigaction refuses these (and glibc keeps 32 and 33 for its threads).
        if (signum is 9 or 19 or 32 or 33)
        {
            return Posix.PosixModule.FromErrno(22);
        }

        if (dfl)
        {
            state.Unregister(signum);
        }
        else if (!state.Register(signum, python))
        {
            return Posix.PosixModule.FromErrno(22);
        }

        var old = state.Handlers[signum];
        state.Handlers[signum] = handler;
        return old ?? PyNone.Instance;
    }

    /// <summary>
    /// raise(), then the handler: .NET hands the signal to its signal thread, so
    /// this waits (briefly) for it to arrive, to run the handler before returning as CPython does.
    /// </summary>
    private static PyObject? RaiseSignal(PyObject signumObject)
    {
        if (!IntArg(signumObject, out int signum))
        {
            return null;
        }

        var ts = PyThreadState.Current;
        var state = SignalState.Of(ts.Interpreter);
        long seen = state.Deliveries;
        if (LibcSignal.Raise(signum) != 0)
        {
            return Posix.PosixModule.FromErrno(Marshal.GetLastPInvokeError());
        }

        WaitForDelivery(state, signum, seen);
        return state.RunHandlers(ts) ? PyNone.Instance : null;
    }

    private static void WaitForDelivery(SignalState state, int signum, long seen)
    {
        // SIG_IGN keeps a registration too: dropping it before .NET dispatched the signal would let the default action run.
        if (signum is > 0 and < SignalState.NSig && state.Handlers[signum] is not (PyNone or PyInt { IsSmall: true, Small: 0 }))
        {
            state.WaitForSignal(seen, 2000);
        }
    }

    private static PyObject? Pause()
    {
        var ts = PyThreadState.Current;
        var state = SignalState.Of(ts.Interpreter);
        long seen = state.Deliveries;
        ts.Interpreter.Gil.Release(ts);
        try
        {
            state.WaitForSignal(seen, -1);
        }
        finally
        {
            ts.Interpreter.Gil.Acquire(ts);
        }

        return state.RunHandlers(ts) ? PyNone.Instance : null;
    }

    /// <summary>
    /// pthread_kill: Ember's thread idents are not pthread_t values, so only the
    /// calling thread can be named; another ident gives ProcessLookupError (ESRCH).
    /// </summary>
    private static PyObject? PthreadKill(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.Positional("pthread_kill", args, kw, 2, 2) || !PyLong.AsUnsignedLong(args[0], out ulong ident) || !IntArg(args[1], out int signum))
        {
            return null;
        }

        if (ident != (ulong)Thread.ThreadModule.Ident())
        {
            return Posix.PosixModule.FromErrno(3);
        }

        var ts = PyThreadState.Current;
        var state = SignalState.Of(ts.Interpreter);
        long seen = state.Deliveries;
        if (signum != 0 && LibcSignal.Raise(signum) != 0)
        {
            return Posix.PosixModule.FromErrno(Marshal.GetLastPInvokeError());
        }

        WaitForDelivery(state, signum, seen);
        return state.RunHandlers(ts) ? PyNone.Instance : null;
    }

    private static PyObject? PthreadSigmask(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.Positional("pthread_sigmask", args, kw, 2, 2) || !IntArg(args[0], out int how))
        {
            return null;
        }

        var set = IterableToSigset(args[1]);
        if (set is null)
        {
            return null;
        }

        var old = new byte[LibcSignal.SigsetBytes];
        int err = LibcSignal.PthreadSigmask(how, set, old);
        if (err != 0)
        {
            return Posix.PosixModule.FromErrno(err);
        }

        var ts = PyThreadState.Current;
        return SignalState.Of(ts.Interpreter).RunHandlers(ts) ? SigsetToSet(old) : null;
    }

    private static byte[]? IterableToSigset(PyObject iterable)
    {
        var it = PyIter.GetIter(iterable);
        if (it is null)
        {
            return null;
        }

        var set = new byte[LibcSignal.SigsetBytes];
        LibcSignal.SigEmptySet(set);
        while (PyIter.TryNext(it, out var item))
        {
            if (!PyLong.AsLong(item, out long signum))
            {
                return null;
            }

            if (signum is <= 0 or >= SignalState.NSig)
            {
                PyErr.ValueError($"signal number {signum} out of range [1; {SignalState.NSig - 1}]");
                return null;
            }

            LibcSignal.SigAddSet(set, (int)signum);
        }

        return PyErr.Occurred ? null : set;
    }

    private static PyObject SigsetToSet(byte[] set)
    {
        var result = new PySet();
        for (int i = 1; i < SignalState.NSig; i++)
        {
            if (LibcSignal.SigIsMember(set, i) == 1)
            {
                result.Add(PyInt.From(i));
            }
        }

        return result;
    }

    private static PyObject? SetWakeupFd(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> slots = new PyObject?[2];
        if (!s_setWakeupSpec.Parse(args, kw, slots) || !IntArg(slots[0]!, out int fd))
        {
            return null;
        }

        bool warn = true;
        if (slots[1] is { } w)
        {
            int t = PyOps.IsTrue(w);
            if (t < 0)
            {
                return null;
            }

            warn = t == 1;
        }

        var ts = PyThreadState.Current;
        if (!OnMainThread(ts))
        {
            return PyErr.ValueError("set_wakeup_fd only works in main thread of the main interpreter");
        }

        if (fd != -1)
        {
            int flags = LibcSignal.Fcntl(fd, 3);
            if (flags < 0)
            {
                return Posix.PosixModule.FromErrno(Marshal.GetLastPInvokeError());
            }

            if ((flags & 0x800) == 0)
            {
                return PyErr.ValueError($"the fd {fd} must be in non-blocking mode");
            }
        }

        var state = SignalState.Of(ts.Interpreter);
        int old = state.WakeupFd;
        state.WakeupFd = fd;
        state.WarnOnFullBuffer = warn;
        return PyInt.From(old);
    }

    private static PyObject? SetItimer(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.Positional("setitimer", args, kw, 2, 3) || !IntArg(args[0], out int which))
        {
            return null;
        }

        if (!ToTimeval(args[1], out long vs, out long vu))
        {
            return null;
        }

        long isec = 0;
        long iusec = 0;
        if (args.Length == 3 && !ToTimeval(args[2], out isec, out iusec))
        {
            return null;
        }

        var value = new ItimerVal { ValueSec = vs, ValueUsec = vu, IntervalSec = isec, IntervalUsec = iusec };
        return LibcSignal.SetItimer(which, in value, out var old) != 0 ? ItimerErrorFromErrno() : ItimerResult(old);
    }

    /// <summary>timeval_from_double: seconds rounded up to the microsecond.</summary>
    private static bool ToTimeval(PyObject o, out long sec, out long usec)
    {
        sec = 0;
        usec = 0;
        // _PyTime_FromSecondsObject: a float, else an integer through __index__.
        double seconds;
        if (o is PyFloat f)
        {
            seconds = f.Value;
        }
        else if (PyLong.AsLong(o, out long whole))
        {
            seconds = whole;
        }
        else
        {
            return false;
        }

        if (double.IsNaN(seconds))
        {
            PyErr.ValueError("Invalid value NaN (not a number)");
            return false;
        }

        double us = System.Math.Ceiling(seconds * 1e6);
        if (System.Math.Abs(us) > 9.2e18)
        {
            PyErr.OverflowError("timestamp too large to convert to C _PyTime_t");
            return false;
        }

        long total = (long)us;
        sec = System.Math.DivRem(total, 1_000_000, out usec);
        if (usec < 0)
        {
            usec += 1_000_000;
            sec--;
        }

        return true;
    }

    private static PyObject ItimerResult(ItimerVal v) =>
        PyTuple.Create(new PyFloat(v.ValueSec + (v.ValueUsec * 1e-6)), new PyFloat(v.IntervalSec + (v.IntervalUsec * 1e-6)));

    private static PyObject? ItimerErrorFromErrno()
    {
        int errno = Marshal.GetLastPInvokeError();
        var type = StateOf(PyThreadState.Current.Interpreter).ItimerError ?? PyExc.OSError;
        var exc = PyErr.CreateException(type, [PyInt.From(errno), new PyStr(Posix.Libc.StrError(errno))]);
        if (exc is not null)
        {
            PyErr.Raise(exc);
        }

        return null;
    }
}
