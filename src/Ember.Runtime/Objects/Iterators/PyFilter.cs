using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary><c>filter</c> (Python/bltinmodule.c's filterobject): None or bool as the function tests truth directly.</summary>
public class PyFilter : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("filter", null, TypeFlags.BaseType, static t =>
    {
        t.New = New;
        t.Iter = static self => self;
        t.Next = static self => ((PyFilter)self).NextItem();
    }, InitMembers);

    private readonly PyObject _func;
    private readonly PyObject _iterator;

    protected PyFilter(PyType type, PyObject func, PyObject iterator)
        : base(type)
    {
        _func = func;
        _iterator = iterator;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if ((ReferenceEquals(type, TypeObject) || type.Init == TypeObject.Init) && !Args.NoKeywords("filter", kwnames))
        {
            return null;
        }

        int nkw = kwnames?.Count ?? 0;
        var positional = args[..(args.Length - nkw)];
        if (!Args.Positional("filter", positional, null, 2, 2))
        {
            return null;
        }

        var it = PyIter.GetIter(positional[1]);
        if (it is null)
        {
            return null;
        }

        return ReferenceEquals(type, TypeObject) ? new PyFilter(type, positional[0], it) : new PyFilterSubclass(type, positional[0], it);
    }

    public PyObject? NextItem()
    {
        bool truthOnly = ReferenceEquals(_func, PyNone.Instance) || ReferenceEquals(_func, PyBool.TypeObject);
        var next = _iterator.Type.Next ?? Ember.Runtime.Protocols.PyIter.NextNotImplemented;
        while (true)
        {
            var item = next(_iterator);
            if (item is null)
            {
                return null;
            }

            int ok;
            if (truthOnly)
            {
                ok = PyOps.IsTrue(item);
            }
            else
            {
                var good = PyCall.Call(_func, item);
                if (good is null)
                {
                    return null;
                }

                ok = PyOps.IsTrue(good);
            }

            if (ok > 0)
            {
                return item;
            }

            if (ok < 0)
            {
                return null;
            }
        }
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("__reduce__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("filter.__reduce__", args, kw))
            {
                return null;
            }

            var f = (PyFilter)self;
            return PyTuple.Create(f.Type, PyTuple.Create(f._func, f._iterator));
        });
    }
}

/// <summary>An instance of a Python subclass of filter.</summary>
public sealed class PyFilterSubclass : PyFilter, IInstanceDict
{
    public PyFilterSubclass(PyType type, PyObject func, PyObject iterator)
        : base(type, func, iterator)
    {
    }

    public PyDict? Dict { get; set; }
}
