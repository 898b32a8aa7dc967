using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary><c>list_reverseiterator</c> (listobject.c's listreviterobject), what reversed(list) gives.</summary>
public sealed class PyListReverseIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("list_reverseiterator", null, TypeFlags.None, static t =>
    {
        t.Iter = static self => self;
        t.Next = static self => ((PyListReverseIterator)self).NextItem();
    }, InitMembers);

    private PyList? _seq;
    private long _index;

    public PyListReverseIterator(PyList seq)
        : base(TypeObject)
    {
        _seq = seq;
        _index = seq._count - 1;
    }

    public PyObject? NextItem()
    {
        var seq = _seq;
        if (seq is null)
        {
            return null;
        }

        if (_index >= 0 && _index < seq._count)
        {
            return seq._items[_index--];
        }

        _index = -1;
        _seq = null;
        return null;
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("__length_hint__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("list_reverseiterator.__length_hint__", args, kw))
            {
                return null;
            }

            var it = (PyListReverseIterator)self;
            long n = it._index + 1;
            return PyInt.From(it._seq is null || it._seq._count < n ? 0 : n);
        });
        type.AddMethod("__reduce__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("list_reverseiterator.__reduce__", args, kw))
            {
                return null;
            }

            var it = (PyListReverseIterator)self;
            if (it._seq is null)
            {
                var iter = BuiltinLookup.Get("iter");
                return iter is null ? null : PyTuple.Create(iter, PyTuple.Create(new PyList()));
            }

            var reversed = BuiltinLookup.Get("reversed");
            return reversed is null ? null : new PyTuple([reversed, PyTuple.Create(it._seq), PyInt.From(it._index)]);
        });
        type.AddMethod("__setstate__", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne("list_reverseiterator.__setstate__", args, kw) || !PySlice.AsSsizeArg(args[0], out long index))
            {
                return null;
            }

            var it = (PyListReverseIterator)self;
            if (it._seq is not null)
            {
                it._index = Math.Clamp(index, -1, it._seq._count - 1);
            }

            return PyNone.Instance;
        });
    }
}
