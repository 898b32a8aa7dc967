using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;

namespace Ember.Runtime.Objects;

public abstract partial class PyAnySet
{
    /// <summary>An empty instance of <paramref name="type"/> (set, frozenset or a subclass of either).</summary>
    public static PyAnySet NewOfType(PyType type)
    {
        if (ReferenceEquals(type, PySet.TypeObject))
        {
            return new PySet();
        }

        if (ReferenceEquals(type, PyFrozenSet.TypeObject))
        {
            return new PyFrozenSet();
        }

        return type.IsSubtypeOf(PySet.TypeObject) ? new PySetSubclass(type) : new PyFrozenSetSubclass(type);
    }

    /// <summary>set(iterable): a new exact set; null with an exception pending.</summary>
    public static PySet? NewSet(PyObject? iterable)
    {
        var s = new PySet();
        return iterable is null || s.UpdateInternal(iterable) ? s : null;
    }

    /// <summary>frozenset(iterable): a new exact frozenset; null with an exception pending.</summary>
    public static PyFrozenSet? NewFrozenSet(PyObject? iterable)
    {
        var s = new PyFrozenSet();
        return iterable is null || s.UpdateInternal(iterable) ? s : null;
    }

    // make_new_set_basetype: results of set operations are exact sets or frozensets.
    private PyAnySet NewBaseType() => this is PySet ? new PySet() : new PyFrozenSet();

    /// <summary>set_copy: an exact set or frozenset with the same items (and the same layout).</summary>
    public PyAnySet CopyAsBase()
    {
        var result = NewBaseType();
        result.Merge(this);
        return result;
    }

    /// <summary>set |= other and set.update(other): false with an exception pending.</summary>
    public bool Update(PyObject other) => UpdateInternal(other);

    /// <summary>set_intersection.</summary>
    public PyObject? Intersection(PyObject other)
    {
        if (ReferenceEquals(other, this))
        {
            return CopyAsBase();
        }

        var result = NewBaseType();
        if (other is PyAnySet os)
        {
            PyAnySet small = os, large = this;
            if (os._used > _used)
            {
                small = this;
                large = os;
            }

            int pos = 0;
            while (small.NextEntry(ref pos, out var key, out long hash))
            {
                int rv = large.ContainsEntry(key, hash);
                if (rv < 0 || (rv > 0 && !result.AddEntry(key, hash)))
                {
                    return null;
                }
            }

            return result;
        }

        var it = PyIter.GetIter(other);
        if (it is null)
        {
            return null;
        }

        while (PyIter.TryNext(it, out var item))
        {
            long hash = PyOps.Hash(item);
            if (hash == -1)
            {
                return null;
            }

            int rv = ContainsEntry(item, hash);
            if (rv < 0)
            {
                return null;
            }

            if (rv > 0)
            {
                if (!result.AddEntry(item, hash))
                {
                    return null;
                }

                if (result._used >= _used)
                {
                    break;
                }
            }
        }

        return PyErr.Occurred ? null : result;
    }

    internal PyObject? IntersectionMulti(ReadOnlySpan<PyObject> others)
    {
        if (others.Length == 0)
        {
            return CopyAsBase();
        }

        PyObject result = this;
        foreach (var other in others)
        {
            var next = ((PyAnySet)result).Intersection(other);
            if (next is null)
            {
                return null;
            }

            result = next;
        }

        return result;
    }

    /// <summary>set_difference_update_internal.</summary>
    public bool DifferenceUpdate(PyObject other)
    {
        if (ReferenceEquals(other, this))
        {
            ClearTable();
            return true;
        }

        if (other is PyAnySet os)
        {
            // Against a much larger set, only the common items matter.
            if ((os._used >> 3) > _used)
            {
                var common = Intersection(os);
                if (common is null)
                {
                    return false;
                }

                os = (PyAnySet)common;
            }

            int pos = 0;
            while (os.NextEntry(ref pos, out var key, out long hash))
            {
                if (DiscardEntry(key, hash) < 0)
                {
                    return false;
                }
            }
        }
        else
        {
            var it = PyIter.GetIter(other);
            if (it is null)
            {
                return false;
            }

            while (PyIter.TryNext(it, out var item))
            {
                if (DiscardKey(item) < 0)
                {
                    return false;
                }
            }

            if (PyErr.Occurred)
            {
                return false;
            }
        }

        // More than a quarter dummies: rebuild.
        if (_fill - _used <= _mask / 4)
        {
            return true;
        }

        return TableResize(_used > 50000 ? _used * 2 : _used * 4);
    }

    private PyObject? CopyAndDifference(PyObject other)
    {
        var result = CopyAsBase();
        return result.DifferenceUpdate(other) ? result : null;
    }

