using System.Runtime.CompilerServices;

namespace Ember.Runtime.Codecs;

/// <summary>A growable byte buffer for encoders and the bytes methods (no per-byte allocation).</summary>
public sealed class ByteBuilder
{
    private byte[] _items;
    private int _count;

    public ByteBuilder(int capacity = 16)
    {
        _items = new byte[Math.Max(capacity, 8)];
    }

    public int Count => _count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(byte b)
    {
        if (_count == _items.Length)
        {
            Grow(_count + 1);
        }

        _items[_count++] = b;
    }

    public void Add(ReadOnlySpan<byte> bytes)
    {
        if (_count + bytes.Length > _items.Length)
        {
            Grow(_count + bytes.Length);
        }

        bytes.CopyTo(_items.AsSpan(_count));
        _count += bytes.Length;
    }

    /// <summary>Appends ASCII text (every char below 128).</summary>
    public void AddAscii(string text)
    {
        foreach (char c in text)
        {
            Add((byte)c);
        }
    }

    public void Add(byte b, long repeat)
    {
        if (_count + repeat > _items.Length)
        {
            Grow((int)(_count + repeat));
        }

        _items.AsSpan(_count, (int)repeat).Fill(b);
        _count += (int)repeat;
    }

    public ReadOnlySpan<byte> AsSpan() => _items.AsSpan(0, _count);

    public byte[] ToArray() => _items.AsSpan(0, _count).ToArray();

    private void Grow(int min)
    {
        int size = Math.Max(min, _items.Length * 2);
        Array.Resize(ref _items, size);
    }
}
