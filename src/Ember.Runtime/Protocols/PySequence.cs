using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;

namespace Ember.Runtime.Protocols;

/// <summary>Subscripts, len() and membership (Objects/abstract.c's PyObject_GetItem, PyObject_Size, PySequence_Contains).</summary>
public static class PySequence
{
    /// <summary>o[key].</summary>
    public static PyObject? GetItem(PyObject o, PyObject key)
    {
        if (o.Type.GetItem is { } slot)
        {
            return slot(o, key);
        }

        if (o is PyType type)
        {
            return ReferenceEquals(type, PyType.TypeType) ? new PyGenericAlias(type, key) : ClassGetItemSlow(type, key);
        }

        return PyErr.TypeError($"'{o.Type.Name}' object is not subscriptable");
    }

    private static readonly PyStr s_classGetItem = new("__class_getitem__");

    // PyObject_GetItem on a class: __class_getitem__ is an attribute lookup (the
    // metaclass's too); None means "not subscriptable".
    private static PyObject? ClassGetItemSlow(PyType type, PyObject key)
    {
        int found = PyAttr.TryGetAttr(type, s_classGetItem, out var meth);
        if (found < 0)
        {
            return null;
        }

        if (found == 0 || meth is PyNone)
        {
            return PyErr.TypeError($"type '{type.Name}' is not subscriptable");
        }

        return PyCall.Call(meth!, key);
    }

    /// <summary>o[key] = value, or del o[key] when <paramref name="value"/> is null.</summary>
    public static bool SetItem(PyObject o, PyObject key, PyObject? value)
    {
        if (o.Type.SetItem is { } slot)
        {
            return slot(o, key, value);
        }

        if (value is null)
        {
            // PyObject_DelItem says "does not"; PySequence_DelItem, reached for
            // an index key on a type with sequence methods (every class defined
            // in Python has them), says "doesn't".
            var t = o.Type;
            bool sequence = t.IsHeapType || t.Length is not null || t.Contains is not null;
            if (sequence && key.Type.Index is not null)
            {
                if (PyNumber.AsSsize(key, out _))
                {
                    PyErr.TypeError($"'{t.Name}' object doesn't support item deletion");
                }
            }
            else
            {
                PyErr.TypeError($"'{t.Name}' object does not support item deletion");
            }
        }
        else
        {
            PyErr.TypeError($"'{o.Type.Name}' object does not support item assignment");
        }

        return false;
    }

    /// <summary>len(o): -1 with an exception pending on error.</summary>
    public static long Length(PyObject o)
    {
        if (o.Type.Length is { } slot)
        {
            return slot(o);
        }

        PyErr.TypeError($"object of type '{o.Type.Name}' has no len()");
        return -1;
    }

    /// <summary>item in o: 1, 0, -1 on error. Falls back to iteration as CPython does.</summary>
    public static int Contains(PyObject o, PyObject item)
    {
        if (o.Type.Contains is { } slot)
        {
            return slot(o, item);
        }

        if (o.Type.Iter is null && o.Type.GetItem is null)
        {
            PyErr.TypeError($"argument of type '{o.Type.Name}' is not iterable");
            return -1;
        }

        var it = PyIter.GetIter(o);
        if (it is null)
        {
            // _PySequence_IterSearch rewords a TypeError from iter() (__iter__ = None).
            if (PyErr.ExceptionMatches(PyExc.TypeError))
            {
                PyErr.Clear();
                PyErr.TypeError($"argument of type '{o.Type.Name}' is not iterable");
            }

            return -1;
        }

        while (PyIter.TryNext(it, out var x))
        {
            int eq = PyOps.RichCompareBool(x, item, CompareOp.Eq);
            if (eq != 0)
            {
                return eq;
            }
        }

        return PyErr.Occurred ? -1 : 0;
    }
}
