using System.Numerics;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary><c>enumerate</c> (Objects/enumobject.c): (count, item) pairs; the count may grow past 64 bits.</summary>
public class PyEnumerate : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("enumerate", null, TypeFlags.BaseType, static t =>
    {
        t.New = New;
        t.Iter = static self => self;
        t.Next = static self => ((PyEnumerate)self).NextItem();
    }, InitMembers);

    private static readonly ArgSpec s_spec = new("enumerate", ["iterable", "start"], required: 0);

    private readonly PyObject _iterator;
    private long _index;
    private BigInteger? _bigIndex;

    protected PyEnumerate(PyType type, PyObject iterator, PyInt start)
        : base(type)
    {
        _iterator = iterator;
        if (start.IsSmall && start.Small < long.MaxValue)
        {
            _index = start.Small;
        }
        else
        {
            _bigIndex = start.ToBigInteger();
        }
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var slots = new PyObject?[2];
        if (!s_spec.Parse(args, kwnames, slots))
        {
            return null;
        }

        if (slots[0] is null)
        {
            return PyErr.TypeError("enumerate() missing required argument 'iterable'");
        }

        var start = PyInt.Zero;
        if (slots[1] is { } s)
        {
            var n = PyNumber.Index(s);
            if (n is null)
            {
                return null;
            }

            start = n;
        }

        var it = PyIter.GetIter(slots[0]!);
        if (it is null)
        {
            return null;
        }

        return ReferenceEquals(type, TypeObject) ? new PyEnumerate(type, it, start) : new PyEnumerateSubclass(type, it, start);
    }

    public PyObject? NextItem()
    {
        var item = PyIter.Next(_iterator);
        if (item is null)
        {
            return null;
        }

        PyObject count;
        if (_bigIndex is null)
        {
            count = PyInt.From(_index);
            if (_index == long.MaxValue)
            {
                _bigIndex = new BigInteger(_index) + 1;
            }
            else
            {
                _index++;
            }
        }
        else
        {
            count = PyInt.From(_bigIndex.Value);
            _bigIndex++;
        }

        return PyTuple.Create(count, item);
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("__reduce__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("enumerate.__reduce__", args, kw))
            {
                return null;
            }

            var e = (PyEnumerate)self;
            var index = e._bigIndex is { } big ? PyInt.From(big) : PyInt.From(e._index);
            return PyTuple.Create(e.Type, PyTuple.Create(e._iterator, index));
        });
        type.AddClassMethod("__class_getitem__", ContainerHelpers.ClassGetItem);
    }
}

/// <summary>An instance of a Python subclass of enumerate.</summary>
public sealed class PyEnumerateSubclass : PyEnumerate, IInstanceDict
{
    public PyEnumerateSubclass(PyType type, PyObject iterator, PyInt start)
        : base(type, iterator, start)
    {
    }

    public PyDict? Dict { get; set; }
}
