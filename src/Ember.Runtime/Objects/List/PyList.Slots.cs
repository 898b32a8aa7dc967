using System.Text;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public partial class PyList
{
    /// <summary>list(iterable) (PySequence_List): a new list; null with an exception pending.</summary>
    public static PyList? FromIterable(PyObject iterable)
    {
        var list = new PyList();
        return list.Extend(iterable) ? list : null;
    }

    /// <summary>
    /// list.extend (list_extend): lists and tuples are copied directly, other
    /// iterables are iterated with their length hint as the first guess.
    /// False with an exception pending (the items taken so far stay).
    /// </summary>
    public bool Extend(PyObject iterable)
    {
        if (iterable is PyList other && (ReferenceEquals(iterable.Type, TypeObject) || ReferenceEquals(iterable, this)))
        {
            return ExtendItems(other._items.AsSpan(0, other._count));
        }

        if (iterable is PyTuple t && ReferenceEquals(iterable.Type, PyTuple.TypeObject))
        {
            return ExtendItems(t.Items);
        }

        return ExtendSlow(iterable);
    }

    private bool ExtendItems(ReadOnlySpan<PyObject> items)
    {
        int n = items.Length;
        if (n == 0)
        {
            return true;
        }

        int m = _count;
        if (_items.Length == 0 && m == 0)
        {
            if (!PreallocateExact(n))
            {
                return false;
            }
        }
        else if (!Resize((long)m + n))
        {
            return false;
        }
        else
        {
            _count = m;
        }

        // items may be this list's own span: copy before the count changes.
        items.CopyTo(_items.AsSpan(m));
        _count = m + n;
        return true;
    }

    private bool ExtendSlow(PyObject iterable)
    {
        var it = PyIter.GetIter(iterable);
        if (it is null)
        {
            return false;
        }

        long hint = ContainerHelpers.LengthHint(iterable, 8);
        if (hint < 0)
        {
            return false;
        }

        int m = _count;
        if (hint > 0 && m + hint > _items.Length)
        {
            if (_items.Length == 0 && m == 0)
            {
                if (!PreallocateExact(Math.Min(hint, ContainerHelpers.MaxItems - 1)))
                {
                    return false;
                }
            }
            else if (m + hint <= ContainerHelpers.MaxItems)
            {
                if (!Resize(m + hint))
                {
                    return false;
                }

                _count = m;
            }
        }

        var next = it.Type.Next ?? Ember.Runtime.Protocols.PyIter.NextNotImplemented;
        while (true)
        {
            var item = next(it);
            if (item is null)
            {
                if (PyErr.Occurred)
                {
                    if (!PyErr.ExceptionMatches(PyExc.StopIteration))
                    {
                        return false;
                    }

                    PyErr.Clear();
                }

                break;
            }

            if (_count < _items.Length)
            {
                _items[_count++] = item;
            }
            else if (!AppendChecked(item))
            {
                return false;
            }
        }

        // Give back spare room a large hint took (list_extend shrinks to fit).
        if (_count < _items.Length && _items.Length - _count > (_items.Length >> 1))
        {
            return Resize(_count);
        }

        return true;
    }

    /// <summary>Append with the size check that turns an impossible list into MemoryError.</summary>
    internal bool AppendChecked(PyObject item)
    {
        if (_count == _items.Length)
        {
            int n = _count;
            if (!Resize(n + 1L))
            {
                return false;
            }

            _items[n] = item;
            return true;
        }

        _items[_count++] = item;
        return true;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        ReferenceEquals(type, TypeObject) ? new PyList() : new PyListSubclass(type);

    private static bool Init(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var list = (PyList)self;
        int nkw = kwnames?.Count ?? 0;
        if ((ReferenceEquals(self.Type, TypeObject) || self.Type.New == TypeObject.New) && !Args.NoKeywords("list", kwnames))
        {
            return false;
        }

        if (!Args.Positional("list", args[..(args.Length - nkw)], null, 0, 1))
        {
            return false;
        }

        if (list._count > 0)
        {
            list.ClearItems();
        }

        return args.Length - nkw == 0 || list.Extend(args[0]);
    }

    internal void ClearItems()
    {
        // An empty list stays as it is (a sort in progress must not see a change).
        if (_count == 0 && _items.Length == 0)
        {
            return;
        }

        _items = [];
        _count = 0;
    }

    private static PyObject? Repr(PyObject self)
    {
        var list = (PyList)self;
        if (list._count == 0)
        {
            return new PyStr("[]");
        }

        if (!ContainerHelpers.ReprEnter(list))
        {
            return new PyStr("[...]");
        }

        var sb = new StringBuilder();
        sb.Append('[');

        // The list may change while its items' reprs run: re-read the size.
        for (int i = 0; i < list._count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            var r = PyOps.ReprString(list._items[i]);
            if (r is null)
            {
                ContainerHelpers.ReprLeave(list);
                return null;
            }

            sb.Append(r);
        }

        sb.Append(']');
        ContainerHelpers.ReprLeave(list);
        return new PyStr(sb.ToString());
    }

    private static PyObject? RichCompare(PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyList w)
        {
            return PyNotImplemented.Instance;
        }

        var v = (PyList)self;
        if (v._count != w._count && (op == CompareOp.Eq || op == CompareOp.Ne))
        {
            return PyBool.From(op == CompareOp.Ne);
        }

        int i = 0;
        for (; i < v._count && i < w._count; i++)
        {
            var a = v._items[i];
            var b = w._items[i];
            if (ReferenceEquals(a, b))
            {
                continue;
            }

            int k = PyOps.RichCompareBool(a, b, CompareOp.Eq);
            if (k < 0)
            {
                return null;
            }

            if (k == 0)
            {
                break;
            }
        }

        if (i >= v._count || i >= w._count)
        {
            return PyTuple.CompareLengths(v._count, w._count, op);
        }

        if (op == CompareOp.Eq)
        {
            return PyBool.False;
        }

        if (op == CompareOp.Ne)
        {
            return PyBool.True;
        }

        return PyOps.RichCompare(v._items[i], w._items[i], op);
    }

    private static PyObject? GetItem(PyObject self, PyObject key)
    {
        var list = (PyList)self;
        if (key is PyInt i && i.IsSmall)
        {
            long n = i.Small;
            if (n < 0)
            {
                n += list._count;
            }

            if ((ulong)n < (ulong)list._count)
            {
                return list._items[n];
            }

            return PyErr.IndexError("list index out of range");
        }

        return GetItemSlow(list, key);
    }

    private static PyObject? GetItemSlow(PyList list, PyObject key)
    {
        if (ContainerHelpers.HasIndex(key))
        {
            if (!PyNumber.AsSsize(key, out long n))
            {
                return null;
            }

            if (n < 0)
            {
                n += list._count;
            }

            if ((ulong)n < (ulong)list._count)
            {
                return list._items[n];
            }

            return PyErr.IndexError("list index out of range");
        }

        if (key is PySlice slice)
        {
            if (!slice.GetIndices(list._count, out long start, out _, out long step, out long count))
            {
                return null;
            }

            return list.SliceCopy(start, step, count);
        }

        return PyErr.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
    }

    /// <summary>A new list of <paramref name="count"/> items from <paramref name="start"/> by <paramref name="step"/>.</summary>
    internal PyList SliceCopy(long start, long step, long count)
    {
        if (count <= 0)
        {
            return new PyList();
        }

        var items = new PyObject[count];
        if (step == 1)
        {
            Array.Copy(_items, start, items, 0, count);
        }
        else
        {
            for (long k = 0, cur = start; k < count; k++, cur += step)
            {
                items[k] = _items[cur];
            }
        }

        return new PyList(items, (int)count);
    }

    private static bool SetItem(PyObject self, PyObject key, PyObject? value)
    {
        var list = (PyList)self;
        if (ContainerHelpers.HasIndex(key))
        {
            if (!PyNumber.AsSsize(key, out long n))
            {
                return false;
            }

            if (n < 0)
            {
                n += list._count;
            }

            if ((ulong)n >= (ulong)list._count)
            {
                PyErr.IndexError("list assignment index out of range");
                return false;
            }

            if (value is null)
            {
                return list.AssignSlice(n, n + 1, null);
            }

            list._items[n] = value;
            return true;
        }

        if (key is PySlice slice)
        {
            return list.AssignSubscriptSlice(slice, value);
        }

        PyErr.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
        return false;
    }

    private static int Contains(PyObject self, PyObject item)
    {
        var list = (PyList)self;
        for (int i = 0; i < list._count; i++)
        {
            int k = PyOps.RichCompareBool(list._items[i], item, CompareOp.Eq);
            if (k != 0)
            {
                return k;
            }
        }

        return 0;
    }

    private static PyObject? Concat(PyObject self, PyObject other)
    {
        if (other is not PyList o)
        {
            return PyErr.TypeError($"can only concatenate list (not \"{other.Type.Name}\") to list");
        }

        var a = (PyList)self;
        long size = (long)a._count + o._count;
        if (size == 0)
        {
            return new PyList();
        }

        var items = ContainerHelpers.NewItems(size);
        if (items is null)
        {
            return null;
        }

        Array.Copy(a._items, items, a._count);
        Array.Copy(o._items, 0, items, a._count, o._count);
        return new PyList(items, (int)size);
    }

    private static PyObject? InplaceConcat(PyObject self, PyObject other)
    {
        var list = (PyList)self;
        return list.Extend(other) ? list : null;
    }

    private static PyObject? Repeat(PyObject self, long count)
    {
        var a = (PyList)self;
        if (count <= 0 || a._count == 0)
        {
            return new PyList();
        }

        if (a._count > long.MaxValue / count)
        {
            return PyErr.NoMemory();
        }

        var items = ContainerHelpers.NewItems(a._count * count);
        if (items is null)
        {
            return null;
        }

        FillRepeated(a._items, a._count, items, count);
        return new PyList(items, items.Length);
    }

    private static void FillRepeated(PyObject[] source, int n, PyObject[] target, long count)
    {
        if (n == 1)
        {
            Array.Fill(target, source[0], 0, (int)count);
            return;
        }

        Array.Copy(source, target, n);

        // Doubling copies, as CPython's list_repeat does.
        long done = n, total = n * count;
        while (done < total)
        {
            long chunk = Math.Min(done, total - done);
            Array.Copy(target, 0, target, done, chunk);
            done += chunk;
        }
    }

    private static PyObject? InplaceRepeat(PyObject self, long count)
    {
        var list = (PyList)self;
        int n = list._count;
        if (n == 0 || count == 1)
        {
            return list;
        }

        if (count <= 0)
        {
            list.ClearItems();
            return list;
        }

        if (n > long.MaxValue / count)
        {
            return PyErr.NoMemory();
        }

        var source = list._items;
        if (!list.Resize(n * count))
        {
            return null;
        }

        if (!ReferenceEquals(source, list._items))
        {
            Array.Copy(source, list._items, n);
        }

        FillRepeated(list._items, n, list._items, count);
        return list;
    }

    private static partial void InitSlots(PyType type)
    {
        type.New = New;
        type.Init = Init;
        type.Repr = Repr;
        type.Hash = ContainerHelpers.HashNotImplemented;
        type.RichCompare = RichCompare;
        type.Length = static self => ((PyList)self)._count;
        type.GetItem = GetItem;
        type.SetItem = SetItem;
        type.Contains = Contains;
        type.Concat = Concat;
        type.InplaceConcat = InplaceConcat;
        type.Repeat = Repeat;
        type.InplaceRepeat = InplaceRepeat;
        type.Iter = static self => new PyListIterator((PyList)self);
    }
}
