using System.Buffers.Binary;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;

namespace Ember.Modules.Struct;

/// <summary>
/// Packing and unpacking of values (_struct.c's np_*, lp_*, bp_* and nu_*,
/// lu_*, bu_* functions). On a little-endian machine CPython gives the
/// &lt; table the native functions of the integer codes whose sizes agree
/// (h H i I q Q e), so their messages are the native ones; l and L keep the
/// standard ones, as every code of the &gt; table does.
/// </summary>
internal static class StructCodec
{
    public static bool Pack(StructFormat fmt, ReadOnlySpan<PyObject> values, Span<byte> dest, PyType error)
    {
        dest[..(int)fmt.Size].Clear();
        int vi = 0;
        foreach (var code in fmt.Codes)
        {
            if (code.Format is 's' or 'p')
            {
                var v = values[vi++];
                ReadOnlySpan<byte> data;
                if (v is PyBytes b)
                {
                    data = b.Data;
                }
                else if (v is PyByteArray ba)
                {
                    data = ba.AsSpan();
                }
                else
                {
                    PyErr.SetString(error, $"argument for '{code.Format}' must be a bytes object");
                    return false;
                }

                var field = dest.Slice(code.Offset, code.Size);
                if (code.Format == 's')
                {
                    data[..System.Math.Min(data.Length, code.Size)].CopyTo(field);
                }
                else if (code.Size > 0)
                {
                    int n = System.Math.Min(data.Length, code.Size - 1);
                    data[..n].CopyTo(field[1..]);
                    field[0] = (byte)System.Math.Min(n, 255);
                }

                continue;
            }

            for (int k = 0; k < code.Repeat; k++)
            {
                var v = values[vi++];
                if (!PackOne(fmt.Order, code.Format, v, dest.Slice(code.Offset + (k * code.Size), code.Size), error))
                {
                    // s_pack_internal: an int that overflowed is reported as the struct's error.
                    if (v is PyInt && PyErr.ExceptionMatches(PyExc.OverflowError))
                    {
                        PyErr.SetString(error, "int too large to convert");
                    }

                    return false;
                }
            }
        }

        return true;
    }

    public static PyTuple Unpack(StructFormat fmt, ReadOnlySpan<byte> src)
    {
        var items = new PyObject[fmt.Length];
        int vi = 0;
        bool big = fmt.Order == ByteOrder.Big;
        foreach (var code in fmt.Codes)
        {
            if (code.Format == 's')
            {
                items[vi++] = PyBytes.From(src.Slice(code.Offset, code.Size));
                continue;
            }

            if (code.Format == 'p')
            {
                if (code.Size == 0)
                {
                    items[vi++] = PyBytes.Empty;
                    continue;
                }

                int n = src[code.Offset];
                if (n >= code.Size)
                {
                    n = code.Size - 1;
                }

                items[vi++] = PyBytes.From(src.Slice(code.Offset + 1, n));
                continue;
            }

            for (int k = 0; k < code.Repeat; k++)
            {
                items[vi++] = UnpackOne(code.Format, src.Slice(code.Offset + (k * code.Size), code.Size), big);
            }
        }

        return new PyTuple(items);
    }

    private static PyObject UnpackOne(char c, ReadOnlySpan<byte> p, bool big)
    {
        switch (c)
        {
            case 'c':
                return PyBytes.FromByte(p[0]);
            case '?':
                foreach (byte b in p)
                {
                    if (b != 0)
                    {
                        return PyBool.True;
                    }
                }

                return PyBool.False;
            case 'e':
                {
                    ushort bits = big ? BinaryPrimitives.ReadUInt16BigEndian(p) : BinaryPrimitives.ReadUInt16LittleEndian(p);
                    return new PyFloat(UnpackHalf(bits));
                }

            case 'f':
                {
                    uint bits = big ? BinaryPrimitives.ReadUInt32BigEndian(p) : BinaryPrimitives.ReadUInt32LittleEndian(p);
                    return new PyFloat(BitConverter.UInt32BitsToSingle(bits));
                }

            case 'd':
                {
                    ulong bits = big ? BinaryPrimitives.ReadUInt64BigEndian(p) : BinaryPrimitives.ReadUInt64LittleEndian(p);
                    return new PyFloat(BitConverter.UInt64BitsToDouble(bits));
                }
        }

        bool signed = c is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        ulong u = 0;
        for (int i = 0; i < p.Length; i++)
        {
            u = (u << 8) | p[big ? i : p.Length - 1 - i];
        }

        if (signed)
        {
            int shift = 64 - (8 * p.Length);
            return PyInt.From((long)(u << shift) >> shift);
        }

        return PyInt.From(u);
    }

