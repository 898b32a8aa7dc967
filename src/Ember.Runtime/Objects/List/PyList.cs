using System.Runtime.CompilerServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// Python's <c>list</c> (Objects/listobject.c): a growable array of objects.
/// The spare room grows and shrinks as CPython's list_resize does, so
/// <c>__sizeof__</c> reports what CPython reports.
/// </summary>
public partial class PyList : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "list", null, TypeFlags.BaseType | TypeFlags.ListSubclass | TypeFlags.Sequence, InitSlots, InitMembers);

    // Items [0, Count) are live; the rest of the array is spare room.
    internal PyObject[] _items;
    internal int _count;

    public PyList()
        : base(TypeObject)
    {
        _items = [];
    }

    public PyList(int capacity)
        : base(TypeObject)
    {
        _items = capacity == 0 ? [] : new PyObject[capacity];
    }

    /// <summary>Takes ownership of <paramref name="items"/>.</summary>
    public PyList(PyObject[] items, int count)
        : base(TypeObject)
    {
        _items = items;
        _count = count;
    }

    protected PyList(PyType type)
        : base(type)
    {
        _items = [];
    }

    public int Count => _count;

    public PyObject this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    /// <summary>The live items; valid until the list next changes size.</summary>
    public Span<PyObject> AsSpan() => _items.AsSpan(0, _count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(PyObject item)
    {
        if (_count == _items.Length)
        {
            Grow(_count + 1);
        }

        _items[_count++] = item;
    }

    /// <summary>Makes room for at least <paramref name="minCapacity"/> items with CPython's over-allocation.</summary>
    public void Grow(int minCapacity)
    {
        if (minCapacity <= _items.Length)
        {
            return;
        }

        long newCapacity = Overallocate(minCapacity, _count);
        if (newCapacity > Array.MaxLength)
        {
            newCapacity = Array.MaxLength;
        }

        Array.Resize(ref _items, (int)newCapacity);
    }

    /// <summary>list_resize's growth rule: about 1/8 more plus a little, a multiple of 4.</summary>
    private static long Overallocate(long newSize, long oldSize)
    {
        long allocated = (newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - oldSize > allocated - newSize)
        {
            allocated = (newSize + 3) & ~3L;
        }

        return newSize == 0 ? 0 : allocated;
    }

    /// <summary>
    /// Sets the size to <paramref name="newSize"/> as list_resize does (the
    /// items past the old size are unset); false with MemoryError pending.
    /// </summary>
    internal bool Resize(long newSize)
    {
        long allocated = _items.Length;
        if (allocated >= newSize && newSize >= (allocated >> 1))
        {
            ClearTail((int)newSize);
            _count = (int)newSize;
            return true;
        }

        long newAllocated = Overallocate(newSize, _count);
        if (newAllocated > ContainerHelpers.MaxItems)
        {
            PyErr.NoMemory();
            return false;
        }

        try
        {
            ClearTail((int)Math.Min(newSize, _count));
            Array.Resize(ref _items, (int)newAllocated);
        }
        catch (OutOfMemoryException)
        {
            PyErr.NoMemory();
            return false;
        }

        _count = (int)newSize;
        return true;
    }

    // Dropped items must not stay reachable from the spare room.
    private void ClearTail(int newCount)
    {
        if (newCount < _count)
        {
            Array.Clear(_items, newCount, _count - newCount);
        }
    }

    /// <summary>An exactly sized array for a list filled all at once (list_preallocate_exact rounds up to even).</summary>
    internal bool PreallocateExact(long n)
    {
        long size = (n + 1) & ~1L;
        var items = ContainerHelpers.NewItems(size);
        if (items is null)
        {
            return false;
        }

        _items = items;
        return true;
    }

    public static PyList Create(ReadOnlySpan<PyObject> items) => new(items.ToArray(), items.Length);

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}

/// <summary>An instance of a Python subclass of list: the items plus an attribute dict.</summary>
public sealed class PyListSubclass : PyList, IInstanceDict
{
    public PyListSubclass(PyType type)
        : base(type)
    {
    }

    public PyDict? Dict { get; set; }
}
