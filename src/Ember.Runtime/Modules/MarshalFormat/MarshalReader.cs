using System.Buffers.Binary;
using System.Numerics;
using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Text;

namespace Ember.Runtime.Modules.MarshalFormat;

/// <summary>
/// marshal.c's reader (r_object) over a byte buffer or a file object's
/// <c>readinto</c>, with CPython's errors for bad and short data.
/// Code objects are refused (Ember cannot build CPython's code).
/// </summary>
internal sealed class MarshalReader
{
    private const int MaxDepth = 2000;

    private readonly byte[]? _data;
    private readonly PyObject? _file;
    private readonly List<PyObject?> _refs = [];
    private int _pos;
    private int _depth;

    private static readonly PyStr s_readinto = new("readinto");

    private MarshalReader(byte[]? data, PyObject? file)
    {
        _data = data;
        _file = file;
    }

    /// <summary>marshal.loads: the first object in <paramref name="data"/> (the rest is ignored).</summary>
    public static PyObject? Load(ReadOnlySpan<byte> data) => new MarshalReader(data.ToArray(), null).ReadTop();

    /// <summary>marshal.load: one object read from <paramref name="file"/>, which is left just after it.</summary>
    public static PyObject? LoadFile(PyObject file) => new MarshalReader(null, file).ReadTop();

    private PyObject? ReadTop()
    {
        var v = ReadObject();
        if (v is null && !PyErr.Occurred)
        {
            PyErr.TypeError("NULL object in marshal data for object");
        }

        return v;
    }

    // r_string: n bytes, or null with EOFError (buffer) or the file's error pending.
    private ReadOnlySpan<byte> Read(int n, out bool ok)
    {
        ok = true;
        if (_data is not null)
        {
            if (_data.Length - _pos < n)
            {
                ok = false;
                PyErr.SetString(PyExc.EOFError, "marshal data too short");
                return default;
            }

            var span = _data.AsSpan(_pos, n);
            _pos += n;
            return span;
        }

        var buffer = new PyByteArray(new byte[n]);
        var result = PyCall.CallMethod(_file!, s_readinto, [new PyMemoryView(buffer)]);
        if (result is null)
        {
            ok = false;
            return default;
        }

        if (!PyNumber.AsSsize(result, out long read))
        {
            ok = false;
            return default;
        }

        if (read != n)
        {
            ok = false;
            if (read > n)
            {
                PyErr.ValueError($"read() returned too much data: {n} bytes requested, {read} returned");
            }
            else
            {
                PyErr.SetString(PyExc.EOFError, "EOF read where not expected");
            }

            return default;
        }

        return buffer.AsSpan();
    }

    // r_byte: -1 at the end of the data (no error set for a buffer).
    private int ReadByte()
    {
        if (_data is not null)
        {
            return _pos < _data.Length ? _data[_pos++] : -1;
        }

        var b = Read(1, out bool ok);
        return ok ? b[0] : -1;
    }

    private bool ReadLong(out int value)
    {
        var b = Read(4, out bool ok);
        value = ok ? BinaryPrimitives.ReadInt32LittleEndian(b) : 0;
        return ok;
    }

    private PyObject? BadData(string what)
    {
        if (!PyErr.Occurred)
        {
            PyErr.ValueError($"bad marshal data ({what})");
        }

        return null;
    }

    private PyObject? ReadObject()
    {
        _depth++;
        try
        {
            if (_depth > MaxDepth)
            {
                return PyErr.ValueError("recursion limit exceeded");
            }

            int code = ReadByte();
            if (code < 0)
            {
                if (!PyErr.Occurred)
                {
                    PyErr.SetString(PyExc.EOFError, "EOF read where object expected");
                }

                return null;
            }

            bool flag = (code & MarshalCodes.FlagRef) != 0;
            return ReadValue(code & ~MarshalCodes.FlagRef, flag);
        }
        finally
        {
            _depth--;
        }
    }

    // r_ref: numbers a finished object for later back-references.
    private PyObject? Ref(PyObject? v, bool flag)
    {
        if (v is not null && flag)
        {
            _refs.Add(v);
        }

        return v;
    }

    // r_ref_reserve: a container is numbered before its items are read.
    private int Reserve(bool flag)
    {
        if (!flag)
        {
            return -1;
        }

        _refs.Add(null);
        return _refs.Count - 1;
    }

    private PyObject? Fill(int index, PyObject? v)
    {
        if (index >= 0)
        {
            _refs[index] = v;
        }

        return v;
    }

