using System.Text;
using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Struct;

/// <summary>
/// <c>_struct.Struct</c> (Modules/_struct.c's PyStructObject): a compiled
/// format. <c>__init__</c> parses it and may be called again, as in 3.11.
/// </summary>
public class PyStruct : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("Struct", null, TypeFlags.BaseType | TypeFlags.HasWeakref, static t =>
    {
        t.New = static (type, args, kw) => ReferenceEquals(type, TypeObject) ? new PyStruct(type) : new PyStructSubclass(type);
        t.Init = Init;
    }, InitMembers, "_struct");

    private static readonly ArgSpec s_initSpec = new("Struct", ["format"], required: 1);
    private static readonly ArgSpec s_unpackFromSpec = new("unpack_from", ["buffer", "offset"], required: 1);

    protected PyStruct(PyType type)
        : base(type)
    {
    }

    internal byte[] FormatBytes { get; private set; } = [];

    internal StructFormat? Format { get; private set; }

    private static bool Init(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[1];
        if (!s_initSpec.Parse(args, kwnames, slots))
        {
            return false;
        }

        var format = slots[0]!;
        byte[] bytes;
        if (format is PyStr s)
        {
            if (!s.IsAscii)
            {
                int pos = 0;
                var cps = s.GetCodePoints();
                while (cps[pos] < 128)
                {
                    pos++;
                }

                PyErr.Raise(PyErr.CreateException(PyExc.UnicodeEncodeError, [new PyStr("ascii"), s, PyInt.From(pos), PyInt.From(pos + 1), new PyStr("ordinal not in range(128)")])!);
                return false;
            }

            bytes = Encoding.ASCII.GetBytes(s.Value);
        }
        else if (format is PyBytes b)
        {
            bytes = b.Data;
        }
        else
        {
            PyErr.TypeError($"Struct() argument 1 must be a str or bytes object, not {format.Type.Name}");
            return false;
        }

        var st = (PyStruct)self;
        st.FormatBytes = bytes;
        st.Format = StructFormat.Parse(bytes, StructModule.Error());
        return st.Format is not null;
    }

    /// <summary>The parsed format, or null with an error pending for a Struct whose __init__ never ran.</summary>
    internal StructFormat? Compiled()
    {
        if (Format is null)
        {
            PyErr.SetString(StructModule.Error(), "bad char in struct format");
        }

        return Format;
    }

    internal PyObject? Pack(ReadOnlySpan<PyObject> values)
    {
        var fmt = Compiled();
        if (fmt is null)
        {
            return null;
        }

        if (values.Length != fmt.Length)
        {
            return PyErr.SetString(StructModule.Error(), $"pack expected {fmt.Length} items for packing (got {values.Length})");
        }

        if (fmt.Size > int.MaxValue - 64)
        {
            return PyErr.NoMemory();
        }

        var result = new byte[fmt.Size];
        return StructCodec.Pack(fmt, values, result, StructModule.Error()) ? new PyBytes(result) : null;
    }

    /// <summary>pack_into(buffer, offset, *values); <paramref name="args"/> holds all three parts.</summary>
    internal PyObject? PackInto(ReadOnlySpan<PyObject> args)
    {
        var fmt = Compiled();
        if (fmt is null)
        {
            return null;
        }

        if (args.Length != fmt.Length + 2)
        {
            return args.Length switch
            {
                0 => PyErr.SetString(StructModule.Error(), "pack_into expected buffer argument"),
                1 => PyErr.SetString(StructModule.Error(), "pack_into expected offset argument"),
                _ => PyErr.SetString(StructModule.Error(), $"pack_into expected {fmt.Length} items for packing (got {args.Length - 2})"),
            };
        }

        if (!TryGetWritable(args[0], out var buffer))
        {
            return PyErr.TypeError($"argument must be read-write bytes-like object, not {args[0].Type.Name}");
        }

        if (!AsOffset(args[1], out long offset))
        {
            return null;
        }

        long len = buffer.Length;
        if (offset < 0)
        {
            if (offset + fmt.Size > 0)
            {
                return PyErr.SetString(StructModule.Error(), $"no space to pack {fmt.Size} bytes at offset {offset}");
            }

            if (offset + len < 0)
            {
                return PyErr.SetString(StructModule.Error(), $"offset {offset} out of range for {len}-byte buffer");
            }

            offset += len;
        }

        if (len - offset < fmt.Size)
        {
            return PyErr.SetString(
                StructModule.Error(),
                $"pack_into requires a buffer of at least {fmt.Size + offset} bytes for packing {fmt.Size} bytes at offset {offset} (actual buffer size is {len})");
        }

        // In place, as CPython: a value that fails leaves the field zeroed and what came before packed.
        return StructCodec.Pack(fmt, args[2..], buffer.Slice((int)offset), StructModule.Error()) ? PyNone.Instance : null;
    }

    internal PyObject? Unpack(PyObject bufferObject)
    {
        var fmt = Compiled();
        if (fmt is null)
        {
            return null;
        }

        if (!GetReadable(bufferObject, out var buffer))
        {
            return null;
        }

        if (buffer.Length != fmt.Size)
        {
            return PyErr.SetString(StructModule.Error(), $"unpack requires a buffer of {fmt.Size} bytes");
        }

        return StructCodec.Unpack(fmt, buffer);
    }

    internal PyObject? UnpackFrom(PyObject bufferObject, PyObject? offsetObject)
    {
        var fmt = Compiled();
        if (fmt is null)
        {
            return null;
        }

        if (!GetReadable(bufferObject, out var buffer))
        {
            return null;
        }

        long offset = 0;
        if (offsetObject is not null && !AsOffset(offsetObject, out offset))
        {
            return null;
        }

        long len = buffer.Length;
        if (offset < 0)
        {
            if (offset + fmt.Size > 0)
            {
                return PyErr.SetString(StructModule.Error(), $"not enough data to unpack {fmt.Size} bytes at offset {offset}");
            }

            if (offset + len < 0)
            {
                return PyErr.SetString(StructModule.Error(), $"offset {offset} out of range for {len}-byte buffer");
            }

            offset += len;
        }

        if (len - offset < fmt.Size)
        {
            return PyErr.SetString(
                StructModule.Error(),
                $"unpack_from requires a buffer of at least {fmt.Size + offset} bytes for unpacking {fmt.Size} bytes at offset {offset} (actual buffer size is {len})");
        }

        return StructCodec.Unpack(fmt, buffer.Slice((int)offset));
    }

    internal PyObject? IterUnpack(PyObject bufferObject)
    {
        var fmt = Compiled();
        if (fmt is null)
        {
            return null;
        }

        if (fmt.Size == 0)
        {
            return PyErr.SetString(StructModule.Error(), "cannot iteratively unpack with a struct of length 0");
        }

        if (!GetReadable(bufferObject, out var buffer))
        {
            return null;
        }

        if (buffer.Length % fmt.Size != 0)
        {
            return PyErr.SetString(StructModule.Error(), $"iterative unpacking requires a buffer of a multiple of {fmt.Size} bytes");
        }

        return new PyUnpackIterator(fmt, buffer.ToArray());
    }

    /// <summary>The y* converter: any contiguous buffer; "a bytes-like object is required, not 'str'".</summary>
    internal static bool GetReadable(PyObject o, out ReadOnlySpan<byte> data)
    {
        if (BytesLike.TryGetBytes(o, out data))
        {
            return true;
        }

        PyErr.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");
        return false;
    }

    private static bool TryGetWritable(PyObject o, out Span<byte> data)
    {
        switch (o)
        {
            case PyByteArray ba:
                data = ba.AsWritableSpan();
                return true;
            case PyMemoryView mv when mv.TryGetWritableSpan(out data):
                return true;
            default:
                data = default;
                return false;
        }
    }

    /// <summary>PyNumber_AsSsize_t(offset, PyExc_IndexError).</summary>
    private static bool AsOffset(PyObject o, out long value)
    {
        var i = PyNumber.Index(o);
        if (i is null)
        {
            value = 0;
            return false;
        }

        if (!i.IsSmall)
        {
            value = 0;
            PyErr.SetString(PyExc.IndexError, $"cannot fit 'int' into an index-sized integer");
            return false;
        }

        value = i.Small;
        return true;
    }

    private static void InitMembers(PyType type)
    {
        // A heap type in CPython (PyType_FromSpec): __module__ is in its dict.
        type.Dict.SetItemStr("__module__", new PyStr("_struct"));
        type.AddGetter("format", static self => new PyStr(Encoding.UTF8.GetString(((PyStruct)self).FormatBytes)), null, "struct format string");
        type.AddGetter("size", static self => PyInt.From(((PyStruct)self).Format?.Size ?? -1), null, "struct size in bytes");
        type.AddMethod("pack", static (self, args, kw) => Args.NoKeywords("Struct.pack", kw) ? ((PyStruct)self).Pack(args) : null);
        type.AddMethod("pack_into", static (self, args, kw) => Args.NoKeywords("Struct.pack_into", kw) ? ((PyStruct)self).PackInto(args) : null);
        type.AddMethod("unpack", static (self, args, kw) => Args.ExactlyOne("Struct.unpack", args, kw) ? ((PyStruct)self).Unpack(args[0]) : null);
        type.AddMethod("unpack_from", static (self, args, kw) =>
        {
            Span<PyObject?> slots = new PyObject?[2];
            return s_unpackFromSpec.Parse(args, kw, slots) ? ((PyStruct)self).UnpackFrom(slots[0]!, slots[1]) : null;
        });
        type.AddMethod("iter_unpack", static (self, args, kw) => Args.ExactlyOne("Struct.iter_unpack", args, kw) ? ((PyStruct)self).IterUnpack(args[0]) : null);
        type.AddMethod("__sizeof__", static (self, args, kw) =>
            Args.NoArgs("Struct.__sizeof__", args, kw) ? PyInt.From(56 + (32 * ((((PyStruct)self).Format?.Codes.Length ?? 0) + 1))) : null);
    }
}

