using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>bytearray's mutating methods.</summary>
public partial class PyByteArray
{
    private static partial void InitMembers(PyType type)
    {
        BytesMethods.AddCommon(type);
        type.AddMethod("append", Append);
        type.AddMethod("extend", Extend);
        type.AddMethod("insert", Insert);
        type.AddMethod("pop", Pop);
        type.AddMethod("remove", Remove);
        type.AddMethod("reverse", static (self, args, kwnames) =>
        {
            if (!Args.NoArgs("bytearray.reverse", args, kwnames))
            {
                return null;
            }

            ((PyByteArray)self).AsWritableSpan().Reverse();
            return PyNone.Instance;
        });
        type.AddMethod("clear", static (self, args, kwnames) =>
            !Args.NoArgs("bytearray.clear", args, kwnames) ? null : ((PyByteArray)self).SetCount(0) ? PyNone.Instance : null);
        type.AddMethod("copy", static (self, args, kwnames) =>
            Args.NoArgs("bytearray.copy", args, kwnames) ? new PyByteArray(((PyByteArray)self).AsSpan().ToArray()) : null);
        type.AddMethod("__alloc__", static (self, args, kwnames) =>
            Args.NoArgs("bytearray.__alloc__", args, kwnames) ? PyInt.From(((PyByteArray)self)._items.Length + 1) : null);
    }

    private static PyObject? Append(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("bytearray.append", args, kwnames) || !BytesMethods.ByteValue(args[0], out byte b))
        {
            return null;
        }

        return ((PyByteArray)self).Append(b) ? PyNone.Instance : null;
    }

    private static PyObject? Extend(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("bytearray.extend", args, kwnames))
        {
            return null;
        }

        var ba = (PyByteArray)self;
        byte[]? data;
        if (BytesLike.TryGetBytes(args[0], out var buffer))
        {
            data = buffer.ToArray();
        }
        else
        {
            if (args[0].Type.Iter is null && args[0].Type.GetItem is null)
            {
                return PyErr.TypeError($"can't extend bytearray with {args[0].Type.Name}");
            }

            data = BytesMethods.FromIterable(args[0], "byte must be in range(0, 256)");
            if (data is null)
            {
                return null;
            }
        }

        return ba.Splice(ba._count, 0, data) ? PyNone.Instance : null;
    }

    private static PyObject? Insert(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!StrArgs.NoKeywords(self, "insert", kwnames) || !Args.Positional("insert", args, kwnames, 2, 2) || !StrArgs.SsizeArg(args[0], out long index) || !BytesMethods.ByteValue(args[1], out byte b))
        {
            return null;
        }

        var ba = (PyByteArray)self;
        if (index < 0)
        {
            index = Math.Max(0, index + ba._count);
        }

        index = Math.Min(index, ba._count);
        return ba.Splice((int)index, 0, [b]) ? PyNone.Instance : null;
    }

    private static PyObject? Pop(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!StrArgs.NoKeywords(self, "pop", kwnames) || !Args.Positional("pop", args, kwnames, 0, 1))
        {
            return null;
        }

        var ba = (PyByteArray)self;
        long index = -1;
        if (args.Length == 1 && !StrArgs.SsizeArg(args[0], out index))
        {
            return null;
        }

        if (ba._count == 0)
        {
            return PyErr.IndexError("pop from empty bytearray");
        }

        if (index < 0)
        {
            index += ba._count;
        }

        if ((ulong)index >= (ulong)ba._count)
        {
            return PyErr.IndexError("pop index out of range");
        }

        byte value = ba._items[index];
        return ba.Splice((int)index, 1, default) ? PyInt.From(value) : null;
    }

    private static PyObject? Remove(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("bytearray.remove", args, kwnames) || !BytesMethods.ByteValue(args[0], out byte b))
        {
            return null;
        }

        var ba = (PyByteArray)self;
        int at = ba.AsSpan().IndexOf(b);
        if (at < 0)
        {
            return PyErr.ValueError("value not found in bytearray");
        }

        return ba.Splice(at, 1, default) ? PyNone.Instance : null;
    }
}
