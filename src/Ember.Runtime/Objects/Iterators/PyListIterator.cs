using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary><c>list_iterator</c> (Objects/listobject.c's listiterobject): sees appends made while iterating.</summary>
public sealed class PyListIterator : PySeqIterator
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("list_iterator", null, TypeFlags.None, static t =>
    {
        t.Iter = static self => self;
        t.Next = static self => ((PyListIterator)self).NextItem();
    }, static t => InitMembers(t, static () => new PyList()));

    private PyList? _seq;

    public PyListIterator(PyList seq)
        : base(TypeObject)
    {
        _seq = seq;
    }

    protected override PyObject? Sequence => _seq;

    protected override long SequenceLength => _seq!._count;

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
}
