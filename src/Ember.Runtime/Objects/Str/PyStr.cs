using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// Python's <c>str</c> (Objects/unicodeobject.c): an immutable sequence of
/// code points. The text is a .NET string; <see cref="Length"/> counts code
/// points, so "😀" has length 1. A str that holds lone surrogates next to each
/// other (which UTF-16 cannot tell apart from a pair) keeps its code points in
/// <see cref="CodePoints"/> instead.
/// </summary>
public partial class PyStr : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "str", null, TypeFlags.BaseType | TypeFlags.UnicodeSubclass, InitSlots, InitMembers);

    public static readonly PyStr Empty = new(string.Empty);

    /// <summary>The text as UTF-16. For a str with <see cref="CodePoints"/>, a lossy rendering.</summary>
    public readonly string Value;

    /// <summary>Code points, only for strs that UTF-16 cannot represent exactly (adjacent lone surrogates).</summary>
    public readonly int[]? CodePoints;

    // 0 = not computed yet; the computed hash is never 0 (see ComputeHash).
    private long _hash;

    // -1 = not computed yet.
    private int _length = -1;

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

    public PyStr(int[] codePoints)
        : base(TypeObject)
    {
        CodePoints = codePoints;
        var sb = new System.Text.StringBuilder(codePoints.Length);
        foreach (int cp in codePoints)
        {
            if (cp >= 0x10000)
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }
            else
            {
                sb.Append((char)cp);
            }
        }

        Value = sb.ToString();
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

    public long Hash
    {
        get
        {
            long h = _hash;
            if (h == 0)
            {
                h = ComputeHash(Value);
                _hash = h;
            }

            return h;
        }
    }

    /// <summary>The hash every str with this text has; also used for lookups by .NET string.</summary>
    public static long ComputeHash(string value)
    {
        long h = value.GetHashCode();
        return h is 0 or -1 ? -2 : h;
    }

    public static PyStr From(string value) => value.Length == 0 ? Empty : new PyStr(value);

    private static int CountCodePoints(string s)
    {
        int n = s.Length;
        for (int i = 0; i < s.Length - 1; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }

        return n;
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
