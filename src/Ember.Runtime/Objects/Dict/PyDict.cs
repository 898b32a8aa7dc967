using System.Runtime.CompilerServices;
using Ember.Bytecode;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// Python's <c>dict</c> (Objects/dictobject.c): CPython's compact, insertion-ordered
/// layout: a sparse index table of entry numbers and a dense array of entries
/// in insertion order. Keys are compared by identity, then hash, then
/// <c>==</c> (which may run Python code and may raise: lookups report that).
/// <see cref="Version"/> changes on every mutation, so caches of globals and
/// builtins are validated with one compare (DESIGN.md, rule 3).
/// </summary>
public partial class PyDict : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "dict", null, TypeFlags.BaseType | TypeFlags.DictSubclass | TypeFlags.Mapping, InitSlots, InitMembers);

    private const int Empty = -1;
    private const int Dummy = -2;
    private const int MinSize = 8;

    /// <summary>A lookup failed with an exception pending.</summary>
    private const int LookupError = -2;

    private struct Entry
    {
        public long Hash;
        public PyObject? Key;
        public PyObject? Value;
    }

    private int[] _indices;
    private Entry[] _entries;
    private int _used;   // entries written, deleted ones included
    private int _count;  // live entries

    /// <summary>Changes on every mutation of this dict.</summary>
    public uint Version;

    public PyDict()
        : base(TypeObject)
    {
        _indices = NewIndices(MinSize);
        _entries = new Entry[UsableFor(MinSize)];
    }

    public PyDict(int capacity)
        : this(TypeObject, capacity)
    {
    }

    protected PyDict(PyType type, int capacity = 0)
        : base(type)
    {
        int size = MinSize;
        while (UsableFor(size) < capacity)
        {
            size <<= 1;
        }

        _indices = NewIndices(size);
        _entries = new Entry[UsableFor(size)];
    }

    public int Count => _count;

    /// <summary>The value for <paramref name="key"/>; null when missing (no exception) or on error (exception pending).</summary>
    public PyObject? GetItem(PyObject key)
    {
        if (key is PyStr s && ReferenceEquals(key.Type, PyStr.TypeObject))
        {
            return GetItemStr(s);
        }

        long hash = PyOps.Hash(key);
        if (hash == -1)
        {
            return null;
        }

        int ix = Find(key, hash);
        return ix >= 0 ? _entries[ix].Value : null;
    }

    /// <summary>Lookup by an exact str key: cannot raise.</summary>
    public PyObject? GetItemStr(PyStr key)
    {
        int ix = FindStr(key.Value, key.Hash, key);
        return ix >= 0 ? _entries[ix].Value : null;
    }

    /// <summary>Lookup by text, as if by an exact str with that text.</summary>
    public PyObject? GetItemStr(string key)
    {
        int ix = FindStr(key, PyStr.ComputeHash(key), null);
        return ix >= 0 ? _entries[ix].Value : null;
    }

    /// <summary>Whether the key is present: 1, 0, or -1 with an exception pending.</summary>
    public int Contains(PyObject key)
    {
        long hash = PyOps.Hash(key);
        if (hash == -1)
        {
            return -1;
        }

        int ix = Find(key, hash);
        return ix >= 0 ? 1 : ix == LookupError ? -1 : 0;
    }

    /// <summary>Sets <c>self[key] = value</c>; false when the key is unhashable or comparing it raised.</summary>
    public bool SetItem(PyObject key, PyObject value)
    {
        long hash = key is PyStr s && ReferenceEquals(key.Type, PyStr.TypeObject) ? s.Hash : PyOps.Hash(key);
        if (hash == -1)
        {
            return false;
        }

        return Insert(key, hash, value);
    }

    public void SetItemStr(PyStr key, PyObject value) => Insert(key, key.Hash, value);

    public void SetItemStr(string key, PyObject value) => SetItemStr(new PyStr(key), value);

    /// <summary>Removes <paramref name="key"/>: 1 removed, 0 missing (no exception), -1 error.</summary>
    public int DelItem(PyObject key)
    {
        long hash = key is PyStr s && ReferenceEquals(key.Type, PyStr.TypeObject) ? s.Hash : PyOps.Hash(key);
        if (hash == -1)
        {
            return -1;
        }

        int ix = Find(key, hash);
        if (ix < 0)
        {
            return ix == LookupError ? -1 : 0;
        }

        RemoveEntry(ix, hash);
        return 1;
    }

    /// <summary>Removes <paramref name="key"/> and returns its value; null when missing (no exception) or on error.</summary>
    public PyObject? Pop(PyObject key)
    {
        long hash = key is PyStr s && ReferenceEquals(key.Type, PyStr.TypeObject) ? s.Hash : PyOps.Hash(key);
        if (hash == -1)
        {
            return null;
        }

        int ix = Find(key, hash);
        if (ix < 0)
        {
            return null;
        }

        var value = _entries[ix].Value;
        RemoveEntry(ix, hash);
        return value;
    }

    public void Clear()
    {
        _indices = NewIndices(MinSize);
        _entries = new Entry[UsableFor(MinSize)];
        _used = 0;
        _count = 0;
        Version++;
    }

    /// <summary>
    /// Iterates in insertion order: start with <c>pos = 0</c>; returns false at the end.
    /// The caller checks <see cref="Version"/> or <see cref="Count"/> if the dict may change meanwhile.
    /// </summary>
    public bool Next(ref int pos, out PyObject key, out PyObject value)
    {
        var entries = _entries;
        while (pos < _used)
        {
            ref var e = ref entries[pos++];
            if (e.Key is not null)
            {
                key = e.Key;
                value = e.Value!;
                return true;
            }
        }

        key = null!;
        value = null!;
        return false;
    }

    /// <summary>The entry at dense position <paramref name="pos"/> if live (for views and iterators).</summary>
    public bool TryGetEntry(int pos, out PyObject key, out PyObject value, out long hash)
    {
        if (pos < _used && _entries[pos].Key is { } k)
        {
            key = k;
            value = _entries[pos].Value!;
            hash = _entries[pos].Hash;
            return true;
        }

        key = null!;
        value = null!;
        hash = 0;
        return false;
    }

    /// <summary>One past the last dense position written (iteration bound).</summary>
    public int UsedSlots => _used;

    /// <summary>A shallow copy in the same order.</summary>
    public PyDict Copy()
    {
        var copy = new PyDict(_count);
        int pos = 0;
        while (Next(ref pos, out var k, out var v))
        {
            copy.InsertNew(k, _entries[pos - 1].Hash, v);
        }

        return copy;
    }

    // Adds a key known to be absent without comparing keys (copies, merges into an empty dict).
    private void InsertNew(PyObject key, long hash, PyObject value)
    {
        if (_used == _entries.Length)
        {
            Resize(GrowthSize());
        }

        int slot = FindEmptySlot(_indices, hash);
        _indices[slot] = _used;
        ref var e = ref _entries[_used];
        e.Hash = hash;
        e.Key = key;
        e.Value = value;
        _used++;
        _count++;
        Version++;
    }

    /// <summary>The value for a key whose hash is known; null when missing (no exception) or on error.</summary>
    public PyObject? GetItemKnownHash(PyObject key, long hash)
    {
        int ix = key is PyStr s && ReferenceEquals(key.Type, PyStr.TypeObject) ? FindStr(s.Value, hash, s) : Find(key, hash);
        return ix >= 0 ? _entries[ix].Value : null;
    }

    /// <summary>Sets a key whose hash is known; false when comparing keys raised.</summary>
    public bool SetItemKnownHash(PyObject key, long hash, PyObject value) => Insert(key, hash, value);

    /// <summary>Removes a key whose hash is known: 1 removed, 0 missing, -1 error.</summary>
    public int DelItemKnownHash(PyObject key, long hash)
    {
        int ix = Find(key, hash);
        if (ix < 0)
        {
            return ix == LookupError ? -1 : 0;
        }

        RemoveEntry(ix, hash);
        return 1;
    }

    /// <summary>
    /// Removes the last entry in insertion order (dict.popitem's LIFO rule);
    /// false when empty. Its dense slot is reused by the next insertion, as in CPython.
    /// </summary>
    public bool PopLast(out PyObject key, out PyObject value)
    {
        int i = _used - 1;
        while (i >= 0 && _entries[i].Key is null)
        {
            i--;
        }

        if (i < 0)
        {
            key = null!;
            value = null!;
            return false;
        }

        key = _entries[i].Key!;
        value = _entries[i].Value!;
        RemoveEntry(i, _entries[i].Hash);
        _used = i;
        return true;
    }

    /// <summary>The size of the index table (for __sizeof__).</summary>
    internal int IndexTableSize => _indices.Length;

    /// <summary>How many entries the dense array can hold (for __sizeof__).</summary>
    internal int EntryCapacity => _entries.Length;

    private static int[] NewIndices(int size)
    {
        var indices = new int[size];
        Array.Fill(indices, Empty);
        return indices;
    }

    // CPython's USABLE_FRACTION: two thirds of the index table.
    private static int UsableFor(int size) => (size << 1) / 3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FindStr(string text, long hash, PyStr? key)
    {
        var indices = _indices;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            int ix = indices[i];
            if (ix == Empty)
            {
                return -1;
            }

            if (ix >= 0)
            {
                ref var e = ref _entries[ix];
                if (ReferenceEquals(e.Key, key) && key is not null)
                {
                    return ix;
                }

                if (e.Hash == hash && e.Key is PyStr s)
                {
                    if (ReferenceEquals(s.Type, PyStr.TypeObject) || key is null)
                    {
                        if (s.CodePoints is null && (key is null || key.CodePoints is null) && string.Equals(s.Value, text, StringComparison.Ordinal))
                        {
                            return ix;
                        }

                        if (key is not null && key.CodePoints is not null && s.EqualsStr(key))
                        {
                            return ix;
                        }
                    }
                    else if (key is not null)
                    {
                        // A str subclass key may define __eq__: use the general path.
                        return Find(key, hash);
                    }
                }
            }

            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    /// <summary>The dense index of the key, -1 when missing, <see cref="LookupError"/> on error.</summary>
    private int Find(PyObject key, long hash)
    {
    Restart:
        var indices = _indices;
        var entries = _entries;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            int ix = indices[i];
            if (ix == Empty)
            {
                return -1;
            }

            if (ix >= 0)
            {
                var startKey = entries[ix].Key;
                if (ReferenceEquals(startKey, key))
                {
                    return ix;
                }

                if (startKey is not null && entries[ix].Hash == hash)
                {
                    int eq = KeysEqual(startKey, key);
                    if (eq < 0)
                    {
                        return LookupError;
                    }

                    // __eq__ may have changed the dict; CPython starts over then.
                    if (!ReferenceEquals(entries, _entries) || !ReferenceEquals(indices, _indices) || !ReferenceEquals(entries[ix].Key, startKey))
                    {
                        goto Restart;
                    }

                    if (eq > 0)
                    {
                        return ix;
                    }
                }
            }

            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    private static int KeysEqual(PyObject stored, PyObject key)
    {
        if (stored is PyStr a && key is PyStr b && ReferenceEquals(a.Type, PyStr.TypeObject) && ReferenceEquals(b.Type, PyStr.TypeObject))
        {
            return a.EqualsStr(b) ? 1 : 0;
        }

        return PyOps.RichCompareBool(stored, key, CompareOp.Eq);
    }

    private bool Insert(PyObject key, long hash, PyObject value)
    {
        int ix = key is PyStr s && ReferenceEquals(key.Type, PyStr.TypeObject) ? FindStr(s.Value, hash, s) : Find(key, hash);
        if (ix == LookupError)
        {
            return false;
        }

        Version++;
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            return true;
        }

        if (_used == _entries.Length)
        {
            Resize(GrowthSize());
        }

        int slot = FindEmptySlot(_indices, hash);
        _indices[slot] = _used;
        ref var e = ref _entries[_used];
        e.Hash = hash;
        e.Key = key;
        e.Value = value;
        _used++;
        _count++;
        return true;
    }

    private void RemoveEntry(int ix, long hash)
    {
        var indices = _indices;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (indices[i] != ix)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }

        indices[i] = Dummy;
        _entries[ix].Key = null;
        _entries[ix].Value = null;
        _count--;
        Version++;
    }

    private static int FindEmptySlot(int[] indices, long hash)
    {
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (indices[i] >= 0)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }

        return i;
    }

    // CPython's GROWTH_RATE: three times the live entries.
    private int GrowthSize() => _count * 3;

    private void Resize(int minUsed)
    {
        int size = MinSize;
        while (size < minUsed || UsableFor(size) <= _count)
        {
            if (size > (1 << 29))
            {
                throw new OutOfMemoryException("dict too large");
            }

            size <<= 1;
        }

        var indices = NewIndices(size);
        var entries = new Entry[UsableFor(size)];
        int n = 0;
        for (int i = 0; i < _used; i++)
        {
            ref var old = ref _entries[i];
            if (old.Key is not null)
            {
                entries[n] = old;
                indices[FindEmptySlot(indices, old.Hash)] = n;
                n++;
            }
        }

        _indices = indices;
        _entries = entries;
        _used = n;
    }

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
