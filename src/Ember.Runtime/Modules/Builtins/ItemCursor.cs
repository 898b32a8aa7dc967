using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;

namespace Ember.Runtime.Modules.Builtins;

/// <summary>
/// Walks the items of an iterable for the builtins that consume one (sum,
/// all, any, min, max): exact lists and tuples by index, re-reading the
/// length each step as their iterators do, everything else through the
/// iterator protocol. <see cref="Next"/> is false at the end or on error
/// (<see cref="PyErr.Occurred"/> tells which).
/// </summary>
internal struct ItemCursor
{
    private readonly PyObject? _iterator;
    private readonly PyList? _list;
    private readonly PyObject[]? _array;
    private int _index;

    private ItemCursor(PyObject? iterator, PyList? list, PyObject[]? array)
    {
        _iterator = iterator;
        _list = list;
        _array = array;
        _index = 0;
    }

    /// <summary>False with an exception pending when <paramref name="iterable"/> is not iterable.</summary>
    public static bool Open(PyObject iterable, out ItemCursor cursor)
    {
        if (iterable is PyList l && ReferenceEquals(l.Type, PyList.TypeObject))
        {
            cursor = new ItemCursor(null, l, null);
            return true;
        }

        if (iterable is PyTuple t && ReferenceEquals(t.Type, PyTuple.TypeObject))
        {
            cursor = new ItemCursor(null, null, t.Items);
            return true;
        }

        var it = PyIter.GetIter(iterable);
        cursor = new ItemCursor(it, null, null);
        return it is not null;
    }

    public bool Next(out PyObject item)
    {
        if (_list is not null)
        {
            if (_index < _list.Count)
            {
                item = _list[_index++];
                return true;
            }

            item = null!;
            return false;
        }

        if (_array is not null)
        {
            if (_index < _array.Length)
            {
                item = _array[_index++];
                return true;
            }

            item = null!;
            return false;
        }

        return PyIter.TryNext(_iterator!, out item);
    }
}
