using System.Runtime.CompilerServices;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// Python's <c>str</c> (Objects/unicodeobject.c): an immutable sequence of
/// code points. The text is a .NET string; <see cref="Length"/> counts code
/// points, so "😀" has length 1. A str that holds lone surrogates next to each
/// other (which UTF-16 cannot tell apart from a pair) keeps its code points in
/// <see cref="CodePoints"/> instead; every other str leaves it null, so the
/// representation of a given sequence of code points is unique.
/// <para>
/// Most strs hold no surrogate code unit at all ("narrow"): then UTF-16
/// indexes are code-point indexes and ordinal comparison is code-point order,
/// and the methods work on the .NET string directly. The others ("wide":
/// astral characters or lone surrogates) are worked on as an array of code
/// points, computed once and kept (the index for O(1) indexing).
/// </para>
/// </summary>
public partial class PyStr : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "str", null, TypeFlags.BaseType | TypeFlags.UnicodeSubclass, InitSlots, InitMembers);

    public static readonly PyStr Empty = new(string.Empty);

    // One-character strs for Latin-1, shared (CPython's latin1 singletons).
    private static readonly PyStr[] s_latin1 = CreateLatin1();

    private const byte KindUnknown = 0;
    private const byte KindAscii = 1;
    private const byte KindNarrow = 2;
    private const byte KindWide = 3;

    /// <summary>The text as UTF-16. For a str with <see cref="CodePoints"/>, a lossy rendering.</summary>
    public readonly string Value;

    /// <summary>Code points, only for strs that UTF-16 cannot represent exactly (adjacent lone surrogates).</summary>
    public readonly int[]? CodePoints;

    // 0 = not computed yet (or a hash of 0, as the empty str's: recomputed, cheaply).
    private long _hash;

    // -1 = not computed yet.
    private int _length = -1;

    private byte _kind;

    /// <summary>
    /// Whether this str is interned (PyUnicode_CHECK_INTERNED): set by sys.intern and
    /// for the names and identifier-like constants of code, as CPython's compiler
    /// interns them. Only marshal reads it (TYPE_INTERNED / TYPE_SHORT_ASCII_INTERNED).
    /// </summary>
    public bool Interned;

    // For wide strs: the code points, computed on first need.
    private int[]? _wide;

    public PyStr(string value)
        : base(TypeObject)
    {
        Value = value;
    }

    /// <summary>An instance of a str subclass.</summary>
    protected PyStr(PyType type, string value)
        : base(type)
    {
        Value = value;
    }

    /// <summary>An instance of a str subclass with the code points of <paramref name="value"/>.</summary>
    protected PyStr(PyType type, PyStr value)
        : base(type)
    {
        Value = value.Value;
        CodePoints = value.CodePoints;
    }

    /// <summary>A str of these code points (surrogates allowed). The array is kept when UTF-16 cannot hold it exactly.</summary>
    public PyStr(int[] codePoints)
        : base(TypeObject)
    {
        if (NeedsCodePoints(codePoints))
        {
            CodePoints = codePoints;
            _wide = codePoints;
            _kind = KindWide;
        }

        Value = BuildUtf16(codePoints);
    }

    /// <summary>The number of code points.</summary>
    public int Length
    {
        get
        {
            int n = _length;
            if (n < 0)
            {
                n = CodePoints?.Length ?? CountCodePoints(Value);
                _length = n;
            }

            return n;
        }
    }

    /// <summary>Whether every code point is one UTF-16 unit, so indexes into <see cref="Value"/> are code-point indexes.</summary>
    public bool IsBmpOnly => CodePoints is null && Length == Value.Length;

    /// <summary>Whether every code point is below 128.</summary>
    public bool IsAscii => Kind == KindAscii;

    /// <summary>
    /// Whether the text has no surrogate code unit: UTF-16 positions are
    /// code-point positions and ordinal order is code-point order.
    /// </summary>
    public bool IsNarrow => Kind <= KindNarrow;

    private byte Kind
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            byte k = _kind;
            if (k == KindUnknown)
            {
                k = ComputeKind();
                _kind = k;
            }

            return k;
        }
    }

    private byte ComputeKind()
    {
        if (CodePoints is not null)
        {
            return KindWide;
        }

        var span = Value.AsSpan();
        if (System.Text.Ascii.IsValid(span))
        {
            return KindAscii;
        }

        return span.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0 ? KindWide : KindNarrow;
    }

    /// <summary>
    /// The code points of a str. For a wide str this is its kept array (do not
    /// modify it); for a narrow one a new array.
    /// </summary>
    public int[] GetCodePoints()
    {
        if (CodePoints is not null)
        {
            return CodePoints;
        }

        if (Kind == KindWide)
        {
            return _wide ??= DecodeUtf16(Value, Length);
        }

        var result = new int[Value.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Value[i];
        }

        return result;
    }

    /// <summary>The code point at <paramref name="index"/> (0 &lt;= index &lt; Length), O(1).</summary>
    public int CodePointAt(int index) => IsNarrow ? Value[index] : GetCodePoints()[index];

    public long Hash
    {
        get
        {
            long h = _hash;
            if (h == 0)
            {
                h = CodePoints is null ? ComputeHash(Value) : Hashing.PyHash.HashCodePoints(CodePoints);
                _hash = h;
            }

            return h;
        }
    }

    /// <summary>The hash every str with this text has (CPython's, see <see cref="Hashing.PyHash"/>); also used for lookups by .NET string.</summary>
    public static long ComputeHash(string value) => Hashing.PyHash.HashText(value);

    public static PyStr From(string value) => value.Length == 0 ? Empty : new PyStr(value);

    /// <summary>The one-character str for <paramref name="cp"/> (shared below 256).</summary>
    public static PyStr FromCodePoint(int cp)
    {
        if ((uint)cp < 256)
        {
            return s_latin1[cp];
        }

        if (cp < 0x10000)
        {
            return new PyStr(((char)cp).ToString());
        }

        return new PyStr(char.ConvertFromUtf32(cp));
    }

    /// <summary>A str of these code points, in the unique representation (narrow, UTF-16 or code points).</summary>
    public static PyStr FromCodePoints(ReadOnlySpan<int> codePoints)
    {
        if (codePoints.Length == 0)
        {
            return Empty;
        }

        if (codePoints.Length == 1)
        {
            return FromCodePoint(codePoints[0]);
        }

        bool simple = true;
        foreach (int cp in codePoints)
        {
            if ((uint)(cp - 0xD800) < 0x800 || cp >= 0x10000)
            {
                simple = false;
                break;
            }
        }

        if (simple)
        {
            var chars = codePoints.Length <= 256 ? stackalloc char[codePoints.Length] : new char[codePoints.Length];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)codePoints[i];
            }

            return new PyStr(new string(chars));
        }

        return new PyStr(codePoints.ToArray());
    }

    private static bool NeedsCodePoints(ReadOnlySpan<int> codePoints)
    {
        for (int i = 0; i + 1 < codePoints.Length; i++)
        {
            if ((uint)(codePoints[i] - 0xD800) < 0x400 && (uint)(codePoints[i + 1] - 0xDC00) < 0x400)
            {
                return true;
            }
        }

        return false;
    }

    private static string BuildUtf16(ReadOnlySpan<int> codePoints)
    {
        int units = codePoints.Length;
        foreach (int cp in codePoints)
        {
            if (cp >= 0x10000)
            {
                units++;
            }
        }

        var chars = units <= 256 ? stackalloc char[units] : new char[units];
        int j = 0;
        foreach (int cp in codePoints)
        {
            if (cp >= 0x10000)
            {
                int v = cp - 0x10000;
                chars[j++] = (char)(0xD800 + (v >> 10));
                chars[j++] = (char)(0xDC00 + (v & 0x3FF));
            }
            else
            {
                chars[j++] = (char)cp;
            }
        }

        return new string(chars);
    }

    private static int[] DecodeUtf16(string s, int length)
    {
        var result = new int[length];
        int j = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                result[j++] = char.ConvertToUtf32(c, s[++i]);
            }
            else
            {
                result[j++] = c;
            }
        }

        return result;
    }

    private static int CountCodePoints(string s)
    {
        int first = s.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF');
        if (first < 0)
        {
            return s.Length;
        }

        int n = s.Length;
        for (int i = first; i < s.Length - 1; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }

        return n;
    }

    private static PyStr[] CreateLatin1()
    {
        var table = new PyStr[256];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = new PyStr(((char)i).ToString());
        }

        return table;
    }

    /// <summary>Value equality of two strs (code points), without dispatch.</summary>
    public bool EqualsStr(PyStr other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (CodePoints is null && other.CodePoints is null)
        {
            return string.Equals(Value, other.Value, StringComparison.Ordinal);
        }

        return CodePoints is not null && other.CodePoints is not null && CodePoints.AsSpan().SequenceEqual(other.CodePoints);
    }

    public override string ToString() => Value;

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
