using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Io;

/// <summary>
/// <c>_io._IOBase</c> (Modules/_io/iobase.c): the base of every I/O object,
/// with an attribute dict and CPython's closed flag. Methods call the
/// object's own methods by name (<c>readline</c> calls <c>self.read</c>), so
/// Python subclasses fill in the primitives.
/// <para>
/// Objects that hold a resource (files, buffers, text wrappers, Python
/// subclasses) are finalized as CPython's tp_finalize does: the .NET
/// finalizer queues the object on the interpreter's pending calls and
/// <c>close()</c> runs there. A wrapper's finalizer runs before the
/// finalizer of what it wraps (<see cref="FinalizeAfter"/>), so a buffered
/// writer flushes into a still-open file.
/// </para>
/// </summary>
public class PyIOBase : PyObject, IInstanceDict, IPendingCall
{
    public static readonly PyType IOBaseType = PyType.CreateBuiltin(
        "_IOBase", null, TypeFlags.BaseType | TypeFlags.HasDict | TypeFlags.HasWeakref, InitSlots, InitMembers, module: "_io");

    public static readonly PyType RawIOBaseType = PyType.CreateBuiltin(
        "_RawIOBase", IOBaseType, TypeFlags.BaseType | TypeFlags.HasDict | TypeFlags.HasWeakref, null, InitRawMembers, module: "_io");

    private static readonly PyStr s_read = new("read");
    private static readonly PyStr s_peek = new("peek");
    private static readonly PyStr s_readline = new("readline");
    private static readonly PyStr s_readinto = new("readinto");
    private static readonly PyStr s_readall = new("readall");
    private static readonly PyStr s_write = new("write");
    private static readonly PyStr s_flush = new("flush");
    private static readonly PyStr s_close = new("close");
    private static readonly PyStr s_seek = new("seek");
    private static readonly PyStr s_seekable = new("seekable");
    private static readonly PyStr s_readable = new("readable");
    private static readonly PyStr s_writable = new("writable");

    private PyDict? _dict;
    private PendingCalls? _owner;
    private long _sequence;
    private int _finalized;

    public PyIOBase(PyType type, bool finalizable)
        : base(type)
    {
        if (finalizable || type.IsHeapType)
        {
            var owner = PyThreadState.Current.Interpreter.Pending;
            _owner = owner;
            _sequence = owner.NextSequence();
            owner.Track();
        }
        else
        {
            GC.SuppressFinalize(this);
        }
    }

    ~PyIOBase()
    {
        if (_owner is { } owner && Volatile.Read(ref _finalized) == 0)
        {
            owner.Add(this);
        }
    }

    public PyDict? Dict
    {
        get => _dict ??= new PyDict();
        set => _dict = value;
    }

    /// <summary>CPython's <c>__IOBase_closed</c>: set by <c>_IOBase.close</c>.</summary>
    public bool IOBaseClosed { get; set; }

    public long Sequence => _sequence;

    void IPendingCall.Run(PyThreadState ts) => RunFinalizer();

    /// <summary>Runs tp_finalize once (a Python subclass's <c>__del__</c>, or close()).</summary>
    public void RunFinalizer()
    {
        if (_owner is null || Interlocked.Exchange(ref _finalized, 1) != 0)
        {
            return;
        }

        _owner.Untrack();
        Type.Finalize?.Invoke(this);
    }

    /// <summary>Closed explicitly: a builtin object has nothing left to finalize.</summary>
    protected void ReleaseFinalizer()
    {
        if (_owner is not null && !Type.IsHeapType && Interlocked.Exchange(ref _finalized, 1) == 0)
        {
            _owner.Untrack();
            GC.SuppressFinalize(this);
        }
    }

    /// <summary>Makes this object finalize after <paramref name="wrapper"/>, which holds it.</summary>
    internal void FinalizeAfter(PyObject wrapper)
    {
        if (_owner is not null && wrapper is PyIOBase w && w._sequence >= _sequence)
        {
            _sequence = _owner.NextSequence();
        }
    }

    // iobase_finalize: close() unless closed; errors are dropped as in a release build.
    private static void Finalize(PyObject self)
    {
        var saved = PyErr.Fetch();
        int closed = IoErr.IsClosedAttr(self);
        if (closed == 0)
        {
            PyOps.SetAttr(self, new PyStr("_finalizing"), PyBool.True);
            PyErr.Clear();
            PyCall.CallMethod(self, s_close, []);
        }

        PyErr.Clear();
        PyErr.Restore(saved);
    }

    internal static bool CheckClosedAttr(PyObject self)
    {
        int closed = IoErr.IsClosedAttr(self);
        if (closed > 0)
        {
            IoErr.Closed();
        }

        return closed == 0;
    }

