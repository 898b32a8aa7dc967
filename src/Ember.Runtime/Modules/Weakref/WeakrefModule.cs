using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Weakref;

/// <summary>The <c>_weakref</c> module (Modules/_weakref.c), under the stdlib's weakref.py.</summary>
public static class WeakrefModule
{
    public static PyModule Create(PyInterpreterState interp)
    {
        var module = new PyModule("_weakref") { Origin = "built-in" };
        var d = module.Dict;
        d.SetItemStr("__doc__", new PyStr("Weak-reference support module."));
        Add(d, "getweakrefcount", static (args, kw) =>
        {
            if (!Args.ExactlyOne("_weakref.getweakrefcount", args, kw))
            {
                return null;
            }

            var list = WeakrefList.Find(PyThreadState.Current.Interpreter, args[0]);
            return PyInt.From(list?.Live().Count ?? 0);
        });
        Add(d, "_remove_dead_weakref", RemoveDeadWeakref);
        Add(d, "getweakrefs", static (args, kw) =>
        {
            if (!Args.ExactlyOne("_weakref.getweakrefs", args, kw))
            {
                return null;
            }

            var list = WeakrefList.Find(PyThreadState.Current.Interpreter, args[0]);
            var result = new PyList();
            if (list is not null)
            {
                foreach (var r in list.Live())
                {
                    result.Append(r);
                }
            }

            return result;
        });
        Add(d, "proxy", static (args, kw) =>
            Args.NoKeywords("_weakref.proxy", kw) && Args.Positional("proxy", args, null, 1, 2)
                ? PyWeakProxy.NewProxy(args[0], args.Length > 1 ? args[1] : null)
                : null);
        d.SetItemStr("ref", PyWeakref.TypeObject);
        d.SetItemStr("ReferenceType", PyWeakref.TypeObject);
        d.SetItemStr("ProxyType", PyWeakProxy.ProxyType);
        d.SetItemStr("CallableProxyType", PyWeakProxy.CallableProxyType);
        return module;
    }

    // _remove_dead_weakref(dct, key): deletes dct[key] when it is a dead weakref; a missing key is fine.
    private static PyObject? RemoveDeadWeakref(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("_remove_dead_weakref", args, kwnames, 2, 2))
        {
            return null;
        }

        if (args[0] is not PyDict dict)
        {
            return PyErr.TypeError($"_remove_dead_weakref() argument 1 must be dict, not {args[0].Type.TpName}");
        }

        var value = dict.GetItem(args[1]);
        if (value is null)
        {
            return PyErr.Occurred && !PyErr.ExceptionMatches(PyExc.KeyError) ? null : Cleared();
        }

        if (value is not PyWeakref r)
        {
            return PyErr.TypeError("not a weakref");
        }

        if (r.Target is null && dict.DelItem(args[1]) < 0)
        {
            return PyErr.ExceptionMatches(PyExc.KeyError) ? Cleared() : null;
        }

        return PyNone.Instance;
    }

    private static PyObject Cleared()
    {
        PyErr.Clear();
        return PyNone.Instance;
    }

    private static void Add(PyDict d, string name, FunctionImpl impl) =>
        d.SetItemStr(name, new PyBuiltinFunction(name, impl, "_weakref"));
}
