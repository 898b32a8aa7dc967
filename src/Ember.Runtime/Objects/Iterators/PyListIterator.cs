using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary><c>list_iterator</c> (Objects/listobject.c's listiterobject): sees appends made while iterating.</summary>
public sealed class PyListIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("list_iterator", null, TypeFlags.None, static t =>
    {
        t.Iter = static self => self;
        t.Next = static self => ((PyListIterator)self).NextItem();
    }, InitMembers);

    private PyList? _seq;
    private long _index;

    public PyListIterator(PyList seq)
        : base(TypeObject)
    {
        _seq = seq;
    }

    public PyObject? NextItem()
    {
        var seq = _seq;
        if (seq is null)
        {
            return null;
        }

        if (_index < seq._count)
        {
            return seq._items[_index++];
        }

        _seq = null;
        return null;
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("__length_hint__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("list_iterator.__length_hint__", args, kw))
            {
                return null;
            }

            var it = (PyListIterator)self;
            return PyInt.From(it._seq is null ? 0 : Math.Max(0, it._seq._count - it._index));
        });
        type.AddMethod("__reduce__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("list_iterator.__reduce__", args, kw))
            {
                return null;
            }

            var it = (PyListIterator)self;
            var iter = BuiltinLookup.Get("iter");
            if (iter is null)
            {
                return null;
            }

            return it._seq is null
                ? PyTuple.Create(iter, PyTuple.Create(new PyList()))
                : new PyTuple([iter, PyTuple.Create(it._seq), PyInt.From(it._index)]);
        });
        type.AddMethod("__setstate__", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne("list_iterator.__setstate__", args, kw) || !PySlice.AsSsizeArg(args[0], out long index))
            {
                return null;
            }

            var it = (PyListIterator)self;
            if (it._seq is not null)
            {
                it._index = Math.Clamp(index, 0, it._seq._count);
            }

            return PyNone.Instance;
        });
    }
}
