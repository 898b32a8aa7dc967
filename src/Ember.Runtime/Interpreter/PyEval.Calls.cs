using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Interpreter;

// CALL_FUNCTION_EX and MAKE_FUNCTION.
public static partial class PyEval
{
    private static PyObject? CallFunctionEx(PyThreadState ts, PyObject func, PyObject args, PyObject? kwargs)
    {
        PyTuple tuple;
        if (args is PyTuple t && ReferenceEquals(args.Type, PyTuple.TypeObject))
        {
            tuple = t;
        }
        else
        {
            if (args.Type.Iter is null && args.Type.GetItem is null)
            {
                return PyErr.TypeError($"{Describe.FunctionStr(func)} argument after * must be an iterable, not {args.Type.Name}");
            }

            var items = PyIter.ToList(args);
            if (items is null)
            {
                return null;
            }

            tuple = new PyTuple(items.ToArray());
        }

        var dict = kwargs as PyDict;
        if (dict is null || dict.Count == 0)
        {
            return func is PyFunction f ? FunctionCalls.Call(ts, f, tuple.Items, null)
                : ts.UseTracing ? TraceCFunctionCall(ts, func, tuple.Items, null)
                : PyCall.Call(func, tuple.Items, null);
        }

        var all = new PyObject[tuple.Count + dict.Count];
        tuple.Items.CopyTo(all, 0);
        var names = new PyObject[dict.Count];
        int pos = 0, n = 0;
        while (dict.Next(ref pos, out var key, out var value))
        {
            if (key is not PyStr)
            {
                return PyErr.TypeError("keywords must be strings");
            }

            names[n] = key;
            all[tuple.Count + n] = value;
            n++;
        }

        var kwnames = new PyTuple(names);
        return func is PyFunction pf ? FunctionCalls.Call(ts, pf, all, kwnames)
            : ts.UseTracing ? TraceCFunctionCall(ts, func, all, kwnames)
            : PyCall.Call(func, all, kwnames);
    }

    private static PyObject? MakeFunction(Frame f, PyObject[] v, ref int sp, int flags)
    {
        var code = (PyCode)v[--sp];
        v[sp] = null!;
        var func = new PyFunction(code, f.Globals, f.Builtins);
        if ((flags & 8) != 0)
        {
            func.Closure = (PyTuple)v[--sp];
            v[sp] = null!;
        }

        if ((flags & 4) != 0)
        {
            var flat = (PyTuple)v[--sp];
            v[sp] = null!;
            var annotations = new PyDict();
            for (int i = 0; i + 1 < flat.Count; i += 2)
            {
                if (!annotations.SetItem(flat.Items[i], flat.Items[i + 1]))
                {
                    return null;
                }
            }

            func.Annotations = annotations;
        }

        if ((flags & 2) != 0)
        {
            func.KwDefaults = (PyDict)v[--sp];
            v[sp] = null!;
        }

        if ((flags & 1) != 0)
        {
            func.Defaults = (PyTuple)v[--sp];
            v[sp] = null!;
        }

        return func;
    }
}
