using System.Runtime.InteropServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Modules.Builtins;
using Ember.Runtime.Modules.Sys;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Thread;

/// <summary>
/// The <c>_thread</c> module (Modules/_threadmodule.c): real .NET threads,
/// each with its own <see cref="PyThreadState"/>, taking turns through the
/// interpreter's <see cref="InterpreterLock"/>; locks, RLock, thread-local
/// objects and the exception hook under the stdlib's threading.py. A thread's
/// ident is its .NET managed thread id (unique among live threads, as
/// pthread_self is).
/// </summary>
public static partial class ThreadModule
{
    private const string Doc = "This module provides primitive operations to write multi-threaded programs.\n"
        + "The 'threading' module provides a more convenient interface.";

    /// <summary>The stack every thread gets, as large as the main thread's (deep recursion is a RecursionError, never an overflow).</summary>
    public const int ThreadStackSize = 256 * 1024 * 1024;

    private const int MinStackSize = 32768;

    private const int SigInt = 2;

    private const int SignalCount = 65;

    private static readonly PyType s_exceptHookArgsType = StructSequence.CreateType(
        "_thread._ExceptHookArgs", ["exc_type", "exc_value", "exc_traceback", "thread"], creatable: true);

    private static readonly PyStr s_name = new("name");

    private static readonly PyStr s_stderr = new("_stderr");

    /// <summary>Per-interpreter settings of the module.</summary>
    private sealed class ThreadState
    {
        public long StackSize;
    }

    private static ThreadState StateOf(PyInterpreterState interp) => interp.GetState(static _ => new ThreadState());

    /// <summary>The calling thread's ident (<c>_thread.get_ident()</c>).</summary>
    public static long Ident() => Environment.CurrentManagedThreadId;

    public static PyModule Create(PyInterpreterState interp)
    {
        var module = new PyModule("_thread") { Origin = "built-in" };
        var d = module.Dict;
        d.SetItemStr("__doc__", new PyStr(Doc));
        d.SetItemStr("LockType", PyLock.TypeObject);
        d.SetItemStr("RLock", PyRLock.TypeObject);
        d.SetItemStr("_local", PyThreadLocal.TypeObject);
        d.SetItemStr("_ExceptHookArgs", s_exceptHookArgsType);
        d.SetItemStr("error", PyExc.RuntimeError);
        d.SetItemStr("TIMEOUT_MAX", new PyFloat(AcquireArgs.TimeoutMaxSeconds));
        Add(d, "allocate_lock", AllocateLock);
        Add(d, "allocate", AllocateLock);
        Add(d, "start_new_thread", StartNewThread);
        Add(d, "start_new", StartNewThread);
        Add(d, "exit_thread", ExitThread);
        Add(d, "exit", ExitThread);
        Add(d, "get_ident", static (args, kw) => Args.NoArgs("_thread.get_ident", args, kw) ? PyInt.From(Ident()) : null);
        Add(d, "get_native_id", static (args, kw) => Args.NoArgs("_thread.get_native_id", args, kw) ? PyInt.From(NativeId()) : null);
        Add(d, "_count", static (args, kw) =>
            Args.NoArgs("_thread._count", args, kw) ? PyInt.From(Volatile.Read(ref PyThreadState.Current.Interpreter.ThreadCount)) : null);
        Add(d, "stack_size", StackSize);
        Add(d, "interrupt_main", InterruptMain);
        Add(d, "_set_sentinel", SetSentinel);
        Add(d, "_excepthook", ExceptHook);
        return module;
    }

