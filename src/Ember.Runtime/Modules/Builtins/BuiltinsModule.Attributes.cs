using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Builtins;

public static partial class BuiltinsModule
{
    private static readonly PyStr s_dirName = new("__dir__");
    private static readonly PyStr s_dictName = new("__dict__");
    private static readonly PyStr s_locals = new("locals");
    private static readonly PyStr s_keys = new("keys");

    private static void AddAttributeFunctions(PyDict d)
    {
        Add(d, "getattr", GetAttr);
        Add(d, "setattr", static (args, kw) =>
        {
            if (!Args.Positional("setattr", args, kw, 3, 3) || AttrName(args[1]) is not { } name)
            {
                return null;
            }

            return PyOps.SetAttr(args[0], name, args[2]) ? PyNone.Instance : null;
        });
        Add(d, "delattr", static (args, kw) =>
        {
            if (!Args.Positional("delattr", args, kw, 2, 2) || AttrName(args[1]) is not { } name)
            {
                return null;
            }

            return PyOps.SetAttr(args[0], name, null) ? PyNone.Instance : null;
        });
        Add(d, "hasattr", static (args, kw) =>
        {
            if (!Args.Positional("hasattr", args, kw, 2, 2) || AttrName(args[1]) is not { } name)
            {
                return null;
            }

            var value = PyOps.GetAttr(args[0], name);
            if (value is not null)
            {
                return PyBool.True;
            }

            return PyErr.Clear(PyExc.AttributeError) ? PyBool.False : null;
        });
        Add(d, "dir", Dir);
        Add(d, "vars", Vars);
    }

    private static PyStr? AttrName(PyObject name)
    {
        if (name is PyStr s)
        {
            return s;
        }

        PyErr.TypeError($"attribute name must be string, not '{name.Type.Name}'");
        return null;
    }

    /// <summary>getattr(object, name[, default]): the default replaces an AttributeError only.</summary>
    private static PyObject? GetAttr(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("getattr", args, kwnames, 2, 3) || AttrName(args[1]) is not { } name)
        {
            return null;
        }

        var value = PyOps.GetAttr(args[0], name);
        if (value is null && args.Length == 3 && PyErr.Clear(PyExc.AttributeError))
        {
            return args[2];
        }

        return value;
    }

    /// <summary>
    /// dir([object]): without an argument the sorted names of the caller's
    /// locals (through the interpreter's <c>locals</c> builtin, which sees the
    /// calling frame since builtins run in it); with one, the sorted result of
    /// type(object).__dir__(object).
    /// </summary>
    private static PyObject? Dir(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("dir", args, kwnames, 0, 1))
        {
            return null;
        }

        PyObject? names;
        if (args.Length == 0)
        {
            var locals = CallerLocals();
            if (locals is null)
            {
                return null;
            }

            names = locals is PyDict ld ? KeysList(ld) : PyCall.CallMethod(locals, s_keys, []);
        }
        else
        {
            var method = PyCall.LookupSpecial(args[0], s_dirName);
            if (method is null)
            {
                return PyErr.Occurred ? null : PyErr.TypeError("object does not provide __dir__");
            }

            names = PyCall.Call(method);
        }

        if (names is null)
        {
            return null;
        }

        var list = ListOf(names);
        return list is not null && SortList(list) ? list : null;
    }

    /// <summary>vars([object]): the caller's locals, or object.__dict__.</summary>
    private static PyObject? Vars(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("vars", args, kwnames, 0, 1))
        {
            return null;
        }

        if (args.Length == 0)
        {
            return CallerLocals();
        }

        var dict = PyOps.GetAttr(args[0], s_dictName);
        if (dict is null && PyErr.Clear(PyExc.AttributeError))
        {
            return PyErr.TypeError("vars() argument must have __dict__ attribute");
        }

        return dict;
    }

    private static PyObject? CallerLocals()
    {
        var locals = Current.GetItemStr(s_locals);
        if (locals is null)
        {
            return PyErr.SystemError("frames are not available: the interpreter has not installed locals()");
        }

        return PyCall.Call(locals);
    }

    private static PyList KeysList(PyDict d)
    {
        var list = new PyList(d.Count);
        int pos = 0;
        while (d.Next(ref pos, out var key, out _))
        {
            list.Append(key);
        }

        return list;
    }

    /// <summary>A new list of the items of an iterable (PySequence_List); null with an exception pending.</summary>
    internal static PyList? ListOf(PyObject iterable)
    {
        if (iterable is PyDict d && ReferenceEquals(d.Type, PyDict.TypeObject))
        {
            return KeysList(d);
        }

        var items = PyExc.ItemsOf(iterable);
        if (items is null)
        {
            return null;
        }

        // ItemsOf may hand back a tuple's own array; the list must own its storage.
        var copy = iterable is PyTuple ? (PyObject[])items.Clone() : items;
        return new PyList(copy, copy.Length);
    }
}
