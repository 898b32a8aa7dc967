using Ember.Runtime.Errors;
using Ember.Runtime.Objects;

namespace Ember.Runtime.Protocols;

/// <summary>
/// Calling objects (Objects/call.c) in the vectorcall convention: positional
/// arguments followed by keyword values whose names are <c>kwnames</c>.
/// </summary>
public static class PyCall
{
    public static PyObject? Call(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var slot = callable.Type.Call;
        if (slot is null)
        {
            return PyErr.TypeError($"'{callable.Type.TpName}' object is not callable");
        }

        return slot(callable, args, kwnames);
    }

    public static PyObject? Call(PyObject callable) => Call(callable, ReadOnlySpan<PyObject>.Empty, null);

    public static PyObject? Call(PyObject callable, PyObject arg) => Call(callable, new ReadOnlySpan<PyObject>(in arg), null);

    public static PyObject? Call(PyObject callable, PyObject arg0, PyObject arg1) => Call(callable, [arg0, arg1], null);

    /// <summary>Calls with a tuple of positional arguments and an optional dict of keyword arguments (PyObject_Call).</summary>
    public static PyObject? CallWithDict(PyObject callable, ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        if (kwargs is null || kwargs.Count == 0)
        {
            return Call(callable, args, null);
        }

        var all = new PyObject[args.Length + kwargs.Count];
        args.CopyTo(all);
        var names = new PyObject[kwargs.Count];
        int pos = 0, n = 0;
        while (kwargs.Next(ref pos, out var key, out var value))
        {
            if (key is not PyStr)
            {
                return PyErr.TypeError("keywords must be strings");
            }

            names[n] = key;
            all[args.Length + n] = value;
            n++;
        }

        return Call(callable, all, new PyTuple(names));
    }

    /// <summary>obj.name(*args): looks the attribute up and calls it.</summary>
    public static PyObject? CallMethod(PyObject obj, PyStr name, ReadOnlySpan<PyObject> args)
    {
        var method = PyOps.GetAttr(obj, name);
        if (method is null)
        {
            return null;
        }

        return Call(method, args, null);
    }

    public static PyObject? CallMethod(PyObject obj, string name, ReadOnlySpan<PyObject> args) =>
        CallMethod(obj, new PyStr(name), args);

    /// <summary>
    /// Looks a special method up on the type, not the instance (_PyObject_LookupSpecial),
    /// and binds it. Null without an exception when the type has none.
    /// </summary>
    public static PyObject? LookupSpecial(PyObject obj, PyStr name)
    {
        var descr = obj.Type.Lookup(name);
        if (descr is null)
        {
            return null;
        }

        if (descr.Type.DescrGet is { } get)
        {
            return get(descr, obj, obj.Type);
        }

        return descr;
    }

    /// <summary>Calls a special method found on the type with <paramref name="obj"/> as self; null without an exception when absent (check <paramref name="found"/>).</summary>
    public static PyObject? CallSpecial(PyObject obj, PyStr name, ReadOnlySpan<PyObject> args, out bool found)
    {
        var method = LookupSpecial(obj, name);
        if (method is null)
        {
            found = false;
            return null;
        }

        found = true;
        return Call(method, args, null);
    }
}
