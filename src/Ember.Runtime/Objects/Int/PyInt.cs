using System.Numerics;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// Python's <c>int</c> (Objects/longobject.c): arbitrary precision with a
/// 64-bit fast path. A value that fits in a <see cref="long"/> lives in
/// <see cref="Small"/> and <see cref="Big"/> is null; only values outside that
/// range use <see cref="BigInteger"/> (DESIGN.md, rule 5). -5..256 are shared
/// instances.
/// </summary>
public partial class PyInt : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "int", null, TypeFlags.BaseType | TypeFlags.LongSubclass, InitSlots, InitMembers);

    private const int SmallMin = -5;
    private const int SmallMax = 256;

    private static readonly PyInt[] s_small = CreateSmall();

    public static PyInt Zero => s_small[-SmallMin];

    public static PyInt One => s_small[1 - SmallMin];

    /// <summary>The value when it fits in 64 bits (then <see cref="Big"/> is null).</summary>
    public readonly long Small;

    /// <summary>The value when it does not fit in 64 bits; never a value that fits.</summary>
    public readonly BigInteger? Big;

    protected PyInt(PyType type, long value)
        : base(type)
    {
        Small = value;
    }

    protected PyInt(PyType type, BigInteger value)
        : base(type)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            Small = (long)value;
        }
        else
        {
            Big = value;
        }
    }

    /// <summary>An instance of a subclass holding the same value as <paramref name="value"/>.</summary>
    protected PyInt(PyType type, PyInt value)
        : base(type)
    {
        Small = value.Small;
        Big = value.Big;
    }

    private PyInt(long value)
        : base(TypeObject)
    {
        Small = value;
    }

    private PyInt(BigInteger big, bool _)
        : base(TypeObject)
    {
        Big = big;
    }

    public bool IsSmall => Big is null;

    public BigInteger ToBigInteger() => Big ?? new BigInteger(Small);

    public static PyInt MinusOne => s_small[-1 - SmallMin];

    /// <summary>-1, 0 or 1.</summary>
    public int Sign => Big is { } big ? big.Sign : Math.Sign(Small);

    /// <summary>Whether the value is zero (bool False included).</summary>
    public bool IsZero => Big is null && Small == 0;

    /// <summary>
    /// The same value as an exact <c>int</c> (what <c>__index__</c>, <c>__int__</c>
    /// and <c>+x</c> return for an instance of a subclass or a bool).
    /// </summary>
    public PyInt AsExact() => ReferenceEquals(Type, TypeObject) ? this : Big is { } big ? new PyInt(big, true) : From(Small);

    public static PyInt From(ulong value) => value <= long.MaxValue ? From((long)value) : new PyInt(new BigInteger(value), true);

    public static PyInt From(long value)
    {
        if (value >= SmallMin && value <= SmallMax)
        {
            return s_small[value - SmallMin];
        }

        return new PyInt(value);
    }

    public static PyInt From(int value) => From((long)value);

    public static PyInt From(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return From((long)value);
        }

        return new PyInt(value, true);
    }

    private static PyInt[] CreateSmall()
    {
        var table = new PyInt[SmallMax - SmallMin + 1];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = new PyInt(i + SmallMin);
        }

        return table;
    }

    public override string ToString() => Big?.ToString() ?? Small.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
