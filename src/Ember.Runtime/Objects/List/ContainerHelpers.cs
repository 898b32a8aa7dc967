using System.Runtime.CompilerServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// Pieces the builtin containers share: the unhashable hash slot, the guard
/// that makes a container's repr print "[...]" when it contains itself
/// (Py_ReprEnter), length hints and the allocation checks that turn an
/// impossible size into MemoryError.
/// </summary>
public static class ContainerHelpers
{
    /// <summary>PyIndex_Check: an int, or an object whose type has __index__.</summary>
    public static bool HasIndex(PyObject o) => o is PyInt || o.Type.Index is not null;

    /// <summary>PyObject_HashNotImplemented: the hash slot of list, dict, set, slice.</summary>
    public static long HashNotImplemented(PyObject self)
    {
        PyErr.TypeError($"unhashable type: '{self.Type.TpName}'");
        return -1;
    }

    /// <summary>
    /// Py_ReprEnter: false when <paramref name="o"/>'s repr is already being
    /// built on this thread (the caller then prints the recursion marker);
    /// otherwise true, and the caller must call <see cref="ReprLeave"/>.
    /// </summary>
    public static bool ReprEnter(PyObject o)
    {
        var stack = PyThreadState.Current.ReprInProgress ??= new List<PyObject>();
        for (int i = stack.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(stack[i], o))
            {
                return false;
            }
        }

        stack.Add(o);
        return true;
    }

    public static void ReprLeave(PyObject o)
    {
        var stack = PyThreadState.Current.ReprInProgress;
        if (stack is null)
        {
            return;
        }

        for (int i = stack.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(stack[i], o))
            {
                stack.RemoveAt(i);
                return;
            }
        }
    }

    /// <summary>
    /// operator.length_hint (PyObject_LengthHint): len() when the type has one,
    /// else __length_hint__, else <paramref name="defaultValue"/>; -1 on error.
    /// </summary>
    public static long LengthHint(PyObject o, long defaultValue)
    {
        if (o.Type.Length is { } len)
        {
            long n = len(o);
            if (n >= 0)
            {
                return n;
            }

            if (!PyErr.ExceptionMatches(PyExc.TypeError))
            {
                return -1;
            }

            PyErr.Clear();
        }

        var hint = PyCall.LookupSpecial(o, s_lengthHint);
        if (hint is null)
        {
            return PyErr.Occurred ? -1 : defaultValue;
        }

        var result = PyCall.Call(hint);
        if (result is null)
        {
            if (PyErr.ExceptionMatches(PyExc.TypeError))
            {
                PyErr.Clear();
                return defaultValue;
            }

            return -1;
        }

        if (ReferenceEquals(result, PyNotImplemented.Instance))
        {
            return defaultValue;
        }

        if (result is not PyInt)
        {
            PyErr.TypeError($"__length_hint__ must be an integer, not {result.Type.Name}");
            return -1;
        }

        if (!PyNumber.AsSsize(result, out long value))
        {
            return -1;
        }

        if (value < 0)
        {
            PyErr.ValueError("__length_hint__() should return >= 0");
            return -1;
        }

        return value;
    }

    private static readonly PyStr s_lengthHint = new("__length_hint__");

    /// <summary>
    /// The largest item count an array may have here. Anything larger is a
    /// MemoryError, as an allocation CPython cannot satisfy would be.
    /// </summary>
    public const long MaxItems = 0x7FFFFFC7;

    /// <summary>A new item array; null with MemoryError pending when it cannot exist.</summary>
    public static PyObject[]? NewItems(long count)
    {
        if (count > MaxItems || count < 0)
        {
            PyErr.NoMemory();
            return null;
        }

        try
        {
            return count == 0 ? [] : new PyObject[count];
        }
        catch (OutOfMemoryException)
        {
            PyErr.NoMemory();
            return null;
        }
    }

    /// <summary>__class_getitem__ of the builtin generic containers: <c>list[int]</c> is a types.GenericAlias.</summary>
    public static PyObject? ClassGetItem(PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("__class_getitem__", args, kwnames))
        {
            return null;
        }

        return new PyGenericAlias(cls, args[0]);
    }

    /// <summary>The repr of an object as .NET text, guarded against deep nesting; null with an exception pending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? ReprOf(PyObject o) => PyOps.ReprString(o);
}

/// <summary>Looks up builtins the containers' __reduce__ methods name (_PyEval_GetBuiltin).</summary>
public static class BuiltinLookup
{
    /// <summary>builtins.<paramref name="name"/> of the current interpreter; null with AttributeError pending when absent.</summary>
    public static PyObject? Get(string name)
    {
        var value = PyThreadState.Current.Interpreter.Builtins.GetItemStr(name);
        return value ?? PyErr.SetObject(PyExc.AttributeError, new PyStr(name));
    }
}
