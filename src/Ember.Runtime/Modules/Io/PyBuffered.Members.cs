using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Io;

public sealed partial class PyBuffered
{
    private static readonly ArgSpec s_readerSpec = new("BufferedReader", ["raw", "buffer_size"]);
    private static readonly ArgSpec s_writerSpec = new("BufferedWriter", ["raw", "buffer_size"]);
    private static readonly ArgSpec s_randomSpec = new("BufferedRandom", ["raw", "buffer_size"]);
    private static readonly PyStr s_fileno = new("fileno");
    private static readonly PyStr s_isatty = new("isatty");
    private static readonly PyStr s_seekable = new("seekable");
    private static readonly PyStr s_readable = new("readable");
    private static readonly PyStr s_writable = new("writable");
    private static readonly PyStr s_mode = new("mode");

    private static bool InitWith(ArgSpec spec, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = [null, null];
        if (!spec.Parse(args, kw, a))
        {
            return false;
        }

        long size = IoErr.DefaultBufferSize;
        if (a[1] is not null && !IoErr.Ssize(a[1]!, out size))
        {
            return false;
        }

        if (a[0] is null)
        {
            PyErr.TypeError($"{spec.FunctionName}() missing required argument 'raw' (pos 1)");
            return false;
        }

        return Self(self).Init(a[0]!, size);
    }

    private static void CommonSlots(PyType type)
    {
        type.New = static (cls, args, kw) => new PyBuffered(cls);
        type.Repr = static self => Self(self).Repr();
        type.Iter = static self => Self(self).CheckInitialized() && Self(self).CheckClosed("I/O operation on closed file.") ? self : null;
        type.Next = static self =>
        {
            var line = ReferenceEquals(self.Type, ReaderType) || ReferenceEquals(self.Type, RandomType)
                ? Self(self).ReadLine(-1)
                : PyCall.CallMethod(self, new PyStr("readline"), []);
            if (line is null)
            {
                return null;
            }

            long n = PySequence.Length(line);
            return n <= 0 ? null : line;
        };
    }

    private static void InitReaderSlots(PyType type)
    {
        CommonSlots(type);
        type.Init = static (self, args, kw) => InitWith(s_readerSpec, self, args, kw);
    }

    private static void InitWriterSlots(PyType type)
    {
        CommonSlots(type);
        type.Init = static (self, args, kw) => InitWith(s_writerSpec, self, args, kw);
    }

    private static void InitRandomSlots(PyType type)
    {
        CommonSlots(type);
        type.Init = static (self, args, kw) => InitWith(s_randomSpec, self, args, kw);
    }

    private static PyObject? Forward(PyObject self, PyStr method)
    {
        var b = Self(self);
        return b.CheckInitialized() ? PyCall.CallMethod(b._raw!, method, []) : null;
    }

    private static void CommonMembers(PyType type)
    {
        type.AddMethod("detach", static (self, args, kw) => Args.NoArgs(self, "detach", args, kw) ? Self(self).Detach() : null);
        type.AddMethod("flush", static (self, args, kw) => Args.NoArgs(self, "flush", args, kw) ? Self(self).Flush() : null);
        type.AddMethod("close", static (self, args, kw) => Args.NoArgs(self, "close", args, kw) ? Self(self).Close() : null);
        type.AddMethod("seekable", static (self, args, kw) => Args.NoArgs(self, "seekable", args, kw) ? Forward(self, s_seekable) : null);
        type.AddMethod("readable", static (self, args, kw) => Args.NoArgs(self, "readable", args, kw) ? Forward(self, s_readable) : null);
        type.AddMethod("writable", static (self, args, kw) => Args.NoArgs(self, "writable", args, kw) ? Forward(self, s_writable) : null);
        type.AddMethod("fileno", static (self, args, kw) => Args.NoArgs(self, "fileno", args, kw) ? Forward(self, s_fileno) : null);
        type.AddMethod("isatty", static (self, args, kw) => Args.NoArgs(self, "isatty", args, kw) ? Forward(self, s_isatty) : null);
        type.AddMethod("_dealloc_warn", static (self, args, kw) => PyNone.Instance);
        type.AddMethod("seek", static (self, args, kw) =>
        {
            if (!Args.Positional("seek", args, kw, 1, 2))
            {
                return null;
            }

            int whence = 0;
            return args.Length > 1 && !IoErr.Int(args[1], out whence) ? null : Self(self).Seek(args[0], whence);
        });
        type.AddMethod("tell", static (self, args, kw) => Args.NoArgs(self, "tell", args, kw) ? Self(self).Tell() : null);
        type.AddMethod("truncate", static (self, args, kw) =>
            Args.Positional("truncate", args, kw, 0, 1) ? Self(self).Truncate(args.Length > 0 ? args[0] : null) : null);
        type.AddMethod("__getstate__", static (self, args, kw) => PyErr.TypeError($"cannot pickle '{self.Type.TpName}' object"));
        type.AddMethod("__sizeof__", static (self, args, kw) => PyInt.From(96 + Self(self)._bufferSize));
        type.AddReadonlyMember("raw", static self => Self(self)._raw ?? PyNone.Instance);
        type.AddGetter("closed", static self => Self(self).CheckInitialized() ? PyOps.GetAttr(Self(self)._raw!, s_closed) : null);
        type.AddGetter("name", static self => Self(self).CheckInitialized() ? PyOps.GetAttr(Self(self)._raw!, s_name) : null);
        type.AddGetter("mode", static self => Self(self).CheckInitialized() ? PyOps.GetAttr(Self(self)._raw!, s_mode) : null);
    }

