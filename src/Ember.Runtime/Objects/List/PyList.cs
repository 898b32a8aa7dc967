using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>Python's <c>list</c> (Objects/listobject.c): a growable array of objects.</summary>
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

    public void Append(PyObject item)
    {
        if (_count == _items.Length)
        {
            Grow(_count + 1);
        }

        _items[_count++] = item;
    }

    public void Grow(int minCapacity)
    {
        // CPython's over-allocation: about 1/8 more, plus a little (list_resize).
        long newCapacity = minCapacity + (minCapacity >> 3) + 6;
        if (newCapacity > Array.MaxLength)
        {
            newCapacity = Array.MaxLength;
        }

        Array.Resize(ref _items, (int)newCapacity);
    }

    public static PyList Create(ReadOnlySpan<PyObject> items) => new(items.ToArray(), items.Length);

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
