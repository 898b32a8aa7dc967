using System.Text;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Collections;

/// <summary>
/// <c>collections.deque</c> (Modules/_collectionsmodule.c) over a circular
/// buffer. <see cref="State"/> changes on every mutation, so iterators and
/// searches that call back into Python can detect "deque mutated during
/// iteration" as CPython does.
/// </summary>
public class PyDeque : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "deque", null, TypeFlags.BaseType | TypeFlags.HasWeakref | TypeFlags.Sequence, InitSlots, InitMembers, "collections");

    private static readonly ArgSpec s_initSpec = new("deque", ["iterable", "maxlen"]);

    private PyObject[] _items = new PyObject[8];
    private int _head;
    private int _count;

    protected PyDeque(PyType type)
        : base(type)
    {
    }

    /// <summary>-1: unbounded.</summary>
    public long MaxLen { get; private set; } = -1;

    public long State { get; private set; }

    public int Count => _count;

    public PyObject this[int index]
    {
        get => _items[(_head + index) & (_items.Length - 1)];
        set => _items[(_head + index) & (_items.Length - 1)] = value;
    }

    private void Grow()
    {
        var bigger = new PyObject[_items.Length * 2];
        for (int i = 0; i < _count; i++)
        {
            bigger[i] = this[i];
        }

        _items = bigger;
        _head = 0;
    }

    private void PushRight(PyObject item)
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        _count++;
        this[_count - 1] = item;
    }

    private void PushLeft(PyObject item)
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        _head = (_head - 1) & (_items.Length - 1);
        _count++;
        _items[_head] = item;
    }

    private PyObject PopRightItem()
    {
        var item = this[_count - 1];
        this[_count - 1] = null!;
        _count--;
        return item;
    }

    private PyObject PopLeftItem()
    {
        var item = _items[_head];
        _items[_head] = null!;
        _head = (_head + 1) & (_items.Length - 1);
        _count--;
        return item;
    }

    public void Append(PyObject item)
    {
        State++;
        if (MaxLen == 0)
        {
            return;
        }

        PushRight(item);
        if (MaxLen >= 0 && _count > MaxLen)
        {
            PopLeftItem();
        }
    }

    public void AppendLeft(PyObject item)
    {
        State++;
        if (MaxLen == 0)
        {
            return;
        }

        PushLeft(item);
        if (MaxLen >= 0 && _count > MaxLen)
        {
            PopRightItem();
        }
    }

    private void ClearItems()
    {
        State++;
        _items = new PyObject[8];
        _head = 0;
        _count = 0;
    }

    private PyObject[] ToArray()
    {
        var items = new PyObject[_count];
        for (int i = 0; i < _count; i++)
        {
            items[i] = this[i];
        }

        return items;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        ReferenceEquals(type, TypeObject) ? new PyDeque(type) : new PyDequeSubclass(type);

    private static bool Init(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[2];
        if (!s_initSpec.Parse(args, kwnames, slots))
        {
            return false;
        }

        var d = (PyDeque)self;
        long maxlen = -1;
        if (slots[1] is { } m && m is not PyNone)
        {
            if (m is not PyInt mi)
            {
                PyErr.TypeError("an integer is required");
                return false;
            }

            if (!mi.IsSmall)
            {
                PyErr.OverflowError("Python int too large to convert to C ssize_t");
                return false;
            }

            maxlen = mi.Small;
            if (maxlen < 0)
            {
                PyErr.ValueError("maxlen must be non-negative");
                return false;
            }
        }

        d.MaxLen = maxlen;
        if (d._count > 0)
        {
            d.ClearItems();
        }

        return slots[0] is not { } iterable || d.Extend(iterable);
    }

    public bool Extend(PyObject iterable)
    {
        if (ReferenceEquals(iterable, this))
        {
            iterable = new PyList(ToArray(), _count);
        }

        var it = PyIter.GetIter(iterable);
        if (it is null)
        {
            return false;
        }

        while (PyIter.TryNext(it, out var item))
        {
            Append(item);
        }

        return !PyErr.Occurred;
    }

    public bool ExtendLeft(PyObject iterable)
    {
        if (ReferenceEquals(iterable, this))
        {
            iterable = new PyList(ToArray(), _count);
        }

        var it = PyIter.GetIter(iterable);
        if (it is null)
        {
            return false;
        }

        while (PyIter.TryNext(it, out var item))
        {
            AppendLeft(item);
        }

        return !PyErr.Occurred;
    }

    public void Rotate(long n)
    {
        if (_count <= 1)
        {
            return;
        }

        n %= _count;
        if (n < 0)
        {
            n += _count;
        }

        if (n == 0)
        {
            return;
        }

        State++;
        for (long i = 0; i < n; i++)
        {
            PushLeft(PopRightItem());
        }
    }

    private PyDeque CopyDeque()
    {
        var copy = ReferenceEquals(Type, TypeObject) ? new PyDeque(Type) : new PyDequeSubclass(Type);
        copy.MaxLen = MaxLen;
        for (int i = 0; i < _count; i++)
        {
            copy.PushRight(this[i]);
        }

        return copy;
    }

    private static PyObject? Copy(PyObject self)
    {
        var d = (PyDeque)self;
        if (ReferenceEquals(d.Type, TypeObject))
        {
            return d.CopyDeque();
        }

        // A subclass is copied by calling it, as deque_copy does.
        PyObject list = new PyList(d.ToArray(), d._count);
        return d.MaxLen < 0
            ? PyCall.Call(d.Type, list)
            : PyCall.Call(d.Type, [list, PyInt.From(d.MaxLen)], null);
    }

    private static bool ToIndex(PyDeque d, PyObject key, out int index, string rangeMessage)
    {
        index = 0;
        if (!ContainerHelpers.HasIndex(key))
        {
            PyErr.TypeError($"sequence index must be integer, not '{key.Type.Name}'");
            return false;
        }

        if (!PyNumber.AsSsize(key, out long i))
        {
            return false;
        }

        if (i < 0)
        {
            i += d._count;
        }

        if (i < 0 || i >= d._count)
        {
            PyErr.IndexError(rangeMessage);
            return false;
        }

        index = (int)i;
        return true;
    }

    private static PyObject? GetItem(PyObject self, PyObject key)
    {
        var d = (PyDeque)self;
        return ToIndex(d, key, out int i, "deque index out of range") ? d[i] : null;
    }

    private static bool SetItem(PyObject self, PyObject key, PyObject? value)
    {
        var d = (PyDeque)self;
        if (!ToIndex(d, key, out int i, "deque index out of range"))
        {
            return false;
        }

        if (value is not null)
        {
            d[i] = value;
            return true;
        }

        d.DeleteAt(i);
        return true;
    }

    private void DeleteAt(int i)
    {
        State++;
        for (int j = i; j < _count - 1; j++)
        {
            this[j] = this[j + 1];
        }

        PopRightItem();
    }

    private void InsertAt(int i, PyObject item)
    {
        State++;
        PushRight(item);
        for (int j = _count - 1; j > i; j--)
        {
            this[j] = this[j - 1];
        }

        this[i] = item;
    }

    private static PyObject? Repr(PyObject self)
    {
        var d = (PyDeque)self;
        string name = d.Type.Name;
        if (!ContainerHelpers.ReprEnter(d))
        {
            return new PyStr("[...]");
        }

        var items = d.ToArray();
        var sb = new StringBuilder(name).Append("([");
        for (int i = 0; i < items.Length; i++)
        {
            var r = PyOps.ReprString(items[i]);
            if (r is null)
            {
                ContainerHelpers.ReprLeave(d);
                return null;
            }

            sb.Append(i > 0 ? ", " : "").Append(r);
        }

        ContainerHelpers.ReprLeave(d);
        sb.Append(']');
        if (d.MaxLen >= 0)
        {
            sb.Append(", maxlen=").Append(d.MaxLen);
        }

        return new PyStr(sb.Append(')').ToString());
    }

    private static PyObject? RichCompare(PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyDeque w)
        {
            return PyNotImplemented.Instance;
        }

        var v = (PyDeque)self;
        if (op is CompareOp.Eq or CompareOp.Ne)
        {
            if (ReferenceEquals(v, w))
            {
                return PyBool.From(op == CompareOp.Eq);
            }

            if (v._count != w._count)
            {
                return PyBool.From(op == CompareOp.Ne);
            }
        }

        // deque_richcompare walks both with iterators, so a mutation is caught by them.
        var it1 = new PyDequeIterator(v, false);
        var it2 = new PyDequeIterator(w, false);
        PyObject? x, y;
        while (true)
        {
            x = PyDequeIterator.Next(it1);
            if (x is null && PyErr.Occurred)
            {
                return null;
            }

            y = PyDequeIterator.Next(it2);
            if (x is null || y is null)
            {
                break;
            }

            int b = PyOps.RichCompareBool(x, y, CompareOp.Eq);
            if (b < 0)
            {
                return null;
            }

            if (b == 0)
            {
                return PyOps.RichCompare(x, y, op);
            }
        }

        if (PyErr.Occurred)
        {
            return null;
        }

        return PyBool.From(op switch
        {
            CompareOp.Lt => y is not null,
            CompareOp.Le => x is null,
            CompareOp.Eq => x is null && y is null,
            CompareOp.Ne => (x is null) != (y is null),
            CompareOp.Gt => x is not null,
            _ => y is null,
        });
    }

    private static PyObject? Concat(PyObject self, PyObject other)
    {
        if (other is not PyDeque o)
        {
            return PyErr.TypeError($"can only concatenate deque (not \"{other.Type.Name}\") to deque");
        }

        var d = (PyDeque)self;
        var result = Copy(d);
        if (result is not PyDeque r)
        {
            return result;
        }

        return r.Extend(o) ? r : null;
    }

    private static PyObject? Repeat(PyObject self, long n)
    {
        var d = (PyDeque)self;
        var copy = Copy(d);
        return copy is PyDeque c ? InplaceRepeat(c, n) : copy;
    }

    private static PyObject? InplaceRepeat(PyObject self, long n)
    {
        var d = (PyDeque)self;
        if (n <= 0 || d._count == 0)
        {
            d.ClearItems();
            return d;
        }

        if (n == 1)
        {
            return d;
        }

        var items = d.ToArray();
        if (d.MaxLen >= 0 && n > (d.MaxLen / items.Length) + 1)
        {
            // Only the last maxlen items survive; they are the same for any longer repetition.
            n = (d.MaxLen / items.Length) + 1;
        }

        long total = (long)items.Length * n;
        if (total > ContainerHelpers.MaxItems)
        {
            return PyErr.NoMemory();
        }

        for (long k = 1; k < n; k++)
        {
            foreach (var item in items)
            {
                d.Append(item);
            }
        }

        return d;
    }

    private static int Contains(PyObject self, PyObject value)
    {
        var d = (PyDeque)self;
        long state = d.State;
        for (int i = 0; i < d._count; i++)
        {
            var item = d[i];
            int c = ReferenceEquals(item, value) ? 1 : PyOps.RichCompareBool(item, value, CompareOp.Eq);
            if (c < 0)
            {
                return -1;
            }

            if (state != d.State)
            {
                PyErr.RuntimeError("deque mutated during iteration");
                return -1;
            }

            if (c > 0)
            {
                return 1;
            }
        }

        return 0;
    }

    private static void InitSlots(PyType t)
    {
        t.New = New;
        t.Init = Init;
        t.Repr = Repr;
        t.Hash = ContainerHelpers.HashNotImplemented;
        t.RichCompare = RichCompare;
        t.Length = static self => ((PyDeque)self)._count;
        t.Bool = static self => ((PyDeque)self)._count > 0 ? 1 : 0;
        t.GetItem = GetItem;
        t.SetItem = SetItem;
        t.Contains = Contains;
        t.Iter = static self => new PyDequeIterator((PyDeque)self, false);
        t.Concat = Concat;
        t.InplaceConcat = static (self, other) => ((PyDeque)self).Extend(other) ? self : null;
        t.Repeat = Repeat;
        t.InplaceRepeat = InplaceRepeat;
    }

    private static void InitMembers(PyType t)
    {
        t.AddMethod("append", static (self, a, k) =>
        {
            if (!Args.ExactlyOne("deque.append", a, k))
            {
                return null;
            }

            ((PyDeque)self).Append(a[0]);
            return PyNone.Instance;
        });
        t.AddMethod("appendleft", static (self, a, k) =>
        {
            if (!Args.ExactlyOne("deque.appendleft", a, k))
            {
                return null;
            }

            ((PyDeque)self).AppendLeft(a[0]);
            return PyNone.Instance;
        });
        t.AddMethod("pop", static (self, a, k) =>
        {
            if (!Args.NoArgs("deque.pop", a, k))
            {
                return null;
            }

            var d = (PyDeque)self;
            if (d._count == 0)
            {
                return PyErr.IndexError("pop from an empty deque");
            }

            d.State++;
            return d.PopRightItem();
        });
        t.AddMethod("popleft", static (self, a, k) =>
        {
            if (!Args.NoArgs("deque.popleft", a, k))
            {
                return null;
            }

            var d = (PyDeque)self;
            if (d._count == 0)
            {
                return PyErr.IndexError("pop from an empty deque");
            }

            d.State++;
            return d.PopLeftItem();
        });
        t.AddMethod("extend", static (self, a, k) =>
            Args.ExactlyOne("deque.extend", a, k) && ((PyDeque)self).Extend(a[0]) ? PyNone.Instance : null);
        t.AddMethod("extendleft", static (self, a, k) =>
            Args.ExactlyOne("deque.extendleft", a, k) && ((PyDeque)self).ExtendLeft(a[0]) ? PyNone.Instance : null);
        t.AddMethod("clear", static (self, a, k) =>
        {
            if (!Args.NoArgs("deque.clear", a, k))
            {
                return null;
            }

            ((PyDeque)self).ClearItems();
            return PyNone.Instance;
        });
        t.AddMethod("copy", static (self, a, k) => Args.NoArgs("deque.copy", a, k) ? Copy(self) : null);
        t.AddMethod("__copy__", static (self, a, k) => Args.NoArgs("deque.__copy__", a, k) ? Copy(self) : null);
        t.AddMethod("count", CountMethod);
        t.AddMethod("index", IndexMethod);
        t.AddMethod("insert", Insert);
        t.AddMethod("remove", Remove);
        t.AddMethod("reverse", static (self, a, k) =>
        {
            if (!Args.NoArgs("deque.reverse", a, k))
            {
                return null;
            }

            var d = (PyDeque)self;
            d.State++;
            for (int i = 0, j = d._count - 1; i < j; i++, j--)
            {
                (d[i], d[j]) = (d[j], d[i]);
            }

            return PyNone.Instance;
        });
        t.AddMethod("rotate", static (self, a, k) =>
        {
            if (!Args.Positional("deque.rotate", "deque.rotate", a, k, 0, 1))
            {
                return null;
            }

            long n = 1;
            if (a.Length == 1)
            {
                if (!ContainerHelpers.HasIndex(a[0]))
                {
                    return PyErr.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer");
                }

                var i = PyNumber.Index(a[0]);
                if (i is null)
                {
                    return null;
                }

                if (!i.IsSmall)
                {
                    return PyErr.OverflowError("Python int too large to convert to C ssize_t");
                }

                n = i.Small;
            }

            ((PyDeque)self).Rotate(n);
            return PyNone.Instance;
        });
        t.AddMethod("__reversed__", static (self, a, k) =>
            Args.NoArgs("deque.__reversed__", a, k) ? new PyDequeIterator((PyDeque)self, true) : null);
        t.AddMethod("__reduce__", static (self, a, k) =>
        {
            if (!Args.NoArgs("deque.__reduce__", a, k))
            {
                return null;
            }

            var d = (PyDeque)self;
            PyObject args = d.MaxLen < 0 ? PyTuple.Empty : PyTuple.Create(PyTuple.Empty, PyInt.From(d.MaxLen));
            PyObject state = d is PyDequeSubclass { Dict: { Count: > 0 } dict } ? dict : PyNone.Instance;
            return new PyTuple([d.Type, args, state, new PyDequeIterator(d, false)]);
        });
        t.AddMethod("__sizeof__", static (self, a, k) =>
            Args.NoArgs("deque.__sizeof__", a, k) ? PyInt.From(624 + (8L * ((((PyDeque)self)._count + 64) / 64) * 64)) : null);
        t.AddGetter("maxlen", static self => ((PyDeque)self).MaxLen < 0 ? PyNone.Instance : PyInt.From(((PyDeque)self).MaxLen),
            doc: "maximum size of a deque or None if unbounded");
        t.AddClassMethod("__class_getitem__", ContainerHelpers.ClassGetItem);
    }

    private static PyObject? CountMethod(PyObject self, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        if (!Args.ExactlyOne("deque.count", a, k))
        {
            return null;
        }

        var d = (PyDeque)self;
        long state = d.State;
        long n = 0;
        for (int i = 0; i < d._count; i++)
        {
            var item = d[i];
            int c = ReferenceEquals(item, a[0]) ? 1 : PyOps.RichCompareBool(item, a[0], CompareOp.Eq);
            if (c < 0)
            {
                return null;
            }

            n += c;
            if (state != d.State)
            {
                return PyErr.RuntimeError("deque mutated during iteration");
            }
        }

        return PyInt.From(n);
    }

    private static bool ClampIndex(PyObject o, int count, out long value)
    {
        if (!ContainerHelpers.HasIndex(o))
        {
            PyErr.TypeError("slice indices must be integers or have an __index__ method");
            value = 0;
            return false;
        }

        var i = PyNumber.Index(o);
        if (i is null)
        {
            value = 0;
            return false;
        }

        value = i.IsSmall ? i.Small : i.Sign < 0 ? long.MinValue : long.MaxValue;
        if (value < 0)
        {
            value = System.Math.Max(0, value + count);
        }

        return true;
    }

    private static PyObject? IndexMethod(PyObject self, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        if (!Args.Positional("index", "deque.index", a, k, 1, 3))
        {
            return null;
        }

        var d = (PyDeque)self;
        long start = 0, stop = d._count;
        if ((a.Length > 1 && !ClampIndex(a[1], d._count, out start)) || (a.Length > 2 && !ClampIndex(a[2], d._count, out stop)))
        {
            return null;
        }

        stop = System.Math.Min(stop, d._count);
        long state = d.State;
        for (long i = start; i < stop; i++)
        {
            var item = d[(int)i];
            int c = ReferenceEquals(item, a[0]) ? 1 : PyOps.RichCompareBool(item, a[0], CompareOp.Eq);
            if (c < 0)
            {
                return null;
            }

            if (state != d.State)
            {
                return PyErr.RuntimeError("deque mutated during iteration");
            }

            if (c > 0)
            {
                return PyInt.From(i);
            }
        }

        var r = PyOps.ReprString(a[0]);
        return r is null ? null : PyErr.ValueError($"{r} is not in deque");
    }

    private static PyObject? Insert(PyObject self, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        if (!Args.NoKeywords("deque.insert", k))
        {
            return null;
        }

        if (a.Length != 2)
        {
            return PyErr.TypeError($"insert() takes exactly 2 arguments ({a.Length} given)");
        }

        if (!ContainerHelpers.HasIndex(a[0]))
        {
            return PyErr.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer");
        }

        var idx = PyNumber.Index(a[0]);
        if (idx is null)
        {
            return null;
        }

        var d = (PyDeque)self;
        if (d.MaxLen >= 0 && d._count >= d.MaxLen)
        {
            return PyErr.IndexError("deque already at its maximum size");
        }

        long i = idx.IsSmall ? idx.Small : idx.Sign < 0 ? long.MinValue : long.MaxValue;
        if (i < 0)
        {
            i = System.Math.Max(0, i + d._count);
        }

        i = System.Math.Min(i, d._count);
        d.InsertAt((int)i, a[1]);
        return PyNone.Instance;
    }

    private static PyObject? Remove(PyObject self, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        if (!Args.ExactlyOne("deque.remove", a, k))
        {
            return null;
        }

        var d = (PyDeque)self;
        long state = d.State;
        int n = d._count;
        for (int i = 0; i < n; i++)
        {
            var item = d[i];
            int c = ReferenceEquals(item, a[0]) ? 1 : PyOps.RichCompareBool(item, a[0], CompareOp.Eq);
            if (c < 0)
            {
                return null;
            }

            if (state != d.State)
            {
                return PyErr.IndexError("deque mutated during iteration");
            }

            if (c > 0)
            {
                d.DeleteAt(i);
                return PyNone.Instance;
            }
        }

        var r = PyOps.ReprString(a[0]);
        return r is null ? null : PyErr.ValueError($"{r} is not in deque");
    }
}

