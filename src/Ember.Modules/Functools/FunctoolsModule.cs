using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Modules.Functools;

/// <summary>
/// The <c>_functools</c> module (Modules/_functoolsmodule.c): reduce,
/// partial and cmp_to_key. lru_cache's C wrapper is not here yet; functools.py
/// has a pure-Python one.
/// </summary>
public static class FunctoolsModule
{
    private const string Doc = "Tools that operate on functions.";

    private static readonly ArgSpec s_cmpToKeySpec = new("cmp_to_key", ["mycmp"], required: 1);

    public static PyModule Create(PyInterpreterState interp)
    {
        var m = ModuleHelpers.NewModule("_functools", Doc);
        m.AddFunction("reduce", Reduce);
        m.AddFunction("cmp_to_key", static (args, kw) =>
        {
            Span<PyObject?> slots = new PyObject?[1];
            return s_cmpToKeySpec.Parse(args, kw, slots) ? new PyKeyWrapper(slots[0]!, null) : null;
        });
        m.AddType(PyPartial.TypeObject);
        return m;
    }

    private static PyObject? Reduce(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.Positional("reduce", args, kw, 2, 3))
        {
            return null;
        }

        var func = args[0];
        var it = PyIter.GetIter(args[1]);
        if (it is null)
        {
            if (PyErr.ExceptionMatches(PyExc.TypeError))
            {
                PyErr.Clear();
                PyErr.TypeError("reduce() arg 2 must support iteration");
            }

            return null;
        }

        PyObject? result = args.Length == 3 ? args[2] : null;
        while (PyIter.TryNext(it, out var item))
        {
            if (result is null)
            {
                result = item;
                continue;
            }

            result = PyCall.Call(func, result, item);
            if (result is null)
            {
                return null;
            }
        }

        if (PyErr.Occurred)
        {
            return null;
        }

        return result ?? PyErr.TypeError("reduce() of empty iterable with no initial value");
    }
}
