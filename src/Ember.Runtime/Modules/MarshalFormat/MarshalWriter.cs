using System.Buffers.Binary;
using System.Numerics;
using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Text;

namespace Ember.Runtime.Modules.MarshalFormat;

/// <summary>
/// marshal.c's writer (w_object): CPython's version 0-4 formats byte for byte.
/// <para>
/// From version 3 CPython flags an object for back-references only when its
/// reference count is above one, which a tracing collector cannot know: Ember
/// flags every object it writes (what CPython writes for constants and named
/// values, the usual case) and so differs for temporaries (the outer list of
/// <c>dumps([1, 2])</c>). The bytes always load back to the same values.
/// </para>
/// </summary>
internal sealed class MarshalWriter
{
    private const int MaxDepth = 2000;

    private readonly ByteBuilder _out = new();
    private readonly Dictionary<PyObject, int>? _refs;
    private readonly int _version;
    private int _depth;
    private MarshalError _error;

    private enum MarshalError
    {
        None,
        Unmarshallable,
        NestedTooDeep,
        Pending,
    }

    private MarshalWriter(int version)
    {
        _version = version;
        if (version >= 3)
        {
            _refs = new Dictionary<PyObject, int>(ReferenceEqualityComparer.Instance);
        }
    }

    /// <summary>The bytes of <paramref name="value"/>; null with ValueError (or the converter's error) pending.</summary>
    public static PyBytes? Dump(PyObject value, int version)
    {
        var writer = new MarshalWriter(version);
        writer.WriteObject(value);
        switch (writer._error)
        {
            case MarshalError.None:
                return PyBytes.From(writer._out.AsSpan());
            case MarshalError.Unmarshallable:
                PyErr.ValueError("unmarshallable object");
                return null;
            case MarshalError.NestedTooDeep:
                PyErr.ValueError("object too deeply nested to marshal");
                return null;
            default:
                return null;
        }
    }

    private void Byte(int b) => _out.Add((byte)b);

