using System.Numerics;
using System.Runtime.CompilerServices;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// Python's <c>slice</c> (Objects/sliceobject.c). Besides the type, this is
/// where every sequence turns a slice into concrete bounds:
/// <see cref="Unpack"/> (PySlice_Unpack) then <see cref="AdjustIndices"/>
/// (PySlice_AdjustIndices), or both at once with <see cref="GetIndices"/>.
/// Slices are unhashable in 3.11.
/// </summary>
public sealed partial class PySlice : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("slice", null, TypeFlags.None, InitSlots, InitMembers);

    public readonly PyObject Start;
    public readonly PyObject Stop;
    public readonly PyObject Step;

    public PySlice(PyObject start, PyObject stop, PyObject step)
        : base(TypeObject)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    /// <summary>
    /// The start, stop and step of this slice as index-sized integers, with
    /// None resolved for the step's direction and out-of-range ints clamped
    /// (PySlice_Unpack). False with TypeError or ValueError pending.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Unpack(out long start, out long stop, out long step)
    {
        if (ReferenceEquals(Step, PyNone.Instance))
        {
            step = 1;
        }
        else if (!SliceIndex(Step, out step))
        {
            start = stop = 0;
            return false;
        }
        else if (step == 0)
        {
            start = stop = 0;
            PyErr.ValueError("slice step cannot be zero");
            return false;
        }
        else if (step < -long.MaxValue)
        {
            // So that reversing the step cannot overflow.
            step = -long.MaxValue;
        }

        if (ReferenceEquals(Start, PyNone.Instance))
        {
            start = step < 0 ? long.MaxValue : 0;
        }
        else if (!SliceIndex(Start, out start))
        {
            stop = 0;
            return false;
        }

        if (ReferenceEquals(Stop, PyNone.Instance))
        {
            stop = step < 0 ? long.MinValue : long.MaxValue;
        }
        else if (!SliceIndex(Stop, out stop))
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// Clips unpacked bounds to a sequence of <paramref name="length"/> items
    /// and returns how many items the slice selects (PySlice_AdjustIndices).
    /// </summary>
    public static long AdjustIndices(long length, ref long start, ref long stop, long step)
    {
        if (start < 0)
        {
            start += length;
            if (start < 0)
            {
                start = step < 0 ? -1 : 0;
            }
        }
        else if (start >= length)
        {
            start = step < 0 ? length - 1 : length;
        }

        if (stop < 0)
        {
            stop += length;
            if (stop < 0)
            {
                stop = step < 0 ? -1 : 0;
            }
        }
        else if (stop >= length)
        {
            stop = step < 0 ? length - 1 : length;
        }

        if (step < 0)
        {
            return stop < start ? ((start - stop - 1) / -step) + 1 : 0;
        }

        return start < stop ? ((stop - start - 1) / step) + 1 : 0;
    }

    /// <summary>Unpack and AdjustIndices together; false with an exception pending.</summary>
    public bool GetIndices(long length, out long start, out long stop, out long step, out long sliceLength)
    {
        if (!Unpack(out start, out stop, out step))
        {
            sliceLength = 0;
            return false;
        }

        sliceLength = AdjustIndices(length, ref start, ref stop, step);
        return true;
    }

    /// <summary>
    /// A slice bound (_PyEval_SliceIndex): an object with __index__, clamped to
    /// the index-sized range; anything else is a TypeError.
    /// </summary>
    public static bool SliceIndex(PyObject o, out long value)
    {
        if (o is PyInt i && i.IsSmall)
        {
            value = i.Small;
            return true;
        }

        if (!ContainerHelpers.HasIndex(o))
        {
            value = 0;
            PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
            return false;
        }

        return IndexClamped(o, out value);
    }

    /// <summary>
    /// A bound that may not be None (_PyEval_SliceIndexNotNone), as list.index's
    /// start and stop: "slice indices must be integers or have an __index__ method".
    /// </summary>
    public static bool SliceIndexNotNone(PyObject o, out long value)
    {
        if (o is PyInt i && i.IsSmall)
        {
            value = i.Small;
            return true;
        }

        if (!ContainerHelpers.HasIndex(o))
        {
            value = 0;
            PyErr.TypeError("slice indices must be integers or have an __index__ method");
            return false;
        }

        return IndexClamped(o, out value);
    }

    /// <summary>PyNumber_AsSsize_t(o, NULL): __index__, with values outside the index-sized range clamped.</summary>
    public static bool IndexClamped(PyObject o, out long value)
    {
        var n = PyNumber.Index(o);
        if (n is null)
        {
            value = 0;
            return false;
        }

        value = n.IsSmall ? n.Small : n.ToBigInteger().Sign < 0 ? long.MinValue : long.MaxValue;
        return true;
    }

    /// <summary>
    /// An index-sized argument of a builtin method (Argument Clinic's Py_ssize_t
    /// converter): __index__, OverflowError when it does not fit.
    /// </summary>
    public static bool AsSsizeArg(PyObject o, out long value)
    {
        if (o is PyInt i && i.IsSmall)
        {
            value = i.Small;
            return true;
        }

        var n = PyNumber.Index(o);
        if (n is null)
        {
            value = 0;
            return false;
        }

        if (!n.IsSmall)
        {
            value = 0;
            PyErr.OverflowError("Python int too large to convert to C ssize_t");
            return false;
        }

        value = n.Small;
        return true;
    }

    /// <summary>slice.indices(length) on arbitrary ints (_PySlice_GetLongIndices).</summary>
    internal bool GetLongIndices(BigInteger length, out BigInteger start, out BigInteger stop, out BigInteger step)
    {
        start = stop = step = BigInteger.Zero;
        if (ReferenceEquals(Step, PyNone.Instance))
        {
            step = BigInteger.One;
        }
        else
        {
            if (!BigIndex(Step, out step))
            {
                return false;
            }

            if (step.IsZero)
            {
                PyErr.ValueError("slice step cannot be zero");
                return false;
            }
        }

        bool negative = step.Sign < 0;
        BigInteger lower = negative ? BigInteger.MinusOne : BigInteger.Zero;
        BigInteger upper = negative ? length - 1 : length;

        if (ReferenceEquals(Start, PyNone.Instance))
        {
            start = negative ? upper : lower;
        }
        else
        {
            if (!BigIndex(Start, out start))
            {
                return false;
            }

            start = Clip(start, length, lower, upper);
        }

        if (ReferenceEquals(Stop, PyNone.Instance))
        {
            stop = negative ? lower : upper;
        }
        else
        {
            if (!BigIndex(Stop, out stop))
            {
                return false;
            }

            stop = Clip(stop, length, lower, upper);
        }

        return true;
    }

    private static BigInteger Clip(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper)
    {
        if (v.Sign < 0)
        {
            v += length;
            return v < lower ? lower : v;
        }

        return v > upper ? upper : v;
    }

    private static bool BigIndex(PyObject o, out BigInteger value)
    {
        if (!ContainerHelpers.HasIndex(o))
        {
            value = BigInteger.Zero;
            PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
            return false;
        }

        var n = PyNumber.Index(o);
        value = n?.ToBigInteger() ?? BigInteger.Zero;
        return n is not null;
    }

    private static PyObject? Indices(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("slice.indices", args, kwnames))
        {
            return null;
        }

        var n = PyNumber.Index(args[0]);
        if (n is null)
        {
            return null;
        }

        var length = n.ToBigInteger();
        if (length.Sign < 0)
        {
            return PyErr.ValueError("length should not be negative");
        }

        if (!((PySlice)self).GetLongIndices(length, out var start, out var stop, out var step))
        {
            return null;
        }

        return new PyTuple([PyInt.From(start), PyInt.From(stop), PyInt.From(step)]);
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("slice", args, kwnames, 1, 3))
        {
            return null;
        }

        if (!Args.NoKeywords("slice", kwnames))
        {
            return null;
        }

        return args.Length switch
        {
            1 => new PySlice(PyNone.Instance, args[0], PyNone.Instance),
            2 => new PySlice(args[0], args[1], PyNone.Instance),
            _ => new PySlice(args[0], args[1], args[2]),
        };
    }

    private static PyObject? Repr(PyObject self)
    {
        var s = (PySlice)self;
        var a = PyOps.ReprString(s.Start);
        if (a is null)
        {
            return null;
        }

        var b = PyOps.ReprString(s.Stop);
        if (b is null)
        {
            return null;
        }

        var c = PyOps.ReprString(s.Step);
        return c is null ? null : new PyStr($"slice({a}, {b}, {c})");
    }

    private static PyObject? RichCompare(PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PySlice o)
        {
            return PyNotImplemented.Instance;
        }

        var s = (PySlice)self;
        if (ReferenceEquals(s, o))
        {
            switch (op)
            {
                case CompareOp.Eq:
                case CompareOp.Le:
                case CompareOp.Ge:
                    return PyBool.True;
                case CompareOp.Ne:
                case CompareOp.Lt:
                case CompareOp.Gt:
                    return PyBool.False;
            }
        }

        // Slices compare as the tuples (start, stop, step).
        return PyTuple.RichCompareItems([s.Start, s.Stop, s.Step], [o.Start, o.Stop, o.Step], op);
    }

    private static void InitSlots(PyType type)
    {
        type.New = New;
        type.Repr = Repr;
        type.RichCompare = RichCompare;
        type.Hash = ContainerHelpers.HashNotImplemented;
    }

    private static void InitMembers(PyType type)
    {
        type.AddValue("__hash__", PyNone.Instance);
        type.AddReadonlyMember("start", static self => ((PySlice)self).Start);
        type.AddReadonlyMember("stop", static self => ((PySlice)self).Stop);
        type.AddReadonlyMember("step", static self => ((PySlice)self).Step);
        type.AddMethod("indices", Indices);
        type.AddMethod("__reduce__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("slice.__reduce__", args, kw))
            {
                return null;
            }

            var s = (PySlice)self;
            return PyTuple.Create(s.Type, new PyTuple([s.Start, s.Stop, s.Step]));
        });
    }
}
