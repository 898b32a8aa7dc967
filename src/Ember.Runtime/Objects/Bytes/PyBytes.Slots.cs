using System.Text;
using Ember.Bytecode;
using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;
using Ember.Syntax.Text;

namespace Ember.Runtime.Objects;

public partial class PyBytes
{
    private static readonly ArgSpec s_newSpec = new("bytes", ["source", "encoding", "errors"]);

    private static partial void InitSlots(PyType type)
    {
        type.Repr = static self => new PyStr(PyRepr.Bytes(((PyBytes)self).Data));
        type.Hash = static self => ((PyBytes)self).Hash;
        type.RichCompare = static (self, other, op) => other is PyBytes b ? BytesMethods.Compare(((PyBytes)self).Data, b.Data, op) : PyNotImplemented.Instance;
        type.Length = static self => ((PyBytes)self).Data.Length;
        type.Contains = static (self, item) => BytesMethods.Contains(((PyBytes)self).Data, item);
        type.Concat = static (left, right) => BytesMethods.Concat(left, right);
        type.Repeat = static (self, count) => BytesMethods.Repeat(self, count);
        type.GetItem = GetItemSlot;
        type.Iter = static self => new PyBytesIterator(self);
        type.Remainder = static (left, right) => left is PyBytes b ? BytesPercent.Format(b.Data, right, false) : PyNotImplemented.Instance;
        type.New = NewSlot;
    }

    private static partial void InitMembers(PyType type)
    {
        BytesMethods.AddCommon(type);
        type.AddMethod("__getnewargs__", static (self, args, kwnames) =>
            Args.NoArgs("bytes.__getnewargs__", args, kwnames) ? PyTuple.Create(From(((PyBytes)self).Data)) : null);
        type.AddMethod("__bytes__", static (self, args, kwnames) =>
            Args.NoArgs("bytes.__bytes__", args, kwnames) ? (ReferenceEquals(self.Type, TypeObject) ? self : From(((PyBytes)self).Data)) : null);
    }

    private static PyObject? GetItemSlot(PyObject self, PyObject key)
    {
        var data = ((PyBytes)self).Data;
        if (StrArgs.IsIndex(key))
        {
            if (!PyNumber.AsSsize(key, out long i))
            {
                return null;
            }

            if (i < 0)
            {
                i += data.Length;
            }

            if ((ulong)i >= (ulong)data.Length)
            {
                return PyErr.IndexError("index out of range");
            }

            return PyInt.From(data[i]);
        }

        if (StrSlicing.TryGetSliceBytes(self, data, key, out var result))
        {
            return result;
        }

        return PyErr.TypeError($"byte indices must be integers or slices, not {key.Type.Name}");
    }

    private static PyObject? NewSlot(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null, null, null];
        if (!s_newSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        byte[]? data;
        if (slots[0] is null && slots[1] is null && slots[2] is null)
        {
            data = [];
        }
        else if (slots[0] is { } src && slots[1] is null && slots[2] is null)
        {
            // __bytes__ wins over the integer, buffer and iterable forms (bytes_new).
            var method = PyCall.LookupSpecial(src, new PyStr("__bytes__"));
            if (method is not null)
            {
                var r = PyCall.Call(method);
                if (r is null)
                {
                    return null;
                }

                if (r is not PyBytes rb)
                {
                    return PyErr.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
                }

                if (ReferenceEquals(type, TypeObject))
                {
                    // bytes_new hands back what __bytes__ gave, a bytes subclass too.
                    return r;
                }

                return new PyBytesSubclass(type, rb.Data);
            }

            if (PyErr.Occurred)
            {
                return null;
            }

            data = BytesMethods.FromSource(src, null, null, "bytes");
        }
        else
        {
            data = BytesMethods.FromSource(slots[0], slots[1], slots[2], "bytes");
        }

        if (data is null)
        {
            return null;
        }

        return ReferenceEquals(type, TypeObject) ? (data.Length <= 1 ? From(data) : new PyBytes(data)) : new PyBytesSubclass(type, data);
    }
}

/// <summary>bytes_iterator and bytearray_iterator: ints, one per byte.</summary>
public sealed class PyBytesIterator : PyObject
{
    public static readonly PyType BytesIteratorType = PyType.CreateBuiltin("bytes_iterator", null, TypeFlags.None, InitSlots, InitMembers);

    public static readonly PyType ByteArrayIteratorType = PyType.CreateBuiltin("bytearray_iterator", null, TypeFlags.None, InitSlots, InitMembers);

    private PyObject? _seq;
    private int _index;

    public PyBytesIterator(PyObject seq)
        : base(seq is PyByteArray ? ByteArrayIteratorType : BytesIteratorType)
    {
        _seq = seq;
    }

    private PyObject? NextItem()
    {
        if (_seq is null)
        {
            return null;
        }

        var data = BytesMethods.Span(_seq);
        if (_index < data.Length)
        {
            return PyInt.From(data[_index++]);
        }

        _seq = null;
        return null;
    }

    private static void InitSlots(PyType type)
    {
        type.Iter = static self => self;
        type.Next = static self => ((PyBytesIterator)self).NextItem();
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("__length_hint__", static (self, args, kwnames) =>
        {
            if (!Args.NoArgs("__length_hint__", args, kwnames))
            {
                return null;
            }

            var it = (PyBytesIterator)self;
            return PyInt.From(it._seq is null ? 0 : Math.Max(0, BytesMethods.Span(it._seq).Length - it._index));
        });
    }
}