    private PyObject? ReadValue(int type, bool flag)
    {
        switch (type)
        {
            case MarshalCodes.Null:
                return null;
            case MarshalCodes.None:
                return PyNone.Instance;
            case MarshalCodes.StopIter:
                return PyExc.StopIteration;
            case MarshalCodes.Ellipsis:
                return PyEllipsis.Instance;
            case MarshalCodes.False:
                return PyBool.False;
            case MarshalCodes.True:
                return PyBool.True;
            case MarshalCodes.Int:
                return ReadLong(out int i) ? Ref(PyInt.From(i), flag) : null;
            case MarshalCodes.Int64:
                {
                    var b = Read(8, out bool ok);
                    return ok ? Ref(PyInt.From(BinaryPrimitives.ReadInt64LittleEndian(b)), flag) : null;
                }

            case MarshalCodes.Long:
                return Ref(ReadPyLong(), flag);
            case MarshalCodes.Float:
                return ReadFloatText(out double d) ? Ref(new PyFloat(d), flag) : null;
            case MarshalCodes.BinaryFloat:
                {
                    var b = Read(8, out bool ok);
                    return ok ? Ref(new PyFloat(BinaryPrimitives.ReadDoubleLittleEndian(b)), flag) : null;
                }

            case MarshalCodes.Complex:
                {
                    if (!ReadFloatText(out double re) || !ReadFloatText(out double im))
                    {
                        return null;
                    }

                    return Ref(new PyComplex(re, im), flag);
                }

            case MarshalCodes.BinaryComplex:
                {
                    var b = Read(16, out bool ok);
                    return ok
                        ? Ref(new PyComplex(BinaryPrimitives.ReadDoubleLittleEndian(b), BinaryPrimitives.ReadDoubleLittleEndian(b[8..])), flag)
                        : null;
                }

            case MarshalCodes.String:
                {
                    if (!ReadLong(out int n))
                    {
                        return null;
                    }

                    if (n < 0)
                    {
                        return BadData("bytes object size out of range");
                    }

                    var b = Read(n, out bool ok);
                    return ok ? Ref(PyBytes.From(b), flag) : null;
                }

            case MarshalCodes.Ascii:
            case MarshalCodes.AsciiInterned:
            case MarshalCodes.ShortAscii:
            case MarshalCodes.ShortAsciiInterned:
                {
                    int n;
                    if (type is MarshalCodes.ShortAscii or MarshalCodes.ShortAsciiInterned)
                    {
                        n = ReadByte();
                        if (n < 0)
                        {
                            return PyErr.Occurred ? null : PyErr.SetString(PyExc.EOFError, "EOF read where object expected");
                        }
                    }
                    else if (!ReadLong(out n))
                    {
                        return null;
                    }
                    else if (n < 0)
                    {
                        return BadData("string size out of range");
                    }

                    var b = Read(n, out bool ok);
                    if (!ok)
                    {
                        return null;
                    }

                    var chars = new char[n];
                    for (int k = 0; k < n; k++)
                    {
                        chars[k] = (char)b[k];
                    }

                    var s = new PyStr(new string(chars));
                    s.Interned = type is MarshalCodes.AsciiInterned or MarshalCodes.ShortAsciiInterned;
                    return Ref(s, flag);
                }

            case MarshalCodes.Interned:
            case MarshalCodes.Unicode:
                {
                    if (!ReadLong(out int n))
                    {
                        return null;
                    }

                    if (n < 0)
                    {
                        return BadData("string size out of range");
                    }

                    var b = Read(n, out bool ok);
                    if (!ok)
                    {
                        return null;
                    }

                    var s = n == 0 ? PyStr.Empty : Decoder.Decode(b, CodecKind.Utf8, "surrogatepass");
                    if (s is PyStr str && type == MarshalCodes.Interned && n > 0)
                    {
                        str.Interned = true;
                    }

                    return Ref(s, flag);
                }

            case MarshalCodes.SmallTuple:
            case MarshalCodes.Tuple:
                {
                    int n;
                    if (type == MarshalCodes.SmallTuple)
                    {
                        n = ReadByte();
                        if (n < 0)
                        {
                            return PyErr.Occurred ? null : PyErr.SetString(PyExc.EOFError, "EOF read where object expected");
                        }
                    }
                    else if (!ReadLong(out n))
                    {
                        return null;
                    }
                    else if (n < 0)
                    {
                        return BadData("tuple size out of range");
                    }

                    int index = Reserve(flag);
                    var items = new PyObject[n];
                    for (int k = 0; k < n; k++)
                    {
                        var item = ReadObject();
                        if (item is null)
                        {
                            return PyErr.Occurred ? null : PyErr.TypeError("NULL object in marshal data for tuple");
                        }

                        items[k] = item;
                    }

                    return Fill(index, n == 0 ? PyTuple.Empty : new PyTuple(items));
                }

            case MarshalCodes.List:
                {
                    if (!ReadLong(out int n))
                    {
                        return null;
                    }

                    if (n < 0)
                    {
                        return BadData("list size out of range");
                    }

                    var list = new PyList();
                    int index = Reserve(flag);
                    Fill(index, list);
                    for (int k = 0; k < n; k++)
                    {
                        var item = ReadObject();
                        if (item is null)
                        {
                            return PyErr.Occurred ? null : PyErr.TypeError("NULL object in marshal data for list");
                        }

                        list.Append(item);
                    }

                    return list;
                }

            case MarshalCodes.Dict:
                {
                    var dict = new PyDict();
                    int index = Reserve(flag);
                    Fill(index, dict);
                    while (true)
                    {
                        var key = ReadObject();
                        if (key is null)
                        {
                            break;
                        }

                        var value = ReadObject();
                        if (value is null)
                        {
                            break;
                        }

                        if (!dict.SetItem(key, value))
                        {
                            return null;
                        }
                    }

                    return PyErr.Occurred ? null : dict;
                }

            case MarshalCodes.Set:
            case MarshalCodes.FrozenSet:
                return ReadSet(type, flag);
            case MarshalCodes.Ref:
                {
                    if (!ReadLong(out int n))
                    {
                        return null;
                    }

                    if (n < 0 || n >= _refs.Count || _refs[n] is not { } target)
                    {
                        return BadData("invalid reference");
                    }

                    return target;
                }

            case MarshalCodes.Code:
                return PyErr.ValueError("bad marshal data (Ember cannot load code objects)");
            default:
                return BadData("unknown type code");
        }
    }

