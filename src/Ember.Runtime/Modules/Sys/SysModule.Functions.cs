using Ember.Runtime.Errors;
using Ember.Runtime.Modules.Builtins;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Sys;

public static partial class SysModule
{
    private static readonly ArgSpec s_getsizeofSpec = new("getsizeof", ["object", "default"], required: 1);

    private static void AddFunctions(PyModule module)
    {
        var d = module.Dict;
        Add(d, "exit", Exit);
        Add(d, "getrecursionlimit", static (args, kw) =>
            Args.NoArgs("sys.getrecursionlimit", args, kw) ? PyInt.From(PyThreadState.Current.Interpreter.RecursionLimit) : null);
        Add(d, "setrecursionlimit", SetRecursionLimit);
        Add(d, "exc_info", ExcInfo);
        Add(d, "exception", static (args, kw) =>
            Args.NoArgs("sys.exception", args, kw) ? (PyObject?)PyThreadState.Current.HandledException ?? PyNone.Instance : null);
        Add(d, "getdefaultencoding", static (args, kw) => Args.NoArgs("sys.getdefaultencoding", args, kw) ? new PyStr("utf-8") : null);
        Add(d, "getfilesystemencoding", static (args, kw) => Args.NoArgs("sys.getfilesystemencoding", args, kw) ? new PyStr("utf-8") : null);
        Add(d, "getfilesystemencodeerrors", static (args, kw) => Args.NoArgs("sys.getfilesystemencodeerrors", args, kw) ? new PyStr("surrogateescape") : null);
        Add(d, "getsizeof", GetSizeOf);
        Add(d, "intern", Intern);
        Add(d, "displayhook", DisplayHook);
        Add(d, "excepthook", ExceptHook);
        Add(d, "breakpointhook", static (args, kw) => PyNone.Instance);
        Add(d, "unraisablehook", UnraisableHook);
        Add(d, "getrefcount", static (args, kw) => Args.ExactlyOne("sys.getrefcount", args, kw) ? PyInt.From(2) : null);
        Add(d, "is_finalizing", static (args, kw) => Args.NoArgs("sys.is_finalizing", args, kw) ? PyBool.False : null);
        Add(d, "audit", static (args, kw) => PyNone.Instance);
        Add(d, "addaudithook", static (args, kw) => Args.ExactlyOne("sys.addaudithook", args, kw) ? PyNone.Instance : null);
        Add(d, "get_int_max_str_digits", static (args, kw) =>
            Args.NoArgs("sys.get_int_max_str_digits", args, kw) ? PyInt.From(PyThreadState.Current.Interpreter.IntMaxStrDigits) : null);
        Add(d, "set_int_max_str_digits", SetIntMaxStrDigits);
        Add(d, "getswitchinterval", static (args, kw) =>
            Args.NoArgs("sys.getswitchinterval", args, kw) ? new PyFloat(PyThreadState.Current.Interpreter.Gil.IntervalMicroseconds / 1e6) : null);
        Add(d, "setswitchinterval", SetSwitchInterval);
        AddTracingFunctions(module);
    }

    // sys.setswitchinterval(interval): kept in whole microseconds, as CPython keeps it.
    private static PyObject? SetSwitchInterval(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("sys.setswitchinterval", args, kwnames) || !PyFloat.AsDouble(args[0], out double interval))
        {
            return null;
        }

        if (interval <= 0.0)
        {
            return PyErr.ValueError("switch interval must be strictly positive");
        }

