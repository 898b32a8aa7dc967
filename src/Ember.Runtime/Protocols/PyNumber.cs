using System.Runtime.CompilerServices;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Types;

namespace Ember.Runtime.Protocols;

/// <summary>
/// The number protocol (Objects/abstract.c): binary operators with CPython's
/// rules for NotImplemented and for a right operand whose type is a subclass
/// of the left one's, in-place operators falling back to the binary ones, and
/// the sequence fallbacks for + and *.
/// </summary>
public static class PyNumber
{
    /// <summary>The operator text used in "unsupported operand type(s) for X" messages, by <see cref="BinaryOp"/>.</summary>
    private static readonly string[] s_symbols =
    [
        "+", "&", "//", "<<", "@", "*", "%", "|", "** or pow()", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
    ];

    public static string Symbol(BinaryOp op) => s_symbols[(int)op];

    /// <summary>Performs the BINARY_OP instruction's operation.</summary>
    public static PyObject? Binary(PyObject a, PyObject b, BinaryOp op) => op switch
    {
        BinaryOp.Add => Add(a, b),
        BinaryOp.And => Op(a, b, static t => t.And, BinaryOp.And),
        BinaryOp.FloorDivide => Op(a, b, static t => t.FloorDivide, BinaryOp.FloorDivide),
        BinaryOp.LShift => Op(a, b, static t => t.LShift, BinaryOp.LShift),
        BinaryOp.MatrixMultiply => Op(a, b, static t => t.MatrixMultiply, BinaryOp.MatrixMultiply),
        BinaryOp.Multiply => Multiply(a, b),
        BinaryOp.Remainder => Op(a, b, static t => t.Remainder, BinaryOp.Remainder),
        BinaryOp.Or => Op(a, b, static t => t.Or, BinaryOp.Or),
        BinaryOp.Power => Power(a, b, PyNone.Instance),
        BinaryOp.RShift => Op(a, b, static t => t.RShift, BinaryOp.RShift),
        BinaryOp.Subtract => Op(a, b, static t => t.Subtract, BinaryOp.Subtract),
        BinaryOp.TrueDivide => Op(a, b, static t => t.TrueDivide, BinaryOp.TrueDivide),
        BinaryOp.Xor => Op(a, b, static t => t.Xor, BinaryOp.Xor),
        BinaryOp.InplaceAdd => InplaceAdd(a, b),
        BinaryOp.InplaceAnd => InplaceOp(a, b, static t => t.InplaceAnd, static t => t.And, op),
        BinaryOp.InplaceFloorDivide => InplaceOp(a, b, static t => t.InplaceFloorDivide, static t => t.FloorDivide, op),
        BinaryOp.InplaceLShift => InplaceOp(a, b, static t => t.InplaceLShift, static t => t.LShift, op),
        BinaryOp.InplaceMatrixMultiply => InplaceOp(a, b, static t => t.InplaceMatrixMultiply, static t => t.MatrixMultiply, op),
        BinaryOp.InplaceMultiply => InplaceMultiply(a, b),
        BinaryOp.InplaceRemainder => InplaceOp(a, b, static t => t.InplaceRemainder, static t => t.Remainder, op),
        BinaryOp.InplaceOr => InplaceOp(a, b, static t => t.InplaceOr, static t => t.Or, op),
        BinaryOp.InplacePower => InplacePower(a, b),
        BinaryOp.InplaceRShift => InplaceOp(a, b, static t => t.InplaceRShift, static t => t.RShift, op),
        BinaryOp.InplaceSubtract => InplaceOp(a, b, static t => t.InplaceSubtract, static t => t.Subtract, op),
        BinaryOp.InplaceTrueDivide => InplaceOp(a, b, static t => t.InplaceTrueDivide, static t => t.TrueDivide, op),
        BinaryOp.InplaceXor => InplaceOp(a, b, static t => t.InplaceXor, static t => t.Xor, op),
        _ => PyErr.SystemError("bad binary operator"),
    };