/// <summary>An instance of a Python subclass of deque.</summary>
public sealed class PyDequeSubclass : PyDeque, IInstanceDict
{
    public PyDequeSubclass(PyType type)
        : base(type)
    {
    }

    public PyDict? Dict { get; set; }
}

/// <summary><c>_collections._deque_iterator</c> and <c>_deque_reverse_iterator</c>.</summary>
public sealed class PyDequeIterator : PyObject
{
    public static readonly PyType ForwardType = CreateType("_deque_iterator");

    public static readonly PyType ReverseType = CreateType("_deque_reverse_iterator");

    private readonly PyDeque _deque;
    private readonly bool _reverse;
    private readonly long _state;
    private int _index;
    private int _remaining;

    public PyDequeIterator(PyDeque deque, bool reverse)
        : base(reverse ? ReverseType : ForwardType)
    {
        _deque = deque;
        _reverse = reverse;
        _state = deque.State;
        _remaining = deque.Count;
        _index = reverse ? deque.Count - 1 : 0;
    }

    private static PyType CreateType(string name) => PyType.CreateBuiltin(name, null, TypeFlags.None, t =>
    {
        bool reverse = name.Contains("reverse", StringComparison.Ordinal);
        t.New = (type, args, kw) => NewIterator(args, kw, reverse);
        t.Iter = static self => self;
        t.Next = Next;
    }, static t =>
    {
        t.AddMethod("__length_hint__", static (self, a, k) =>
            Args.NoArgs("__length_hint__", a, k) ? PyInt.From(((PyDequeIterator)self)._remaining) : null);
    }, "_collections");