    private static PyObject? AllocateLock(ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        Args.NoArgs("_thread.allocate_lock", args, kwnames) ? new PyLock() : null;

    private static PyObject? ExitThread(ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        Args.NoArgs("_thread.exit_thread", args, kwnames) ? PyErr.SetObject(PyExc.SystemExit, null) : null;

    // stack_size([size]): kept and reported; threads always get ThreadStackSize, at least what was asked.
    private static PyObject? StackSize(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoKeywords("stack_size", kwnames))
        {
            return null;
        }

        if (args.Length > 1)
        {
            return PyErr.TypeError($"stack_size() takes at most 1 argument ({args.Length} given)");
        }

        var state = StateOf(PyThreadState.Current.Interpreter);
        long old = state.StackSize;
        if (args.Length == 1)
        {
            if (args[0] is PyFloat)
            {
                return PyErr.TypeError("'float' object cannot be interpreted as an integer");
            }

            if (!PyNumber.AsSsize(args[0], out long size))
            {
                return null;
            }

            if (size < 0)
            {
                return PyErr.ValueError("size must be 0 or a positive value");
            }

            if (size != 0 && size < MinStackSize)
            {
                return PyErr.ValueError($"size not valid: {size} bytes");
            }

            state.StackSize = size;
        }

        return PyInt.From(old);
    }

    // interrupt_main(signum=SIGINT): as if the signal arrived. Only SIGINT has a Python handler
    // (default_int_handler: KeyboardInterrupt in the main thread); the others are SIG_DFL or
    // SIG_IGN, which PyErr_SetInterruptEx leaves alone.
    private static PyObject? InterruptMain(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        // METH_VARARGS with the format "|i:signum": keywords refused, then the count, then the int.
        if (!Args.NoKeywords("interrupt_main", kwnames))
        {
            return null;
        }

        if (args.Length > 1)
        {
            return PyErr.TypeError($"signum() takes at most 1 argument ({args.Length} given)");
        }

        long signum = SigInt;
        if (args.Length == 1)
        {
            if (args[0] is PyFloat)
            {
                return PyErr.TypeError("'float' object cannot be interpreted as an integer");
            }

            var index = PyNumber.Index(args[0]);
            if (index is null)
            {
                return null;
            }

            if (!index.IsSmall)
            {
                return PyErr.OverflowError("Python int too large to convert to C long");
            }

            if (index.Small is > int.MaxValue or < int.MinValue)
            {
                return PyErr.OverflowError(index.Small > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
            }

            signum = index.Small;
        }

        if (signum is < 1 or >= SignalCount)
        {
            return PyErr.ValueError("signal number out of range");
        }

        if (signum == SigInt)
        {
            PyThreadState.Current.Interpreter.Pending.Request(PendingCalls.InterruptBit);
        }

        return PyNone.Instance;
    }

    // _set_sentinel(): a lock released when this thread's state is deleted (threading's _tstate_lock).
    private static PyObject? SetSentinel(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("_thread._set_sentinel", args, kwnames))
        {
            return null;
        }

        var lockObject = new PyLock();
        var weak = new WeakReference<PyLock>(lockObject);
        PyThreadState.Current.OnDelete = () =>
        {
            if (weak.TryGetTarget(out var l) && l.IsLocked)
            {
                l.Release();
            }
        };
        return lockObject;
    }

    // _excepthook(args): "Exception in thread NAME:" and the traceback, on sys.stderr (thread_excepthook).
    private static PyObject? ExceptHook(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("_thread._excepthook", args, kwnames))
        {
            return null;
        }

        if (args[0] is not PyStructSequence hookArgs || !ReferenceEquals(hookArgs.Type, s_exceptHookArgsType))
        {
            return PyErr.TypeError("_thread.excepthook argument type must be ExceptHookArgs");
        }

        var excType = hookArgs.Items[0];
        if (ReferenceEquals(excType, PyExc.SystemExit))
        {
            return PyNone.Instance;
        }

        var excValue = hookArgs.Items[1];
        var excTb = hookArgs.Items[2];
        var thread = hookArgs.Items[3];
        var file = SysModule.GetObject(PyThreadState.Current.Interpreter, "stderr");
        if (file is null or PyNone)
        {
            if (thread is PyNone)
            {
                return PyNone.Instance;
            }

            file = PyOps.GetAttr(thread, s_stderr);
            if (file is null)
            {
                return null;
            }

            if (file is PyNone)
            {
                return PyNone.Instance;
            }
        }

        if (!BuiltinsModule.WriteToFile(file, "Exception in thread "))
        {
            return null;
        }

        PyObject? name = null;
        if (thread is not PyNone)
        {
            if (PyAttr.TryGetAttr(thread, s_name, out name) < 0)
            {
                return null;
            }
        }

        var text = name is null ? new PyStr(Ident().ToString(System.Globalization.CultureInfo.InvariantCulture)) : PyOps.Str(name) as PyStr;
        if (text is null || !BuiltinsModule.WriteToFile(file, text) || !BuiltinsModule.WriteToFile(file, ":\n"))
        {
            return null;
        }

        if (excValue is PyBaseException exc)
        {
            if (excTb is PyTraceback tb && exc.Traceback is null)
            {
                exc.Traceback = tb;
            }

            if (!BuiltinsModule.WriteToFile(file, TracebackPrinter.Format(exc)))
            {
                return null;
            }
        }

        return PyCall.CallMethod(file, "flush", []) is null ? null : PyNone.Instance;
    }

    private static long NativeId()
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                return NativeMethods.gettid();
            }
            catch (EntryPointNotFoundException)
            {
            }
            catch (DllNotFoundException)
            {
            }
        }

        return Environment.CurrentManagedThreadId;
    }

    private static void Add(PyDict d, string name, FunctionImpl impl) =>
        d.SetItemStr(name, new PyBuiltinFunction(name, impl, "_thread"));

    private static class NativeMethods
    {
        [DllImport("libc", ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int gettid();
    }
}
