using System.Runtime.CompilerServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Thread;

/// <summary>
/// <c>_thread._local</c> (Modules/_threadmodule.c's localobject), threading.local:
/// one attribute dict per thread. The dicts hang off the object in a weak
/// table keyed by the thread's state, so a thread's dict goes when the thread
/// does. The first access from another thread makes its dict and calls
/// <c>__init__</c> again with the arguments the object was created with
/// (_ldict).
/// </summary>
public class PyThreadLocal : PyObject, IInstanceDict
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "_local", null, TypeFlags.BaseType | TypeFlags.HasWeakref, InitSlots, null, "_thread");

    private readonly ConditionalWeakTable<PyThreadState, PyDict> _dicts = new();
    private PyObject[] _args = [];
    private PyTuple? _kwnames;

    private PyThreadLocal(PyType type)
        : base(type)
    {
    }

    PyDict? IInstanceDict.Dict
    {
        get => _dicts.TryGetValue(PyThreadState.Current, out var d) ? d : null;
        set => _dicts.AddOrUpdate(PyThreadState.Current, value ?? new PyDict());
    }

    /// <summary>The calling thread's dict, made (and __init__ run) on its first use; null with the error of __init__.</summary>
    private PyDict? LocalDict()
    {
        var ts = PyThreadState.Current;
        if (_dicts.TryGetValue(ts, out var dict))
        {
            return dict;
        }

        dict = new PyDict();
        _dicts.AddOrUpdate(ts, dict);
        var init = Type.Init;
        if (init is not null && init != PyType.ObjectType.Init && !init(this, _args, _kwnames))
        {
            _dicts.Remove(ts);
            return null;
        }

        return dict;
    }

    private static void InitSlots(PyType t)
    {
        t.New = New;
        t.GetAttr = GetAttr;
        t.SetAttr = SetAttr;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (type.Init == PyType.ObjectType.Init && args.Length > 0)
        {
            return PyErr.TypeError("Initialization arguments are not supported");
        }

        var local = new PyThreadLocal(type);
        local._args = args.ToArray();
        local._kwnames = kwnames;
        // The creating thread's dict exists at once; type() then calls __init__ on it.
        local._dicts.AddOrUpdate(PyThreadState.Current, new PyDict());
        return local;
    }

    private static PyObject? GetAttr(PyObject self, PyStr name)
    {
        var dict = ((PyThreadLocal)self).LocalDict();
        if (dict is null)
        {
            return null;
        }

        if (name.Value == "__dict__")
        {
            return dict;
        }

        var value = PyAttr.GenericGetAttr(self, name, suppress: true);
        if (value is null && !PyErr.Occurred)
        {
            // Named by tp_name, as CPython's generic lookup names every type.
            return PyAttr.RaiseAttributeError($"'{self.Type.TpName}' object has no attribute '{name.Value}'", self, name);
        }

        return value;
    }

    private static bool SetAttr(PyObject self, PyStr name, PyObject? value)
    {
        var dict = ((PyThreadLocal)self).LocalDict();
        if (dict is null)
        {
            return false;
        }

        if (name.Value == "__dict__")
        {
            PyErr.AttributeError($"'{self.Type.TpName}' object attribute '__dict__' is read-only");
            return false;
        }

        if (value is null && self.Type.Lookup(name) is not { Type.DescrSet: not null })
        {
            int removed = dict.DelItem(name);
            if (removed == 0)
            {
                PyErr.AttributeError($"'{self.Type.TpName}' object has no attribute '{name.Value}'");
            }

            return removed > 0;
        }

        return PyAttr.GenericSetAttr(self, name, value);
    }
}
