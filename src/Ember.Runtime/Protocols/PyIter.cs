using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Types;

namespace Ember.Runtime.Protocols;

/// <summary>
/// The iterator protocol (Objects/abstract.c, Objects/iterobject.c).
/// Exhaustion is a null result with no exception pending; no StopIteration
/// is created for builtin iterators (DESIGN.md, rule 1).
/// </summary>
public static class PyIter
{
    /// <summary>iter(o) (PyObject_GetIter).</summary>
    public static PyObject? GetIter(PyObject o)
    {
        var type = o.Type;
        if (type.Iter is { } iter)
        {
            var it = iter(o);
            if (it is not null && it.Type.Next is null)
            {
                return PyErr.TypeError($"iter() returned non-iterator of type '{it.Type.Name}'");
            }

            return it;
        }

        if (type.GetItem is not null && !type.HasFlag(TypeFlags.DictSubclass))
        {
            return new PySeqIter(o);
        }

        return PyErr.TypeError($"'{type.Name}' object is not iterable");
    }

    /// <summary>next(it): the item, or null; at the end no exception is pending, on error one is.</summary>
    /// <summary>
    /// _PyObject_NextNotImplemented: what a type's next slot does once its
    /// class lost __next__ (FOR_ITER, zip, map call it as the slot).
    /// </summary>
    public static PyObject? NextNotImplemented(PyObject iterator) =>
        PyErr.TypeError($"'{iterator.Type.Name}' object is not iterable");

    public static PyObject? Next(PyObject iterator)
    {
        var next = iterator.Type.Next;
        if (next is null)
        {
            return PyErr.TypeError($"'{iterator.Type.Name}' object is not an iterator");
        }

        return next(iterator);
    }

    /// <summary>
    /// The next item: true with an item, false at the end or on error
    /// (<see cref="PyErr.Occurred"/> tells which). A StopIteration raised by a
    /// Python __next__ counts as the end and is cleared.
    /// </summary>
    public static bool TryNext(PyObject iterator, out PyObject item)
    {
        var next = iterator.Type.Next ?? NextNotImplemented;
        var r = next(iterator);
        if (r is not null)
        {
            item = r;
            return true;
        }

        item = null!;
        PyErr.Clear(PyExc.StopIteration);
        return false;
    }

    /// <summary>Collects every item of an iterable; null on error.</summary>
    public static List<PyObject>? ToList(PyObject iterable)
    {
        var it = GetIter(iterable);
        if (it is null)
        {
            return null;
        }

        var items = new List<PyObject>();
        while (TryNext(it, out var item))
        {
            items.Add(item);
        }

        return PyErr.Occurred ? null : items;
    }
}

/// <summary>The iterator over an object that has __getitem__ but no __iter__ (iterobject.c's seqiterobject).</summary>
public sealed class PySeqIter : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("iterator", null, TypeFlags.None, static t =>
    {
        t.Iter = static self => self;
        t.Next = static self => ((PySeqIter)self).NextItem();
    });

    private PyObject? _seq;
    private long _index;

    public PySeqIter(PyObject seq)
        : base(TypeObject)
    {
        _seq = seq;
    }

    private PyObject? NextItem()
    {
        if (_seq is null)
        {
            return null;
        }

        var item = PySequence.GetItem(_seq, PyInt.From(_index));
        if (item is not null)
        {
            _index++;
            return item;
        }

        if (PyErr.Clear(PyExc.IndexError) || PyErr.Clear(PyExc.StopIteration))
        {
            _seq = null;
        }

        return null;
    }
}
