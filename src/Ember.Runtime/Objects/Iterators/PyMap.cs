using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary><c>map</c> (Python/bltinmodule.c's mapobject): calls the function with one item from each iterable.</summary>
public class PyMap : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("map", null, TypeFlags.BaseType, static t =>
    {
        t.New = New;
        t.Iter = static self => self;
        t.Next = static self => ((PyMap)self).NextItem();
    }, InitMembers);

    private readonly PyObject _func;
    private readonly PyObject[] _iterators;

    protected PyMap(PyType type, PyObject func, PyObject[] iterators)
        : base(type)
    {
        _func = func;
        _iterators = iterators;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if ((ReferenceEquals(type, TypeObject) || type.Init == TypeObject.Init) && !Args.NoKeywords("map", kwnames))
        {
            return null;
        }

        int nkw = kwnames?.Count ?? 0;
        var positional = args[..(args.Length - nkw)];
        if (positional.Length < 2)
        {
            return PyErr.TypeError("map() must have at least two arguments.");
        }

        var iterators = new PyObject[positional.Length - 1];
        for (int i = 1; i < positional.Length; i++)
        {
            var it = PyIter.GetIter(positional[i]);
            if (it is null)
            {
                return null;
            }

            iterators[i - 1] = it;
        }

        return ReferenceEquals(type, TypeObject) ? new PyMap(type, positional[0], iterators) : new PyMapSubclass(type, positional[0], iterators);
    }

    public PyObject? NextItem()
    {
        var items = new PyObject[_iterators.Length];
        for (int i = 0; i < items.Length; i++)
        {
            var it = _iterators[i];
            var item = (it.Type.Next ?? Ember.Runtime.Protocols.PyIter.NextNotImplemented)(it);
            if (item is null)
            {
                return null;
            }

            items[i] = item;
        }

        return PyCall.Call(_func, items, null);
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("__reduce__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("map.__reduce__", args, kw))
            {
                return null;
            }

            var m = (PyMap)self;
            var parts = new PyObject[m._iterators.Length + 1];
            parts[0] = m._func;
            m._iterators.CopyTo(parts, 1);
            return PyTuple.Create(m.Type, new PyTuple(parts));
        });
    }
}

/// <summary>An instance of a Python subclass of map.</summary>
public sealed class PyMapSubclass : PyMap, IInstanceDict
{
    public PyMapSubclass(PyType type, PyObject func, PyObject[] iterators)
        : base(type, func, iterators)
    {
    }

    public PyDict? Dict { get; set; }
}
