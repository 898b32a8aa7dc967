using System.Runtime.CompilerServices;
using Ember.Bytecode;
using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// Python's <c>memoryview</c> (Objects/memoryobject.c), for the one-dimensional
/// unsigned-byte ('B') views of bytes and bytearray: a window (start, step,
/// length) on the exporter's bytes. A view of a bytearray keeps it from
/// resizing until it is released.
/// </summary>
public sealed partial class PyMemoryView : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("memoryview", null, TypeFlags.Sequence | TypeFlags.HasWeakref, InitSlots, InitMembers);

    private readonly PyObject _obj;
    private readonly int _start;
    private readonly int _step;
    private readonly int _length;
    private bool _released;

    public PyMemoryView(PyObject obj)
        : this(obj, 0, 1, BytesMethods.Span(obj).Length)
    {
    }

    private PyMemoryView(PyObject obj, int start, int step, int length)
        : base(TypeObject)
    {
        _obj = obj;
        _start = start;
        _step = step;
        _length = length;
        if (obj is PyByteArray ba)
        {
            ba.Exports++;
        }
    }

    public bool IsReadOnly => _obj is PyBytes;

    /// <summary>The viewed bytes when the view is contiguous and not released.</summary>
    public bool TryGetSpan(out ReadOnlySpan<byte> span)
    {
        if (_released || _step != 1)
        {
            span = default;
            return !_released && _length == 0;
        }

        span = BytesMethods.Span(_obj).Slice(_start, _length);
        return true;
    }

    /// <summary>
    /// PyObject_GetBuffer(PyBUF_SIMPLE): the viewed bytes, or false with
    /// ValueError (released) or BufferError (a strided view) pending.
    /// </summary>
    public bool GetSimpleBuffer(out ReadOnlySpan<byte> span)
    {
        if (!CheckReleased())
        {
            span = default;
            return false;
        }

        if (_step != 1 && _length != 1)
        {
            span = default;
            PyErr.SetString(PyExc.BufferError, "memoryview: underlying buffer is not C-contiguous");
            return false;
        }

        span = _length == 0 ? default : BytesMethods.Span(_obj).Slice(_start, _length);
        return true;
    }

    /// <summary>The viewed bytes for writing (readinto): a contiguous, unreleased view of a bytearray.</summary>
    public bool TryGetWritableSpan(out Span<byte> span)
    {
        if (_released || _step != 1 || _obj is not PyByteArray ba)
        {
            span = default;
            return false;
        }

        span = ba.AsWritableSpan().Slice(_start, _length);
        return true;
    }

    /// <summary>A copy of the viewed bytes (tobytes()).</summary>
    public byte[] ToArray()
    {
        var src = BytesMethods.Span(_obj);
        var result = new byte[_length];
        for (int i = 0; i < _length; i++)
        {
            result[i] = src[_start + (i * _step)];
        }

        return result;
    }

    private bool CheckReleased()
    {
        if (_released)
        {
            PyErr.ValueError("operation forbidden on released memoryview object");
            return false;
        }

        return true;
    }

    private void Release()
    {
        if (!_released)
        {
            _released = true;
            if (_obj is PyByteArray ba)
            {
                ba.Exports--;
            }
        }
    }

    /// <summary>A view of this view's items start, start + step, ... (slicing a memoryview).</summary>
    internal PyMemoryView SubView(long start, long step, long length) =>
        new(_obj, (int)(_start + (start * _step)), (int)(_step * step), (int)length);

    internal int Length => _length;

    private static readonly ArgSpec s_newSpec = new("memoryview", ["object"]);

    private static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kwnames) =>
        {
            Span<PyObject?> slots = [null];
            if (!s_newSpec.Parse(args, kwnames, slots) || !Args.Positional("memoryview", [], null, 0, 0))
            {
                return null;
            }

            if (slots[0] is null)
            {
                return PyErr.TypeError("memoryview() missing required argument 'object' (pos 1)");
            }

            var obj = slots[0]!;
            if (obj is PyMemoryView mv)
            {
                return mv.CheckReleased() ? new PyMemoryView(mv._obj, mv._start, mv._step, mv._length) : null;
            }

            if (obj is not (PyBytes or PyByteArray))
            {
                return PyErr.TypeError($"memoryview: a bytes-like object is required, not '{obj.Type.Name}'");
            }

            return new PyMemoryView(obj);
        };
        type.Repr = static self =>
        {
            var mv = (PyMemoryView)self;
            string what = mv._released ? "released memory" : "memory";
            return new PyStr($"<{what} at 0x{RuntimeHelpers.GetHashCode(mv):x}>");
        };
        type.Length = static self => ((PyMemoryView)self).CheckReleased() ? ((PyMemoryView)self).ItemCount : -1;
        type.GetItem = GetItemSlot;
        type.SetItem = SetItemSlot;
        type.RichCompare = static (self, other, op) =>
        {
            var mv = (PyMemoryView)self;
            if (op is not (CompareOp.Eq or CompareOp.Ne))
            {
                return PyNotImplemented.Instance;
            }

            if (ReferenceEquals(self, other))
            {
                return PyBool.From(op == CompareOp.Eq);
            }

            if (mv._released || (other is PyMemoryView om && om._released))
            {
                return PyBool.From(op == CompareOp.Ne);
            }

            byte[]? b = other is PyMemoryView o2 ? o2.ToArray() : BytesLike.TryGetBytes(other, out var span) ? span.ToArray() : null;
            if (b is null)
            {
                return PyNotImplemented.Instance;
            }

            return PyBool.From(mv.ToArray().AsSpan().SequenceEqual(b) == (op == CompareOp.Eq));
        };
        type.Hash = static self =>
        {
            var mv = (PyMemoryView)self;
            if (!mv.CheckReleased())
            {
                return -1;
            }

            if (!mv.IsReadOnly)
            {
                PyErr.ValueError("cannot hash writable memoryview object");
                return -1;
            }

            return PyBytes.ComputeHash(mv.ToArray());
        };
        type.Iter = static self =>
        {
            var mv = (PyMemoryView)self;
            if (!mv.CheckReleased())
            {
                return null;
            }

            return mv.IsByteFormat ? new PyBytesIterator(new PyBytes(mv.ToArray())) : PyIter.GetIter(mv.ItemList());
        };
    }

    private static PyObject? GetItemSlot(PyObject self, PyObject key)
    {
        var mv = (PyMemoryView)self;
        if (!mv.CheckReleased())
        {
            return null;
        }

        if (StrArgs.IsIndex(key))
        {
            if (!mv.Index(key, out int i))
            {
                return null;
            }

            return mv.IsByteFormat ? PyInt.From(BytesMethods.Span(mv._obj)[mv._start + (i * mv._step)]) : mv.ItemAt(i);
        }

        if (!mv.IsByteFormat)
        {
            return PyErr.NotImplementedError($"memoryview: slicing a view of format '{mv._format}' is not supported yet");
        }

        if (StrSlicing.TryGetSliceView(mv, key, out var result))
        {
            return result;
        }

        return PyErr.TypeError("memoryview: invalid slice key");
    }

    private bool Index(PyObject key, out int index)
    {
        index = 0;
        if (!PyNumber.AsSsize(key, out long i))
        {
            return false;
        }

        if (i < 0)
        {
            i += ItemCount;
        }

        if ((ulong)i >= (ulong)ItemCount)
        {
            PyErr.IndexError("index out of bounds on dimension 1");
            return false;
        }

        index = (int)i;
        return true;
    }

    private static bool SetItemSlot(PyObject self, PyObject key, PyObject? value)
    {
        var mv = (PyMemoryView)self;
        if (!mv.CheckReleased())
        {
            return false;
        }

        if (mv.IsReadOnly)
        {
            PyErr.TypeError("cannot modify read-only memory");
            return false;
        }

        if (value is null)
        {
            PyErr.TypeError("cannot delete memory");
            return false;
        }

        if (!mv.IsByteFormat)
        {
            PyErr.NotImplementedError($"memoryview: assignment to a view of format '{mv._format}' is not supported yet");
            return false;
        }

        var target = ((PyByteArray)mv._obj).AsWritableSpan();
        if (StrArgs.IsIndex(key))
        {
            if (!mv.Index(key, out int i))
            {
                return false;
            }

            if (value is not PyInt iv || !iv.IsSmall || (ulong)iv.Small > 255)
            {
                PyErr.TypeError("memoryview: invalid type for format 'B'");
                if (value is PyInt)
                {
                    PyErr.Clear();
                    PyErr.ValueError("memoryview: invalid value for format 'B'");
                }

                return false;
            }

            target[mv._start + (i * mv._step)] = (byte)iv.Small;
            return true;
        }

        return StrSlicing.TrySetSliceView(mv, target, key, value);
    }

    internal void WriteAt(Span<byte> target, int i, byte value) => target[_start + (i * _step)] = value;

    private static void InitMembers(PyType type)
    {
        type.AddMethod("cast", Cast);
        type.AddMethod("tobytes", static (self, args, kwnames) =>
        {
            var mv = (PyMemoryView)self;
            return mv.CheckReleased() ? new PyBytes(mv.ToArray()) : null;
        });
        type.AddMethod("tolist", static (self, args, kwnames) =>
        {
            var mv = (PyMemoryView)self;
            if (!Args.NoArgs("memoryview.tolist", args, kwnames) || !mv.CheckReleased())
            {
                return null;
            }

            if (!mv.IsByteFormat)
            {
                return mv.ItemList();
            }

            var list = new PyList();
            foreach (byte b in mv.ToArray())
            {
                list.Append(PyInt.From(b));
            }

            return list;
        });
        type.AddMethod("hex", static (self, args, kwnames) =>
        {
            var mv = (PyMemoryView)self;
            return mv.CheckReleased() ? BytesMethods.HexOf(mv.ToArray(), args.Length > 0 ? args[0] : null, args.Length > 1 ? args[1] : null) : null;
        });
        type.AddMethod("release", static (self, args, kwnames) =>
        {
            if (!Args.NoArgs("memoryview.release", args, kwnames))
            {
                return null;
            }

            ((PyMemoryView)self).Release();
            return PyNone.Instance;
        });
        type.AddMethod("toreadonly", static (self, args, kwnames) =>
        {
            var mv = (PyMemoryView)self;
            return mv.CheckReleased() ? new PyMemoryView(new PyBytes(mv.ToArray())) : null;
        });
        type.AddMethod("__enter__", static (self, args, kwnames) => ((PyMemoryView)self).CheckReleased() ? self : null);
        type.AddMethod("__exit__", static (self, args, kwnames) =>
        {
            ((PyMemoryView)self).Release();
            return PyNone.Instance;
        });
        type.AddGetter("obj", static self => ((PyMemoryView)self).CheckReleased() ? ((PyMemoryView)self)._obj : null);
        type.AddGetter("nbytes", static self => ((PyMemoryView)self).CheckReleased() ? PyInt.From(((PyMemoryView)self)._length) : null);
        type.AddGetter("readonly", static self => ((PyMemoryView)self).CheckReleased() ? PyBool.From(((PyMemoryView)self).IsReadOnly) : null);
        type.AddGetter("itemsize", static self => ((PyMemoryView)self).CheckReleased() ? PyInt.From(((PyMemoryView)self)._itemsize) : null);
        type.AddGetter("format", static self => ((PyMemoryView)self).CheckReleased() ? new PyStr(((PyMemoryView)self)._format) : null);
        type.AddGetter("ndim", static self => ((PyMemoryView)self).CheckReleased() ? PyInt.One : null);
        type.AddGetter("shape", static self => ((PyMemoryView)self).CheckReleased() ? PyTuple.Create(PyInt.From(((PyMemoryView)self).ItemCount)) : null);
        type.AddGetter("strides", static self => ((PyMemoryView)self).CheckReleased() ? PyTuple.Create(PyInt.From(((PyMemoryView)self)._step * ((PyMemoryView)self)._itemsize)) : null);
        type.AddGetter("suboffsets", static self => ((PyMemoryView)self).CheckReleased() ? PyTuple.Empty : null);
        type.AddGetter("c_contiguous", static self => ((PyMemoryView)self).CheckReleased() ? PyBool.From(((PyMemoryView)self)._step == 1) : null);
        type.AddGetter("f_contiguous", static self => ((PyMemoryView)self).CheckReleased() ? PyBool.From(((PyMemoryView)self)._step == 1) : null);
        type.AddGetter("contiguous", static self => ((PyMemoryView)self).CheckReleased() ? PyBool.From(((PyMemoryView)self)._step == 1) : null);
    }
}
