using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// object's side of pickling and copying (Objects/typeobject.c: reduce_2,
/// object_getstate, _PyType_GetSlotNames): the tuple
/// <c>(copyreg.__newobj__, (cls, *args), state, listitems, dictitems)</c>
/// for protocol 2 and later, <c>copyreg._reduce_ex</c> before.
/// </summary>
internal static class Reduce
{
    public static PyObject? ReduceEx(PyObject self, long protocol)
    {
        var copyreg = Copyreg();
        if (copyreg is null)
        {
            return null;
        }

        if (protocol < 2)
        {
            var reduceEx = PyAttr.GetAttr(copyreg, new PyStr("_reduce_ex"));
            return reduceEx is null ? null : PyCall.Call(reduceEx, self, PyInt.From(protocol));
        }

        return Reduce2(self, copyreg);
    }

    private static PyObject? Copyreg()
    {
        var modules = PyThreadState.Current.Interpreter.Modules;
        var module = modules.GetItemStr("copyreg");
        if (module is not null)
        {
            return module;
        }

        if (PyThreadState.Current.Interpreter.Builtins.GetItemStr("__import__") is { } import)
        {
            return PyCall.Call(import, new PyStr("copyreg"));
        }

        return PyErr.SetString(PyExc.ImportError, "No module named 'copyreg'");
    }

    private static PyObject? Reduce2(PyObject self, PyObject copyreg)
    {
        var cls = self.Type;
        PyObject? args = null, kwargs = null;
        int found = PyAttr.TryGetAttr(self, new PyStr("__getnewargs_ex__"), out var getNewArgsEx);
        if (found < 0)
        {
            return null;
        }

        if (found > 0)
        {
            var r = PyCall.Call(getNewArgsEx!);
            if (r is null)
            {
                return null;
            }

            if (r is not PyTuple { Count: 2 } pair)
            {
                return PyErr.TypeError($"__getnewargs_ex__ should return a tuple of length 2, not '{r.Type.Name}'");
            }

            args = pair[0];
            kwargs = pair[1];
            if (args is not PyTuple)
            {
                return PyErr.TypeError($"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{args.Type.Name}'");
            }

            if (kwargs is not PyDict)
            {
                return PyErr.TypeError($"second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{kwargs.Type.Name}'");
            }
        }
        else
        {
            found = PyAttr.TryGetAttr(self, new PyStr("__getnewargs__"), out var getNewArgs);
            if (found < 0)
            {
                return null;
            }

            if (found > 0)
            {
                args = PyCall.Call(getNewArgs!);
                if (args is null)
                {
                    return null;
                }

                if (args is not PyTuple)
                {
                    return PyErr.TypeError($"__getnewargs__ should return a tuple, not '{args.Type.Name}'");
                }
            }
        }

        var argTuple = (PyTuple?)args ?? PyTuple.Empty;
        bool hasArgs = args is not null;
        PyObject? newobj;
        PyObject newargs;
        if (kwargs is null || ((PyDict)kwargs).Count == 0)
        {
            newobj = PyAttr.GetAttr(copyreg, new PyStr("__newobj__"));
            var items = new PyObject[argTuple.Count + 1];
            items[0] = cls;
            argTuple.Items.CopyTo(items, 1);
            newargs = new PyTuple(items);
        }
        else
        {
            newobj = PyAttr.GetAttr(copyreg, new PyStr("__newobj_ex__"));
            newargs = new PyTuple([cls, argTuple, kwargs]);
        }

        if (newobj is null)
        {
            return null;
        }

        bool isList = self.Type.IsSubtypeOf(PyList.TypeObject);
        bool isDict = self.Type.IsSubtypeOf(PyDict.TypeObject);
        var getState = PyAttr.GetAttr(self, new PyStr("__getstate__"));
        if (getState is null)
        {
            return null;
        }

        PyObject? state;
        var objectGetState = PyType.ObjectType.Dict.GetItemStr("__getstate__");
        if (getState is PyBuiltinFunction bf && objectGetState is PyMethodDescriptor md && ReferenceEquals(bf.Method, md.Impl))
        {
            state = GetState(self, required: !hasArgs && !isList && !isDict);
        }
        else
        {
            state = PyCall.Call(getState);
        }

        if (state is null)
        {
            return null;
        }

        PyObject listItems = PyNone.Instance, dictItems = PyNone.Instance;
        if (isList)
        {
            var it = PyIter.GetIter(self);
            if (it is null)
            {
                return null;
            }

            listItems = it;
        }

        if (isDict)
        {
            var items = PyCall.CallMethod(self, "items", []);
            var it = items is null ? null : PyIter.GetIter(items);
            if (it is null)
            {
                return null;
            }

            dictItems = it;
        }

        return new PyTuple([newobj, newargs, state, listItems, dictItems]);
    }

    /// <summary>object.__getstate__: None, the instance dict, or (dict-or-None, {slot: value}).</summary>
    public static PyObject? GetState(PyObject self, bool required)
    {
        var type = self.Type;
        if (required && !ReferenceEquals(type.BuiltinBase, PyType.ObjectType))
        {
            return PyErr.TypeError($"cannot pickle '{type.Name}' object");
        }

        PyObject state = PyNone.Instance;
        if (self is PyInstance inst)
        {
            if (inst.HasDict && ((inst.Shape is { Count: > 0 }) || inst.DictOrNull is { Count: > 0 }))
            {
                state = inst.GetDict();
            }
        }
        else if (self is IInstanceDict owner && owner.Dict is { Count: > 0 } dict)
        {
            state = dict;
        }

        var slotNames = type.SlotNames();
        if (slotNames.Count > 0)
        {
            var slots = new PyDict();
            foreach (var name in slotNames)
            {
                int found = PyAttr.TryGetAttr(self, name, out var value);
                if (found < 0)
                {
                    return null;
                }

                if (found > 0)
                {
                    slots.SetItem(name, value!);
                }
            }

            if (slots.Count > 0)
            {
                state = PyTuple.Create(state, slots);
            }
        }

        return state;
    }
}