    public static PyObject? Subtract(PyObject a, PyObject b) => Op(a, b, static t => t.Subtract, BinaryOp.Subtract);

    public static PyObject? TrueDivide(PyObject a, PyObject b) => Op(a, b, static t => t.TrueDivide, BinaryOp.TrueDivide);

    public static PyObject? FloorDivide(PyObject a, PyObject b) => Op(a, b, static t => t.FloorDivide, BinaryOp.FloorDivide);

    public static PyObject? Remainder(PyObject a, PyObject b) => Op(a, b, static t => t.Remainder, BinaryOp.Remainder);

    public static PyObject? Divmod(PyObject a, PyObject b)
    {
        var r = Binary1(a, b, static t => t.Divmod);
        if (r is not null && ReferenceEquals(r, PyNotImplemented.Instance))
        {
            return PyErr.TypeError($"unsupported operand type(s) for divmod(): '{a.Type.TpName}' and '{b.Type.TpName}'");
        }

        return r;
    }

    public static PyObject? Add(PyObject a, PyObject b)
    {
        var r = Binary1(a, b, static t => t.Add);
        if (r is null || !ReferenceEquals(r, PyNotImplemented.Instance))
        {
            return r;
        }

        if (a.Type.Concat is { } concat)
        {
            return concat(a, b);
        }

        return Unsupported(a, b, BinaryOp.Add);
    }

    public static PyObject? Multiply(PyObject a, PyObject b)
    {
        var r = Binary1(a, b, static t => t.Multiply);
        if (r is null || !ReferenceEquals(r, PyNotImplemented.Instance))
        {
            return r;
        }

        if (a.Type.Repeat is not null)
        {
            return SequenceRepeat(a, b, a.Type.Repeat);
        }

        if (b.Type.Repeat is not null)
        {
            return SequenceRepeat(b, a, b.Type.Repeat);
        }

        return Unsupported(a, b, BinaryOp.Multiply);
    }

    public static PyObject? InplaceAdd(PyObject a, PyObject b)
    {
        var r = Binary1Inplace(a, b, static t => t.InplaceAdd, static t => t.Add);
        if (r is null || !ReferenceEquals(r, PyNotImplemented.Instance))
        {
            return r;
        }

        var concat = a.Type.InplaceConcat ?? a.Type.Concat;
        if (concat is not null)
        {
            return concat(a, b);
        }

        return Unsupported(a, b, BinaryOp.InplaceAdd);
    }

    public static PyObject? InplaceMultiply(PyObject a, PyObject b)
    {
        var r = Binary1Inplace(a, b, static t => t.InplaceMultiply, static t => t.Multiply);
        if (r is null || !ReferenceEquals(r, PyNotImplemented.Instance))
        {
            return r;
        }

        // PyNumber_InPlaceMultiply tries the right operand's sq_repeat only when the left
        // one has no tp_as_sequence at all: `{1} *= [1]` is refused, `2 *= [1]` repeats.
        var repeat = a.Type.InplaceRepeat ?? a.Type.Repeat;
        if (repeat is not null)
        {
            return SequenceRepeat(a, b, repeat);
        }

        if (!HasSequenceMethods(a.Type) && b.Type.Repeat is not null)
        {
            return SequenceRepeat(b, a, b.Type.Repeat);
        }

        return Unsupported(a, b, BinaryOp.InplaceMultiply);
    }

    /// <summary>
    /// Whether CPython's type would have a tp_as_sequence table: every heap type does, and
    /// of the builtins those with a sequence slot (contains, concat, repeat).
    /// </summary>
    private static bool HasSequenceMethods(PyType t) =>
        (t.Flags & TypeFlags.HeapType) != 0 || t.Contains is not null || t.Concat is not null || t.Repeat is not null;

