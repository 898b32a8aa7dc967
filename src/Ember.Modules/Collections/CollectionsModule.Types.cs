using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Collections;

public static partial class CollectionsModule
{
    static partial void AddTypes(PyModule m)
    {
        m.AddType(PyDeque.TypeObject);
        m.AddType(PyDefaultDict.TypeObject);
        m.AddType(PyDequeIterator.ForwardType);
        m.AddType(PyDequeIterator.ReverseType);
        m.AddFunction("_count_elements", CountElements);
    }

    /// <summary>_count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for each item (Counter's helper).</summary>
    private static PyObject? CountElements(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.Positional("_count_elements", "_collections._count_elements", args, kw, 2, 2))
        {
            return null;
        }

        var mapping = args[0];
        var it = PyIter.GetIter(args[1]);
        if (it is null)
        {
            return null;
        }

        var get = PyOps.GetAttr(mapping, "get");
        if (get is null)
        {
            return null;
        }

        while (PyIter.TryNext(it, out var item))
        {
            var old = PyCall.Call(get, item, PyInt.Zero);
            var updated = old is null ? null : PyNumber.Add(old, PyInt.One);
            if (updated is null || !PySequence.SetItem(mapping, item, updated))
            {
                return null;
            }
        }

        return PyErr.Occurred ? null : PyNone.Instance;
    }
}
