using System.Text;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public partial class PyTuple
{
    private const ulong XxPrime1 = 11400714785074694791UL;
    private const ulong XxPrime2 = 14029467366897019727UL;
    private const ulong XxPrime5 = 2870177450012600261UL;

    /// <summary>
    /// tuple(iterable) (PySequence_Tuple): an exact tuple is returned as is, a
    /// list is copied, anything else is iterated. Null with an exception pending.
    /// </summary>
    public static PyTuple? FromIterable(PyObject iterable)
    {
        if (ReferenceEquals(iterable.Type, TypeObject))
        {
            return (PyTuple)iterable;
        }

        if (iterable is PyList list && ReferenceEquals(iterable.Type, PyList.TypeObject))
        {
            return Create(list.AsSpan());
        }

        var items = PyList.FromIterable(iterable);
        return items is null ? null : Create(items.AsSpan());
    }

    /// <summary>The hash CPython 3.11 gives a tuple of items with these hashes (tuplehash, xxHash-based).</summary>
    public static long HashItems(ReadOnlySpan<PyObject> items)
    {
        var ts = PyThreadState.Current;
        if (!PyErr.EnterRecursiveCall(ts, " while hashing a tuple"))
        {
            return -1;
        }

        ulong acc = XxPrime5;
        for (int i = 0; i < items.Length; i++)
        {
            long lane = PyOps.Hash(items[i]);
            if (lane == -1)
            {
                PyErr.LeaveRecursiveCall(ts);
                return -1;
            }

            acc += (ulong)lane * XxPrime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= XxPrime1;
        }

        PyErr.LeaveRecursiveCall(ts);
        acc += (ulong)items.Length ^ (XxPrime5 ^ 3527539UL);
        if (acc == ulong.MaxValue)
        {
            return 1546275796;
        }

        return (long)acc;
    }

    /// <summary>
    /// Lexicographic comparison of two item sequences that cannot change while
    /// compared (tuplerichcompare): the first unequal pair decides.
    /// </summary>
    public static PyObject? RichCompareItems(ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b, CompareOp op)
    {
        int i = 0;
        for (; i < a.Length && i < b.Length; i++)
        {
            int k = PyOps.RichCompareBool(a[i], b[i], CompareOp.Eq);
            if (k < 0)
            {
                return null;
            }

            if (k == 0)
            {
                break;
            }
        }

        if (i >= a.Length || i >= b.Length)
        {
            return CompareLengths(a.Length, b.Length, op);
        }

        if (op == CompareOp.Eq)
        {
            return PyBool.False;
        }

        if (op == CompareOp.Ne)
        {
            return PyBool.True;
        }

        return PyOps.RichCompare(a[i], b[i], op);
    }

    internal static PyObject CompareLengths(long x, long y, CompareOp op) => PyBool.From(op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    });

    /// <summary>The repr of a sequence of items between brackets, e.g. "(1, 2)".</summary>
    internal static PyObject? ReprItems(ReadOnlySpan<PyObject> items, char open, char close, bool trailingComma)
    {
        var sb = new StringBuilder();
        sb.Append(open);
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            var r = PyOps.ReprString(items[i]);
            if (r is null)
            {
                return null;
            }

            sb.Append(r);
        }

        if (trailingComma && items.Length == 1)
        {
            sb.Append(',');
        }

        sb.Append(close);
        return new PyStr(sb.ToString());
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        // Keywords are refused unless a subclass defines its own __init__ to take them.
        if ((ReferenceEquals(type, TypeObject) || type.Init == TypeObject.Init) && !Args.NoKeywords("tuple", kwnames))
        {
            return null;
        }

        int nkw = kwnames?.Count ?? 0;
        if (!Args.Positional("tuple", args[..(args.Length - nkw)], null, 0, 1))
        {
            return null;
        }

        PyTuple? items = args.Length - nkw == 0 ? Empty : FromIterable(args[0]);
        if (items is null)
        {
            return null;
        }

        if (ReferenceEquals(type, TypeObject))
        {
            return items;
        }

        return new PyTupleSubclass(type, items.Items);
    }

    private static PyObject? Repr(PyObject self)
    {
        var t = (PyTuple)self;
        if (t.Items.Length == 0)
        {
            return new PyStr("()");
        }

        if (!ContainerHelpers.ReprEnter(t))
        {
            return new PyStr("(...)");
        }

        var r = ReprItems(t.Items, '(', ')', trailingComma: true);
        ContainerHelpers.ReprLeave(t);
        return r;
    }

    private static PyObject? RichCompare(PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyTuple o)
        {
            return PyNotImplemented.Instance;
        }

        return RichCompareItems(((PyTuple)self).Items, o.Items, op);
    }

    private static PyObject? GetItem(PyObject self, PyObject key)
    {
        var t = (PyTuple)self;
        if (key is PyInt i && i.IsSmall)
        {
            long n = i.Small;
            if (n < 0)
            {
                n += t.Items.Length;
            }

            if ((ulong)n < (ulong)t.Items.Length)
            {
                return t.Items[n];
            }

            return PyErr.IndexError("tuple index out of range");
        }

        return GetItemSlow(t, key);
    }

    private static PyObject? GetItemSlow(PyTuple t, PyObject key)
    {
        if (ContainerHelpers.HasIndex(key))
        {
            if (!PyNumber.AsSsize(key, out long n))
            {
                return null;
            }

            if (n < 0)
            {
                n += t.Items.Length;
            }

            if ((ulong)n < (ulong)t.Items.Length)
            {
                return t.Items[n];
            }

            return PyErr.IndexError("tuple index out of range");
        }

        if (key is PySlice slice)
        {
            if (!slice.GetIndices(t.Items.Length, out long start, out _, out long step, out long count))
            {
                return null;
            }

            if (count <= 0)
            {
                return Empty;
            }

            if (step == 1 && count == t.Items.Length && ReferenceEquals(t.Type, TypeObject))
            {
                return t;
            }

            var items = new PyObject[count];
            for (long k = 0, cur = start; k < count; k++, cur += step)
            {
                items[k] = t.Items[cur];
            }

            return new PyTuple(items);
        }

        return PyErr.TypeError($"tuple indices must be integers or slices, not {key.Type.Name}");
    }

    private static int Contains(PyObject self, PyObject item)
    {
        var items = ((PyTuple)self).Items;
        for (int i = 0; i < items.Length; i++)
        {
            int k = PyOps.RichCompareBool(items[i], item, CompareOp.Eq);
            if (k != 0)
            {
                return k;
            }
        }

        return 0;
    }

    private static PyObject? Concat(PyObject self, PyObject other)
    {
        if (other is not PyTuple o)
        {
            return PyErr.TypeError($"can only concatenate tuple (not \"{other.Type.Name}\") to tuple");
        }

        var t = (PyTuple)self;
        if (o.Items.Length == 0 && ReferenceEquals(t.Type, TypeObject))
        {
            return t;
        }

        if (t.Items.Length == 0 && ReferenceEquals(o.Type, TypeObject))
        {
            return o;
        }

        var items = ContainerHelpers.NewItems((long)t.Items.Length + o.Items.Length);
        if (items is null)
        {
            return null;
        }

        t.Items.CopyTo(items, 0);
        o.Items.CopyTo(items, t.Items.Length);
        return new PyTuple(items);
    }

    private static PyObject? Repeat(PyObject self, long count)
    {
        var t = (PyTuple)self;
        if (count < 0)
        {
            count = 0;
        }

        if (count == 1 && ReferenceEquals(t.Type, TypeObject))
        {
            return t;
        }

        if (t.Items.Length == 0 || count == 0)
        {
            return Empty;
        }

        if (t.Items.Length > long.MaxValue / count)
        {
            return PyErr.NoMemory();
        }

        var items = ContainerHelpers.NewItems(t.Items.Length * count);
        if (items is null)
        {
            return null;
        }

        int n = t.Items.Length;
        if (n == 1)
        {
            Array.Fill(items, t.Items[0]);
        }
        else
        {
            for (long k = 0; k < count; k++)
            {
                Array.Copy(t.Items, 0, items, k * n, n);
            }
        }

        return new PyTuple(items);
    }

    private static PyObject? Index(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("index", "tuple.index", args, kwnames, 1, 3))
        {
            return null;
        }

        var items = ((PyTuple)self).Items;
        long start = 0, stop = long.MaxValue;
        if (args.Length > 1 && !PySlice.SliceIndexNotNone(args[1], out start))
        {
            return null;
        }

        if (args.Length > 2 && !PySlice.SliceIndexNotNone(args[2], out stop))
        {
            return null;
        }

        if (start < 0)
        {
            start = Math.Max(0, start + items.Length);
        }

        if (stop < 0)
        {
            stop += items.Length;
        }

        for (long i = start; i < stop && i < items.Length; i++)
        {
            int k = PyOps.RichCompareBool(items[i], args[0], CompareOp.Eq);
            if (k > 0)
            {
                return PyInt.From(i);
            }

            if (k < 0)
            {
                return null;
            }
        }

        return PyErr.ValueError("tuple.index(x): x not in tuple");
    }

    private static PyObject? CountMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("tuple.count", args, kwnames))
        {
            return null;
        }

        var items = ((PyTuple)self).Items;
        long count = 0;
        for (int i = 0; i < items.Length; i++)
        {
            int k = PyOps.RichCompareBool(items[i], args[0], CompareOp.Eq);
            if (k < 0)
            {
                return null;
            }

            count += k;
        }

        return PyInt.From(count);
    }

    private static partial void InitSlots(PyType type)
    {
        type.New = New;
        type.Repr = Repr;
        type.Hash = static self => HashItems(((PyTuple)self).Items);
        type.RichCompare = RichCompare;
        type.Length = static self => ((PyTuple)self).Items.Length;
        type.GetItem = GetItem;
        type.Contains = Contains;
        type.Concat = Concat;
        type.Repeat = Repeat;
        type.Iter = static self => new PyTupleIterator((PyTuple)self);
    }

    private static partial void InitMembers(PyType type)
    {
        type.AddMethod("index", Index);
        type.AddMethod("count", CountMethod);
        type.AddMethod("__getnewargs__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("tuple.__getnewargs__", args, kw))
            {
                return null;
            }

            return Create(new PyTuple(((PyTuple)self).Items));
        });
        type.AddClassMethod("__class_getitem__", ContainerHelpers.ClassGetItem);
    }
}

/// <summary>An instance of a Python subclass of tuple: the items plus an attribute dict.</summary>
public sealed class PyTupleSubclass : PyTuple, IInstanceDict
{
    public PyTupleSubclass(PyType type, PyObject[] items)
        : base(type, items)
    {
    }

    public PyDict? Dict { get; set; }
}