    private void Long(int x)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, x);
        _out.Add(b);
    }

    private void Short(int x)
    {
        Byte(x & 0xff);
        Byte((x >> 8) & 0xff);
    }

    private void Double(double d)
    {
        Span<byte> b = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(b, d);
        _out.Add(b);
    }

    private void PString(ReadOnlySpan<byte> data)
    {
        Long(data.Length);
        _out.Add(data);
    }

    private void WriteObject(PyObject? v)
    {
        _depth++;
        if (_depth > MaxDepth)
        {
            _error = MarshalError.NestedTooDeep;
        }
        else if (v is null)
        {
            Byte(MarshalCodes.Null);
        }
        else if (v is PyNone)
        {
            Byte(MarshalCodes.None);
        }
        else if (ReferenceEquals(v, PyExc.StopIteration))
        {
            Byte(MarshalCodes.StopIter);
        }
        else if (v is PyEllipsis)
        {
            Byte(MarshalCodes.Ellipsis);
        }
        else if (ReferenceEquals(v, PyBool.False))
        {
            Byte(MarshalCodes.False);
        }
        else if (ReferenceEquals(v, PyBool.True))
        {
            Byte(MarshalCodes.True);
        }
        else if (!WriteRef(v, out int flag))
        {
            WriteComplex(v, flag);
        }

        _depth--;
    }

    // w_ref: a back-reference when v was written before; else v is numbered and flagged.
    private bool WriteRef(PyObject v, out int flag)
    {
        flag = 0;
        if (_refs is null)
        {
            return false;
        }

        if (_refs.TryGetValue(v, out int index))
        {
            Byte(MarshalCodes.Ref);
            Long(index);
            return true;
        }

        _refs[v] = _refs.Count;
        flag = MarshalCodes.FlagRef;
        return false;
    }

    private void WriteComplex(PyObject v, int flag)
    {
        var type = v.Type;
        if (ReferenceEquals(type, PyInt.TypeObject))
        {
            var i = (PyInt)v;
            if (i.IsSmall && i.Small is >= int.MinValue and <= int.MaxValue)
            {
                Byte(MarshalCodes.Int | flag);
                Long((int)i.Small);
            }
            else
            {
                WriteLong(i.ToBigInteger(), flag);
            }
        }
        else if (ReferenceEquals(type, PyFloat.TypeObject))
        {
            double d = ((PyFloat)v).Value;
            if (_version > 1)
            {
                Byte(MarshalCodes.BinaryFloat | flag);
                Double(d);
            }
            else
            {
                Byte(MarshalCodes.Float | flag);
                FloatText(d);
            }
        }
        else if (ReferenceEquals(type, PyComplex.TypeObject))
        {
            var c = (PyComplex)v;
            if (_version > 1)
            {
                Byte(MarshalCodes.BinaryComplex | flag);
                Double(c.Real);
                Double(c.Imag);
            }
            else
            {
                Byte(MarshalCodes.Complex | flag);
                FloatText(c.Real);
                FloatText(c.Imag);
            }
        }
        else if (ReferenceEquals(type, PyBytes.TypeObject))
        {
            Byte(MarshalCodes.String | flag);
            PString(((PyBytes)v).Data);
        }
        else if (ReferenceEquals(type, PyStr.TypeObject))
        {
            WriteStr((PyStr)v, flag);
        }
        else if (ReferenceEquals(type, PyTuple.TypeObject))
        {
            var items = ((PyTuple)v).Items;
            if (_version >= 4 && items.Length < 256)
            {
                Byte(MarshalCodes.SmallTuple | flag);
                Byte(items.Length);
            }
            else
            {
                Byte(MarshalCodes.Tuple | flag);
                Long(items.Length);
            }

            foreach (var item in items)
            {
                WriteObject(item);
            }
        }
        else if (ReferenceEquals(type, PyList.TypeObject))
        {
            var list = (PyList)v;
            Byte(MarshalCodes.List | flag);
            Long(list.Count);
            for (int i = 0; i < list.Count; i++)
            {
                WriteObject(list.AsSpan()[i]);
            }
        }
        else if (ReferenceEquals(type, PyDict.TypeObject))
        {
            var dict = (PyDict)v;
            Byte(MarshalCodes.Dict | flag);
            int pos = 0;
            while (dict.Next(ref pos, out var key, out var value))
            {
                WriteObject(key);
                WriteObject(value);
            }

            WriteObject(null);
        }
        else if (ReferenceEquals(type, PySet.TypeObject) || ReferenceEquals(type, PyFrozenSet.TypeObject))
        {
            WriteSet((PyAnySet)v, flag);
        }
        else if (type.IsSubtypeOf(PyCode.TypeObject))
        {
            // Ember's code objects are not CPython's: there is no format to write them in.
            _error = MarshalError.Unmarshallable;
        }
        else if (BytesLike.TryGetBytes(v, out var buffer))
        {
            Byte(MarshalCodes.String | flag);
            PString(buffer);
        }
        else
        {
            _error = MarshalError.Unmarshallable;
        }
    }

    // w_PyLong: the magnitude in 15-bit digits, least significant first; the count carries the sign.
    private void WriteLong(BigInteger value, int flag)
    {
        Byte(MarshalCodes.Long | flag);
        var magnitude = BigInteger.Abs(value);
        var digits = new List<int>();
        while (!magnitude.IsZero)
        {
            digits.Add((int)(magnitude & 0x7fff));
            magnitude >>= 15;
        }

        Long(value.Sign < 0 ? -digits.Count : digits.Count);
        foreach (int d in digits)
        {
            Short(d);
        }
    }

    private void FloatText(double d)
    {
        string text = PyStrtod.DoubleToString(d, 'g', 17, DoubleFormatFlags.None);
        Byte(text.Length);
        foreach (char c in text)
        {
            Byte(c);
        }
    }

    private void WriteStr(PyStr s, int flag)
    {
        if (_version >= 4 && s.IsAscii)
        {
            int length = s.Value.Length;
            if (length < 256)
            {
                Byte((s.Interned ? MarshalCodes.ShortAsciiInterned : MarshalCodes.ShortAscii) | flag);
                Byte(length);
            }
            else
            {
                Byte((s.Interned ? MarshalCodes.AsciiInterned : MarshalCodes.Ascii) | flag);
                Long(length);
            }

            foreach (char c in s.Value)
            {
                Byte(c);
            }

            return;
        }

        if (Encoder.Encode(s, CodecKind.Utf8, "surrogatepass") is not PyBytes utf8)
        {
            _error = MarshalError.Pending;
            return;
        }

        Byte((_version >= 3 && s.Interned ? MarshalCodes.Interned : MarshalCodes.Unicode) | flag);
        PString(utf8.Data);
    }

    // Sets are written in the order of their elements' own marshalled bytes, so equal sets give equal bytes.
    private void WriteSet(PyAnySet set, int flag)
    {
        Byte((set is PySet ? MarshalCodes.Set : MarshalCodes.FrozenSet) | flag);
        Long((int)set.Count);
        var entries = new List<(byte[] Key, PyObject Value)>((int)set.Count);
        int pos = 0;
        while (set.NextEntry(ref pos, out var item, out _))
        {
            var single = new MarshalWriter(_version);
            single.WriteObject(item);
            if (single._error != MarshalError.None)
            {
                _error = single._error;
                return;
            }

            entries.Add((single._out.AsSpan().ToArray(), item));
        }

        entries.Sort(static (a, b) => a.Key.AsSpan().SequenceCompareTo(b.Key));
        foreach (var (_, item) in entries)
        {
            WriteObject(item);
        }
    }
}
