using System.Buffers.Binary;
using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// memoryview.cast (memory_cast in Objects/memoryobject.c) for one-dimensional
/// C-contiguous views: between 'B' and the native single-character formats.
/// A cast view reads its items (len, indexing, iteration, tolist); slicing
/// and item assignment work on 'B' views only so far.
/// </summary>
public sealed partial class PyMemoryView
{
    private string _format = "B";
    private int _itemsize = 1;

    private int ItemCount => _length / _itemsize;

    private bool IsByteFormat => _format is "B";

    private static int NativeItemSize(string format) => format switch
    {
        "B" or "b" or "c" or "?" => 1,
        "H" or "h" => 2,
        "I" or "i" or "f" => 4,
        "L" or "l" or "Q" or "q" or "N" or "n" or "P" or "d" => 8,
        _ => 0,
    };

    private static PyObject? Cast(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var mv = (PyMemoryView)self;
        Span<PyObject?> slots = [null, null];
        if (!s_castSpec.Parse(args, kwnames, slots) || !mv.CheckReleased())
        {
            return null;
        }

        if (slots[0] is not PyStr f)
        {
            return PyErr.TypeError($"cast() argument 'format' must be str, not {slots[0]!.Type.Name}");
        }

        if (slots[1] is not null)
        {
            return PyErr.NotImplementedError("memoryview: cast with a shape is not supported yet");
        }

        if (mv._step != 1)
        {
            return PyErr.TypeError("memoryview: casts are restricted to C-contiguous views");
        }

        string format = f.Value;
        int itemsize = NativeItemSize(format.StartsWith('@') ? format[1..] : format);
        if (itemsize == 0)
        {
            return PyErr.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }

        bool srcBytes = mv._format.TrimStart('@') is "B" or "b" or "c";
        bool dstBytes = format.TrimStart('@') is "B" or "b" or "c";
        if (!srcBytes && !dstBytes)
        {
            return PyErr.TypeError("memoryview: cannot cast between two non-byte formats");
        }

        if (mv._length % itemsize != 0)
        {
            return PyErr.TypeError("memoryview: length is not a multiple of itemsize");
        }

        return new PyMemoryView(mv._obj, mv._start, 1, mv._length) { _format = format, _itemsize = itemsize };
    }

    private static readonly ArgSpec s_castSpec = new("cast", ["format", "shape"], required: 1);

    /// <summary>Item <paramref name="i"/> of a cast view, unpacked as struct does for its format.</summary>
    private PyObject ItemAt(int i)
    {
        var b = BytesMethods.Span(_obj).Slice(_start + (i * _itemsize), _itemsize);
        return _format.TrimStart('@') switch
        {
            "B" => PyInt.From(b[0]),
            "b" => PyInt.From((sbyte)b[0]),
            "c" => PyBytes.From(b),
            "?" => PyBool.From(b[0] != 0),
            "H" => PyInt.From(BinaryPrimitives.ReadUInt16LittleEndian(b)),
            "h" => PyInt.From(BinaryPrimitives.ReadInt16LittleEndian(b)),
            "I" => PyInt.From(BinaryPrimitives.ReadUInt32LittleEndian(b)),
            "i" => PyInt.From(BinaryPrimitives.ReadInt32LittleEndian(b)),
            "L" or "Q" or "N" or "P" => PyInt.From(BinaryPrimitives.ReadUInt64LittleEndian(b)),
            "l" or "q" or "n" => PyInt.From(BinaryPrimitives.ReadInt64LittleEndian(b)),
            "f" => new PyFloat(BinaryPrimitives.ReadSingleLittleEndian(b)),
            _ => new PyFloat(BinaryPrimitives.ReadDoubleLittleEndian(b)),
        };
    }

    private PyList ItemList()
    {
        var list = new PyList();
        for (int i = 0; i < ItemCount; i++)
        {
            list.Append(ItemAt(i));
        }

        return list;
    }
}
