using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Io;

/// <summary><c>_io.BytesIO</c> (Modules/_io/bytesio.c): a growable in-memory byte buffer with a position.</summary>
public sealed class PyBytesIO : PyIOBase
{
    public static readonly PyType BufferedIOBaseType = PyType.CreateBuiltin(
        "_BufferedIOBase", IOBaseType, TypeFlags.BaseType | TypeFlags.HasDict | TypeFlags.HasWeakref, null, PyBufferedIOBase.InitMembers, module: "_io");

    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "BytesIO", BufferedIOBaseType, TypeFlags.BaseType | TypeFlags.HasDict | TypeFlags.HasWeakref, InitSlots, InitMembers, module: "_io");

    private static readonly ArgSpec s_initSpec = new("BytesIO", ["initial_bytes"]);

    private byte[] _buf = [];
    private long _size;
    private long _pos;
    private bool _closed;

    public PyBytesIO(PyType type)
        : base(type, false)
    {
    }

    private static PyBytesIO Self(PyObject o) => (PyBytesIO)o;

    private bool CheckClosed()
    {
        if (_closed)
        {
            IoErr.Closed();
            return false;
        }

        return true;
    }

    private bool CheckExports()
    {
        return true;
    }

    private ReadOnlySpan<byte> Peek(long size)
    {
        long n = _size - _pos;
        if (size < 0 || size > n)
        {
            size = n < 0 ? 0 : n;
        }

        if (size == 0)
        {
            return [];
        }

        var span = _buf.AsSpan((int)_pos, (int)size);
        _pos += size;
        return span;
    }

    private PyObject Read(long size) => PyBytes.From(Peek(size));

    private long ScanEol(long limit)
    {
        long maxlen = _size - _pos;
        if (limit < 0 || limit > maxlen)
        {
            limit = maxlen;
        }

        if (limit <= 0)
        {
            return 0;
        }

        int idx = _buf.AsSpan((int)_pos, (int)limit).IndexOf((byte)'\n');
        return idx < 0 ? limit : idx + 1;
    }

    private PyObject ReadLine(long limit)
    {
        long n = ScanEol(limit);
        var span = _buf.AsSpan((int)_pos, (int)n);
        _pos += n;
        return PyBytes.From(span);
    }

    private bool Resize(long size)
    {
        if (size > int.MaxValue - 64)
        {
            PyErr.NoMemory();
            return false;
        }

        if (size > _buf.Length)
        {
            long alloc = Math.Max(size, _buf.Length + (_buf.Length >> 3) + (size < 9 ? 3 : 6));
            Array.Resize(ref _buf, (int)Math.Min(alloc, int.MaxValue - 64));
        }

        return true;
    }

    /// <summary>write_bytes: writes at the position, zero-filling a gap after the end.</summary>
    private long WriteBytes(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0)
        {
            return 0;
        }

        long end = _pos + data.Length;
        if (end > _buf.Length && !Resize(end))
        {
            return -1;
        }

        if (_pos > _size)
        {
            _buf.AsSpan((int)_size, (int)(_pos - _size)).Clear();
        }

        data.CopyTo(_buf.AsSpan((int)_pos));
        _pos = end;
        if (end > _size)
        {
            _size = end;
        }

        return data.Length;
    }

    private static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) => new PyBytesIO(cls);
        type.Init = static (self, args, kw) =>
        {
            Span<PyObject?> a = [null];
            if (!s_initSpec.Parse(args, kw, a))
            {
                return false;
            }

            var b = Self(self);
            b._size = 0;
            b._pos = 0;
            if (a[0] is { } initial and not PyNone)
            {
                if (!IoErr.Buffer(initial, out var data))
                {
                    return false;
                }

                b._buf = data.ToArray();
                b._size = b._buf.Length;
            }

            return true;
        };
        type.Iter = static self => self;
        type.Next = static self =>
        {
            var b = Self(self);
            if (!b.CheckClosed())
            {
                return null;
            }

            var line = (PyBytes)b.ReadLine(-1);
            return line.Length == 0 ? null : line;
        };
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("readable", static (self, args, kw) => Args.NoArgs(self, "readable", args, kw) && Self(self).CheckClosed() ? PyBool.True : null);
        type.AddMethod("writable", static (self, args, kw) => Args.NoArgs(self, "writable", args, kw) && Self(self).CheckClosed() ? PyBool.True : null);
        type.AddMethod("seekable", static (self, args, kw) => Args.NoArgs(self, "seekable", args, kw) && Self(self).CheckClosed() ? PyBool.True : null);
        type.AddMethod("isatty", static (self, args, kw) => Args.NoArgs(self, "isatty", args, kw) && Self(self).CheckClosed() ? PyBool.False : null);
        type.AddMethod("flush", static (self, args, kw) => Args.NoArgs(self, "flush", args, kw) && Self(self).CheckClosed() ? PyNone.Instance : null);
        type.AddMethod("close", static (self, args, kw) =>
        {
            if (!Args.NoArgs(self, "close", args, kw))
            {
                return null;
            }

            var b = Self(self);
            b._closed = true;
            b._buf = [];
            b._size = 0;
            return PyNone.Instance;
        });
        type.AddMethod("getvalue", static (self, args, kw) =>
            Args.NoArgs(self, "getvalue", args, kw) && Self(self).CheckClosed() ? PyBytes.From(Self(self)._buf.AsSpan(0, (int)Self(self)._size)) : null);
        type.AddMethod("getbuffer", static (self, args, kw) =>
        {
            if (!Args.NoArgs(self, "getbuffer", args, kw) || !Self(self).CheckClosed())
            {
                return null;
            }

            return new PyMemoryView(PyBytes.From(Self(self)._buf.AsSpan(0, (int)Self(self)._size)));
        });
        type.AddMethod("read", static (self, args, kw) =>
            Args.Positional("read", args, kw, 0, 1) && IoErr.OptionalSize(args, 0, out long n) && Self(self).CheckClosed() ? Self(self).Read(n) : null);
        type.AddMethod("read1", static (self, args, kw) =>
            Args.Positional("read1", args, kw, 0, 1) && IoErr.OptionalSize(args, 0, out long n) && Self(self).CheckClosed() ? Self(self).Read(n) : null);
        type.AddMethod("readline", static (self, args, kw) =>
            Args.Positional("readline", args, kw, 0, 1) && IoErr.OptionalSize(args, 0, out long n) && Self(self).CheckClosed() ? Self(self).ReadLine(n) : null);
        type.AddMethod("readlines", static (self, args, kw) =>
        {
            if (!Args.Positional("readlines", args, kw, 0, 1))
            {
                return null;
            }

            long maxsize = 0;
            if (args.Length > 0 && args[0] is not PyNone)
            {
                if (args[0] is not PyInt)
                {
                    return PyErr.TypeError($"integer argument expected, got '{args[0].Type.TpName}'");
                }

                if (!IoErr.Ssize(args[0], out maxsize))
                {
                    return null;
                }
            }

            var b = Self(self);
            if (!b.CheckClosed())
            {
                return null;
            }

            var list = new PyList();
            long size = 0;
            while (true)
            {
                long n = b.ScanEol(-1);
                if (n == 0)
                {
                    break;
                }

                list.Append(PyBytes.From(b._buf.AsSpan((int)b._pos, (int)n)));
                b._pos += n;
                size += n;
                if (maxsize > 0 && size >= maxsize)
                {
                    break;
                }
            }

            return list;
        });
        type.AddMethod("readinto", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne(self, "readinto", args, kw) || !IoErr.WritableBuffer(args[0], out var span))
            {
                return null;
            }

            var b = Self(self);
            if (!b.CheckClosed())
            {
                return null;
            }

            var data = b.Peek(span.Length);
            data.CopyTo(span);
            return PyInt.From(data.Length);
        });
        type.AddMethod("truncate", static (self, args, kw) =>
        {
            if (!Args.Positional("truncate", args, kw, 0, 1))
            {
                return null;
            }

            var b = Self(self);
            if (!b.CheckClosed() || !b.CheckExports())
            {
                return null;
            }

            long size = b._pos;
            if (args.Length > 0 && args[0] is not PyNone && !IoErr.Ssize(args[0], out size))
            {
                return null;
            }

            if (size < 0)
            {
                return PyErr.ValueError($"negative size value {size}");
            }

            if (size < b._size)
            {
                b._size = size;
            }

            return PyInt.From(size);
        });
        type.AddMethod("tell", static (self, args, kw) => Args.NoArgs(self, "tell", args, kw) && Self(self).CheckClosed() ? PyInt.From(Self(self)._pos) : null);
        type.AddMethod("seek", static (self, args, kw) =>
        {
            if (!Args.Positional("seek", args, kw, 1, 2))
            {
                return null;
            }

            if (!IoErr.Ssize(args[0], out long pos))
            {
                return null;
            }

            int whence = 0;
            if (args.Length > 1 && !IoErr.Int(args[1], out whence))
            {
                return null;
            }

            var b = Self(self);
            if (!b.CheckClosed())
            {
                return null;
            }

            if (pos < 0 && whence == 0)
            {
                return PyErr.ValueError($"negative seek value {pos}");
            }

            if (whence == 1)
            {
                pos += b._pos;
            }
            else if (whence == 2)
            {
                pos += b._size;
            }
            else if (whence != 0)
            {
                return PyErr.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
            }

            if (pos < 0)
            {
                pos = 0;
            }

            b._pos = pos;
            return PyInt.From(pos);
        });
        type.AddMethod("write", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne(self, "write", args, kw))
            {
                return null;
            }

            var b = Self(self);
            if (!b.CheckClosed() || !b.CheckExports() || !IoErr.Buffer(args[0], out var data))
            {
                return null;
            }

            long n = b.WriteBytes(data);
            return n < 0 ? null : PyInt.From(n);
        });
        type.AddMethod("writelines", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne(self, "writelines", args, kw))
            {
                return null;
            }

            var b = Self(self);
            if (!b.CheckClosed())
            {
                return null;
            }

            var it = PyIter.GetIter(args[0]);
            if (it is null)
            {
                return null;
            }

            while (PyIter.TryNext(it, out var item))
            {
                if (!b.CheckClosed() || !IoErr.Buffer(item, out var data) || b.WriteBytes(data) < 0)
                {
                    return null;
                }
            }

            return PyErr.Occurred ? null : PyNone.Instance;
        });
        type.AddMethod("__getstate__", static (self, args, kw) =>
        {
            var b = Self(self);
            if (!b.CheckClosed())
            {
                return null;
            }

            PyObject dict = b.Dict is { Count: > 0 } d ? d.Copy() : PyNone.Instance;
            return PyTuple.Create([PyBytes.From(b._buf.AsSpan(0, (int)b._size)), PyInt.From(b._pos), dict]);
        });
        type.AddMethod("__sizeof__", static (self, args, kw) => PyInt.From(88 + Self(self)._buf.Length));
        type.AddGetter("closed", static self => PyBool.From(Self(self)._closed));
    }
}
