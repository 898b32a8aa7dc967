using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;
using Ember.Syntax.Text;

namespace Ember.Runtime.Objects;

public partial class PyByteArray
{
    private static readonly ArgSpec s_initSpec = new("bytearray", ["source", "encoding", "errors"]);

    private static partial void InitSlots(PyType type)
    {
        type.Repr = static self => new PyStr(ReprOf((PyByteArray)self));
        type.Hash = static self =>
        {
            PyErr.TypeError($"unhashable type: '{self.Type.Name}'");
            return -1;
        };
        type.RichCompare = static (self, other, op) =>
            BytesLike.TryGetBytes(other, out var b) ? BytesMethods.Compare(((PyByteArray)self).AsSpan(), b, op) : PyNotImplemented.Instance;
        type.Length = static self => ((PyByteArray)self)._count;
        type.Contains = static (self, item) => BytesMethods.Contains(((PyByteArray)self).AsSpan(), item);
        type.Concat = static (left, right) => BytesMethods.Concat(left, right);
        type.InplaceConcat = InplaceConcat;
        type.Repeat = static (self, count) => BytesMethods.Repeat(self, count);
        type.InplaceRepeat = InplaceRepeat;
        type.GetItem = GetItemSlot;
        type.SetItem = SetItemSlot;
        type.Iter = static self => new PyBytesIterator(self);
        type.Remainder = static (left, right) => left is PyByteArray b ? BytesPercent.Format(b.AsSpan(), right, true) : PyNotImplemented.Instance;
        type.New = static (cls, args, kwnames) => ReferenceEquals(cls, TypeObject) ? new PyByteArray() : new PyByteArraySubclass(cls);
        type.Init = InitSlot;
    }

    /// <summary>repr(bytearray): like bytes' repr inside the type name, except that ' is always escaped (bytearray_repr).</summary>
    private static string ReprOf(PyByteArray self)
    {
        var data = self.AsSpan();
        var sb = new System.Text.StringBuilder(data.Length + 14);
        sb.Append(self.Type.Name).Append('(');
        char quote = data.IndexOf((byte)'\'') >= 0 && data.IndexOf((byte)'"') < 0 ? '"' : '\'';
        sb.Append('b').Append(quote);
        foreach (byte b in data)
        {
            switch (b)
            {
                case (byte)'\'' or (byte)'\\':
                    sb.Append('\\').Append((char)b);
                    break;
                case (byte)'\t':
                    sb.Append("\\t");
                    break;
                case (byte)'\n':
                    sb.Append("\\n");
                    break;
                case (byte)'\r':
                    sb.Append("\\r");
                    break;
                default:
                    if (b < ' ' || b >= 0x7f)
                    {
                        sb.Append("\\x").Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append((char)b);
                    }

                    break;
            }
        }

        return sb.Append(quote).Append(')').ToString();
    }

    private static bool InitSlot(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null, null, null];
        if (!s_initSpec.Parse(args, kwnames, slots))
        {
            return false;
        }

        var data = BytesMethods.FromSource(slots[0], slots[1], slots[2], "bytearray");
        if (data is null)
        {
            return false;
        }

        var ba = (PyByteArray)self;
        if (!ba.CheckResizable())
        {
            return false;
        }

        ba._items = data;
        ba._count = data.Length;
        return true;
    }

    private static PyObject? InplaceConcat(PyObject self, PyObject other)
    {
        if (!BytesLike.TryGetBytes(other, out var b))
        {
            return PyErr.TypeError($"can't concat {other.Type.Name} to {self.Type.Name}");
        }

        var ba = (PyByteArray)self;
        return ba.Splice(ba._count, 0, b) ? self : null;
    }

    private static PyObject? InplaceRepeat(PyObject self, long count)
    {
        var ba = (PyByteArray)self;
        if (count <= 0)
        {
            return ba.SetCount(0) ? self : null;
        }

        if (count == 1 || ba._count == 0)
        {
            return self;
        }

        if (count > Array.MaxLength / ba._count)
        {
            return PyErr.NoMemory();
        }

        var copy = ba.AsSpan().ToArray();
        int n = copy.Length;
        if (!ba.SetCount((int)(n * count)))
        {
            return null;
        }

        for (long i = 1; i < count; i++)
        {
            copy.CopyTo(ba._items.AsSpan((int)(i * n)));
        }

        return self;
    }

    private bool NormalizeIndex(PyObject key, out int index, string message)
    {
        index = 0;
        if (!PyNumber.AsSsize(key, out long i))
        {
            return false;
        }

        if (i < 0)
        {
            i += _count;
        }

        if ((ulong)i >= (ulong)_count)
        {
            PyErr.IndexError(message);
            return false;
        }

        index = (int)i;
        return true;
    }

    private static PyObject? GetItemSlot(PyObject self, PyObject key)
    {
        var ba = (PyByteArray)self;
        if (StrArgs.IsIndex(key))
        {
            return ba.NormalizeIndex(key, out int i, "bytearray index out of range") ? PyInt.From(ba._items[i]) : null;
        }

        if (StrSlicing.TryGetSliceBytes(self, ba.AsSpan(), key, out var result))
        {
            return result;
        }

        return PyErr.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
    }

    private static bool SetItemSlot(PyObject self, PyObject key, PyObject? value)
    {
        var ba = (PyByteArray)self;
        if (StrArgs.IsIndex(key))
        {
            if (!ba.NormalizeIndex(key, out int i, "bytearray index out of range"))
            {
                return false;
            }

            if (value is null)
            {
                return ba.Splice(i, 1, default);
            }

            if (!BytesMethods.ByteValue(value, out byte b))
            {
                return false;
            }

            ba._items[i] = b;
            return true;
        }

        if (StrSlicing.TrySetSliceBytes(ba, key, value, out bool ok))
        {
            return ok;
        }

        PyErr.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
        return false;
    }
}
