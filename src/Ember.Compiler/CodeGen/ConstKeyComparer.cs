using System.Numerics;
using Ember.Bytecode;

namespace Ember.Compiler.CodeGen;

/// <summary>
/// Equality of constants as CPython's <c>_PyCode_ConstantKey</c> sees it: same
/// type and same value, with 0.0 and -0.0 (and NaNs by bits) kept apart,
/// tuples and frozensets compared item by item, code objects by identity.
/// </summary>
internal sealed class ConstKeyComparer : IEqualityComparer<object?>
{
    public static readonly ConstKeyComparer Instance = new();

    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x == null || y == null || x.GetType() != y.GetType())
        {
            return false;
        }

        return x switch
        {
            // A NaN equals only the same object, as in CPython's constant keys.
            double a => !double.IsNaN(a) && BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits((double)y),
            Complex a => !double.IsNaN(a.Real) && !double.IsNaN(a.Imaginary) && BitConverter.DoubleToInt64Bits(a.Real) == BitConverter.DoubleToInt64Bits(((Complex)y).Real)
                && BitConverter.DoubleToInt64Bits(a.Imaginary) == BitConverter.DoubleToInt64Bits(((Complex)y).Imaginary),
            byte[] a => a.AsSpan().SequenceEqual((byte[])y),
            CodePointString a => a.CodePoints.AsSpan().SequenceEqual(((CodePointString)y).CodePoints),
            ConstTuple a => ItemsEqual(a.Items, ((ConstTuple)y).Items),
            ConstFrozenSet a => ItemsEqual(a.Items, ((ConstFrozenSet)y).Items),
            CodeObject a => CodeEquals(a, (CodeObject)y),
            _ => x.Equals(y),
        };
    }

    // code_richcompare: a finally body compiled twice yields equal code objects, stored once.
    private bool CodeEquals(CodeObject a, CodeObject b) =>
        a.Name == b.Name && a.ArgCount == b.ArgCount && a.PosOnlyArgCount == b.PosOnlyArgCount
        && a.KwOnlyArgCount == b.KwOnlyArgCount && a.Flags == b.Flags && a.FirstLineNo == b.FirstLineNo
        && a.Instructions.AsSpan().SequenceEqual(b.Instructions) && ItemsEqual(a.Constants, b.Constants)
        && a.Names.AsSpan().SequenceEqual(b.Names) && a.LocalsPlusNames.AsSpan().SequenceEqual(b.LocalsPlusNames)
        && a.LocalsPlusKinds.AsSpan().SequenceEqual(b.LocalsPlusKinds) && a.Positions.AsSpan().SequenceEqual(b.Positions)
        && a.ExceptionTable.AsSpan().SequenceEqual(b.ExceptionTable);

    private bool ItemsEqual(object?[] a, object?[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (!Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(object? obj)
    {
        switch (obj)
        {
            case null:
                return 0;
            case double d:
                return BitConverter.DoubleToInt64Bits(d).GetHashCode();
            case byte[] b:
                {
                    var h = new HashCode();
                    h.AddBytes(b);
                    return h.ToHashCode();
                }

            case CodePointString s:
                {
                    var h = new HashCode();
                    foreach (int c in s.CodePoints)
                    {
                        h.Add(c);
                    }

                    return h.ToHashCode();
                }

            case ConstTuple t:
                return ItemsHash(t.Items, 17);
            case ConstFrozenSet f:
                return ItemsHash(f.Items, 31);
            case CodeObject c:
                return HashCode.Combine(c.Name, c.FirstLineNo, c.Instructions.Length, c.Constants.Length);
            default:
                return HashCode.Combine(obj.GetType(), obj);
        }
    }

    private int ItemsHash(object?[] items, int seed)
    {
        var h = new HashCode();
        h.Add(seed);
        foreach (var i in items)
        {
            h.Add(GetHashCode(i));
        }

        return h.ToHashCode();
    }
}
