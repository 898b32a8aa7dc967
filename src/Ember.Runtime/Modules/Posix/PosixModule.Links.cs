using System.Buffers.Binary;
using Ember.Runtime.Errors;
using Ember.Runtime.Modules.Sys;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Posix;

// Links, modes and owners, times, sizes and syncing; descriptors: pipes, dup2, the
// inheritable and blocking flags, terminals; statvfs.
public static partial class PosixModule
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int FdCloexec = 1;
    private const int OCloexec = 0x80000;
    private const int ONonblock = 0x800;

    private static readonly PyType s_statvfsResultType = StructSequence.CreateType("os.statvfs_result",
        ["f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid"], 10);

    private static readonly ArgSpec s_symlinkSpec = new("symlink", ["src", "dst", "target_is_directory", "dir_fd"], maxPositional: 3, required: 2);
    private static readonly ArgSpec s_readlinkSpec = new("readlink", ["path", "dir_fd"], maxPositional: 1, required: 1);
    private static readonly ArgSpec s_linkSpec = new("link", ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], maxPositional: 2, required: 2);
    private static readonly ArgSpec s_chmodSpec = new("chmod", ["path", "mode", "dir_fd", "follow_symlinks"], maxPositional: 2, required: 2);
    private static readonly ArgSpec s_fchmodSpec = new("fchmod", ["fd", "mode"], required: 2);
    private static readonly ArgSpec s_chownSpec = new("chown", ["path", "uid", "gid", "dir_fd", "follow_symlinks"], maxPositional: 3, required: 3);
    private static readonly ArgSpec s_lchownSpec = new("lchown", ["path", "uid", "gid"], required: 3);
    private static readonly ArgSpec s_fchownSpec = new("fchown", ["fd", "uid", "gid"], required: 3);
    private static readonly ArgSpec s_utimeSpec = new("utime", ["path", "times", "ns", "dir_fd", "follow_symlinks"], maxPositional: 2, required: 1);
    private static readonly ArgSpec s_truncateSpec = new("truncate", ["path", "length"], required: 2);
    private static readonly ArgSpec s_ftruncateSpec = new("ftruncate", ["fd", "length"], posOnly: 2, required: 2);
    private static readonly ArgSpec s_dup2Spec = new("dup2", ["fd", "fd2", "inheritable"], required: 2);
    private static readonly ArgSpec s_statvfsSpec = new("statvfs", ["path"], required: 1);
    private static readonly ArgSpec s_mkfifoSpec = new("mkfifo", ["path", "mode", "dir_fd"], maxPositional: 2, required: 1);
    private static readonly ArgSpec s_fdSpec = new("fsync", ["fd"], required: 1);

    private static void AddLinkFunctions(PyDict d)
    {
        d.SetItemStr("statvfs_result", s_statvfsResultType);
        Add(d, "symlink", Symlink);
        Add(d, "readlink", ReadLink);
        Add(d, "link", Link);
        Add(d, "chmod", ChMod);
        Add(d, "fchmod", static (args, kw) =>
        {
            Span<PyObject?> slots = [null, null];
            if (!s_fchmodSpec.Parse(args, kw, slots) || !FdArg(slots[0]!, out int fd) || !IntArg(slots[1]!, out int mode))
            {
                return null;
            }

            return Libc.FChMod(fd, mode) != 0 ? FromErrno(Libc.Errno) : PyNone.Instance;
        });
        Add(d, "chown", ChOwn);
        Add(d, "lchown", static (args, kw) =>
        {
            Span<PyObject?> slots = [null, null, null];
            if (!s_lchownSpec.Parse(args, kw, slots) || !PathArg("lchown", "path", slots[0]!, allowFd: false, out var path)
                || !IdArg(slots[1]!, "uid", out uint uid) || !IdArg(slots[2]!, "gid", out uint gid))
            {
                return null;
            }

            return Libc.LChOwn(path.Bytes!, uid, gid) != 0 ? FromErrno(Libc.Errno, path.Object) : PyNone.Instance;
        });
        Add(d, "fchown", static (args, kw) =>
        {
            Span<PyObject?> slots = [null, null, null];
            if (!s_fchownSpec.Parse(args, kw, slots) || !FdArg(slots[0]!, out int fd)
                || !IdArg(slots[1]!, "uid", out uint uid) || !IdArg(slots[2]!, "gid", out uint gid))
            {
                return null;
            }

            return Libc.FChOwn(fd, uid, gid) != 0 ? FromErrno(Libc.Errno) : PyNone.Instance;
        });
        Add(d, "utime", UTime);
        Add(d, "truncate", static (args, kw) =>
        {
            Span<PyObject?> slots = [null, null];
            if (!s_truncateSpec.Parse(args, kw, slots) || !PathArg("truncate", "path", slots[0]!, allowFd: true, out var path)
                || !OffsetArg(slots[1]!, out long length))
            {
                return null;
            }

            int r = path.Bytes is null ? Libc.FTruncate(path.Fd, length) : Libc.Truncate(path.Bytes, length);
            return r != 0 ? FromErrno(Libc.Errno, path.Bytes is null ? null : path.Object) : PyNone.Instance;
        });
        Add(d, "ftruncate", static (args, kw) =>
        {
            Span<PyObject?> slots = [null, null];
            if (!s_ftruncateSpec.Parse(args, kw, slots) || !FdArg(slots[0]!, out int fd) || !OffsetArg(slots[1]!, out long length))
            {
                return null;
            }

            return Libc.FTruncate(fd, length) != 0 ? FromErrno(Libc.Errno) : PyNone.Instance;
        });
        Add(d, "fsync", static (args, kw) => FdSync("fsync", args, kw, static fd => Libc.FSync(fd)));
        Add(d, "fdatasync", static (args, kw) => FdSync("fdatasync", args, kw, static fd => Libc.FDataSync(fd)));
        Add(d, "sync", static (args, kw) =>
        {
            if (!Args.NoArgs("sync", args, kw))
            {
                return null;
            }

            Libc.Sync();
            return PyNone.Instance;
        });
        Add(d, "pipe", static (args, kw) => Args.NoArgs("pipe", args, kw) ? Pipe(OCloexec) : null);
        Add(d, "pipe2", static (args, kw) =>
            Args.Positional("pipe2", args, kw, 1, 1) && IntArg(args[0], out int flags) ? Pipe(flags) : null);
        Add(d, "dup2", static (args, kw) =>
        {
            Span<PyObject?> slots = [null, null, null];
            if (!s_dup2Spec.Parse(args, kw, slots) || !FdArg(slots[0]!, out int fd) || !FdArg(slots[1]!, out int fd2))
            {
                return null;
            }

            int inheritable = slots[2] is { } i ? PyOps.IsTrue(i) : 1;
            if (inheritable < 0)
            {
                return null;
            }

            int r = inheritable == 1 || fd == fd2 ? Libc.Dup2(fd, fd2) : Libc.Dup3(fd, fd2, OCloexec);
            return r < 0 ? FromErrno(Libc.Errno) : PyInt.From(r);
        });
        Add(d, "closerange", static (args, kw) =>
        {
            if (!Args.Positional("closerange", args, kw, 2, 2) || !IntArg(args[0], out int low) || !IntArg(args[1], out int high))
            {
                return null;
            }

            for (int fd = Math.Max(low, 0); fd < high; fd++)
            {
                Libc.Close(fd);
            }

            return PyNone.Instance;
        });
        Add(d, "get_inheritable", static (args, kw) =>
        {
            if (!Args.Positional("get_inheritable", args, kw, 1, 1) || !FdArg(args[0], out int fd))
            {
                return null;
            }

            int flags = Libc.Fcntl(fd, 1, 0);
            return flags < 0 ? FromErrno(Libc.Errno) : PyBool.From((flags & FdCloexec) == 0);
        });
        Add(d, "set_inheritable", static (args, kw) =>
        {
            if (!Args.Positional("set_inheritable", args, kw, 2, 2) || !FdArg(args[0], out int fd) || !IntArg(args[1], out int inheritable))
            {
                return null;
            }

            return SetInheritable(fd, inheritable != 0) ? PyNone.Instance : FromErrno(Libc.Errno);
        });
        Add(d, "get_blocking", static (args, kw) =>
        {
            if (!Args.Positional("get_blocking", args, kw, 1, 1) || !FdArg(args[0], out int fd))
            {
                return null;
            }

            int flags = Libc.Fcntl(fd, 3, 0);
            return flags < 0 ? FromErrno(Libc.Errno) : PyBool.From((flags & ONonblock) == 0);
        });
        Add(d, "set_blocking", static (args, kw) =>
        {
            if (!Args.Positional("set_blocking", args, kw, 2, 2) || !FdArg(args[0], out int fd) || !IntArg(args[1], out int blocking))
            {
                return null;
            }

            int flags = Libc.Fcntl(fd, 3, 0);
            if (flags < 0)
            {
                return FromErrno(Libc.Errno);
            }

            int updated = blocking != 0 ? flags & ~ONonblock : flags | ONonblock;
            return updated != flags && Libc.Fcntl(fd, 4, updated) < 0 ? FromErrno(Libc.Errno) : PyNone.Instance;
        });
        Add(d, "ttyname", static (args, kw) =>
        {
            if (!Args.Positional("ttyname", args, kw, 1, 1) || !FdArg(args[0], out int fd))
            {
                return null;
            }

            var buf = new byte[4096];
            int err = Libc.TtyNameR(fd, buf, (nuint)buf.Length);
            return err != 0 ? FromErrno(err) : PathResult(buf.AsSpan(0, Array.IndexOf(buf, (byte)0)), asBytes: false);
        });
        Add(d, "ctermid", static (args, kw) =>
        {
            if (!Args.NoArgs("ctermid", args, kw))
            {
                return null;
            }

            var buf = new byte[256];
            Libc.CtermId(buf);
            return PathResult(buf.AsSpan(0, Array.IndexOf(buf, (byte)0)), asBytes: false);
        });
        Add(d, "openpty", static (args, kw) =>
        {
            if (!Args.NoArgs("openpty", args, kw))
            {
                return null;
            }

            if (Libc.OpenPty(out int master, out int slave, 0, 0, 0) != 0)
            {
                return FromErrno(Libc.Errno);
            }

            SetInheritable(master, false);
            SetInheritable(slave, false);
            return PyTuple.Create(PyInt.From(master), PyInt.From(slave));
        });
        Add(d, "statvfs", static (args, kw) =>
        {
            Span<PyObject?> slots = [null];
            if (!s_statvfsSpec.Parse(args, kw, slots) || !PathArg("statvfs", "path", slots[0]!, allowFd: true, out var path))
            {
                return null;
            }

            var buf = new byte[128];
            int r = path.Bytes is null ? Libc.FStatVfs(path.Fd, buf) : Libc.StatVfs(path.Bytes, buf);
            return r != 0 ? FromErrno(Libc.Errno, path.Bytes is null ? null : path.Object) : StatVfsResult(buf);
        });
        Add(d, "fstatvfs", static (args, kw) =>
        {
            if (!Args.Positional("fstatvfs", args, kw, 1, 1) || !FdArg(args[0], out int fd))
            {
                return null;
            }

            var buf = new byte[128];
            return Libc.FStatVfs(fd, buf) != 0 ? FromErrno(Libc.Errno) : StatVfsResult(buf);
        });
        Add(d, "fchdir", static (args, kw) => FdSync("fchdir", args, kw, static fd => Libc.FChDir(fd)));
        Add(d, "mkfifo", static (args, kw) =>
        {
            Span<PyObject?> slots = [null, null, null];
            if (!s_mkfifoSpec.Parse(args, kw, slots) || !PathArg("mkfifo", "path", slots[0]!, allowFd: false, out var path) || !NoDirFd(slots[2]))
            {
                return null;
            }

            int mode = 0x1b6;
            if (slots[1] is { } m && !IntArg(m, out mode))
            {
                return null;
            }

            // CPython reports mkfifo errors without the filename.
            return Libc.MkFifo(path.Bytes!, mode) != 0 ? FromErrno(Libc.Errno) : PyNone.Instance;
        });
    }

    /// <summary>Sets or clears FD_CLOEXEC; false with errno on failure.</summary>
    internal static bool SetInheritable(int fd, bool inheritable)
    {
        int flags = Libc.Fcntl(fd, 1, 0);
        if (flags < 0)
        {
            return false;
        }

        int updated = inheritable ? flags & ~FdCloexec : flags | FdCloexec;
        return updated == flags || Libc.Fcntl(fd, 2, updated) == 0;
    }

    private static PyObject? Pipe(int flags)
    {
        var fds = new int[2];
        if (Libc.Pipe2(fds, flags) != 0)
        {
            return FromErrno(Libc.Errno);
        }

        return PyTuple.Create(PyInt.From(fds[0]), PyInt.From(fds[1]));
    }

    private static PyObject? StatVfsResult(byte[] buf)
    {
        var f = new long[11];
        for (int i = 0; i < 11; i++)
        {
            f[i] = BinaryPrimitives.ReadInt64LittleEndian(buf.AsSpan(8 * i));
        }

        // struct statvfs: bsize, frsize, blocks, bfree, bavail, files, ffree, favail, fsid, flag, namemax.
        PyObject[] items =
        [
            PyInt.From(f[0]), PyInt.From(f[1]), PyInt.From(f[2]), PyInt.From(f[3]), PyInt.From(f[4]),
            PyInt.From(f[5]), PyInt.From(f[6]), PyInt.From(f[7]), PyInt.From(f[9]), PyInt.From(f[10]),
        ];
        return StructSequence.CreateWithHidden(s_statvfsResultType, items, [PyInt.From((ulong)f[8])]);
    }

    private static PyObject? FdSync(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, Func<int, int> call)
    {
        Span<PyObject?> slots = [null];
        if (!(name == "fchdir" ? Args.Positional(name, args, kwnames, 1, 1) : new ArgSpec(name, ["fd"], required: 1).Parse(args, kwnames, slots)))
        {
            return null;
        }

        if (!FildesArg(slots[0] ?? args[0], out int fd))
        {
            return null;
        }

        return call(fd) != 0 ? FromErrno(Libc.Errno) : PyNone.Instance;
    }

    /// <summary>fildes_converter: an int, or an object whose fileno() gives one.</summary>
    internal static bool FildesArg(PyObject o, out int fd)
    {
        fd = -1;
        if (o is not PyInt)
        {
            if (o.Type.Lookup("fileno") is null)
            {
                PyErr.TypeError($"argument must be an int, or have a fileno() method.");
                return false;
            }

            var r = PyCall.CallMethod(o, "fileno", []);
            if (r is null)
            {
                return false;
            }

            if (r is not PyInt)
            {
                PyErr.TypeError($"fileno() returned a non-integer");
                return false;
            }

            o = r;
        }

        if (!IntArg(o, out fd))
        {
            return false;
        }

        if (fd < 0)
        {
            PyErr.ValueError($"file descriptor cannot be a negative integer ({fd})");
            return false;
        }

        return true;
    }

    private static bool OffsetArg(PyObject o, out long value)
    {
        value = 0;
        if (o is PyFloat)
        {
            PyErr.TypeError("'float' object cannot be interpreted as an integer");
            return false;
        }

        return PyLong.AsLong(o, out value);
    }

    /// <summary>_Py_Uid_Converter/_Py_Gid_Converter: an int that fits uid_t, or -1 for "unchanged".</summary>
    private static bool IdArg(PyObject o, string what, out uint id)
    {
        id = 0;
        if (o is not PyInt)
        {
            PyErr.TypeError($"{what} should be integer, not {o.Type.TpName}");
            return false;
        }

        if (!PyLong.AsLong(o, out long v) || v is < -1 or >= uint.MaxValue)
        {
            if (!PyErr.Occurred || PyErr.ExceptionMatches(PyExc.OverflowError))
            {
                PyErr.Clear();
                PyErr.OverflowError(v < 0 ? $"{what} is less than minimum" : $"{what} is greater than maximum");
            }

            return false;
        }

        id = v == -1 ? uint.MaxValue : (uint)v;
        return true;
    }

    private static bool NoDirFd(PyObject? dirFd)
    {
        if (dirFd is null or PyNone)
        {
            return true;
        }

        PyErr.NotImplementedError("dir_fd unavailable on this platform");
        return false;
    }

    private static bool FollowArg(PyObject? o, out bool follow)
    {
        follow = true;
        if (o is null)
        {
            return true;
        }

        int t = PyOps.IsTrue(o);
        follow = t == 1;
        return t >= 0;
    }

    private static PyObject? Symlink(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[4];
        if (!s_symlinkSpec.Parse(args, kwnames, slots) || !PathArg("symlink", "src", slots[0]!, allowFd: false, out var src)
            || !PathArg("symlink", "dst", slots[1]!, allowFd: false, out var dst) || !NoDirFd(slots[3]))
        {
            return null;
        }

        return Libc.Symlink(src.Bytes!, dst.Bytes!) != 0 ? FromErrno(Libc.Errno, src.Object, dst.Object) : PyNone.Instance;
    }

    private static PyObject? ReadLink(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null, null];
        if (!s_readlinkSpec.Parse(args, kwnames, slots) || !PathArg("readlink", "path", slots[0]!, allowFd: false, out var path) || !NoDirFd(slots[1]))
        {
            return null;
        }

        var buf = new byte[4096];
        nint n = Libc.ReadLink(path.Bytes!, buf, buf.Length);
        return n < 0 ? FromErrno(Libc.Errno, path.Object) : PathResult(buf.AsSpan(0, (int)n), path.IsBytes);
    }

    private static PyObject? Link(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[5];
        if (!s_linkSpec.Parse(args, kwnames, slots) || !PathArg("link", "src", slots[0]!, allowFd: false, out var src)
            || !PathArg("link", "dst", slots[1]!, allowFd: false, out var dst) || !NoDirFd(slots[2]) || !NoDirFd(slots[3])
            || !FollowArg(slots[4], out bool follow))
        {
            return null;
        }

        int r = follow ? Libc.LinkAt(AtFdCwd, src.Bytes!, AtFdCwd, dst.Bytes!, 0x400) : Libc.Link(src.Bytes!, dst.Bytes!);
        return r != 0 ? FromErrno(Libc.Errno, src.Object, dst.Object) : PyNone.Instance;
    }

    private static PyObject? ChMod(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[4];
        if (!s_chmodSpec.Parse(args, kwnames, slots) || !PathArg("chmod", "path", slots[0]!, allowFd: true, out var path)
            || !IntArg(slots[1]!, out int mode) || !NoDirFd(slots[2]) || !FollowArg(slots[3], out bool follow))
        {
            return null;
        }

        int r = path.Bytes is null ? Libc.FChMod(path.Fd, mode)
            : follow ? Libc.ChMod(path.Bytes, mode) : Libc.FChModAt(AtFdCwd, path.Bytes, mode, AtSymlinkNoFollow);
        return r != 0 ? FromErrno(Libc.Errno, path.Object) : PyNone.Instance;
    }

    private static PyObject? ChOwn(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[5];
        if (!s_chownSpec.Parse(args, kwnames, slots) || !PathArg("chown", "path", slots[0]!, allowFd: true, out var path)
            || !IdArg(slots[1]!, "uid", out uint uid) || !IdArg(slots[2]!, "gid", out uint gid) || !NoDirFd(slots[3])
            || !FollowArg(slots[4], out bool follow))
        {
            return null;
        }

        int r = path.Bytes is null ? Libc.FChOwn(path.Fd, uid, gid)
            : follow ? Libc.ChOwn(path.Bytes, uid, gid) : Libc.LChOwn(path.Bytes, uid, gid);
        return r != 0 ? FromErrno(Libc.Errno, path.Object) : PyNone.Instance;
    }

    private static PyObject? UTime(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[5];
        if (!s_utimeSpec.Parse(args, kwnames, slots) || !PathArg("utime", "path", slots[0]!, allowFd: true, out var path)
            || !FollowArg(slots[4], out bool follow))
        {
            return null;
        }

        var times = slots[1] is PyNone ? null : slots[1];
        var ns = slots[2];
        if (times is not null && ns is not null)
        {
            return PyErr.ValueError("utime: you may specify either 'times' or 'ns' but not both");
        }

        long[]? spec = null;
        if (times is not null)
        {
            if (times is not PyTuple { Items.Length: 2 } t)
            {
                return PyErr.TypeError("utime: 'times' must be either a tuple of two ints or None");
            }

            spec = new long[4];
            if (!ObjectToTimespec(t.Items[0], out spec[0], out spec[1]) || !ObjectToTimespec(t.Items[1], out spec[2], out spec[3]))
            {
                return null;
            }
        }
        else if (ns is not null)
        {
            if (ns is not PyTuple { Items.Length: 2 } t)
            {
                return PyErr.TypeError("utime: 'ns' must be a tuple of two ints");
            }

            spec = new long[4];
            for (int i = 0; i < 2; i++)
            {
                if (t.Items[i] is not PyInt n)
                {
                    return PyErr.TypeError($"'{t.Items[i].Type.TpName}' object cannot be interpreted as an integer");
                }

                var total = n.ToBigInteger();
                var sec = System.Numerics.BigInteger.DivRem(total, 1_000_000_000, out var rem);
                if (rem < 0)
                {
                    rem += 1_000_000_000;
                    sec -= 1;
                }

                if (sec < long.MinValue || sec > long.MaxValue)
                {
                    return PyErr.OverflowError("timestamp out of range for platform time_t");
                }

                spec[2 * i] = (long)sec;
                spec[(2 * i) + 1] = (long)rem;
            }
        }

        if (slots[3] is { } dirFd and not PyNone)
        {
            if (!FdArg(dirFd, out int dfd))
            {
                return null;
            }

            if (path.Bytes is null)
            {
                return PyErr.ValueError("utime: can't specify both dir_fd and fd");
            }

            return Libc.UtimensAt(dfd, path.Bytes, spec, follow ? 0 : AtSymlinkNoFollow) != 0 ? FromErrno(Libc.Errno, path.Object) : PyNone.Instance;
        }

        if (path.Bytes is null)
        {
            if (!follow)
            {
                return PyErr.ValueError("utime: cannot use fd and follow_symlinks together");
            }

            return Libc.FUtimens(path.Fd, spec) != 0 ? FromErrno(Libc.Errno) : PyNone.Instance;
        }

        return Libc.UtimensAt(AtFdCwd, path.Bytes, spec, follow ? 0 : AtSymlinkNoFollow) != 0 ? FromErrno(Libc.Errno, path.Object) : PyNone.Instance;
    }

    /// <summary>_PyTime_ObjectToTimespec with _PyTime_ROUND_FLOOR: an int, or a float split into seconds and nanoseconds.</summary>
    private static bool ObjectToTimespec(PyObject o, out long sec, out long nsec)
    {
        sec = 0;
        nsec = 0;
        if (o is PyFloat f)
        {
            double v = f.Value;
            if (double.IsNaN(v))
            {
                PyErr.ValueError("Invalid value NaN (not a number)");
                return false;
            }

            double floor = Math.Floor(v);
            double frac = Math.Floor((v - floor) * 1e9);
            if (frac >= 1e9)
            {
                frac -= 1e9;
                floor += 1;
            }

            if (floor < long.MinValue || floor >= 9.2233720368547758e18)
            {
                PyErr.OverflowError("timestamp out of range for platform time_t");
                return false;
            }

            sec = (long)floor;
            nsec = (long)frac;
            return true;
        }

        if (o is not PyInt)
        {
            PyErr.TypeError($"'{o.Type.TpName}' object cannot be interpreted as an integer");
            return false;
        }

        if (!PyLong.AsLong(o, out sec))
        {
            if (PyErr.ExceptionMatches(PyExc.OverflowError))
            {
                PyErr.Clear();
                PyErr.OverflowError("timestamp out of range for platform time_t");
            }

            return false;
        }

        return true;
    }
}
