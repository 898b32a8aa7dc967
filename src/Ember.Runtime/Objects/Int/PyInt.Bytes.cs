using System.Numerics;
using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>int.to_bytes and int.from_bytes (int_to_bytes_impl, int_from_bytes_impl).</summary>
public partial class PyInt
{
    private static readonly ArgSpec s_toBytesSpec = new("to_bytes", ["length", "byteorder", "signed"], maxPositional: 2);

    private static readonly ArgSpec s_fromBytesSpec = new("from_bytes", ["bytes", "byteorder", "signed"], maxPositional: 2, required: 1);

    private static PyObject? ToBytesMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null, null, null];
        if (!s_toBytesSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        long length = 1;
        if (slots[0] is { } lengthArg && !PyLong.AsSsize(lengthArg, out length))
        {
            return null;
        }

        if (length < 0)
        {
            return PyErr.ValueError("length argument must be non-negative");
        }

        if (!ParseByteOrder("to_bytes", slots[1], out bool little) || !ParseSigned(slots[2], out bool signed))
        {
            return null;
        }

        var value = ((PyInt)self).ToBigInteger();
        if (!signed && value.Sign < 0)
        {
            return PyErr.OverflowError("can't convert negative int to unsigned");
        }

        // The bytes needed: the magnitude's bits, plus a sign bit when signed.
        long needed = signed
            ? ((value.Sign < 0 ? (long)(-(value + BigInteger.One)).GetBitLength() : (long)value.GetBitLength()) + 8) / 8
            : ((long)value.GetBitLength() + 7) / 8;
        // _PyLong_AsByteArray lets -1 through in zero bytes: its sign-extension check finds nothing to contradict.
        if (needed > length && !(length == 0 && signed && value == BigInteger.MinusOne))
        {
            return PyErr.OverflowError("int too big to convert");
        }

        if (length > Array.MaxLength)
        {
            return PyErr.NoMemory();
        }

        var data = new byte[length];
        if (!value.IsZero)
        {
            var raw = value.ToByteArray(isUnsigned: !signed, isBigEndian: false);
            int n = (int)Math.Min(raw.Length, length);
            raw.AsSpan(0, n).CopyTo(data);
            if (value.Sign < 0)
            {
                data.AsSpan(n).Fill(0xFF);
            }
        }

        if (!little)
        {
            data.AsSpan().Reverse();
        }

        return new PyBytes(data);
    }

    private static PyObject? FromBytesMethod(PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null, null, null];
        if (!s_fromBytesSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        if (!ParseByteOrder("from_bytes", slots[1], out bool little) || !ParseSigned(slots[2], out bool signed))
        {
            return null;
        }

        var source = slots[0]!;
        byte[]? copy = null;
        if (!BytesLike.TryGetBytes(source, out var data))
        {
            if (source is PyStr || (source.Type.Iter is null && source.Type.GetItem is null))
            {
                return PyErr.TypeError($"cannot convert '{source.Type.Name}' object to bytes");
            }

            copy = BytesMethods.FromIterable(source);
            if (copy is null)
            {
                return null;
            }

            data = copy;
        }

        var value = data.Length == 0 ? BigInteger.Zero : new BigInteger(data, isUnsigned: !signed, isBigEndian: !little);
        var result = From(value);
        return ReferenceEquals(cls, TypeObject) ? result : PyCall.Call(cls, result);
    }

    private static bool ParseByteOrder(string function, PyObject? arg, out bool little)
    {
        little = false;
        if (arg is null)
        {
            return true;
        }

        if (arg is not PyStr s)
        {
            PyErr.TypeError($"{function}() argument 'byteorder' must be str, not {StrArgs.TypeNameForError(arg)}");
            return false;
        }

        if (s.Value is "little")
        {
            little = true;
            return true;
        }

        if (s.Value is "big")
        {
            return true;
        }

        PyErr.ValueError("byteorder must be either 'little' or 'big'");
        return false;
    }

    private static bool ParseSigned(PyObject? arg, out bool signed)
    {
        signed = false;
        if (arg is null)
        {
            return true;
        }

        int truth = PyOps.IsTrue(arg);
        signed = truth > 0;
        return truth >= 0;
    }
}