    // _PyIOBase_check_seekable and friends: self.X() must return True.
    internal static PyObject? CheckCapability(PyObject self, PyStr method, string message)
    {
        var r = PyCall.CallMethod(self, method, []);
        if (r is null)
        {
            return null;
        }

        if (!ReferenceEquals(r, PyBool.True))
        {
            return IoErr.Unsupported(message);
        }

        return r;
    }

    private static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) => new PyIOBase(cls, false);
        type.Finalize = Finalize;
        type.Iter = static self => CheckClosedAttr(self) ? self : null;
        type.Next = static self =>
        {
            var line = PyCall.CallMethod(self, s_readline, []);
            if (line is null)
            {
                return null;
            }

            long n = PySequence.Length(line);
            return n < 0 ? null : n == 0 ? null : line;
        };
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("seek", static (self, args, kw) => IoErr.Unsupported("seek"));
        type.AddMethod("tell", static (self, args, kw) =>
            Args.NoArgs(self, "tell", args, kw) ? PyCall.CallMethod(self, s_seek, [PyInt.Zero, PyInt.From(1)]) : null);
        type.AddMethod("truncate", static (self, args, kw) => IoErr.Unsupported("truncate"));
        type.AddMethod("flush", static (self, args, kw) =>
        {
            if (!Args.NoArgs(self, "flush", args, kw))
            {
                return null;
            }

            return self is PyIOBase { IOBaseClosed: true } ? IoErr.Closed() : PyNone.Instance;
        });
        type.AddMethod("close", static (self, args, kw) => Args.NoArgs(self, "close", args, kw) ? IOBaseClose(self) : null);
        type.AddMethod("seekable", static (self, args, kw) => Args.NoArgs(self, "seekable", args, kw) ? PyBool.False : null);
        type.AddMethod("readable", static (self, args, kw) => Args.NoArgs(self, "readable", args, kw) ? PyBool.False : null);
        type.AddMethod("writable", static (self, args, kw) => Args.NoArgs(self, "writable", args, kw) ? PyBool.False : null);
        type.AddMethod("_checkClosed", static (self, args, kw) => CheckClosedAttr(self) ? PyNone.Instance : null);
        type.AddMethod("_checkSeekable", static (self, args, kw) => CheckCapability(self, s_seekable, "File or stream is not seekable."));
        type.AddMethod("_checkReadable", static (self, args, kw) => CheckCapability(self, s_readable, "File or stream is not readable."));
        type.AddMethod("_checkWritable", static (self, args, kw) => CheckCapability(self, s_writable, "File or stream is not writable."));
        type.AddMethod("fileno", static (self, args, kw) => Args.NoArgs(self, "fileno", args, kw) ? IoErr.Unsupported("fileno") : null);
        type.AddMethod("isatty", static (self, args, kw) =>
            Args.NoArgs(self, "isatty", args, kw) && CheckClosedAttr(self) ? PyBool.False : null);
        type.AddMethod("__enter__", static (self, args, kw) =>
            Args.NoArgs(self, "__enter__", args, kw) && CheckClosedAttr(self) ? self : null);
        type.AddMethod("__exit__", static (self, args, kw) => PyCall.CallMethod(self, s_close, []));
        type.AddMethod("readline", static (self, args, kw) =>
            Args.Positional("readline", args, kw, 0, 1) && IoErr.OptionalSize(args, 0, out long limit) ? ReadLine(self, limit) : null);
        type.AddMethod("readlines", static (self, args, kw) =>
            Args.Positional("readlines", args, kw, 0, 1) && IoErr.OptionalSize(args, 0, out long hint) ? ReadLines(self, hint) : null);
        type.AddMethod("writelines", static (self, args, kw) =>
            Args.ExactlyOne(self, "writelines", args, kw) ? WriteLines(self, args[0]) : null);
        type.AddGetter("closed", static self => PyBool.From(self is PyIOBase { IOBaseClosed: true }));
        type.AddGetter("__dict__", static self => ((PyIOBase)self).Dict, static (self, value) =>
        {
            if (value is not PyDict d)
            {
                PyErr.TypeError(value is null ? "cannot delete __dict__" : $"__dict__ must be set to a dictionary, not a '{value.Type.TpName}'");
                return false;
            }

            ((PyIOBase)self).Dict = d;
            return true;
        });
    }

    // iobase_close: flush, then mark closed even when flush failed.
    internal static PyObject? IOBaseClose(PyObject self)
    {
        if (self is PyIOBase { IOBaseClosed: true })
        {
            return PyNone.Instance;
        }

        var res = PyCall.CallMethod(self, s_flush, []);
        if (self is PyIOBase io)
        {
            io.IOBaseClosed = true;
        }

        return res is null ? null : PyNone.Instance;
    }

    // iobase_readline: peek (when there is one) to read up to a newline at a time, else read(1).
    internal static PyObject? ReadLine(PyObject self, long limit)
    {
        int hasPeek = PyAttr.TryGetAttr(self, s_peek, out var peek);
        if (hasPeek < 0)
        {
            return null;
        }

        var buffer = new List<byte>();
        while (limit < 0 || buffer.Count < limit)
        {
            long nreadahead = 1;
            if (peek is not null)
            {
                var readahead = PyCall.Call(peek, PyInt.From(1));
                if (readahead is null)
                {
                    return null;
                }

                if (readahead is not PyBytes ra)
                {
                    return PyErr.SetString(PyExc.OSError, $"peek() should have returned a bytes object, not '{readahead.Type.TpName}'");
                }

                if (ra.Length > 0)
                {
                    int n = 0;
                    var data = ra.Data;
                    while (true)
                    {
                        if (n >= data.Length || (limit >= 0 && n >= limit))
                        {
                            break;
                        }

                        if (data[n++] == '\n')
                        {
                            break;
                        }
                    }

                    nreadahead = n;
                }
            }

            var b = PyCall.CallMethod(self, s_read, [PyInt.From(nreadahead)]);
            if (b is null)
            {
                return null;
            }

            if (b is not PyBytes bytes)
            {
                return PyErr.SetString(PyExc.OSError, $"read() should have returned a bytes object, not '{b.Type.TpName}'");
            }

            if (bytes.Length == 0)
            {
                break;
            }

            buffer.AddRange(bytes.Data);
            if (buffer[^1] == '\n')
            {
                break;
            }
        }

        return new PyBytes([.. buffer]);
    }

    internal static PyObject? ReadLines(PyObject self, long hint)
    {
        var result = new PyList();
        var it = PyIter.GetIter(self);
        if (it is null)
        {
            return null;
        }

        long length = 0;
        while (PyIter.TryNext(it, out var line))
        {
            result.Append(line);
            if (hint > 0)
            {
                long n = PySequence.Length(line);
                if (n < 0)
                {
                    return null;
                }

                length += n;
                if (length > hint)
                {
                    break;
                }
            }
        }

        return PyErr.Occurred ? null : result;
    }

    internal static PyObject? WriteLines(PyObject self, PyObject lines)
    {
        if (!CheckClosedAttr(self))
        {
            return null;
        }

        var it = PyIter.GetIter(lines);
        if (it is null)
        {
            return null;
        }

        while (PyIter.TryNext(it, out var line))
        {
            if (PyCall.CallMethod(self, s_write, [line]) is null)
            {
                return null;
            }
        }

        return PyErr.Occurred ? null : PyNone.Instance;
    }

    private static void InitRawMembers(PyType type)
    {
        type.AddMethod("read", static (self, args, kw) =>
            Args.Positional("read", args, kw, 0, 1) && IoErr.OptionalSize(args, 0, out long n) ? RawRead(self, n) : null);
        type.AddMethod("readall", static (self, args, kw) => Args.NoArgs(self, "readall", args, kw) ? RawReadAll(self) : null);
    }

    // rawiobase_read: readinto a fresh bytearray of the size asked.
    private static PyObject? RawRead(PyObject self, long n)
    {
        if (n < 0)
        {
            return PyCall.CallMethod(self, s_readall, []);
        }

        var b = new PyByteArray(new byte[n]);
        var res = PyCall.CallMethod(self, s_readinto, [b]);
        if (res is null)
        {
            return null;
        }

        if (res is PyNone)
        {
            return res;
        }

        if (!PyNumber.AsSsize(res, out long got))
        {
            return null;
        }

        if (got < 0 || got > n)
        {
            return PyErr.ValueError($"readinto returned {got} outside buffer size {n}");
        }

        return PyBytes.From(b.AsSpan()[..(int)got]);
    }

    private static PyObject? RawReadAll(PyObject self)
    {
        var chunks = new List<byte>();
        bool any = false;
        while (true)
        {
            var data = PyCall.CallMethod(self, s_read, [PyInt.From(IoErr.DefaultBufferSize)]);
            if (data is null)
            {
                return null;
            }

            if (data is PyNone)
            {
                if (!any)
                {
                    return data;
                }

                break;
            }

            if (data is not PyBytes bytes)
            {
                return PyErr.TypeError("read() should return bytes");
            }

            if (bytes.Length == 0)
            {
                break;
            }

            any = true;
            chunks.AddRange(bytes.Data);
        }

        return new PyBytes([.. chunks]);
    }
}