    /// <summary>set_difference.</summary>
    public PyObject? Difference(PyObject other)
    {
        long otherSize;
        if (other is PyAnySet os)
        {
            otherSize = os._used;
        }
        else if (other is PyDict od && ReferenceEquals(other.Type, PyDict.TypeObject))
        {
            otherSize = od.Count;
        }
        else
        {
            return CopyAndDifference(other);
        }

        if ((_used >> 2) > otherSize)
        {
            return CopyAndDifference(other);
        }

        var result = NewBaseType();
        int pos = 0;
        while (NextEntry(ref pos, out var key, out long hash))
        {
            int rv;
            if (other is PyDict d)
            {
                var v = d.GetItemKnownHash(key, hash);
                rv = v is not null ? 1 : PyErr.Occurred ? -1 : 0;
            }
            else
            {
                rv = ((PyAnySet)other).ContainsEntry(key, hash);
            }

            if (rv < 0 || (rv == 0 && !result.AddEntry(key, hash)))
            {
                return null;
            }
        }

        return result;
    }

    internal PyObject? DifferenceMulti(ReadOnlySpan<PyObject> others)
    {
        if (others.Length == 0)
        {
            return CopyAsBase();
        }

        var result = Difference(others[0]);
        if (result is null)
        {
            return null;
        }

        for (int i = 1; i < others.Length; i++)
        {
            if (!((PyAnySet)result).DifferenceUpdate(others[i]))
            {
                return null;
            }
        }

        return result;
    }

    /// <summary>set_symmetric_difference_update.</summary>
    public bool SymmetricDifferenceUpdate(PyObject other)
    {
        if (ReferenceEquals(other, this))
        {
            ClearTable();
            return true;
        }

        if (other is PyDict d && ReferenceEquals(other.Type, PyDict.TypeObject))
        {
            for (int i = 0; i < d.UsedSlots; i++)
            {
                if (!d.TryGetEntry(i, out var key, out _, out long hash))
                {
                    continue;
                }

                int rv = DiscardEntry(key, hash);
                if (rv < 0 || (rv == 0 && !AddEntry(key, hash)))
                {
                    return false;
                }
            }

            return true;
        }

        PyAnySet otherSet;
        if (other is PyAnySet os)
        {
            otherSet = os;
        }
        else
        {
            otherSet = NewBaseType();
            if (!otherSet.UpdateInternal(other))
            {
                return false;
            }
        }

        int pos = 0;
        while (otherSet.NextEntry(ref pos, out var key, out long hash))
        {
            int rv = DiscardEntry(key, hash);
            if (rv < 0 || (rv == 0 && !AddEntry(key, hash)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>set_symmetric_difference: the other operand's items first, then this set's differences.</summary>
    public PyObject? SymmetricDifference(PyObject other)
    {
        var result = NewBaseType();
        if (!result.UpdateInternal(other))
        {
            return null;
        }

        return result.SymmetricDifferenceUpdate(this) ? result : null;
    }

    /// <summary>set_issubset: 1, 0 or -1.</summary>
    public int IsSubset(PyObject other)
    {
        if (other is not PyAnySet os)
        {
            var tmp = Intersection(other);
            return tmp is null ? -1 : ((PyAnySet)tmp)._used == _used ? 1 : 0;
        }

        if (_used > os._used)
        {
            return 0;
        }

        int pos = 0;
        while (NextEntry(ref pos, out var key, out long hash))
        {
            int rv = os.ContainsEntry(key, hash);
            if (rv <= 0)
            {
                return rv;
            }
        }

        return 1;
    }

    /// <summary>set_issuperset: 1, 0 or -1.</summary>
    public int IsSuperset(PyObject other)
    {
        if (other is PyAnySet os)
        {
            return os.IsSubset(this);
        }

        var it = PyIter.GetIter(other);
        if (it is null)
        {
            return -1;
        }

        while (PyIter.TryNext(it, out var item))
        {
            int rv = ContainsKey(item);
            if (rv <= 0)
            {
                return rv;
            }
        }

        return PyErr.Occurred ? -1 : 1;
    }

    /// <summary>set_isdisjoint: 1, 0 or -1.</summary>
    public int IsDisjoint(PyObject other)
    {
        if (ReferenceEquals(other, this))
        {
            return _used == 0 ? 1 : 0;
        }

        if (other is PyAnySet os && (ReferenceEquals(other.Type, PySet.TypeObject) || ReferenceEquals(other.Type, PyFrozenSet.TypeObject)))
        {
            PyAnySet small = os, large = this;
            if (os._used > _used)
            {
                small = this;
                large = os;
            }

            int pos = 0;
            while (small.NextEntry(ref pos, out var key, out long hash))
            {
                int rv = large.ContainsEntry(key, hash);
                if (rv != 0)
                {
                    return rv < 0 ? -1 : 0;
                }
            }

            return 1;
        }

        var it = PyIter.GetIter(other);
        if (it is null)
        {
            return -1;
        }

        while (PyIter.TryNext(it, out var item))
        {
            int rv = ContainsKey(item);
            if (rv != 0)
            {
                return rv < 0 ? -1 : 0;
            }
        }

        return PyErr.Occurred ? -1 : 1;
    }
}