    /// <summary>pow(a, b, c) / a ** b (ternary_op): c is None for two arguments.</summary>
    public static PyObject? Power(PyObject a, PyObject b, PyObject c)
    {
        var r = Ternary(a, b, c, static t => t.Power);
        if (r is not null && ReferenceEquals(r, PyNotImplemented.Instance))
        {
            if (ReferenceEquals(c, PyNone.Instance))
            {
                return Unsupported(a, b, BinaryOp.Power);
            }

            return PyErr.TypeError($"unsupported operand type(s) for ** or pow(): '{a.Type.TpName}', '{b.Type.TpName}', '{c.Type.TpName}'");
        }

        return r;
    }

    public static PyObject? InplacePower(PyObject a, PyObject b)
    {
        if (a.Type.InplacePower is { } ip)
        {
            var r = ip(a, b, PyNone.Instance);
            if (r is null || !ReferenceEquals(r, PyNotImplemented.Instance))
            {
                return r;
            }
        }

        var result = Ternary(a, b, PyNone.Instance, static t => t.Power);
        if (result is not null && ReferenceEquals(result, PyNotImplemented.Instance))
        {
            return Unsupported(a, b, BinaryOp.InplacePower);
        }

        return result;
    }

    private static PyObject? Op(PyObject a, PyObject b, Func<PyType, BinarySlot?> slot, BinaryOp op)
    {
        var r = Binary1(a, b, slot);
        if (r is not null && ReferenceEquals(r, PyNotImplemented.Instance))
        {
            return Unsupported(a, b, op);
        }

        return r;
    }

    private static PyObject? InplaceOp(PyObject a, PyObject b, Func<PyType, BinarySlot?> inplace, Func<PyType, BinarySlot?> slot, BinaryOp op)
    {
        var r = Binary1Inplace(a, b, inplace, slot);
        if (r is not null && ReferenceEquals(r, PyNotImplemented.Instance))
        {
            return Unsupported(a, b, op);
        }

        return r;
    }

    private static PyObject? Binary1Inplace(PyObject a, PyObject b, Func<PyType, BinarySlot?> inplace, Func<PyType, BinarySlot?> slot)
    {
        if (inplace(a.Type) is { } ip)
        {
            var r = ip(a, b);
            if (r is null || !ReferenceEquals(r, PyNotImplemented.Instance))
            {
                return r;
            }
        }

        return Binary1(a, b, slot);
    }

    /// <summary>
    /// binary_op1: tries the left operand's slot and the right operand's,
    /// the right first when its type is a proper subclass of the left's.
    /// Returns NotImplemented when neither handles the pair.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? Binary1(PyObject a, PyObject b, Func<PyType, BinarySlot?> slot)
    {
        var slotA = slot(a.Type);
        BinarySlot? slotB = null;
        if (!ReferenceEquals(a.Type, b.Type))
        {
            slotB = slot(b.Type);
            if (slotB is not null && slotA is not null && slotB.Equals(slotA))
            {
                slotB = null;
            }
        }

        if (slotA is not null)
        {
            if (slotB is not null && b.Type.IsSubtypeOf(a.Type))
            {
                var rb = slotB(a, b);
                if (rb is null || !ReferenceEquals(rb, PyNotImplemented.Instance))
                {
                    return rb;
                }

                slotB = null;
            }

            var ra = slotA(a, b);
            if (ra is null || !ReferenceEquals(ra, PyNotImplemented.Instance))
            {
                return ra;
            }
        }

        if (slotB is not null)
        {
            return slotB(a, b);
        }

        return PyNotImplemented.Instance;
    }

