using System.Runtime.CompilerServices;

namespace Ember.Runtime.Objects;

/// <summary>
/// Collects code points for a new str (CPython's _PyUnicodeWriter in spirit):
/// used where a result may hold astral characters or lone surrogates, so that
/// the str gets its one canonical representation at the end.
/// </summary>
public sealed class CodePointBuilder
{
    private int[] _items;
    private int _count;

    public CodePointBuilder(int capacity = 16)
    {
        _items = new int[Math.Max(capacity, 4)];
    }

    public int Count => _count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int cp)
    {
        if (_count == _items.Length)
        {
            Grow(_count + 1);
        }

        _items[_count++] = cp;
    }

    public void Add(ReadOnlySpan<int> cps)
    {
        if (_count + cps.Length > _items.Length)
        {
            Grow(_count + cps.Length);
        }

        cps.CopyTo(_items.AsSpan(_count));
        _count += cps.Length;
    }

    /// <summary>Appends the code points of <paramref name="s"/>.</summary>
    public void Add(PyStr s)
    {
        if (s.IsNarrow)
        {
            var v = s.Value;
            if (_count + v.Length > _items.Length)
            {
                Grow(_count + v.Length);
            }

            for (int i = 0; i < v.Length; i++)
            {
                _items[_count++] = v[i];
            }
        }
        else
        {
            Add(s.GetCodePoints());
        }
    }

    public void Add(int cp, long repeat)
    {
        for (long i = 0; i < repeat; i++)
        {
            Add(cp);
        }
    }

    public ReadOnlySpan<int> AsSpan() => _items.AsSpan(0, _count);

    public PyStr ToPyStr() => PyStr.FromCodePoints(AsSpan());

    private void Grow(int min)
    {
        int size = Math.Max(min, _items.Length * 2);
        Array.Resize(ref _items, size);
    }
}

/// <summary>Walks the code points of a str without allocating (a surrogate pair is one code point).</summary>
public ref struct CodePointEnumerator
{
    private readonly string _text;
    private readonly int[]? _cps;
    private int _pos;
    private int _current;

    public CodePointEnumerator(PyStr s)
    {
        _text = s.Value;
        _cps = s.CodePoints;
        _pos = 0;
        _current = 0;
    }

    public readonly int Current => _current;

    public readonly CodePointEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_cps is not null)
        {
            if (_pos >= _cps.Length)
            {
                return false;
            }

            _current = _cps[_pos++];
            return true;
        }

        var t = _text;
        if (_pos >= t.Length)
        {
            return false;
        }

        char c = t[_pos++];
        if (char.IsHighSurrogate(c) && _pos < t.Length && char.IsLowSurrogate(t[_pos]))
        {
            _current = char.ConvertToUtf32(c, t[_pos++]);
        }
        else
        {
            _current = c;
        }

        return true;
    }
}
