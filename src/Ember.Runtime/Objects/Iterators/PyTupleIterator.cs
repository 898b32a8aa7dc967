using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary><c>tuple_iterator</c> (Objects/tupleobject.c's tupleiterobject).</summary>
public sealed class PyTupleIterator : PySeqIterator
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("tuple_iterator", null, TypeFlags.None, static t =>
    {
        t.Iter = static self => self;
        t.Next = static self => ((PyTupleIterator)self).NextItem();
    }, static t => InitMembers(t, static () => PyTuple.Empty));

    private PyTuple? _seq;

    public PyTupleIterator(PyTuple seq)
        : base(TypeObject)
    {
        _seq = seq;
    }

    protected override PyObject? Sequence => _seq;

    protected override long SequenceLength => _seq!.Items.Length;

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
}