    /// <summary>PyFloat_Unpack2: a NaN keeps only its sign.</summary>
    private static double UnpackHalf(ushort bits)
    {
        if ((bits & 0x7c00) == 0x7c00 && (bits & 0x3ff) != 0)
        {
            return (bits & 0x8000) != 0 ? -double.NaN : double.NaN;
        }

        return (double)BitConverter.UInt16BitsToHalf(bits);
    }

    private static bool PackOne(ByteOrder order, char c, PyObject v, Span<byte> p, PyType error)
    {
        bool big = order == ByteOrder.Big;
        switch (c)
        {
            case 'c':
                if (v is PyBytes { Length: 1 } one)
                {
                    p[0] = one.Data[0];
                    return true;
                }

                PyErr.SetString(error, "char format requires a bytes object of length 1");
                return false;
            case '?':
                {
                    int t = PyOps.IsTrue(v);
                    if (t < 0)
                    {
                        return false;
                    }

                    p[0] = (byte)t;
                    return true;
                }

            case 'e':
                {
                    if (!GetDouble(v, error, out double x) || !PackHalf(x, out ushort bits))
                    {
                        return false;
                    }

                    Write(p, bits, big);
                    return true;
                }

            case 'f':
                {
                    if (!GetDouble(v, error, out double x))
                    {
                        return false;
                    }

                    float y = (float)x;
                    if (order != ByteOrder.Native && float.IsInfinity(y) && !double.IsInfinity(x))
                    {
                        PyErr.OverflowError("float too large to pack with f format");
                        return false;
                    }

                    Write(p, BitConverter.SingleToUInt32Bits(y), big);
                    return true;
                }

            case 'd':
                {
                    if (!GetDouble(v, error, out double x))
                    {
                        return false;
                    }

                    Write(p, BitConverter.DoubleToUInt64Bits(x), big);
                    return true;
                }

            case 'P':
                return PackPointer(v, p, error);
        }

        var i = GetInt(v, error);
        if (i is null)
        {
            return false;
        }

        bool signed = c is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        if (c is 'b' or 'B')
        {
            if (!AsLong(i, error, out long x))
            {
                return false;
            }

            if (c == 'b' ? x is < -128 or > 127 : x is < 0 or > 255)
            {
                PyErr.SetString(error, c == 'b' ? "byte format requires -128 <= number <= 127" : "ubyte format requires 0 <= number <= 255");
                return false;
            }

            p[0] = (byte)x;
            return true;
        }

        if (order == ByteOrder.Big || (order == ByteOrder.Little && c is 'l' or 'L'))
        {
            return PackStandard(c, i, p, big, signed, error);
        }

        // The native functions (np_*), which the < table shares.
        if (c is 'h' or 'H')
        {
            if (!AsLong(i, error, out long x))
            {
                return false;
            }

            if (c == 'h' ? x is < short.MinValue or > short.MaxValue : x is < 0 or > ushort.MaxValue)
            {
                PyErr.SetString(error, c == 'h' ? "short format requires -32768 <= number <= 32767" : "ushort format requires 0 <= number <= 65535");
                return false;
            }

            Write(p, (ushort)x, false);
            return true;
        }

        if (signed)
        {
            if (!AsLong(i, error, out long x))
            {
                return false;
            }

            if (p.Length == 4 && x is < int.MinValue or > int.MaxValue)
            {
                return RangeError(c, 4, false, error);
            }

            WriteLittle(p, (ulong)x);
            return true;
        }

        if (!AsULong(i, error, out ulong ux))
        {
            return false;
        }

        if (p.Length == 4 && ux > uint.MaxValue)
        {
            return RangeError(c, 4, true, error);
        }

        WriteLittle(p, ux);
        return true;
    }

