using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary><c>tuple_iterator</c> (Objects/tupleobject.c's tupleiterobject).</summary>
public sealed class PyTupleIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("tuple_iterator", null, TypeFlags.None, static t =>
    {
        t.Iter = static self => self;
        t.Next = static self => ((PyTupleIterator)self).NextItem();
    }, InitMembers);

    private PyTuple? _seq;
    private long _index;

    public PyTupleIterator(PyTuple seq)
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

        if (_index < seq.Items.Length)
        {
            return seq.Items[_index++];
        }

        _seq = null;
        return null;
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("__length_hint__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("tuple_iterator.__length_hint__", args, kw))
            {
                return null;
            }

            var it = (PyTupleIterator)self;
            return PyInt.From(it._seq is null ? 0 : Math.Max(0, it._seq.Items.Length - it._index));
        });
        type.AddMethod("__reduce__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("tuple_iterator.__reduce__", args, kw))
            {
                return null;
            }

            var it = (PyTupleIterator)self;
            var iter = BuiltinLookup.Get("iter");
            if (iter is null)
            {
                return null;
            }

            return it._seq is null
                ? PyTuple.Create(iter, PyTuple.Create(PyTuple.Empty))
                : new PyTuple([iter, PyTuple.Create(it._seq), PyInt.From(it._index)]);
        });
        type.AddMethod("__setstate__", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne("tuple_iterator.__setstate__", args, kw) || !PySlice.AsSsizeArg(args[0], out long index))
            {
                return null;
            }

            var it = (PyTupleIterator)self;
            if (it._seq is not null)
            {
                it._index = Math.Clamp(index, 0, it._seq.Items.Length);
            }

            return PyNone.Instance;
        });
    }
}