    private PyObject? ReadSet(int type, bool flag)
    {
        if (!ReadLong(out int n))
        {
            return null;
        }

        if (n < 0)
        {
            return BadData("set size out of range");
        }

        PyAnySet set = type == MarshalCodes.Set ? new PySet() : new PyFrozenSet();
        int index = -1;
        if (type == MarshalCodes.Set)
        {
            index = Reserve(flag);
            Fill(index, set);
        }
        else if (n > 0)
        {
            // A frozenset is numbered before its items but can be referred to only once complete.
            index = Reserve(flag);
        }

        for (int k = 0; k < n; k++)
        {
            var item = ReadObject();
            if (item is null)
            {
                return PyErr.Occurred ? null : PyErr.TypeError("NULL object in marshal data for set");
            }

            if (!set.Add(item))
            {
                return null;
            }
        }

        if (type == MarshalCodes.FrozenSet)
        {
            if (n == 0)
            {
                return Ref(set, flag);
            }

            Fill(index, set);
        }

        return set;
    }

    // r_PyLong: 15-bit digits, least significant first; the count's sign is the number's.
    private PyObject? ReadPyLong()
    {
        if (!ReadLong(out int n))
        {
            return null;
        }

        if (n == int.MinValue)
        {
            return BadData("long size out of range");
        }

        int size = Math.Abs(n);
        var value = BigInteger.Zero;
        var digits = new int[size];
        for (int k = 0; k < size; k++)
        {
            var b = Read(2, out bool ok);
            if (!ok)
            {
                return null;
            }

            int digit = BinaryPrimitives.ReadInt16LittleEndian(b);
            if (digit < 0 || digit > 0x7fff)
            {
                return BadData("digit out of range in long");
            }

            digits[k] = digit;
        }

        if (size > 0 && digits[size - 1] == 0)
        {
            return BadData("unnormalized long data");
        }

        for (int k = size - 1; k >= 0; k--)
        {
            value = (value << 15) | digits[k];
        }

        return PyInt.From(n < 0 ? -value : value);
    }

    private bool ReadFloatText(out double value)
    {
        value = 0;
        int n = ReadByte();
        if (n < 0)
        {
            if (!PyErr.Occurred)
            {
                PyErr.SetString(PyExc.EOFError, "EOF read where object expected");
            }

            return false;
        }

        var b = Read(n, out bool ok);
        if (!ok)
        {
            return false;
        }

        var chars = new char[n];
        for (int k = 0; k < n; k++)
        {
            chars[k] = (char)b[k];
        }

        if (!FloatParser.TryParse(new string(chars), out value, out _))
        {
            PyErr.ValueError($"could not convert string to float: '{new string(chars)}'");
            return false;
        }

        return true;
    }
}
