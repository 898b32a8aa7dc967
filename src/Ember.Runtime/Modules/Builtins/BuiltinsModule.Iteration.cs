using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Builtins;

public static partial class BuiltinsModule
{
    private static readonly PyStr s_sort = new("sort");

    private static void AddIterationFunctions(PyDict d)
    {
        Add(d, "iter", Iter);
        Add(d, "next", Next);
        Add(d, "all", static (args, kw) => Args.ExactlyOne("all", args, kw) ? AllAny(args[0], all: true) : null);
        Add(d, "any", static (args, kw) => Args.ExactlyOne("any", args, kw) ? AllAny(args[0], all: false) : null);
        Add(d, "min", static (args, kw) => MinMax(args, kw, CompareOp.Lt, "min"));
        Add(d, "max", static (args, kw) => MinMax(args, kw, CompareOp.Gt, "max"));
        Add(d, "sorted", Sorted);
        Add(d, "aiter", static (args, kw) => Args.ExactlyOne("aiter", args, kw) ? AIter(args[0]) : null);
        Add(d, "anext", ANext);
    }

    /// <summary>iter(object) or iter(callable, sentinel).</summary>
    private static PyObject? Iter(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("iter", args, kwnames, 1, 2))
        {
            return null;
        }

        if (args.Length == 1)
        {
            return PyIter.GetIter(args[0]);
        }

        if (args[0].Type.Call is null)
        {
            return PyErr.TypeError("iter(v, w): v must be callable");
        }

        return new PyCallIter(args[0], args[1]);
    }

    /// <summary>next(iterator[, default]): StopIteration at the end unless a default is given.</summary>
    private static PyObject? Next(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("next", args, kwnames, 1, 2))
        {
            return null;
        }

        var it = args[0];
        if (it.Type.Next is not { } next)
        {
            return PyErr.TypeError($"'{it.Type.Name}' object is not an iterator");
        }

        var item = next(it);
        if (item is not null)
        {
            return item;
        }

        if (args.Length == 2)
        {
            if (!PyErr.Occurred || PyErr.Clear(PyExc.StopIteration))
            {
                return args[1];
            }

            return null;
        }

        return PyErr.Occurred ? null : PyErr.SetObject(PyExc.StopIteration, null);
    }

    private static PyObject? AllAny(PyObject iterable, bool all)
    {
        if (!ItemCursor.Open(iterable, out var it))
        {
            return null;
        }

        while (it.Next(out var item))
        {
            int t = PyOps.IsTrue(item);
            if (t < 0)
            {
                return null;
            }

            if (t == (all ? 0 : 1))
            {
                return PyBool.From(!all);
            }
        }

        return PyErr.Occurred ? null : PyBool.From(all);
    }

    /// <summary>
    /// min/max (min_max in bltinmodule.c): one iterable or several
    /// arguments, keyword-only key and default; the first of equal extremes wins.
    /// </summary>
    private static PyObject? MinMax(ReadOnlySpan<PyObject> args, PyTuple? kwnames, CompareOp op, string name)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        PyObject? key = null, dflt = null;

        // The positional arguments are checked first, then the keywords as "|$OO:min" parses them.
        if (npos == 0)
        {
            return PyErr.TypeError($"{name} expected at least 1 argument, got 0");
        }

        if (nkw > 2)
        {
            return PyErr.TypeError($"{name}() takes at most 2 keyword arguments ({nkw} given)");
        }

        for (int k = 0; k < nkw; k++)
        {
            string kwName = ((PyStr)kwnames!.Items[k]).Value;
            if (kwName == "key")
            {
                key = args[npos + k];
            }
            else if (kwName == "default")
            {
                dflt = args[npos + k];
            }
            else
            {
                return PyErr.TypeError($"'{kwName}' is an invalid keyword argument for {name}()");
            }
        }

        if (npos > 1 && dflt is not null)
        {
            return PyErr.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
        }

        if (key is PyNone)
        {
            key = null;
        }

        ItemCursor it = default;
        if (npos == 1 && !ItemCursor.Open(args[0], out it))
        {
            return null;
        }

        PyObject? best = null, bestKey = null;
        for (int index = 0; ; index++)
        {
            PyObject item;
            if (npos > 1)
            {
                if (index == npos)
                {
                    break;
                }

                item = args[index];
            }
            else if (!it.Next(out item))
            {
                break;
            }

            var k = item;
            if (key is not null && (k = PyCall.Call(key, item)) is null)
            {
                return null;
            }

            if (best is null)
            {
                best = item;
                bestKey = k;
                continue;
            }

            int cmp = PyOps.RichCompareBool(k, bestKey!, op);
            if (cmp < 0)
            {
                return null;
            }

            if (cmp == 1)
            {
                best = item;
                bestKey = k;
            }
        }

        if (PyErr.Occurred)
        {
            return null;
        }

        if (best is null)
        {
            return dflt ?? PyErr.ValueError($"{name}() arg is an empty sequence");
        }

        return best;
    }

    /// <summary>sorted(iterable, /, *, key=None, reverse=False): a new list, sorted by its sort method.</summary>
    private static PyObject? Sorted(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos != 1)
        {
            return PyErr.TypeError($"sorted expected 1 argument, got {npos}");
        }

        var list = ListOf(args[0]);
        if (list is null)
        {
            return null;
        }

        var sort = PyOps.GetAttr(list, s_sort);
        if (sort is null)
        {
            return null;
        }

        return PyCall.Call(sort, args[1..], kwnames) is null ? null : list;
    }

    /// <summary>list.sort() through the list's own method.</summary>
    internal static bool SortList(PyList list) => PyCall.CallMethod(list, s_sort, []) is not null;

    private static PyObject? AIter(PyObject o)
    {
        if (o.Type.AIter is not { } slot)
        {
            return PyErr.TypeError($"'{o.Type.Name}' object is not an async iterable");
        }

        var it = slot(o);
        if (it is not null && it.Type.ANext is null)
        {
            return PyErr.TypeError($"aiter() returned not an async iterator of type '{it.Type.Name}'");
        }

        return it;
    }

    /// <summary>anext(aiterator[, default]): the awaitable of __anext__; with a default, an awaitable that turns StopAsyncIteration into it.</summary>
    private static PyObject? ANext(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("anext", args, kwnames, 1, 2))
        {
            return null;
        }

        var o = args[0];
        if (o.Type.ANext is not { } slot)
        {
            return PyErr.TypeError($"'{o.Type.Name}' object is not an async iterator");
        }

        var awaitable = slot(o);
        if (awaitable is null || args.Length == 1)
        {
            return awaitable;
        }

        return new PyANextAwaitable(awaitable, args[1]);
    }
}
