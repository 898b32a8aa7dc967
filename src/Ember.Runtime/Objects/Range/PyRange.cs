using System.Numerics;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// Python's <c>range</c> (Objects/rangeobject.c): start, stop, step and the
/// length, as ints of any size. Membership of ints, indexing and slicing are
/// arithmetic, never iteration.
/// </summary>
public sealed class PyRange : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("range", null, TypeFlags.Sequence, InitSlots, InitMembers);

    public readonly PyInt Start;
    public readonly PyInt Stop;
    public readonly PyInt Step;

    /// <summary>The number of items, possibly larger than an index-sized integer.</summary>
    public readonly PyInt Length;

    public PyRange(PyInt start, PyInt stop, PyInt step)
        : base(TypeObject)
    {
        Start = start;
        Stop = stop;
        Step = step;
        Length = ComputeLength(start, stop, step);
    }

    public static PyRange FromLongs(long start, long stop, long step) => new(PyInt.From(start), PyInt.From(stop), PyInt.From(step));

    private static PyInt ComputeLength(PyInt start, PyInt stop, PyInt step)
    {
        if (start.IsSmall && stop.IsSmall && step.IsSmall)
        {
            long lo = start.Small, hi = stop.Small, st = step.Small;
            if (st > 0 && lo < hi)
            {
                return PyInt.From((((ulong)(hi - lo) - 1) / (ulong)st) + 1);
            }

            if (st < 0 && lo > hi)
            {
                return PyInt.From((((ulong)(lo - hi) - 1) / (ulong)(-(st + 1) + 1L)) + 1);
            }

            return PyInt.Zero;
        }

        BigInteger b = start.ToBigInteger(), e = stop.ToBigInteger(), s = step.ToBigInteger();
        if (s.Sign > 0 && b < e)
        {
            return PyInt.From(((e - b - 1) / s) + 1);
        }

        if (s.Sign < 0 && b > e)
        {
            return PyInt.From(((b - e - 1) / -s) + 1);
        }

        return PyInt.Zero;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoKeywords("range", kwnames) || !Args.Positional("range", args, null, 1, 3))
        {
            return null;
        }

        PyInt? start, stop, step;
        if (args.Length == 1)
        {
            stop = PyNumber.Index(args[0]);
            if (stop is null)
            {
                return null;
            }

            return new PyRange(PyInt.Zero, stop, PyInt.One);
        }

        start = PyNumber.Index(args[0]);
        stop = start is null ? null : PyNumber.Index(args[1]);
        if (stop is null)
        {
            return null;
        }

        step = PyInt.One;
        if (args.Length == 3)
        {
            step = PyNumber.Index(args[2]);
            if (step is null)
            {
                return null;
            }

            if (step.IsSmall && step.Small == 0)
            {
                return PyErr.ValueError("range() arg 3 must not be zero");
            }
        }

        return new PyRange(start!, stop, step);
    }

    /// <summary>start + i * step.</summary>
    private PyInt ItemAt(BigInteger i)
    {
        if (Start.IsSmall && Step.IsSmall && i >= long.MinValue && i <= long.MaxValue)
        {
            try
            {
                return PyInt.From(checked(Start.Small + (checked((long)i * Step.Small))));
            }
            catch (OverflowException)
            {
            }
        }

        return PyInt.From(Start.ToBigInteger() + (i * Step.ToBigInteger()));
    }

    private static PyObject? GetItem(PyObject self, PyObject key)
    {
        var r = (PyRange)self;
        if (ContainerHelpers.HasIndex(key))
        {
            var index = PyNumber.Index(key);
            if (index is null)
            {
                return null;
            }

            var i = index.ToBigInteger();
            var len = r.Length.ToBigInteger();
            if (i.Sign < 0)
            {
                i += len;
            }

            if (i.Sign < 0 || i >= len)
            {
                return PyErr.IndexError("range object index out of range");
            }

            return r.ItemAt(i);
        }

        if (key is PySlice slice)
        {
            if (!slice.GetLongIndices(r.Length.ToBigInteger(), out var start, out var stop, out var step))
            {
                return null;
            }

            return new PyRange(r.ItemAt(start), r.ItemAt(stop), PyInt.From(r.Step.ToBigInteger() * step));
        }

        return PyErr.TypeError($"range indices must be integers or slices, not {key.Type.Name}");
    }

    // Exact ints and bools are tested arithmetically (range_contains_long).
    private bool ContainsInt(PyInt ob)
    {
        var v = ob.ToBigInteger();
        var start = Start.ToBigInteger();
        var stop = Stop.ToBigInteger();
        var step = Step.ToBigInteger();
        if (step.Sign > 0 ? v < start || v >= stop : v > start || v <= stop)
        {
            return false;
        }

        return BigInteger.Remainder(v - start, step).IsZero;
    }

    private static bool IsExactInt(PyObject o) => ReferenceEquals(o.Type, PyInt.TypeObject) || ReferenceEquals(o.Type, PyBool.TypeObject);

    private static int Contains(PyObject self, PyObject item)
    {
        var r = (PyRange)self;
        if (IsExactInt(item))
        {
            return r.ContainsInt((PyInt)item) ? 1 : 0;
        }

        return IterSearch(r, item, countAll: false, out _);
    }

    // _PySequence_IterSearch over the range's items: found (1/0), and the index or count.
    private static int IterSearch(PyRange r, PyObject item, bool countAll, out BigInteger result)
    {
        result = BigInteger.Zero;
        var it = PyIter.GetIter(r);
        if (it is null)
        {
            return -1;
        }

        BigInteger n = 0;
        while (PyIter.TryNext(it, out var x))
        {
            int k = PyOps.RichCompareBool(x, item, CompareOp.Eq);
            if (k < 0)
            {
                return -1;
            }

            if (k > 0)
            {
                if (!countAll)
                {
                    result = n;
                    return 1;
                }

                result++;
            }

            n++;
        }

        if (PyErr.Occurred)
        {
            return -1;
        }

        return countAll && !result.IsZero ? 1 : 0;
    }

    private static PyObject? RichCompare(PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyRange o || (op != CompareOp.Eq && op != CompareOp.Ne))
        {
            return PyNotImplemented.Instance;
        }

        bool eq = Equal((PyRange)self, o);
        return PyBool.From(eq == (op == CompareOp.Eq));
    }

    private static bool Equal(PyRange a, PyRange b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        var len = a.Length.ToBigInteger();
        if (len != b.Length.ToBigInteger())
        {
            return false;
        }

        if (len.IsZero)
        {
            return true;
        }

        if (a.Start.ToBigInteger() != b.Start.ToBigInteger())
        {
            return false;
        }

        return len.IsOne || a.Step.ToBigInteger() == b.Step.ToBigInteger();
    }

    private static long Hash(PyObject self)
    {
        var r = (PyRange)self;
        var len = r.Length.ToBigInteger();
        PyObject[] parts = len.IsZero
            ? [r.Length, PyNone.Instance, PyNone.Instance]
            : len.IsOne ? [r.Length, r.Start, PyNone.Instance] : [r.Length, r.Start, r.Step];
        return PyTuple.HashItems(parts);
    }

    private static long Len(PyObject self)
    {
        var len = ((PyRange)self).Length;
        if (!len.IsSmall)
        {
            PyErr.OverflowError("Python int too large to convert to C ssize_t");
            return -1;
        }

        return len.Small;
    }

    private static PyObject Repr(PyObject self)
    {
        var r = (PyRange)self;
        return new PyStr(r.Step.IsSmall && r.Step.Small == 1 ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})");
    }

    /// <summary>reversed(range): the same items from the last one back.</summary>
    public PyObject Reversed()
    {
        var len = Length.ToBigInteger();
        var step = Step.ToBigInteger();
        var last = Start.ToBigInteger() + ((len - 1) * step);
        return PyRangeIterator.Create(last, -step, len);
    }

    private static PyObject? IndexMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("range.index", args, kwnames))
        {
            return null;
        }

        var r = (PyRange)self;
        var ob = args[0];
        if (IsExactInt(ob))
        {
            if (!r.ContainsInt((PyInt)ob))
            {
                var repr = PyOps.ReprString(ob);
                return repr is null ? null : PyErr.ValueError($"{repr} is not in range");
            }

            return PyInt.From((((PyInt)ob).ToBigInteger() - r.Start.ToBigInteger()) / r.Step.ToBigInteger());
        }

        int found = IterSearch(r, ob, countAll: false, out var index);
        if (found < 0)
        {
            return null;
        }

        return found > 0 ? PyInt.From(index) : PyErr.ValueError("sequence.index(x): x not in sequence");
    }

    private static PyObject? CountMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("range.count", args, kwnames))
        {
            return null;
        }

        var r = (PyRange)self;
        if (IsExactInt(args[0]))
        {
            return PyInt.From(r.ContainsInt((PyInt)args[0]) ? 1 : 0);
        }

        return IterSearch(r, args[0], countAll: true, out var count) < 0 ? null : PyInt.From(count);
    }

    private static void InitSlots(PyType type)
    {
        type.New = New;
        type.Repr = Repr;
        type.Hash = Hash;
        type.RichCompare = RichCompare;
        type.Length = Len;
        type.Bool = static self => ((PyRange)self).Length.ToBigInteger().IsZero ? 0 : 1;
        type.GetItem = GetItem;
        type.Contains = Contains;
        type.Iter = static self =>
        {
            var r = (PyRange)self;
            return PyRangeIterator.Create(r.Start.ToBigInteger(), r.Step.ToBigInteger(), r.Length.ToBigInteger());
        };
    }

    private static void InitMembers(PyType type)
    {
        type.AddReadonlyMember("start", static self => ((PyRange)self).Start);
        type.AddReadonlyMember("stop", static self => ((PyRange)self).Stop);
        type.AddReadonlyMember("step", static self => ((PyRange)self).Step);
        type.AddMethod("index", IndexMethod);
        type.AddMethod("count", CountMethod);
        type.AddMethod("__reversed__", static (self, args, kw) =>
            Args.NoArgs("range.__reversed__", args, kw) ? ((PyRange)self).Reversed() : null);
        type.AddMethod("__reduce__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("range.__reduce__", args, kw))
            {
                return null;
            }

            var r = (PyRange)self;
            return PyTuple.Create(TypeObject, new PyTuple([r.Start, r.Stop, r.Step]));
        });
    }
}
