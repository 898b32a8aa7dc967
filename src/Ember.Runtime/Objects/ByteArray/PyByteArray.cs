using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// Python's <c>bytearray</c> (Objects/bytearrayobject.c): a mutable byte
/// sequence with spare capacity at the end. While a memoryview exports it, it
/// cannot change size (BufferError), as in CPython.
/// </summary>
public partial class PyByteArray : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "bytearray", null, TypeFlags.BaseType, InitSlots, InitMembers);

    private byte[] _items;
    private int _count;

    /// <summary>How many memoryviews hold this buffer.</summary>
    internal int Exports;

    public PyByteArray()
        : base(TypeObject)
    {
        _items = [];
    }

    /// <summary>Takes ownership of <paramref name="data"/>.</summary>
    public PyByteArray(byte[] data)
        : base(TypeObject)
    {
        _items = data;
        _count = data.Length;
    }

    protected PyByteArray(PyType type)
        : base(type)
    {
        _items = [];
    }

    public int Count => _count;

    public ReadOnlySpan<byte> AsSpan() => _items.AsSpan(0, _count);

    public Span<byte> AsWritableSpan() => _items.AsSpan(0, _count);

    /// <summary>False with BufferError pending when a memoryview holds the buffer.</summary>
    internal bool CheckResizable()
    {
        if (Exports > 0)
        {
            PyErr.SetString(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
            return false;
        }

        return true;
    }

    /// <summary>Replaces bytes [start, start + removeCount) with <paramref name="insert"/>; false with an error pending.</summary>
    internal bool Splice(int start, int removeCount, ReadOnlySpan<byte> insert)
    {
        if (removeCount == insert.Length)
        {
            insert.CopyTo(_items.AsSpan(start));
            return true;
        }

        if (!CheckResizable())
        {
            return false;
        }

        long newCount = (long)_count - removeCount + insert.Length;
        if (newCount > Array.MaxLength)
        {
            PyErr.NoMemory();
            return false;
        }

        // insert may alias our own buffer (b[1:2] = b): copy it first.
        var copy = insert.ToArray();
        if (newCount > _items.Length)
        {
            var grown = new byte[Math.Max(newCount, Math.Min(Array.MaxLength, (long)_items.Length * 2))];
            _items.AsSpan(0, start).CopyTo(grown);
            _items.AsSpan(start + removeCount, _count - start - removeCount).CopyTo(grown.AsSpan(start + copy.Length));
            _items = grown;
        }
        else
        {
            _items.AsSpan(start + removeCount, _count - start - removeCount).CopyTo(_items.AsSpan(start + copy.Length));
        }

        copy.CopyTo(_items.AsSpan(start));
        _count = (int)newCount;
        return true;
    }

    internal bool Append(byte b) => Splice(_count, 0, [b]);

    internal bool SetCount(int count)
    {
        if (count == _count)
        {
            return true;
        }

        if (!CheckResizable())
        {
            return false;
        }

        if (count > _items.Length)
        {
            Array.Resize(ref _items, count);
        }

        _count = count;
        return true;
    }

    public override string ToString() => $"bytearray({Ember.Syntax.Text.PyRepr.Bytes(AsSpan())})";

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}

/// <summary>An instance of a Python subclass of bytearray.</summary>
public sealed class PyByteArraySubclass : PyByteArray, IInstanceDict
{
    public PyByteArraySubclass(PyType type)
        : base(type)
    {
    }

    public PyDict? Dict { get; set; }
}
