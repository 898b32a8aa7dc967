using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public partial class PyList
{
    /// <summary>
    /// Replaces items [low, high) with the items of <paramref name="value"/>
    /// (list_ass_slice); null deletes. Bounds are clipped to the list.
    /// </summary>
    public bool AssignSlice(long low, long high, PyObject? value)
    {
        ReadOnlySpan<PyObject> replacement = default;
        if (value is not null)
        {
            if (ReferenceEquals(value, this))
            {
                replacement = AsSpan().ToArray();
            }
            else if (value is PyList l && ReferenceEquals(value.Type, TypeObject))
            {
                replacement = l.AsSpan();
            }
            else if (value is PyTuple t && ReferenceEquals(value.Type, PyTuple.TypeObject))
            {
                replacement = t.Items;
            }
            else
            {
                var seq = SequenceFast(value, "can only assign an iterable");
                if (seq is null)
                {
                    return false;
                }

                replacement = seq;
            }
        }

        low = Math.Clamp(low, 0, _count);
        high = Math.Clamp(high, low, _count);
        long removed = high - low;
        long added = replacement.Length;
        long delta = added - removed;
        if (delta == 0)
        {
            replacement.CopyTo(_items.AsSpan((int)low));
            return true;
        }

        int oldCount = _count;
        if (delta < 0)
        {
            // Copy first: replacement may alias the items being moved.
            var copy = replacement.ToArray();
            Array.Copy(_items, high, _items, high + delta, oldCount - high);
            if (!Resize(oldCount + delta))
            {
                return false;
            }

            copy.CopyTo(_items, low);
            return true;
        }

        var copied = replacement.ToArray();
        if (!Resize(oldCount + delta))
        {
            return false;
        }

        Array.Copy(_items, high, _items, high + delta, oldCount - high);
        copied.CopyTo(_items, low);
        return true;
    }

    /// <summary>PySequence_Fast: the items of a list, a tuple, or of anything iterable as a new array.</summary>
    private static PyObject[]? SequenceFast(PyObject value, string message)
    {
        if (value is PyList l)
        {
            return l.AsSpan().ToArray();
        }

        if (value is PyTuple t)
        {
            return t.Items;
        }

        if (value.Type.Iter is null && value.Type.GetItem is null)
        {
            PyErr.TypeError(message);
            return null;
        }

        var list = FromIterable(value);
        if (list is null)
        {
            if (PyErr.ExceptionMatches(PyExc.TypeError) && PyIterFails(value))
            {
                PyErr.Clear();
                PyErr.TypeError(message);
            }

            return null;
        }

        return list.AsSpan().ToArray();
    }

    // Whether iter(value) itself is what failed (then the message is the caller's).
    private static bool PyIterFails(PyObject value) => value.Type.Iter is null && value.Type.GetItem is null;

    /// <summary>self[slice] = value or del self[slice] (list_ass_subscript).</summary>
    private bool AssignSubscriptSlice(PySlice slice, PyObject? value)
    {
        if (!slice.Unpack(out long start, out long stop, out long step))
        {
            return false;
        }

        long count = PySlice.AdjustIndices(_count, ref start, ref stop, step);
        if (step == 1)
        {
            return AssignSlice(start, stop, value);
        }

        if (value is null)
        {
            if (count <= 0)
            {
                return true;
            }

            if (step < 0)
            {
                stop = start + 1;
                start = stop + (step * (count - 1)) - 1;
                step = -step;
            }

            // Compact the survivors over the deleted items.
            long write = start;
            for (long read = start, k = 0; read < _count; read++)
            {
                if (k < count && read == start + (k * step))
                {
                    k++;
                    continue;
                }

                _items[write++] = _items[read];
            }

            return Resize(_count - count);
        }

        PyObject[]? seq;
        if (ReferenceEquals(value, this))
        {
            seq = AsSpan().ToArray();
        }
        else
        {
            seq = SequenceFast(value, "must assign iterable to extended slice");
            if (seq is null)
            {
                return false;
            }
        }

        if (seq.Length != count)
        {
            PyErr.ValueError($"attempt to assign sequence of size {seq.Length} to extended slice of size {count}");
            return false;
        }

        for (long k = 0, cur = start; k < count; k++, cur += step)
        {
            _items[cur] = seq[k];
        }

        return true;
    }

    /// <summary>list.insert's placement: negative counts from the end, clipped to [0, len].</summary>
    public bool Insert(long where, PyObject item)
    {
        int n = _count;
        if (where < 0)
        {
            where = Math.Max(0, where + n);
        }

        if (where > n)
        {
            where = n;
        }

        if (!Resize(n + 1L))
        {
            return false;
        }

        Array.Copy(_items, where, _items, where + 1, n - where);
        _items[where] = item;
        return true;
    }

    /// <summary>Reverses the items in place.</summary>
    public void Reverse() => Array.Reverse(_items, 0, _count);

    private static PyObject? AppendMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("list.append", args, kwnames))
        {
            return null;
        }

        return ((PyList)self).AppendChecked(args[0]) ? PyNone.Instance : null;
    }

    private static PyObject? ExtendMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("list.extend", args, kwnames))
        {
            return null;
        }

        return ((PyList)self).Extend(args[0]) ? PyNone.Instance : null;
    }

    private static PyObject? InsertMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("insert", "list.insert", args, kwnames, 2, 2) || !PySlice.AsSsizeArg(args[0], out long where))
        {
            return null;
        }

        return ((PyList)self).Insert(where, args[1]) ? PyNone.Instance : null;
    }

    private static PyObject? PopMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("pop", "list.pop", args, kwnames, 0, 1))
        {
            return null;
        }

        long index = -1;
        if (args.Length == 1 && !PySlice.AsSsizeArg(args[0], out index))
        {
            return null;
        }

        var list = (PyList)self;
        int n = list._count;
        if (n == 0)
        {
            return PyErr.IndexError("pop from empty list");
        }

        if (index < 0)
        {
            index += n;
        }

        if ((ulong)index >= (ulong)n)
        {
            return PyErr.IndexError("pop index out of range");
        }

        var item = list._items[index];
        if (index == n - 1)
        {
            return list.Resize(n - 1) ? item : null;
        }

        return list.AssignSlice(index, index + 1, null) ? item : null;
    }

    private static PyObject? RemoveMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("list.remove", args, kwnames))
        {
            return null;
        }

        var list = (PyList)self;
        for (int i = 0; i < list._count; i++)
        {
            int k = PyOps.RichCompareBool(list._items[i], args[0], CompareOp.Eq);
            if (k > 0)
            {
                return i < list._count && list.AssignSlice(i, i + 1, null) ? PyNone.Instance : null;
            }

            if (k < 0)
            {
                return null;
            }
        }

        return PyErr.ValueError("list.remove(x): x not in list");
    }

    private static PyObject? IndexMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("index", "list.index", args, kwnames, 1, 3))
        {
            return null;
        }

        var list = (PyList)self;
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
            start = Math.Max(0, start + list._count);
        }

        if (stop < 0)
        {
            stop = Math.Max(0, stop + list._count);
        }

        for (long i = start; i < stop && i < list._count; i++)
        {
            int k = PyOps.RichCompareBool(list._items[i], args[0], CompareOp.Eq);
            if (k > 0)
            {
                return PyInt.From(i);
            }

            if (k < 0)
            {
                return null;
            }
        }

        var r = PyOps.ReprString(args[0]);
        return r is null ? null : PyErr.ValueError($"{r} is not in list");
    }

    private static PyObject? CountMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("list.count", args, kwnames))
        {
            return null;
        }

        var list = (PyList)self;
        long count = 0;
        for (int i = 0; i < list._count; i++)
        {
            var item = list._items[i];
            if (ReferenceEquals(item, args[0]))
            {
                count++;
                continue;
            }

            int k = PyOps.RichCompareBool(item, args[0], CompareOp.Eq);
            if (k < 0)
            {
                return null;
            }

            count += k;
        }

        return PyInt.From(count);
    }

    private static PyObject? Simple(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        Args.NoArgs(name, args, kwnames) ? PyNone.Instance : null;

    private static partial void InitMembers(PyType type)
    {
        type.AddValue("__hash__", PyNone.Instance);
        type.AddMethod("__getitem__", static (self, args, kw) =>
            Args.ExactlyOne("list.__getitem__", args, kw) ? GetItem(self, args[0]) : null);
        type.AddMethod("__reversed__", static (self, args, kw) =>
            Simple("list.__reversed__", args, kw) is null ? null : new PyListReverseIterator((PyList)self));
        type.AddMethod("__sizeof__", static (self, args, kw) =>
            Simple("list.__sizeof__", args, kw) is null ? null : PyInt.From(40L + (8L * ((PyList)self)._items.Length)));
        type.AddMethod("clear", static (self, args, kw) =>
        {
            if (Simple("list.clear", args, kw) is null)
            {
                return null;
            }

            ((PyList)self).ClearItems();
            return PyNone.Instance;
        });
        type.AddMethod("copy", static (self, args, kw) =>
        {
            if (Simple("list.copy", args, kw) is null)
            {
                return null;
            }

            var list = (PyList)self;
            return list.SliceCopy(0, 1, list._count);
        });
        type.AddMethod("append", AppendMethod);
        type.AddMethod("insert", InsertMethod);
        type.AddMethod("extend", ExtendMethod);
        type.AddMethod("pop", PopMethod);
        type.AddMethod("remove", RemoveMethod);
        type.AddMethod("index", IndexMethod);
        type.AddMethod("count", CountMethod);
        type.AddMethod("reverse", static (self, args, kw) =>
        {
            if (Simple("list.reverse", args, kw) is null)
            {
                return null;
            }

            ((PyList)self).Reverse();
            return PyNone.Instance;
        });
        type.AddMethod("sort", SortMethod);
        type.AddClassMethod("__class_getitem__", ContainerHelpers.ClassGetItem);
    }
}