        double microseconds = 1e6 * interval;
        PyThreadState.Current.Interpreter.Gil.IntervalMicroseconds = microseconds >= long.MaxValue ? long.MaxValue : (long)microseconds;
        return PyNone.Instance;
    }

    private static void Add(PyDict d, string name, FunctionImpl impl) =>
        d.SetItemStr(name, new PyBuiltinFunction(name, impl, "sys"));

    private static PyObject? Exit(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("exit", "sys.exit", args, kwnames, 0, 1))
        {
            return null;
        }

        return PyErr.SetObject(PyExc.SystemExit, args.Length == 0 ? null : args[0]);
    }

    private static readonly ArgSpec s_setIntMaxStrDigitsSpec = new("set_int_max_str_digits", ["maxdigits"], required: 1);

    private static PyObject? SetIntMaxStrDigits(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null];
        if (!s_setIntMaxStrDigitsSpec.Parse(args, kwnames, slots) || !Conversions.AsInt32(slots[0]!, out int maxdigits))
        {
            return null;
        }

        // _PY_LONG_MAX_STR_DIGITS_THRESHOLD is 640 (the message says "larger than", 640 itself is accepted).
        if (maxdigits != 0 && maxdigits < 640)
        {
            return PyErr.ValueError("maxdigits must be 0 or larger than 640");
        }

        PyThreadState.Current.Interpreter.IntMaxStrDigits = maxdigits;
        return PyNone.Instance;
    }

    private static PyObject? SetRecursionLimit(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("sys.setrecursionlimit", args, kwnames) || !Conversions.AsInt32(args[0], out int limit))
        {
            return null;
        }

        if (limit < 1)
        {
            return PyErr.ValueError("recursion limit must be greater or equal than 1");
        }

        var ts = PyThreadState.Current;
        if (ts.RecursionDepth >= limit)
        {
            return PyErr.RecursionError(
                $"cannot set the recursion limit to {limit} at the recursion depth {ts.RecursionDepth}: the limit is too low");
        }

        ts.Interpreter.RecursionLimit = limit;
        return PyNone.Instance;
    }

    private static PyObject? ExcInfo(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("sys.exc_info", args, kwnames))
        {
            return null;
        }

        var exc = PyThreadState.Current.HandledException;
        if (exc is null)
        {
            return new PyTuple([PyNone.Instance, PyNone.Instance, PyNone.Instance]);
        }

        return new PyTuple([exc.Type, exc, exc.Traceback ?? PyNone.Instance]);
    }

    private static PyObject? GetSizeOf(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = [null, null];
        if (!s_getsizeofSpec.Parse(args, kwnames, a))
        {
            return null;
        }

        var obj = a[0]!;
        var method = PyCall.LookupSpecial(obj, new PyStr("__sizeof__"));
        PyObject? size = null;
        if (method is not null)
        {
            size = PyCall.Call(method);
        }
        else if (!PyErr.Occurred)
        {
            PyErr.TypeError($"Type {obj.Type.Name} doesn't define __sizeof__");
        }

        if (size is null)
        {
            if (a[1] is { } dflt && PyErr.ExceptionMatches(PyExc.TypeError))
            {
                PyErr.Clear();
                return dflt;
            }

            return null;
        }

        if (!PyNumber.AsSsize(size, out long n))
        {
            return null;
        }

        if (n < 0)
        {
            return PyErr.ValueError("__sizeof__() should return >= 0");
        }

        // Objects the cycle collector would track carry its 16-byte header in CPython.
        bool tracked = obj is PyList or PyDict or PyModule or PyBaseException || obj.Type.IsHeapType || obj is PyTuple { Count: > 0 };
        return PyInt.From(n + (tracked ? 16 : 0));
    }

    private static PyObject? Intern(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("sys.intern", args, kwnames))
        {
            return null;
        }

        if (args[0] is not PyStr s)
        {
            return PyErr.TypeError($"intern() argument must be str, not {StrArgs.TypeNameForError(args[0])}");
        }

        if (!ReferenceEquals(s.Type, PyStr.TypeObject))
        {
            return PyErr.TypeError($"can't intern {s.Type.Name}");
        }

        return Intern(PyThreadState.Current.Interpreter, s);
    }

    /// <summary>
    /// The interpreter's one str equal to <paramref name="s"/> (PyUnicode_InternInPlace):
    /// sys.intern and the identifier-like constants of code share it.
    /// </summary>
    public static PyStr Intern(PyInterpreterState interp, PyStr s)
    {
        var table = InternTable.Of(interp);
        lock (table.Strings)
        {
            if (table.Strings.GetItem(s) is PyStr existing)
            {
                return existing;
            }

            table.Strings.SetItem(s, s);
            s.Interned = true;
            return s;
        }
    }

    private static PyObject? DisplayHook(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("sys.displayhook", args, kwnames))
        {
            return null;
        }

        var o = args[0];
        if (o is PyNone)
        {
            return PyNone.Instance;
        }

        var interp = PyThreadState.Current.Interpreter;
        var builtins = interp.Builtins;
        builtins.SetItemStr("_", PyNone.Instance);
        var stdout = GetObject(interp, "stdout");
        if (stdout is null or PyNone)
        {
            return PyErr.RuntimeError("lost sys.stdout");
        }

        var text = PyOps.Repr(o);
        if (text is null || !BuiltinsModule.WriteToFile(stdout, (PyStr)text) || !BuiltinsModule.WriteToFile(stdout, "\n"))
        {
            return null;
        }

        builtins.SetItemStr("_", o);
        return PyNone.Instance;
    }

    private static PyObject? ExceptHook(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("excepthook", "sys.excepthook", args, kwnames, 3, 3))
        {
            return null;
        }

        return PrintException(args[0], args[1], args[2]) ? PyNone.Instance : null;
    }

    /// <summary>
    /// Writes an exception report to sys.stderr as the default excepthook
    /// does: through the interpreter's traceback printer when it has set
    /// <see cref="SysState.PrintException"/>, otherwise the last line only.
    /// </summary>
    public static bool PrintException(PyObject type, PyObject value, PyObject traceback)
    {
        var interp = PyThreadState.Current.Interpreter;
        var stderr = GetObject(interp, "stderr");
        if (stderr is null or PyNone)
        {
            PyErr.RuntimeError("lost sys.stderr");
            return false;
        }

        if (value is not PyBaseException && value is not PyNone)
        {
            // PyErr_Display reports this on the stream instead of raising.
            return BuiltinsModule.WriteToFile(stderr, $"TypeError: print_exception(): Exception expected for value, {value.Type.Name} found\n");
        }

        var state = SysState.Of(interp);
        if (state.PrintException is { } printer)
        {
            return printer(stderr, type, value, traceback);
        }

        string? line = ExceptionOnlyLine(value is PyNone ? type : value);
        return line is not null && BuiltinsModule.WriteToFile(stderr, line + "\n");
    }

    /// <summary>The last line of a traceback report: "Type: message" (traceback.format_exception_only without notes).</summary>
    public static string? ExceptionOnlyLine(PyObject value)
    {
        var type = value as PyType ?? value.Type;
        string name = Conversions.QualifiedTypeName(type);
        if (value is PyType)
        {
            return name;
        }

        var s = PyOps.Str(value);
        if (s is null)
        {
            PyErr.Clear();
            return name + ": <exception str() failed>";
        }

        string text = ((PyStr)s).Value;
        return text.Length == 0 ? name : name + ": " + text;
    }

    private sealed class InternTable
    {
        public readonly PyDict Strings = new();

        public static InternTable Of(PyInterpreterState interp) => interp.GetState(static _ => new InternTable());
    }
}
