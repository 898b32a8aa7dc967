using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;

namespace Ember.Runtime.Objects;

/// <summary>
/// The hash table shared by <c>set</c> and <c>frozenset</c> (Objects/setobject.c),
/// with CPython's exact algorithm: the same probe sequence (runs of linear
/// probes, then perturbation), the same fill and growth rules and the same
/// resize, so iteration order, and so printed sets, match CPython's.
/// </summary>
public abstract partial class PyAnySet : PyObject
{
    internal const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;

    internal struct Entry
    {
        public PyObject? Key;
        public long Hash;
    }

    // Marks a deleted entry (CPython's dummy); its hash is -1, which no key has.
    private static readonly PyObject s_dummy = new PyStr("<dummy key>");

    internal Entry[] _table;
    internal long _mask;
    internal long _fill;  // active + dummy entries
    internal long _used;  // active entries
    internal long _hash = -1;
    private long _finger;

    protected PyAnySet(PyType type)
        : base(type)
    {
        _table = new Entry[MinSize];
        _mask = MinSize - 1;
    }

    public long Count => _used;

    /// <summary>PyAnySet_Check: a set, a frozenset, or an instance of a subclass of either.</summary>
    public static bool IsAnySet(PyObject o) => o is PyAnySet;

    private static bool IsDummy(PyObject? key) => ReferenceEquals(key, s_dummy);

