using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Modules.Io;

/// <summary>
/// What the <c>_io</c> module keeps per interpreter (CPython's _PyIO_State):
/// <c>UnsupportedOperation</c> is a heap class, made once per interpreter.
/// </summary>
internal sealed class IoState
{
    public PyType? UnsupportedOperation;

    public static IoState Of(PyInterpreterState interp) => interp.GetState(static _ => new IoState());
}

/// <summary>Errors and argument conversions the _io classes share (Modules/_io/_iomodule.c and friends).</summary>
internal static class IoErr
{
    public const int DefaultBufferSize = 8192;

    private static readonly PyStr s_closed = new("closed");

    /// <summary><c>io.UnsupportedOperation</c> of the current interpreter: <c>type("UnsupportedOperation", (OSError, ValueError), {"__module__": "io"})</c>.</summary>
    public static PyType? UnsupportedOperation()
    {
        var state = IoState.Of(PyThreadState.Current.Interpreter);
        if (state.UnsupportedOperation is { } t)
        {
            return t;
        }

        var dict = new PyDict();
        dict.SetItemStr("__module__", new PyStr("io"));
        var created = PyCall.Call(PyType.TypeType, [new PyStr("UnsupportedOperation"), PyTuple.Create([PyExc.OSError, PyExc.ValueError]), dict], null);
        state.UnsupportedOperation = created as PyType;
        return state.UnsupportedOperation;
    }

    public static PyObject? Unsupported(string message)
    {
        var t = UnsupportedOperation();
        return t is null ? null : PyErr.SetString(t, message);
    }

    /// <summary>ValueError("I/O operation on closed file.") (IOBase's and the buffered classes' wording).</summary>
    public static PyObject? Closed() => PyErr.ValueError("I/O operation on closed file.");

    /// <summary>OSError(errno, strerror[, filename]) as the subclass errno selects (PyErr_SetFromErrnoWithFilenameObject).</summary>
    public static PyObject? FromErrno(int errno, PyObject? filename = null)
    {
        var strerror = new PyStr(Posix.Strerror(errno));
        var exc = filename is null
            ? PyErr.CreateException(PyExc.OSError, [PyInt.From(errno), strerror])
            : PyErr.CreateException(PyExc.OSError, [PyInt.From(errno), strerror, filename]);
        if (exc is not null)
        {
            PyErr.Raise(exc);
        }

        return null;
    }

    /// <summary>
    /// An optional size argument (_Py_convert_optional_to_ssize_t): missing or
    /// None is -1; otherwise an integer ("argument should be integer or None, not 'str'").
    /// </summary>
    public static bool OptionalSize(ReadOnlySpan<PyObject> args, int index, out long size)
    {
        size = -1;
        if (args.Length <= index || args[index] is PyNone)
        {
            return true;
        }

        return OptionalSize(args[index], out size);
    }

    public static bool OptionalSize(PyObject? arg, out long size)
    {
        size = -1;
        if (arg is null || arg is PyNone)
        {
            return true;
        }

        if (arg is PyInt { IsSmall: true } small)
        {
            size = small.Small;
            return true;
        }

        if (arg.Type.Index is null)
        {
            PyErr.TypeError($"argument should be integer or None, not '{arg.Type.TpName}'");
            return false;
        }

        if (!PyNumber.AsSsize(arg, out size))
        {
            if (PyErr.ExceptionMatches(PyExc.IndexError))
            {
                PyErr.Clear();
                PyErr.OverflowError("Python int too large to convert to C ssize_t");
            }

            return false;
        }

        return true;
    }

    /// <summary>An index-sized integer argument (Py_ssize_t converter): "'float' object cannot be interpreted as an integer".</summary>
    public static bool Ssize(PyObject arg, out long value)
    {
        if (arg is PyInt { IsSmall: true } small)
        {
            value = small.Small;
            return true;
        }

        if (arg is PyFloat)
        {
            value = 0;
            PyErr.TypeError("'float' object cannot be interpreted as an integer");
            return false;
        }

        if (!PyNumber.AsSsize(arg, out value))
        {
            if (PyErr.ExceptionMatches(PyExc.IndexError))
            {
                PyErr.Clear();
                PyErr.OverflowError("Python int too large to convert to C ssize_t");
            }

            return false;
        }

        return true;
    }

    /// <summary>An int argument (the "i" converter) for whence and fds.</summary>
    public static bool Int(PyObject arg, out int value)
    {
        value = 0;
        if (arg is PyFloat)
        {
            PyErr.TypeError("'float' object cannot be interpreted as an integer");
            return false;
        }

        var i = PyNumber.Index(arg);
        if (i is null)
        {
            return false;
        }

        if (!i.IsSmall || i.Small is > int.MaxValue or < int.MinValue)
        {
            PyErr.OverflowError(i.IsSmall && i.Small < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
            return false;
        }

        value = (int)i.Small;
        return true;
    }

    /// <summary>Whether <c>self.closed</c> is true (iobase_is_closed through the attribute); -1 on error.</summary>
    public static int IsClosedAttr(PyObject self)
    {
        var v = PyOps.GetAttr(self, s_closed);
        return v is null ? -1 : PyOps.IsTrue(v);
    }

    /// <summary>The bytes of a bytes-like argument, or TypeError "a bytes-like object is required, not 'str'".</summary>
    public static bool Buffer(PyObject o, out ReadOnlySpan<byte> data)
    {
        if (BytesLike.TryGetBytes(o, out data))
        {
            return true;
        }

        if (o is PyMemoryView)
        {
            PyErr.ValueError("operation forbidden on released memoryview object");
            return false;
        }

        PyErr.TypeError($"a bytes-like object is required, not '{o.Type.TpName}'");
        return false;
    }

    /// <summary>A writable buffer argument (readinto): bytearray or a memoryview of one.</summary>
    public static bool WritableBuffer(PyObject o, out Span<byte> data)
    {
        switch (o)
        {
            case PyByteArray ba:
                data = ba.AsWritableSpan();
                return true;
            case PyMemoryView mv when mv.TryGetWritableSpan(out data):
                return true;
            case PyMemoryView or PyBytes:
                data = default;
                PyErr.TypeError("readinto() argument must be read-write bytes-like object, not " + o.Type.TpName);
                return false;
            default:
                data = default;
                PyErr.TypeError($"readinto() argument must be read-write bytes-like object, not {o.Type.TpName}");
                return false;
        }
    }
}