    // dequeiter_new: (deque, index=0) as PyArg_ParseTuple "O!|n" checks them.
    private static PyObject? NewIterator(ReadOnlySpan<PyObject> args, PyTuple? kw, bool reverse)
    {
        int npos = args.Length - ModuleHelpers.KeywordCount(kw);
        if (npos < 1)
        {
            return PyErr.TypeError($"function takes at least 1 argument ({npos} given)");
        }

        if (npos > 2)
        {
            return PyErr.TypeError($"function takes at most 2 arguments ({npos} given)");
        }

        if (args[0] is not PyDeque d)
        {
            return PyErr.TypeError($"argument 1 must be collections.deque, not {args[0].Type.Name}");
        }

        var it = new PyDequeIterator(d, reverse);
        long index = 0;
        if (npos == 2 && !PyNumber.AsSsize(args[1], out index))
        {
            return null;
        }

        for (long i = 0; i < index && it._remaining > 0; i++)
        {
            Next(it);
        }

        return it;
    }

    public static PyObject? Next(PyObject self)
    {
        var it = (PyDequeIterator)self;
        if (it._deque.State != it._state)
        {
            it._remaining = 0;
            return PyErr.RuntimeError("deque mutated during iteration");
        }

        if (it._remaining == 0)
        {
            return null;
        }

        var item = it._deque[it._index];
        it._index += it._reverse ? -1 : 1;
        it._remaining--;
        return item;
    }
}