    private static PyObject? Ternary(PyObject a, PyObject b, PyObject c, Func<PyType, TernarySlot?> slot)
    {
        var slotA = slot(a.Type);
        TernarySlot? slotB = null;
        if (!ReferenceEquals(a.Type, b.Type))
        {
            slotB = slot(b.Type);
            if (slotB is not null && slotA is not null && slotB.Equals(slotA))
            {
                slotB = null;
            }
        }

        if (slotA is not null)
        {
            if (slotB is not null && b.Type.IsSubtypeOf(a.Type))
            {
                var rb = slotB(a, b, c);
                if (rb is null || !ReferenceEquals(rb, PyNotImplemented.Instance))
                {
                    return rb;
                }

                slotB = null;
            }

            var ra = slotA(a, b, c);
            if (ra is null || !ReferenceEquals(ra, PyNotImplemented.Instance))
            {
                return ra;
            }
        }

        if (slotB is not null)
        {
            var rb = slotB(a, b, c);
            if (rb is null || !ReferenceEquals(rb, PyNotImplemented.Instance))
            {
                return rb;
            }
        }

        var slotC = slot(c.Type);
        if (slotC is not null && !ReferenceEquals(c, PyNone.Instance) && !slotC.Equals(slotA) && !slotC.Equals(slotB))
        {
            return slotC(a, b, c);
        }

        return PyNotImplemented.Instance;
    }

    private static PyObject? SequenceRepeat(PyObject seq, PyObject count, RepeatSlot repeat)
    {
        if (count.Type.Index is null)
        {
            return PyErr.TypeError($"can't multiply sequence by non-int of type '{count.Type.Name}'");
        }

        var n = Index(count);
        if (n is null)
        {
            return null;
        }

        if (!n.IsSmall)
        {
            return PyErr.OverflowError($"cannot fit '{count.Type.Name}' into an index-sized integer");
        }

        return repeat(seq, n.Small);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? Unsupported(PyObject a, PyObject b, BinaryOp op) =>
        PyErr.TypeError($"unsupported operand type(s) for {Symbol(op)}: '{a.Type.TpName}' and '{b.Type.TpName}'");

    public static PyObject? Negative(PyObject o) => Unary(o, o.Type.Negative, "unary -");

    public static PyObject? Positive(PyObject o) => Unary(o, o.Type.Positive, "unary +");

    public static PyObject? Invert(PyObject o) => Unary(o, o.Type.Invert, "unary ~");

    public static PyObject? Absolute(PyObject o) => Unary(o, o.Type.Absolute, "abs()");

    private static PyObject? Unary(PyObject o, UnarySlot? slot, string what) =>
        slot is not null ? slot(o) : PyErr.TypeError($"bad operand type for {what}: '{o.Type.Name}'");

    /// <summary>operator.index(o) (PyNumber_Index): an exact int, or null with TypeError pending.</summary>
    public static PyInt? Index(PyObject o)
    {
        if (ReferenceEquals(o.Type, PyInt.TypeObject))
        {
            return (PyInt)o;
        }

        // An int subclass is an int already: its own __index__ is not called.
        if (o is PyInt sub)
        {
            return sub.IsSmall ? PyInt.From(sub.Small) : PyInt.From(sub.ToBigInteger());
        }

        if (o.Type.Index is not { } slot)
        {
            PyErr.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
            return null;
        }

        var r = slot(o);
        if (r is null)
        {
            return null;
        }

        if (r is not PyInt i)
        {
            PyErr.TypeError($"__index__ returned non-int (type {r.Type.Name})");
            return null;
        }

        return ReferenceEquals(i.Type, PyInt.TypeObject) ? i : i.IsSmall ? PyInt.From(i.Small) : PyInt.From(i.ToBigInteger());
    }

    /// <summary>
    /// An index-sized integer from an object with __index__ (PyNumber_AsSsize_t):
    /// false with an error pending when it is not an integer or does not fit.
    /// </summary>
    public static bool AsSsize(PyObject o, out long value)
    {
        if (o is PyInt fast && fast.IsSmall)
        {
            value = fast.Small;
            return true;
        }

        var i = Index(o);
        if (i is null)
        {
            value = 0;
            return false;
        }

        if (!i.IsSmall)
        {
            PyErr.SetString(PyExc.IndexError, $"cannot fit '{o.Type.Name}' into an index-sized integer");
            value = 0;
            return false;
        }

        value = i.Small;
        return true;
    }
}