    /// <summary>
    /// set_lookkey: the index of the entry holding an equal key, or of the
    /// empty entry where the search ended; -1 on error.
    /// </summary>
    private long LookKey(PyObject key, long hash)
    {
    Restart:
        var table = _table;
        long mask = _mask;
        ulong perturb = (ulong)hash;
        long i = hash & mask;
        while (true)
        {
            long probes = i + LinearProbes <= mask ? LinearProbes : 0;
            long e = i;
            do
            {
                ref var entry = ref table[e];
                if (entry.Hash == 0 && entry.Key is null)
                {
                    return e;
                }

                if (entry.Hash == hash)
                {
                    var startKey = entry.Key!;
                    if (ReferenceEquals(startKey, key))
                    {
                        return e;
                    }

                    if (startKey is PyStr a && key is PyStr b && ReferenceEquals(a.Type, PyStr.TypeObject) && ReferenceEquals(b.Type, PyStr.TypeObject))
                    {
                        if (a.EqualsStr(b))
                        {
                            return e;
                        }
                    }
                    else
                    {
                        int cmp = PyOps.RichCompareBool(startKey, key, CompareOp.Eq);
                        if (cmp < 0)
                        {
                            return -1;
                        }

                        if (!ReferenceEquals(table, _table) || !ReferenceEquals(table[e].Key, startKey))
                        {
                            goto Restart;
                        }

                        if (cmp > 0)
                        {
                            return e;
                        }

                        mask = _mask;
                    }
                }

                e++;
            }
            while (probes-- > 0);

            perturb >>= PerturbShift;
            i = (long)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>set_add_entry: adds <paramref name="key"/> unless an equal key is present; false on error.</summary>
    internal bool AddEntry(PyObject key, long hash)
    {
    Restart:
        var table = _table;
        long mask = _mask;
        ulong perturb = (ulong)hash;
        long i = hash & mask;
        long freeSlot = -1;
        while (true)
        {
            long probes = i + LinearProbes <= mask ? LinearProbes : 0;
            long e = i;
            do
            {
                ref var entry = ref table[e];
                if (entry.Hash == 0 && entry.Key is null)
                {
                    if (freeSlot >= 0)
                    {
                        _used++;
                        table[freeSlot].Key = key;
                        table[freeSlot].Hash = hash;
                        _hash = -1;
                        return true;
                    }

                    _fill++;
                    _used++;
                    entry.Key = key;
                    entry.Hash = hash;
                    _hash = -1;
                    if (_fill * 5 < mask * 3)
                    {
                        return true;
                    }

                    return TableResize(_used > 50000 ? _used * 2 : _used * 4);
                }

                if (entry.Hash == hash)
                {
                    var startKey = entry.Key!;
                    if (ReferenceEquals(startKey, key))
                    {
                        return true;
                    }

                    if (startKey is PyStr a && key is PyStr b && ReferenceEquals(a.Type, PyStr.TypeObject) && ReferenceEquals(b.Type, PyStr.TypeObject))
                    {
                        if (a.EqualsStr(b))
                        {
                            return true;
                        }
                    }
                    else
                    {
                        int cmp = PyOps.RichCompareBool(startKey, key, CompareOp.Eq);
                        if (cmp > 0)
                        {
                            return true;
                        }

                        if (cmp < 0)
                        {
                            return false;
                        }

                        if (!ReferenceEquals(table, _table) || !ReferenceEquals(table[e].Key, startKey))
                        {
                            goto Restart;
                        }

                        mask = _mask;
                    }
                }
                else if (entry.Hash == -1)
                {
                    freeSlot = e;
                }

                e++;
            }
            while (probes-- > 0);

            perturb >>= PerturbShift;
            i = (long)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>set_insert_clean: places a key known to be absent into a table without dummies.</summary>
    private static void InsertClean(Entry[] table, long mask, PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        long i = hash & mask;
        while (true)
        {
            if (table[i].Key is null)
            {
                table[i].Key = key;
                table[i].Hash = hash;
                return;
            }

            if (i + LinearProbes <= mask)
            {
                for (long j = 1; j <= LinearProbes; j++)
                {
                    if (table[i + j].Key is null)
                    {
                        table[i + j].Key = key;
                        table[i + j].Hash = hash;
                        return;
                    }
                }
            }

            perturb >>= PerturbShift;
            i = (long)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>set_table_resize: rebuilds into the smallest power of two above <paramref name="minUsed"/>.</summary>
    internal bool TableResize(long minUsed)
    {
        long newSize = MinSize;
        while (newSize <= minUsed)
        {
            newSize <<= 1;
        }

        var old = _table;
        if (newSize == MinSize && old.Length == MinSize && _fill == _used)
        {
            // The small table with no dummies: nothing to do.
            return true;
        }

        if (newSize > ContainerHelpers.MaxItems)
        {
            PyErr.NoMemory();
            return false;
        }

        Entry[] table;
        try
        {
            table = new Entry[newSize];
        }
        catch (OutOfMemoryException)
        {
            PyErr.NoMemory();
            return false;
        }

        long newMask = newSize - 1;
        for (int k = 0; k < old.Length; k++)
        {
            var key = old[k].Key;
            if (key is not null && !IsDummy(key))
            {
                InsertClean(table, newMask, key, old[k].Hash);
            }
        }

        _table = table;
        _mask = newMask;
        _fill = _used;
        return true;
    }

    /// <summary>1 when an equal key is present, 0 if not, -1 on error.</summary>
    internal int ContainsEntry(PyObject key, long hash)
    {
        long e = LookKey(key, hash);
        return e < 0 ? -1 : _table[e].Key is null ? 0 : 1;
    }

    /// <summary>set_discard_entry: 1 removed, 0 absent, -1 error.</summary>
    internal int DiscardEntry(PyObject key, long hash)
    {
        long e = LookKey(key, hash);
        if (e < 0)
        {
            return -1;
        }

        if (_table[e].Key is null)
        {
            return 0;
        }

        _table[e].Key = s_dummy;
        _table[e].Hash = -1;
        _used--;
        _hash = -1;
        return 1;
    }

    private static long HashOf(PyObject key) =>
        key is PyStr s && ReferenceEquals(key.Type, PyStr.TypeObject) ? s.Hash : PyOps.Hash(key);

    /// <summary>Adds a key (set_add_key); false when it is unhashable or comparing raised.</summary>
    public bool Add(PyObject key)
    {
        long hash = HashOf(key);
        return hash != -1 && AddEntry(key, hash);
    }

    /// <summary>Membership by hash and equality (set_contains_key): 1, 0 or -1.</summary>
    public int ContainsKey(PyObject key)
    {
        long hash = HashOf(key);
        return hash == -1 ? -1 : ContainsEntry(key, hash);
    }

    /// <summary>Removes a key if present (set_discard_key): 1, 0 or -1.</summary>
    public int DiscardKey(PyObject key)
    {
        long hash = HashOf(key);
        return hash == -1 ? -1 : DiscardEntry(key, hash);
    }

    /// <summary>
    /// <c>key in set</c> (set_contains): an unhashable set key is looked up as
    /// the frozenset with its items, so <c>{1} in {frozenset({1})}</c> works.
    /// </summary>
    public int Contains(PyObject key)
    {
        int rv = ContainsKey(key);
        if (rv < 0 && key is PySet && PyErr.ExceptionMatches(PyExc.TypeError))
        {
            PyErr.Clear();
            var tmp = new PyFrozenSet();
            if (!tmp.UpdateInternal(key))
            {
                return -1;
            }

            rv = ContainsKey(tmp);
        }

        return rv;
    }

    /// <summary>
    /// Iterates the table in slot order (set_next): start with pos = 0; false
    /// at the end. The caller must not change the set meanwhile.
    /// </summary>
    public bool NextEntry(ref int pos, out PyObject key, out long hash)
    {
        var table = _table;
        while (pos <= _mask && pos < table.Length)
        {
            ref var e = ref table[pos++];
            if (e.Key is not null && !IsDummy(e.Key))
            {
                key = e.Key;
                hash = e.Hash;
                return true;
            }
        }

        key = null!;
        hash = 0;
        return false;
    }

    /// <summary>The key in table slot <paramref name="i"/> if active (for iterators).</summary>
    internal PyObject? ActiveKeyAt(long i)
    {
        var table = _table;
        if (i > _mask || i >= table.Length)
        {
            return null;
        }

        var key = table[i].Key;
        return key is null || IsDummy(key) ? null : key;
    }

    /// <summary>Empties the set back to the small table (set_clear_internal).</summary>
    public void ClearTable()
    {
        _table = new Entry[MinSize];
        _mask = MinSize - 1;
        _fill = 0;
        _used = 0;
        _hash = -1;
    }

    /// <summary>set.pop(): the next active entry from the search finger; null with KeyError when empty.</summary>
    internal PyObject? PopEntry()
    {
        if (_used == 0)
        {
            return PyErr.SetObject(PyExc.KeyError, new PyStr("pop from an empty set"));
        }

        var table = _table;
        long e = _finger & _mask;
        while (table[e].Key is null || IsDummy(table[e].Key))
        {
            e++;
            if (e > _mask)
            {
                e = 0;
            }
        }

        var key = table[e].Key!;
        table[e].Key = s_dummy;
        table[e].Hash = -1;
        _used--;
        _finger = e + 1;
        return key;
    }

    /// <summary>set_merge: adds every key of another set, with one resize first.</summary>
    internal bool Merge(PyAnySet other)
    {
        if (ReferenceEquals(other, this) || other._used == 0)
        {
            return true;
        }

        if ((_fill + other._used) * 5 >= _mask * 3 && !TableResize((_used + other._used) * 2))
        {
            return false;
        }

        var otherTable = other._table;
        if (_fill == 0 && _mask == other._mask && other._fill == other._used)
        {
            // Same size, no dummies: the layout can be copied slot for slot.
            for (long k = 0; k <= other._mask; k++)
            {
                if (otherTable[k].Key is { } key)
                {
                    _table[k].Key = key;
                    _table[k].Hash = otherTable[k].Hash;
                }
            }

            _fill = other._fill;
            _used = other._used;
            _hash = -1;
            return true;
        }

        if (_fill == 0)
        {
            for (long k = 0; k <= other._mask; k++)
            {
                var key = otherTable[k].Key;
                if (key is not null && !IsDummy(key))
                {
                    InsertClean(_table, _mask, key, otherTable[k].Hash);
                }
            }

            _fill = other._used;
            _used = other._used;
            _hash = -1;
            return true;
        }

        for (long k = 0; k <= other._mask; k++)
        {
            var key = otherTable[k].Key;
            if (key is not null && !IsDummy(key) && !AddEntry(key, otherTable[k].Hash))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>set_update_internal: adds the items of a set, a dict's keys, or any iterable.</summary>
    internal bool UpdateInternal(PyObject other)
    {
        if (other is PyAnySet s)
        {
            return Merge(s);
        }

        if (other is PyDict d && ReferenceEquals(other.Type, PyDict.TypeObject))
        {
            long size = d.Count;
            if ((_fill + size) * 5 >= _mask * 3 && !TableResize((_used + size) * 2))
            {
                return false;
            }

            for (int i = 0; i < d.UsedSlots; i++)
            {
                if (d.TryGetEntry(i, out var key, out _, out long hash) && !AddEntry(key, hash))
                {
                    return false;
                }
            }

            return true;
        }

        var it = PyIter.GetIter(other);
        if (it is null)
        {
            return false;
        }

        while (PyIter.TryNext(it, out var item))
        {
            if (!Add(item))
            {
                return false;
            }
        }

        return !PyErr.Occurred;
    }

    /// <summary>set_swap_bodies: exchanges the contents of two sets.</summary>
    internal static void SwapBodies(PyAnySet a, PyAnySet b)
    {
        (a._table, b._table) = (b._table, a._table);
        (a._mask, b._mask) = (b._mask, a._mask);
        (a._fill, b._fill) = (b._fill, a._fill);
        (a._used, b._used) = (b._used, a._used);
        if (a is PyFrozenSet && b is PyFrozenSet)
        {
            (a._hash, b._hash) = (b._hash, a._hash);
        }
        else
        {
            a._hash = -1;
            b._hash = -1;
        }
    }

    /// <summary>frozenset's hash, exactly CPython's (frozenset_hash), cached.</summary>
    internal long FrozenHash()
    {
        if (_hash != -1)
        {
            return _hash;
        }

        ulong hash = 0;
        var table = _table;
        for (long k = 0; k <= _mask; k++)
        {
            hash ^= ShuffleBits((ulong)table[k].Hash);
        }

        // Empty entries (hash 0) and dummies (hash -1) were included above: cancel them.
        if (((_mask + 1 - _fill) & 1) != 0)
        {
            hash ^= ShuffleBits(0);
        }

        if (((_fill - _used) & 1) != 0)
        {
            hash ^= ShuffleBits(ulong.MaxValue);
        }

        hash ^= ((ulong)_used + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = (hash * 69069U) + 907133923UL;
        if (hash == ulong.MaxValue)
        {
            hash = 590923713UL;
        }

        _hash = (long)hash;
        return _hash;
    }

    private static ulong ShuffleBits(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}