/// <summary>An instance of a Python subclass of Struct.</summary>
public sealed class PyStructSubclass : PyStruct, IInstanceDict
{
    public PyStructSubclass(PyType type)
        : base(type)
    {
    }

    public PyDict? Dict { get; set; }
}

/// <summary><c>_struct.unpack_iterator</c>: what iter_unpack returns, over a copy of the buffer.</summary>
internal sealed class PyUnpackIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("unpack_iterator", null, TypeFlags.None, static t =>
    {
        t.New = static (type, args, kw) => PyErr.TypeError($"Cannot create '{type.Name} objects");
        t.Iter = static self => self;
        t.Next = static self => ((PyUnpackIterator)self).Next();
    }, static t =>
    {
        t.Dict.SetItemStr("__module__", new PyStr("_struct"));
        t.AddMethod("__length_hint__", static (self, args, kw) =>
        {
            var it = (PyUnpackIterator)self;
            return Args.NoArgs("unpack_iterator.__length_hint__", args, kw) ? PyInt.From((it._data.Length - it._index) / it._format.Size) : null;
        });
    }, "_struct");

    private readonly StructFormat _format;
    private readonly byte[] _data;
    private int _index;

    public PyUnpackIterator(StructFormat format, byte[] data)
        : base(TypeObject)
    {
        _format = format;
        _data = data;
    }

    private PyObject? Next()
    {
        if (_index >= _data.Length)
        {
            return null;
        }

        var result = StructCodec.Unpack(_format, _data.AsSpan(_index, (int)_format.Size));
        _index += (int)_format.Size;
        return result;
    }
}