    private static void ReadMembers(PyType type)
    {
        type.AddMethod("read", static (self, args, kw) =>
            Args.Positional("read", args, kw, 0, 1) && IoErr.OptionalSize(args, 0, out long n) ? Self(self).Read(n) : null);
        type.AddMethod("read1", static (self, args, kw) =>
            Args.Positional("read1", args, kw, 0, 1) && IoErr.OptionalSize(args, 0, out long n) ? Self(self).Read1(n) : null);
        type.AddMethod("peek", static (self, args, kw) =>
        {
            if (!Args.Positional("peek", args, kw, 0, 1) || (args.Length > 0 && !IoErr.Ssize(args[0], out _)))
            {
                return null;
            }

            return Self(self).Peek();
        });
        type.AddMethod("readinto", static (self, args, kw) => Args.ExactlyOne(self, "readinto", args, kw) ? Self(self).ReadInto(args[0], false) : null);
        type.AddMethod("readinto1", static (self, args, kw) => Args.ExactlyOne("readinto1", args, kw) ? Self(self).ReadInto(args[0], true) : null);
        type.AddMethod("readline", static (self, args, kw) =>
            Args.Positional("readline", args, kw, 0, 1) && IoErr.OptionalSize(args, 0, out long n) ? Self(self).ReadLine(n) : null);
    }

    private static void WriteMembers(PyType type) =>
        type.AddMethod("write", static (self, args, kw) => Args.ExactlyOne(self, "write", args, kw) ? Self(self).Write(args[0]) : null);

    private static void InitReaderMembers(PyType type)
    {
        CommonMembers(type);
        ReadMembers(type);
    }

    private static void InitWriterMembers(PyType type)
    {
        CommonMembers(type);
        WriteMembers(type);
    }

    private static void InitRandomMembers(PyType type)
    {
        CommonMembers(type);
        ReadMembers(type);
        WriteMembers(type);
    }
}

/// <summary><c>_io.BufferedRWPair</c>: a reader and a writer over two raw streams, as one object.</summary>
public sealed class PyBufferedRWPair : PyIOBase
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "BufferedRWPair", PyBytesIO.BufferedIOBaseType, TypeFlags.BaseType | TypeFlags.HasDict | TypeFlags.HasWeakref, InitSlots, InitMembers, module: "_io");

    private PyBuffered? _reader;
    private PyBuffered? _writer;

    public PyBufferedRWPair(PyType type)
        : base(type, false)
    {
    }

    private static PyBufferedRWPair Self(PyObject o) => (PyBufferedRWPair)o;

    private bool Check(bool reader)
    {
        if ((reader ? _reader : _writer) is null)
        {
            PyErr.ValueError("I/O operation on uninitialized object");
            return false;
        }

        return true;
    }

    private static PyObject? Call(PyObject self, bool reader, string name, ReadOnlySpan<PyObject> args)
    {
        var p = Self(self);
        if (!p.Check(reader))
        {
            return null;
        }

        return PyCall.CallMethod(reader ? p._reader! : p._writer!, name, args);
    }

    private static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) => new PyBufferedRWPair(cls);
        type.Init = static (self, args, kw) =>
        {
            if (!Args.NoKeywords("BufferedRWPair", kw) || !Args.Positional("BufferedRWPair", args, null, 2, 3))
            {
                return false;
            }

            long size = IoErr.DefaultBufferSize;
            if (args.Length > 2 && !IoErr.Ssize(args[2], out size))
            {
                return false;
            }

            if (PyIOBase.CheckCapability(args[0], new PyStr("readable"), "File or stream is not readable.") is null
                || PyIOBase.CheckCapability(args[1], new PyStr("writable"), "File or stream is not writable.") is null)
            {
                return false;
            }

            var p = Self(self);
            p._reader = PyBuffered.Create(PyBuffered.ReaderType, args[0], size);
            if (p._reader is null)
            {
                return false;
            }

            p._writer = PyBuffered.Create(PyBuffered.WriterType, args[1], size);
            return p._writer is not null;
        };
    }

    private static void InitMembers(PyType type)
    {
        foreach (string name in (string[])["read", "peek", "read1", "readinto", "readinto1", "readline"])
        {
            type.AddMethod(name, (self, args, kw) => Args.NoKeywords(name, kw) ? Call(self, true, name, args) : null);
        }

        foreach (string name in (string[])["write", "flush"])
        {
            type.AddMethod(name, (self, args, kw) => Args.NoKeywords(name, kw) ? Call(self, false, name, args) : null);
        }

        type.AddMethod("readable", static (self, args, kw) => Call(self, true, "readable", []));
        type.AddMethod("writable", static (self, args, kw) => Call(self, false, "writable", []));
        type.AddMethod("isatty", static (self, args, kw) =>
        {
            var w = Call(self, false, "isatty", []);
            if (w is null)
            {
                return null;
            }

            int t = PyOps.IsTrue(w);
            return t < 0 ? null : t > 0 ? w : Call(self, true, "isatty", []);
        });
        type.AddMethod("close", static (self, args, kw) =>
        {
            var w = Call(self, false, "close", []);
            var error = w is null ? PyErr.Fetch() : null;
            var r = Call(self, true, "close", []);
            if (error is not null)
            {
                if (r is null)
                {
                    var e2 = PyErr.Fetch()!;
                    e2.Context = error;
                    PyErr.Raise(e2);
                }
                else
                {
                    PyErr.Raise(error);
                }

                return null;
            }

            return r;
        });
        type.AddGetter("closed", static self => Self(self).Check(false) ? PyOps.GetAttr(Self(self)._writer!, "closed") : null);
    }
}
