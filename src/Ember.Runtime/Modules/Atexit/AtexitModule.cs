using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Atexit;

/// <summary>
/// The <c>atexit</c> module (Modules/atexitmodule.c): functions registered
/// to run when the interpreter finalizes, last registered first. As in
/// CPython, an unregistered callback leaves an empty slot (so
/// <c>_ncallbacks()</c> still counts it), callbacks registered while the
/// callbacks run are not called, and an exception from one goes to
/// sys.unraisablehook as "Exception ignored in atexit callback".
/// </summary>
public static class AtexitModule
{
    private const string Doc = "allow programmer to define multiple exit functions to be executed\n"
        + "upon normal program termination.\n\n"
        + "Two public functions, register and unregister, are defined.\n";

    private sealed record Callback(PyObject Func, PyObject[] Args, PyTuple? KwNames);

    /// <summary>The interpreter's callbacks; a null slot is an unregistered one.</summary>
    private sealed class AtexitState
    {
        public readonly List<Callback?> Callbacks = new();
    }

    private static AtexitState StateOf(PyInterpreterState interp) => interp.GetState(static _ => new AtexitState());

    public static PyModule Create(PyInterpreterState interp)
    {
        var module = new PyModule("atexit") { Origin = "built-in" };
        var d = module.Dict;
        d.SetItemStr("__doc__", new PyStr(Doc));
        Add(d, "register", Register);
        Add(d, "unregister", Unregister);
        Add(d, "_run_exitfuncs", static (args, kw) =>
        {
            if (!Args.NoArgs("atexit._run_exitfuncs", args, kw))
            {
                return null;
            }

            var ts = PyThreadState.Current;
            CallFuncs(ts);
            return ts.HasException ? null : PyNone.Instance;
        });
        Add(d, "_clear", static (args, kw) =>
        {
            if (!Args.NoArgs("atexit._clear", args, kw))
            {
                return null;
            }

            StateOf(PyThreadState.Current.Interpreter).Callbacks.Clear();
            return PyNone.Instance;
        });
        Add(d, "_ncallbacks", static (args, kw) =>
            Args.NoArgs("atexit._ncallbacks", args, kw) ? PyInt.From(StateOf(PyThreadState.Current.Interpreter).Callbacks.Count) : null);
        return module;
    }

    /// <summary>
    /// _PyAtExit_Call: runs the callbacks of <paramref name="ts"/>'s
    /// interpreter, last registered first, reporting each failure as
    /// unraisable, then forgets them all. Does nothing when none were registered.
    /// </summary>
    public static void CallFuncs(PyThreadState ts)
    {
        var state = StateOf(ts.Interpreter);
        var callbacks = state.Callbacks;
        for (int i = callbacks.Count - 1; i >= 0; i--)
        {
            if (i >= callbacks.Count || callbacks[i] is not { } cb)
            {
                continue;
            }

            if (PyCall.Call(cb.Func, cb.Args, cb.KwNames) is null)
            {
                Sys.SysModule.WriteUnraisable(ts, "Exception ignored in atexit callback", cb.Func);
            }
        }

        callbacks.Clear();
    }

    private static PyObject? Register(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Count ?? 0);
        if (npos == 0)
        {
            return PyErr.TypeError("register() takes at least 1 argument (0 given)");
        }

        var func = args[0];
        if (func.Type.Call is null)
        {
            return PyErr.TypeError("the first argument must be callable");
        }

        var rest = args[1..].ToArray();
        StateOf(PyThreadState.Current.Interpreter).Callbacks.Add(new Callback(func, rest, kwnames is { Count: > 0 } ? kwnames : null));
        return func;
    }

    private static PyObject? Unregister(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("atexit.unregister", args, kwnames))
        {
            return null;
        }

        var callbacks = StateOf(PyThreadState.Current.Interpreter).Callbacks;
        for (int i = 0; i < callbacks.Count; i++)
        {
            if (callbacks[i] is not { } cb)
            {
                continue;
            }

            int eq = PyOps.RichCompareBool(cb.Func, args[0], CompareOp.Eq);
            if (eq < 0)
            {
                return null;
            }

            if (eq == 1 && i < callbacks.Count)
            {
                callbacks[i] = null;
            }
        }

        return PyNone.Instance;
    }

    private static void Add(PyDict d, string name, FunctionImpl impl) =>
        d.SetItemStr(name, new PyBuiltinFunction(name, impl, "atexit"));
}