    /// <summary>bp_int, bp_uint, bp_longlong, bp_ulonglong and lp_int, lp_uint for l and L.</summary>
    private static bool PackStandard(char c, PyInt i, Span<byte> p, bool big, bool signed, PyType error)
    {
        if (p.Length == 8)
        {
            // _PyLong_AsByteArray: the caller turns its OverflowError into "int too large to convert".
            var value = i.ToBigInteger();
            if (signed ? value < long.MinValue || value > long.MaxValue : value.Sign < 0 || value > ulong.MaxValue)
            {
                PyErr.OverflowError(!signed && value.Sign < 0 ? "can't convert negative int to unsigned" : "int too big to convert");
                return false;
            }

            ulong bits = signed ? (ulong)(long)value : (ulong)value;
            Write(p, bits, big);
            return true;
        }

        if (signed)
        {
            if (!AsLong(i, error, out long x))
            {
                return false;
            }

            if ((p.Length == 2 && x is < -32768 or > 32767) || (p.Length == 4 && x is < int.MinValue or > int.MaxValue))
            {
                return RangeError(c, p.Length, false, error);
            }

            Write(p, (ulong)x, big);
            return true;
        }

        if (!AsULong(i, error, out ulong ux))
        {
            return false;
        }

        if (ux >= 1UL << (8 * p.Length))
        {
            return RangeError(c, p.Length, true, error);
        }

        Write(p, ux, big);
        return true;
    }

    /// <summary>np_void_p with PyLong_AsVoidPtr: a negative value as a C long, others as unsigned.</summary>
    private static bool PackPointer(PyObject v, Span<byte> p, PyType error)
    {
        var i = GetInt(v, error);
        if (i is null)
        {
            return false;
        }

        var value = i.ToBigInteger();
        if (value.Sign < 0)
        {
            if (value < long.MinValue)
            {
                PyErr.OverflowError("Python int too large to convert to C long");
                return false;
            }

            WriteLittle(p, (ulong)(long)value);
            return true;
        }

        if (value > ulong.MaxValue)
        {
            PyErr.OverflowError("Python int too large to convert to C unsigned long");
            return false;
        }

        WriteLittle(p, (ulong)value);
        return true;
    }

    /// <summary>_range_error: the limits of a <paramref name="size"/>-byte integer.</summary>
    private static bool RangeError(char c, int size, bool unsigned, PyType error)
    {
        ulong ulargest = ulong.MaxValue >> ((8 - size) * 8);
        if (unsigned)
        {
            PyErr.SetString(error, $"'{c}' format requires 0 <= number <= {ulargest}");
        }
        else
        {
            long largest = (long)(ulargest >> 1);
            PyErr.SetString(error, $"'{c}' format requires {~largest} <= number <= {largest}");
        }

        return false;
    }

    /// <summary>get_pylong: an int, or the result of __index__; struct.error for anything else.</summary>
    private static PyInt? GetInt(PyObject v, PyType error)
    {
        if (v is PyInt i)
        {
            return i;
        }

        if (v.Type.Index is null)
        {
            PyErr.SetString(error, "required argument is not an integer");
            return null;
        }

        return PyNumber.Index(v);
    }

    private static bool AsLong(PyInt i, PyType error, out long value)
    {
        if (i.IsSmall)
        {
            value = i.Small;
            return true;
        }

        value = 0;
        PyErr.SetString(error, "argument out of range");
        return false;
    }

    private static bool AsULong(PyInt i, PyType error, out ulong value)
    {
        value = 0;
        if (i.IsSmall)
        {
            if (i.Small >= 0)
            {
                value = (ulong)i.Small;
                return true;
            }
        }
        else if (i.Big is { } big && big.Sign > 0 && big <= ulong.MaxValue)
        {
            value = (ulong)big;
            return true;
        }

        PyErr.SetString(error, "argument out of range");
        return false;
    }

    private static bool GetDouble(PyObject v, PyType error, out double x)
    {
        if (PyFloat.AsDouble(v, out x))
        {
            return true;
        }

        PyErr.SetString(error, "required argument is not a float");
        return false;
    }

    /// <summary>PyFloat_Pack2: round half to even, OverflowError past the largest half; a NaN packs as the quiet NaN with its sign.</summary>
    private static bool PackHalf(double x, out ushort bits)
    {
        if (double.IsNaN(x))
        {
            bits = (ushort)(double.IsNegative(x) ? 0xfe00 : 0x7e00);
            return true;
        }

        var h = (Half)x;
        if (Half.IsInfinity(h) && !double.IsInfinity(x))
        {
            bits = 0;
            PyErr.OverflowError("float too large to pack with e format");
            return false;
        }

        bits = BitConverter.HalfToUInt16Bits(h);
        return true;
    }

    private static void Write(Span<byte> p, ulong bits, bool big)
    {
        if (big)
        {
            for (int i = p.Length - 1; i >= 0; i--)
            {
                p[i] = (byte)bits;
                bits >>= 8;
            }
        }
        else
        {
            WriteLittle(p, bits);
        }
    }

    private static void WriteLittle(Span<byte> p, ulong bits)
    {
        for (int i = 0; i < p.Length; i++)
        {
            p[i] = (byte)bits;
            bits >>= 8;
        }
    }
}
