using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// What <c>list_iterator</c> and <c>tuple_iterator</c> share (listobject.c's and
/// tupleobject.c's iterators are the same shape): an index into a sequence that
/// is dropped once exhausted, and the same <c>__length_hint__</c>,
/// <c>__reduce__</c> and <c>__setstate__</c>. Each subclass keeps its own
/// non-virtual <c>NextItem</c>, the hot path.
/// </summary>
public abstract class PySeqIterator : PyObject
{
    protected long _index;

    protected PySeqIterator(PyType type)
        : base(type)
    {
    }

    /// <summary>The sequence being walked, or null once exhausted.</summary>
    protected abstract PyObject? Sequence { get; }

    /// <summary>The current length of <see cref="Sequence"/> (only called while it is not null).</summary>
    protected abstract long SequenceLength { get; }

    /// <summary>Adds the three methods; <paramref name="emptySequence"/> is what an exhausted iterator reduces to.</summary>
    protected static void InitMembers(PyType type, Func<PyObject> emptySequence)
    {
        string lengthHint = type.Name + ".__length_hint__";
        string reduce = type.Name + ".__reduce__";
        string setState = type.Name + ".__setstate__";
        type.AddMethod("__length_hint__", (self, args, kw) =>
        {
            if (!Args.NoArgs(lengthHint, args, kw))
            {
                return null;
            }

            var it = (PySeqIterator)self;
            return PyInt.From(it.Sequence is null ? 0 : Math.Max(0, it.SequenceLength - it._index));
        });
        type.AddMethod("__reduce__", (self, args, kw) =>
        {
            if (!Args.NoArgs(reduce, args, kw))
            {
                return null;
            }

            var it = (PySeqIterator)self;
            var iter = BuiltinLookup.Get("iter");
            if (iter is null)
            {
                return null;
            }

            var seq = it.Sequence;
            return seq is null
                ? PyTuple.Create(iter, PyTuple.Create(emptySequence()))
                : new PyTuple([iter, PyTuple.Create(seq), PyInt.From(it._index)]);
        });
        type.AddMethod("__setstate__", (self, args, kw) =>
        {
            if (!Args.ExactlyOne(setState, args, kw) || !PySlice.AsSsizeArg(args[0], out long index))
            {
                return null;
            }

            var it = (PySeqIterator)self;
            if (it.Sequence is not null)
            {
                it._index = Math.Clamp(index, 0, it.SequenceLength);
            }

            return PyNone.Instance;
        });
    }
}
