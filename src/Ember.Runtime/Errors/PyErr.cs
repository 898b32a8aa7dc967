using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Errors;

/// <summary>
/// Raising and inspecting the pending exception (Python/errors.c). Python
/// exceptions travel as values: an operation that fails sets the pending
/// exception here and returns null / false / -1 (DESIGN.md, rule 1). The
/// helpers that set one return <c>null</c> typed as <see cref="PyObject"/> so
/// that <c>return PyErr.TypeError("...")</c> reads naturally.
/// </summary>
public static partial class PyErr
{
    public static bool Occurred => PyThreadState.Current.CurrentException is not null;

    /// <summary>Makes <paramref name="exception"/> the pending exception, chaining the one being handled as its __context__.</summary>
    public static void Raise(PyBaseException exception)
    {
        var ts = PyThreadState.Current;
        SetContext(exception, ts.HandledException);
        ts.CurrentException = exception;
    }

    /// <summary>Sets the pending exception without touching its context (re-raising, restoring a fetched one).</summary>
    public static void Restore(PyBaseException? exception) => PyThreadState.Current.CurrentException = exception;

    /// <summary>Takes the pending exception away (null when none).</summary>
    public static PyBaseException? Fetch()
    {
        var ts = PyThreadState.Current;
        var exc = ts.CurrentException;
        ts.CurrentException = null;
        return exc;
    }

    public static void Clear() => PyThreadState.Current.CurrentException = null;

    /// <summary>Whether the pending exception is an instance of <paramref name="type"/>.</summary>
    public static bool ExceptionMatches(PyType type) =>
        PyThreadState.Current.CurrentException is { } exc && exc.Type.IsSubtypeOf(type);

    /// <summary>Clears the pending exception if it is an instance of <paramref name="type"/>; returns whether it did.</summary>
    public static bool Clear(PyType type)
    {
        var ts = PyThreadState.Current;
        if (ts.CurrentException is { } exc && exc.Type.IsSubtypeOf(type))
        {
            ts.CurrentException = null;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Sets __context__ the way _PyErr_SetObject does: to the exception being
    /// handled, unless that would make a cycle (the cycle is cut where it closes).
    /// </summary>
    public static void SetContext(PyBaseException exception, PyBaseException? handled)
    {
        if (handled is null || ReferenceEquals(handled, exception))
        {
            return;
        }

        // Walk the context chain of `handled`; if `exception` is on it, cut the link to it.
        PyBaseException o = handled;
        int steps = 0;
        while (o.Context is PyBaseException context)
        {
            if (ReferenceEquals(context, exception))
            {
                o.Context = null;
                break;
            }

            o = context;
            if (++steps > 100_000)
            {
                break;
            }
        }

        exception.Context = handled;
    }

    /// <summary>Raises <paramref name="type"/>(<paramref name="message"/>).</summary>
    public static PyObject? SetString(PyType type, string message) => SetObject(type, new PyStr(message));

    /// <summary>
    /// Raises <paramref name="type"/> with <paramref name="value"/> as CPython's
    /// PyErr_SetObject does: an instance of the type is raised as is, a tuple
    /// gives the arguments, anything else is the single argument, null or None none.
    /// </summary>
    public static PyObject? SetObject(PyType type, PyObject? value)
    {
        if (value is PyBaseException inst && inst.Type.IsSubtypeOf(type))
        {
            Raise(inst);
            return null;
        }

        ReadOnlySpan<PyObject> args = value switch
        {
            null or PyNone => [],
            PyTuple t when ReferenceEquals(t.Type, PyTuple.TypeObject) => t.Items,
            _ => new[] { value },
        };
        var exc = CreateException(type, args);
        if (exc is not null)
        {
            Raise(exc);
        }

        return null;
    }

    /// <summary>Calls an exception class with <paramref name="args"/>; null with the constructor's error pending if it failed.</summary>
    public static PyBaseException? CreateException(PyType type, ReadOnlySpan<PyObject> args)
    {
        var created = Protocols.PyCall.Call(type, args, null);
        if (created is null)
        {
            return null;
        }

        if (created is PyBaseException exc)
        {
            return exc;
        }

        SetString(PyExc.TypeError, $"calling {type.Name} should have returned an instance of BaseException, not {created.Type.Name}");
        return null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? TypeError(string message) => SetString(PyExc.TypeError, message);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? ValueError(string message) => SetString(PyExc.ValueError, message);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? IndexError(string message) => SetString(PyExc.IndexError, message);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? OverflowError(string message) => SetString(PyExc.OverflowError, message);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? ZeroDivisionError(string message) => SetString(PyExc.ZeroDivisionError, message);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? RuntimeError(string message) => SetString(PyExc.RuntimeError, message);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? SystemError(string message) => SetString(PyExc.SystemError, message);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? NotImplementedError(string message) => SetString(PyExc.NotImplementedError, message);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? NameError(string message) => SetString(PyExc.NameError, message);

    /// <summary>KeyError(key): the key is the single argument even when it is a tuple.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? KeyError(PyObject key) => SetObject(PyExc.KeyError, PyTuple.Create(key));

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? AttributeError(string message) => SetString(PyExc.AttributeError, message);

    /// <summary>StopIteration(value) for a generator's return value; null value means no argument.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? StopIteration(PyObject? value) =>
        SetObject(PyExc.StopIteration, value is null ? PyTuple.Empty : PyTuple.Create(value));

    /// <summary>MemoryError without building anything large (what PyErr_NoMemory raises).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? NoMemory() => SetObject(PyExc.MemoryError, null);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? RecursionError(string message) => SetString(PyExc.RecursionError, message);

    /// <summary>
    /// Enters a C#-level recursion point (Py_EnterRecursiveCall): false with
    /// RecursionError pending when Python's limit or the .NET stack is exhausted.
    /// Pair each true result with <see cref="LeaveRecursiveCall"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EnterRecursiveCall(PyThreadState ts, string where)
    {
        if (++ts.RecursionDepth > ts.Interpreter.RecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.RecursionDepth--;
            RecursionError("maximum recursion depth exceeded" + where);
            return false;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void LeaveRecursiveCall(PyThreadState ts) => ts.RecursionDepth--;

    /// <summary>For internal invariants only: a bug in Ember, never a Python-level error.</summary>
    [DoesNotReturn]
    public static void Fail(string message) => throw new InvalidOperationException(message);
}
