using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Interpreter;

// Raising, matching and tracebacks.
public static partial class PyEval
{
    /// <summary>Adds this frame at its current instruction to the pending exception's traceback (PyTraceBack_Here).</summary>
    private static void AddTraceback(PyThreadState ts, Frame f)
    {
        var exc = ts.CurrentException;
        if (exc is null)
        {
            return;
        }

        exc.Traceback = new PyTraceback(exc.Traceback as PyTraceback, f.FrameObject, f.Lasti, f.LineNo);
    }

    /// <summary>
    /// RAISE_VARARGS: leaves the exception pending. Returns true when it is a
    /// bare re-raise, which keeps the traceback as it is.
    /// </summary>
    private static bool Raise(PyThreadState ts, PyObject? exc, PyObject? cause)
    {
        if (exc is null)
        {
            var handled = ts.HandledException;
            if (handled is null)
            {
                PyErr.RuntimeError("No active exception to reraise");
                return false;
            }

            PyErr.Restore(handled);
            return true;
        }

        var instance = MakeException(exc, "exceptions must derive from BaseException");
        if (instance is null)
        {
            return false;
        }

        if (cause is not null)
        {
            if (ReferenceEquals(cause, PyNone.Instance))
            {
                instance.Cause = null;
            }
            else
            {
                var causeInstance = MakeException(cause, "exception causes must derive from BaseException");
                if (causeInstance is null)
                {
                    return false;
                }

                instance.Cause = causeInstance;
            }

            instance.SuppressContext = true;
        }

        // CPython keeps the raised class as the exception's type and normalizes when the
        // exception is caught: a class whose __new__ gave an instance of an unrelated class
        // is called once more with that instance as its argument (_PyErr_NormalizeException).
        if (exc is PyType raisedType && !instance.Type.IsSubtypeOf(raisedType))
        {
            var normalized = PyCall.Call(raisedType, instance);
            if (normalized is null)
            {
                return false;
            }

            if (normalized is PyBaseException fixedInstance)
            {
                instance = fixedInstance;
            }
        }

        PyErr.Raise(instance);
        return false;
    }

    /// <summary>An exception instance from a class (called with no arguments) or an instance; TypeError otherwise.</summary>
    private static PyBaseException? MakeException(PyObject value, string message)
    {
        if (value is PyType type && type.IsSubtypeOf(PyExc.BaseException))
        {
            var created = PyCall.Call(type);
            if (created is null)
            {
                return null;
            }

            if (created is not PyBaseException e)
            {
                PyErr.TypeError($"calling {ReprOf(type)} should have returned an instance of BaseException, not {ReprOf(created.Type)}");
                return null;
            }

            return e;
        }

        if (value is PyBaseException instance)
        {
            return instance;
        }

        PyErr.TypeError(message);
        return null;
    }

    private static string ReprOf(PyObject o) => (PyOps.Repr(o) as PyStr)?.Value ?? o.Type.Name;

    private const string BadCatchMessage = "catching classes that do not inherit from BaseException is not allowed";

    private static bool IsExceptionClass(PyObject o) => o is PyType t && t.IsSubtypeOf(PyExc.BaseException);

    private static bool ValidateExceptType(PyObject type)
    {
        if (type is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
            {
                if (!IsExceptionClass(item))
                {
                    PyErr.TypeError(BadCatchMessage);
                    return false;
                }
            }

            return true;
        }

        if (!IsExceptionClass(type))
        {
            PyErr.TypeError(BadCatchMessage);
            return false;
        }

        return true;
    }

    /// <summary>PyErr_GivenExceptionMatches for an instance and a validated class or tuple.</summary>
    internal static bool ExceptionMatches(PyObject exc, PyObject type)
    {
        if (type is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
            {
                if (ExceptionMatches(exc, item))
                {
                    return true;
                }
            }

            return false;
        }

        return type is PyType t && exc.Type.IsSubtypeOf(t);
    }

