using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Io;

/// <summary>
/// <c>_io.FileIO</c> (Modules/_io/fileio.c): raw, unbuffered I/O on a POSIX
/// file descriptor through the C library, with CPython's mode parsing,
/// errno-based OSErrors and messages.
/// </summary>
public sealed class PyFileIO : PyIOBase
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "FileIO", RawIOBaseType, TypeFlags.BaseType | TypeFlags.HasDict | TypeFlags.HasWeakref, InitSlots, InitMembers, module: "_io");

    private static readonly ArgSpec s_initSpec = new("FileIO", ["file", "mode", "closefd", "opener"]);
    private static readonly PyStr s_name = new("name");

    private int _fd = -1;
    private bool _created;
    private bool _readable;
    private bool _writable;
    private bool _appending;
    private int _seekable = -1;
    private bool _closefd = true;
    private long _blksize;

    public PyFileIO(PyType type)
        : base(type, true)
    {
    }

    public int Fd => _fd;

    public bool IsClosed => _fd < 0;

    public long BlockSize => _blksize;

    /// <summary>mode_string: what the mode attribute shows.</summary>
    public string ModeString =>
        _created ? (_readable ? "xb+" : "xb")
        : _appending ? (_readable ? "ab+" : "ab")
        : _readable ? (_writable ? "rb+" : "rb")
        : "wb";

    private static PyFileIO Self(PyObject o) => (PyFileIO)o;

    /// <summary>Opens <paramref name="file"/> as FileIO(file, mode) would; null with an error pending.</summary>
    public static PyFileIO? Open(PyObject file, string mode, bool closefd, PyObject? opener)
    {
        var f = new PyFileIO(TypeObject);
        return f.Init(file, mode, closefd, opener) ? f : null;
    }

    private static PyObject? BadMode() =>
        PyErr.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");

    private bool Init(PyObject nameobj, string mode, bool closefd, PyObject? opener)
    {
        if (_fd >= 0)
        {
            if (_closefd)
            {
                Posix.Close(_fd, out _);
            }

            _fd = -1;
        }

        int fd = -1;
        byte[]? path = null;
        if (nameobj is PyInt)
        {
            if (!IoErr.Int(nameobj, out fd))
            {
                return false;
            }

            if (fd < 0)
            {
                PyErr.ValueError("negative file descriptor");
                return false;
            }
        }
        else
        {
            path = FsPath(nameobj);
            if (path is null)
            {
                return false;
            }
        }

        bool rwa = false, plus = false;
        int flags = 0;
        _created = _readable = _writable = _appending = false;
        foreach (char c in mode)
        {
            switch (c)
            {
                case 'x':
                    if (rwa)
                    {
                        BadMode();
                        return false;
                    }

                    rwa = true;
                    _created = true;
                    _writable = true;
                    flags |= Posix.O_EXCL | Posix.O_CREAT;
                    break;
                case 'r':
                    if (rwa)
                    {
                        BadMode();
                        return false;
                    }

                    rwa = true;
                    _readable = true;
                    break;
                case 'w':
                    if (rwa)
                    {
                        BadMode();
                        return false;
                    }

                    rwa = true;
                    _writable = true;
                    flags |= Posix.O_CREAT | Posix.O_TRUNC;
                    break;
                case 'a':
                    if (rwa)
                    {
                        BadMode();
                        return false;
                    }

                    rwa = true;
                    _writable = true;
                    _appending = true;
                    flags |= Posix.O_APPEND | Posix.O_CREAT;
                    break;
                case 'b':
                    break;
                case '+':
                    if (plus)
                    {
                        BadMode();
                        return false;
                    }

                    _readable = _writable = true;
                    plus = true;
                    break;
                default:
                    PyErr.ValueError($"invalid mode: {mode}");
                    return false;
            }
        }

        if (!rwa)
        {
            BadMode();
            return false;
        }

        flags |= _readable && _writable ? Posix.O_RDWR : _readable ? Posix.O_RDONLY : Posix.O_WRONLY;
        flags |= Posix.O_CLOEXEC;

        if (fd >= 0)
        {
            _fd = fd;
            _closefd = closefd;
        }
        else
        {
            _closefd = true;
            if (!closefd)
            {
                PyErr.ValueError("Cannot use closefd=False with file name");
                return false;
            }

            if (opener is null || opener is PyNone)
            {
                _fd = Posix.Open(path!, flags, out int errno);
                if (_fd < 0)
                {
                    IoErr.FromErrno(errno, nameobj);
                    return false;
                }
            }
            else
            {
                var fdobj = PyCall.Call(opener, nameobj, PyInt.From(flags));
                if (fdobj is null)
                {
                    return false;
                }

                if (fdobj is not PyInt)
                {
                    PyErr.TypeError("expected integer from opener");
                    return false;
                }

                if (!IoErr.Int(fdobj, out int ofd))
                {
                    return false;
                }

                if (ofd < 0)
                {
                    PyErr.ValueError($"opener returned {ofd}");
                    return false;
                }

                _fd = ofd;
            }
        }

        _blksize = IoErr.DefaultBufferSize;
        if (!Posix.Fstat(_fd, out uint stmode, out long blksize, out int serr))
        {
            // An fd that fstat refuses as bad is an error; others (EINVAL on odd files) are not.
            if (serr == Posix.EBADF)
            {
                IoErr.FromErrno(serr);
                return CloseOnError();
            }
        }
        else
        {
            if (Posix.IsDirectory(stmode))
            {
                IoErr.FromErrno(Posix.EISDIR, nameobj);
                return CloseOnError();
            }

            if (blksize > 1)
            {
                _blksize = blksize;
            }
        }

        if (!PyOps.SetAttr(this, s_name, nameobj))
        {
            return CloseOnError();
        }

        if (_appending)
        {
            // For consistent behaviour, seek to the end explicitly (fileio.c).
            if (Posix.Lseek(_fd, 0, Posix.SEEK_END, out int lerr) < 0)
            {
                if (lerr != 29)
                {
                    IoErr.FromErrno(lerr);
                    return CloseOnError();
                }
            }
        }

        return true;
    }

    private bool CloseOnError()
    {
        if (_closefd && _fd >= 0)
        {
            Posix.Close(_fd, out _);
        }

        _fd = -1;
        return false;
    }

    /// <summary>PyUnicode_FSConverter: str (UTF-8, surrogateescape), bytes, or os.PathLike; NUL-terminated.</summary>
    internal static byte[]? FsPath(PyObject nameobj)
    {
        var path = FsPathObject(nameobj);
        if (path is null)
        {
            return null;
        }

        ReadOnlySpan<byte> data;
        if (path is PyStr s)
        {
            var encoded = PyCodecs.Encode(s, "utf-8", "surrogateescape");
            if (encoded is not PyBytes eb)
            {
                return null;
            }

            data = eb.Data;
        }
        else
        {
            data = ((PyBytes)path).Data;
        }

        if (data.IndexOf((byte)0) >= 0)
        {
            PyErr.ValueError("embedded null byte");
            return null;
        }

        var z = new byte[data.Length + 1];
        data.CopyTo(z);
        return z;
    }

    /// <summary>os.fspath(): a str or bytes, from __fspath__ when the object has it.</summary>
    internal static PyObject? FsPathObject(PyObject o)
    {
        if (o is PyStr or PyBytes)
        {
            return o;
        }

        var result = PyCall.CallSpecial(o, new PyStr("__fspath__"), [], out bool found);
        if (!found)
        {
            if (!PyErr.Occurred)
            {
                PyErr.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.TpName}");
            }

            return null;
        }

        if (result is null)
        {
            return null;
        }

        if (result is PyStr or PyBytes)
        {
            return result;
        }

        return PyErr.TypeError($"expected {o.Type.TpName}.__fspath__() to return str or bytes, not {result.Type.TpName}");
    }

    private bool CheckOpen()
    {
        if (_fd < 0)
        {
            PyErr.ValueError("I/O operation on closed file");
            return false;
        }

        return true;
    }

    private bool CheckReadable()
    {
        if (!CheckOpen())
        {
            return false;
        }

        if (!_readable)
        {
            IoErr.Unsupported("File not open for reading");
            return false;
        }

        return true;
    }

    private bool CheckWritable()
    {
        if (!CheckOpen())
        {
            return false;
        }

        if (!_writable)
        {
            IoErr.Unsupported("File not open for writing");
            return false;
        }

        return true;
    }

    /// <summary>read(size) for C# callers: bytes, None when the fd would block, null on error.</summary>
    public PyObject? Read(long size)
    {
        if (!CheckReadable())
        {
            return null;
        }

        if (size < 0)
        {
            return ReadAll();
        }

        var buf = new byte[size];
        long n = Posix.Read(_fd, buf, out int errno);
        if (n < 0)
        {
            return errno == Posix.EAGAIN ? PyNone.Instance : IoErr.FromErrno(errno);
        }

        return n == size ? new PyBytes(buf) : PyBytes.From(buf.AsSpan(0, (int)n));
    }

    /// <summary>readinto for C# callers: bytes read, -2 when it would block, -1 on error.</summary>
    public long ReadInto(Span<byte> buffer)
    {
        if (!CheckReadable())
        {
            return -1;
        }

        long n = Posix.Read(_fd, buffer, out int errno);
        if (n < 0)
        {
            if (errno == Posix.EAGAIN)
            {
                return -2;
            }

            IoErr.FromErrno(errno);
            return -1;
        }

        return n;
    }

    /// <summary>write for C# callers: bytes written, -2 when it would block, -1 on error.</summary>
    public long Write(ReadOnlySpan<byte> data)
    {
        if (!CheckWritable())
        {
            return -1;
        }

        long n = Posix.Write(_fd, data, out int errno);
        if (n < 0)
        {
            if (errno == Posix.EAGAIN)
            {
                return -2;
            }

            IoErr.FromErrno(errno);
            return -1;
        }

        return n;
    }

    public PyObject? ReadAll()
    {
        if (!CheckOpen())
        {
            return null;
        }

        long pos = Posix.Lseek(_fd, 0, Posix.SEEK_CUR, out _);
        long end = -1;
        if (pos >= 0 && Posix.Fstat(_fd, out _, out _, out _))
        {
            long cur = pos;
            end = Posix.Lseek(_fd, 0, Posix.SEEK_END, out _);
            if (end >= 0)
            {
                Posix.Lseek(_fd, cur, Posix.SEEK_SET, out _);
            }
        }

        int bufsize = end >= pos && pos >= 0 ? (int)Math.Min(end - pos + 1, int.MaxValue - 64) : IoErr.DefaultBufferSize;
        var buffer = new byte[Math.Max(bufsize, 1)];
        int total = 0;
        while (true)
        {
            if (total >= buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length + Math.Max(buffer.Length >> 3, IoErr.DefaultBufferSize) + IoErr.DefaultBufferSize);
            }

            long n = Posix.Read(_fd, buffer.AsSpan(total), out int errno);
            if (n == 0)
            {
                break;
            }

            if (n < 0)
            {
                if (errno == Posix.EAGAIN)
                {
                    if (total > 0)
                    {
                        break;
                    }

                    return PyNone.Instance;
                }

                return IoErr.FromErrno(errno);
            }

            total += (int)n;
        }

        return PyBytes.From(buffer.AsSpan(0, total));
    }

    public PyObject? Seek(long pos, int whence)
    {
        if (!CheckOpen())
        {
            return null;
        }

        long r = Posix.Lseek(_fd, pos, whence, out int errno);
        if (r < 0)
        {
            return IoErr.FromErrno(errno);
        }

        if (_seekable < 0)
        {
            _seekable = 1;
        }

        return PyInt.From(r);
    }

    public int Seekable()
    {
        if (!CheckOpen())
        {
            return -1;
        }

        if (_seekable < 0)
        {
            _seekable = Posix.Lseek(_fd, 0, Posix.SEEK_CUR, out _) < 0 ? 0 : 1;
        }

        return _seekable;
    }

    public PyObject? Close()
    {
        var res = IOBaseClose(this);
        if (!_closefd)
        {
            _fd = -1;
            ReleaseFinalizer();
            return res;
        }

        PyBaseException? flushError = res is null ? PyErr.Fetch() : null;
        if (_fd >= 0)
        {
            int fd = _fd;
            _fd = -1;
            if (Posix.Close(fd, out int errno) < 0)
            {
                IoErr.FromErrno(errno);
                if (flushError is not null)
                {
                    var closeError = PyErr.Fetch()!;
                    closeError.Context = flushError;
                    PyErr.Raise(closeError);
                }

                ReleaseFinalizer();
                return null;
            }
        }

        ReleaseFinalizer();
        if (flushError is not null)
        {
            PyErr.Raise(flushError);
            return null;
        }

        return res;
    }

    private PyObject? Repr()
    {
        string tname = Type.TpName;
        if (_fd < 0)
        {
            return new PyStr($"<{tname} [closed]>");
        }

        int found = PyAttr.TryGetAttr(this, s_name, out var name);
        if (found < 0)
        {
            if (!PyErr.ExceptionMatches(PyExc.ValueError))
            {
                return null;
            }

            PyErr.Clear();
        }

        string closefd = _closefd ? "True" : "False";
        if (found <= 0 || name is null)
        {
            return new PyStr($"<{tname} fd={_fd} mode='{ModeString}' closefd={closefd}>");
        }

        if (!PyErr.EnterRecursiveCall(Threading.PyThreadState.Current, " while getting the repr of an object"))
        {
            return null;
        }

        try
        {
            var r = PyOps.ReprString(name);
            return r is null ? null : new PyStr($"<{tname} name={r} mode='{ModeString}' closefd={closefd}>");
        }
        finally
        {
            PyErr.LeaveRecursiveCall(Threading.PyThreadState.Current);
        }
    }

    private static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) => new PyFileIO(cls);
        type.Init = static (self, args, kw) =>
        {
            Span<PyObject?> a = [null, null, null, null];
            if (!s_initSpec.Parse(args, kw, a))
            {
                return false;
            }

            string mode = "r";
            if (a[1] is not null)
            {
                if (a[1] is not PyStr ms)
                {
                    PyErr.TypeError($"FileIO() argument 'mode' must be str, not {a[1]!.Type.TpName}");
                    return false;
                }

                mode = ms.Value;
            }

            bool closefd = true;
            if (a[2] is not null)
            {
                int t = PyOps.IsTrue(a[2]!);
                if (t < 0)
                {
                    return false;
                }

                closefd = t > 0;
            }

            return Self(self).Init(a[0]!, mode, closefd, a[3]);
        };
        type.Repr = static self => Self(self).Repr();
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("read", static (self, args, kw) =>
            Args.Positional("read", args, kw, 0, 1) && IoErr.OptionalSize(args, 0, out long n) ? Self(self).Read(n) : null);
        type.AddMethod("readall", static (self, args, kw) => Args.NoArgs(self, "readall", args, kw) ? Self(self).ReadAll() : null);
        type.AddMethod("readinto", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne(self, "readinto", args, kw))
            {
                return null;
            }

            var f = Self(self);
            if (!f.CheckReadable() || !IoErr.WritableBuffer(args[0], out var span))
            {
                return null;
            }

            long n = f.ReadInto(span);
            return n == -2 ? PyNone.Instance : n < 0 ? null : PyInt.From(n);
        });
        type.AddMethod("write", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne(self, "write", args, kw))
            {
                return null;
            }

            var f = Self(self);
            if (!f.CheckWritable() || !IoErr.Buffer(args[0], out var data))
            {
                return null;
            }

            long n = f.Write(data);
            return n == -2 ? PyNone.Instance : n < 0 ? null : PyInt.From(n);
        });
        type.AddMethod("seek", static (self, args, kw) =>
        {
            if (!Args.Positional("seek", args, kw, 1, 2))
            {
                return null;
            }

            var f = Self(self);
            if (!f.CheckOpen())
            {
                return null;
            }

            if (args[0] is PyFloat)
            {
                return PyErr.TypeError("an integer is required");
            }

            int whence = 0;
            if (args.Length > 1 && !IoErr.Int(args[1], out whence))
            {
                return null;
            }

            var posobj = PyNumber.Index(args[0]);
            if (posobj is null)
            {
                return null;
            }

            if (!posobj.IsSmall)
            {
                return PyErr.OverflowError("Python int too large to convert to C long");
            }

            return f.Seek(posobj.Small, whence);
        });
        type.AddMethod("tell", static (self, args, kw) => Args.NoArgs(self, "tell", args, kw) ? Self(self).Seek(0, Posix.SEEK_CUR) : null);
        type.AddMethod("truncate", static (self, args, kw) =>
        {
            if (!Args.Positional("truncate", args, kw, 0, 1))
            {
                return null;
            }

            var f = Self(self);
            if (!f.CheckWritable())
            {
                return null;
            }

            long size;
            if (args.Length == 0 || args[0] is PyNone)
            {
                long cur = Posix.Lseek(f._fd, 0, Posix.SEEK_CUR, out int e1);
                if (cur < 0)
                {
                    return IoErr.FromErrno(e1);
                }

                size = cur;
            }
            else
            {
                var i = PyNumber.Index(args[0]);
                if (i is null)
                {
                    return null;
                }

                if (!i.IsSmall)
                {
                    return PyErr.OverflowError("Python int too large to convert to C long");
                }

                size = i.Small;
            }

            if (Posix.Ftruncate(f._fd, size, out int errno) < 0)
            {
                return IoErr.FromErrno(errno);
            }

            return PyInt.From(size);
        });
        type.AddMethod("close", static (self, args, kw) => Args.NoArgs(self, "close", args, kw) ? Self(self).Close() : null);
        type.AddMethod("seekable", static (self, args, kw) =>
        {
            if (!Args.NoArgs(self, "seekable", args, kw))
            {
                return null;
            }

            int r = Self(self).Seekable();
            return r < 0 ? null : PyBool.From(r > 0);
        });
        type.AddMethod("readable", static (self, args, kw) =>
            Args.NoArgs(self, "readable", args, kw) && Self(self).CheckOpen() ? PyBool.From(Self(self)._readable) : null);
        type.AddMethod("writable", static (self, args, kw) =>
            Args.NoArgs(self, "writable", args, kw) && Self(self).CheckOpen() ? PyBool.From(Self(self)._writable) : null);
        type.AddMethod("fileno", static (self, args, kw) =>
            Args.NoArgs(self, "fileno", args, kw) && Self(self).CheckOpen() ? PyInt.From(Self(self)._fd) : null);
        type.AddMethod("isatty", static (self, args, kw) =>
            Args.NoArgs(self, "isatty", args, kw) && Self(self).CheckOpen() ? PyBool.From(Posix.Isatty(Self(self)._fd)) : null);
        type.AddMethod("_dealloc_warn", static (self, args, kw) => PyNone.Instance);
        type.AddMethod("__getstate__", static (self, args, kw) => PyErr.TypeError($"cannot pickle '{self.Type.TpName}' object"));
        type.AddGetter("closed", static self => PyBool.From(Self(self)._fd < 0));
        type.AddGetter("closefd", static self => PyBool.From(Self(self)._closefd));
        type.AddGetter("mode", static self => new PyStr(Self(self).ModeString));
        type.AddReadonlyMember("_blksize", static self => PyInt.From(Self(self)._blksize));
    }
}
