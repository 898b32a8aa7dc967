using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Modules.Builtins;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Sys;

/// <summary>
/// Exceptions nobody can catch (Python/errors.c's PyErr_WriteUnraisable): one
/// raised by <c>__del__</c> or by a weakref callback is handed to
/// <c>sys.unraisablehook</c> and the program goes on.
/// </summary>
public static partial class SysModule
{
    private static readonly PyType s_unraisableArgsType = StructSequence.CreateType(
        "UnraisableHookArgs", ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"]);

    private static readonly PyStr s_unraisablehook = new("unraisablehook");

    /// <summary>
    /// Reports the pending exception as unraisable and clears it. The report
    /// reads "Exception ignored in: repr(obj)", or "errMsg: repr(obj)" when
    /// <paramref name="errMsg"/> is given.
    /// </summary>
    public static void WriteUnraisable(PyThreadState ts, string? errMsg, PyObject? obj)
    {
        var exc = PyErr.Fetch();
        if (exc is null)
        {
            return;
        }

        var interp = ts.Interpreter;
        var hookArgs = StructSequence.Create(
            s_unraisableArgsType,
            exc.Type,
            exc,
            (PyObject?)exc.Traceback ?? PyNone.Instance,
            errMsg is null ? PyNone.Instance : new PyStr(errMsg),
            obj ?? PyNone.Instance);
        var hook = Get(interp)?.Dict.GetItemStr(s_unraisablehook);
        var defaultHook = Get(interp)?.Dict.GetItemStr("__unraisablehook__");
        if (hook is null or PyNone || ReferenceEquals(hook, defaultHook))
        {
            DefaultUnraisableHook(interp, hookArgs);
            PyErr.Clear();
            return;
        }

        if (PyCall.Call(hook, hookArgs) is not null)
        {
            return;
        }

        // The hook failed: its own error is reported by the default hook (_PyErr_WriteUnraisableMsg).
        var hookError = PyErr.Fetch()!;
        DefaultUnraisableHook(interp, StructSequence.Create(
            s_unraisableArgsType,
            hookError.Type,
            hookError,
            (PyObject?)hookError.Traceback ?? PyNone.Instance,
            new PyStr("Exception ignored in sys.unraisablehook"),
            hook));
        PyErr.Clear();
    }

    private static PyObject? UnraisableHook(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("unraisablehook", "sys.unraisablehook", args, kwnames, 1, 1))
        {
            return null;
        }

        if (args[0] is not PyStructSequence hookArgs || !ReferenceEquals(hookArgs.Type, s_unraisableArgsType))
        {
            return PyErr.TypeError("sys.unraisablehook argument type must be UnraisableHookArgs");
        }

        return DefaultUnraisableHook(PyThreadState.Current.Interpreter, hookArgs) ? PyNone.Instance : null;
    }

    /// <summary>write_unraisable_exc_file: the message line, the traceback, then "module.Type: str(value)".</summary>
    private static bool DefaultUnraisableHook(PyInterpreterState interp, PyTuple hookArgs)
    {
        var file = GetObject(interp, "stderr");
        if (file is null or PyNone)
        {
            return true;
        }

        var excType = hookArgs.Items[0];
        var excValue = hookArgs.Items[1];
        var excTb = hookArgs.Items[2];
        var errMsg = hookArgs.Items[3];
        var obj = hookArgs.Items[4];
        var sb = new StringBuilder();
        if (obj is not PyNone)
        {
            sb.Append(errMsg is PyStr msg ? msg.Value : "Exception ignored in").Append(": ");
            sb.Append(PyOps.Repr(obj) is PyStr repr ? repr.Value : "<object repr() failed>");
            PyErr.Clear();
            sb.Append('\n');
        }
        else if (errMsg is PyStr msg)
        {
            sb.Append(msg.Value).Append(":\n");
        }

        if (excTb is PyTraceback tb)
        {
            sb.Append("Traceback (most recent call last):\n");
            TracebackPrinter.FormatTraceback(sb, tb, new Dictionary<string, string[]?>());
        }

        if (excType is PyType type)
        {
            var module = PyOps.GetAttr(type, "__module__") as PyStr;
            PyErr.Clear();
            if (module is null)
            {
                sb.Append("<unknown>");
            }
            else if (module.Value != "builtins")
            {
                sb.Append(module.Value).Append('.');
            }

            sb.Append(type.QualName);
            if (excValue is not PyNone)
            {
                var text = PyOps.Str(excValue) as PyStr;
                PyErr.Clear();
                sb.Append(": ").Append(text is null ? "<exception str() failed>" : text.Value);
            }

            sb.Append('\n');
        }

        var saved = PyErr.Fetch();
        BuiltinsModule.WriteToFile(file, sb.ToString());
        PyErr.Clear();
        PyErr.Restore(saved);
        return true;
    }
}