    /// <summary>CHECK_EXC_MATCH: 1, 0, or -1 with TypeError for a bad except clause.</summary>
    private static int CheckExcMatch(PyObject exc, PyObject type)
    {
        if (!ValidateExceptType(type))
        {
            return -1;
        }

        return ExceptionMatches(exc, type) ? 1 : 0;
    }

    private static readonly PyStr s_split = new("split");

    /// <summary>CHECK_EG_MATCH: [exc, type] becomes [exc, None] or [rest, match].</summary>
    private static bool CheckEgMatch(PyThreadState ts, PyObject[] v, int sp)
    {
        var type = v[sp - 1];
        if (!ValidateExceptType(type))
        {
            return false;
        }

        if (IsGroupClass(type))
        {
            PyErr.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            return false;
        }

        var exc = v[sp - 2];
        PyObject match, rest;
        if (ReferenceEquals(exc, PyNone.Instance))
        {
            match = rest = PyNone.Instance;
        }
        else if (ExceptionMatches(exc, type))
        {
            if (exc.Type.IsSubtypeOf(PyExc.BaseExceptionGroup))
            {
                match = exc;
            }
            else
            {
                var wrapped = PyCall.Call(PyExc.BaseExceptionGroup, PyStr.Empty, PyTuple.Create(exc));
                if (wrapped is null)
                {
                    return false;
                }

                match = wrapped;
            }

            rest = PyNone.Instance;
        }
        else if (exc.Type.IsSubtypeOf(PyExc.BaseExceptionGroup))
        {
            var pair = PyCall.CallMethod(exc, s_split, [type]);
            if (pair is null)
            {
                return false;
            }

            if (pair is not PyTuple { Count: 2 } t)
            {
                PyErr.TypeError($"{exc.Type.Name}.split must return a 2-tuple, got {pair.Type.Name}");
                return false;
            }

            match = t.Items[0];
            rest = t.Items[1];
        }
        else
        {
            match = rest = PyNone.Instance;
        }

        if (ReferenceEquals(match, PyNone.Instance))
        {
            v[sp - 1] = match;
            return true;
        }

        v[sp - 2] = rest;
        v[sp - 1] = match;
        ts.HandledException = match as PyBaseException;
        if ((ts.CurrentFrame as Frame)?.Owner is PyGenBase gen)
        {
            gen.ExcItem = match as PyBaseException;
        }

        return true;
    }

    private static bool IsGroupClass(PyObject type)
    {
        if (type is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
            {
                if (item is PyType t && t.IsSubtypeOf(PyExc.BaseExceptionGroup))
                {
                    return true;
                }
            }

            return false;
        }

        return type is PyType one && one.IsSubtypeOf(PyExc.BaseExceptionGroup);
    }

    private static readonly PyStr s_enter = new("__enter__");
    private static readonly PyStr s_exit = new("__exit__");
    private static readonly PyStr s_aenter = new("__aenter__");
    private static readonly PyStr s_aexit = new("__aexit__");

    /// <summary>BEFORE_WITH / BEFORE_ASYNC_WITH: the bound exit method and the enter method's result.</summary>
    private static bool BeforeWith(PyObject mgr, bool async, out PyObject exit, out PyObject result)
    {
        exit = null!;
        result = null!;
        string protocol = async ? "asynchronous context manager protocol" : "context manager protocol";
        var enter = PyCall.LookupSpecial(mgr, async ? s_aenter : s_enter);
        if (enter is null)
        {
            if (!PyErr.Occurred)
            {
                PyErr.TypeError($"'{mgr.Type.Name}' object does not support the {protocol}");
            }

            return false;
        }

        var exitMethod = PyCall.LookupSpecial(mgr, async ? s_aexit : s_exit);
        if (exitMethod is null)
        {
            if (!PyErr.Occurred)
            {
                PyErr.TypeError($"'{mgr.Type.Name}' object does not support the {protocol} (missed {(async ? "__aexit__" : "__exit__")} method)");
            }

            return false;
        }

        var res = PyCall.Call(enter);
        if (res is null)
        {
            return false;
        }

        exit = exitMethod;
        result = res;
        return true;
    }
}
