using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Posix;

// The posix functions: each parses its arguments as the clinic does, calls libc, and raises from errno.
public static partial class PosixModule
{
    private static readonly ArgSpec s_statSpec = new("stat", ["path", "dir_fd", "follow_symlinks"], maxPositional: 1, required: 1);
    private static readonly ArgSpec s_lstatSpec = new("lstat", ["path", "dir_fd"], maxPositional: 1, required: 1);
    private static readonly ArgSpec s_scandirSpec = new("scandir", ["path"]);
    private static readonly ArgSpec s_listdirSpec = new("listdir", ["path"]);
    private static readonly ArgSpec s_mkdirSpec = new("mkdir", ["path", "mode", "dir_fd"], maxPositional: 2, required: 1);
    private static readonly ArgSpec s_openSpec = new("open", ["path", "flags", "mode", "dir_fd"], maxPositional: 3, required: 2);
    private static readonly ArgSpec s_accessSpec = new("access", ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], maxPositional: 2, required: 2);

    private static void AddFunctions(PyModule module)
    {
        var d = module.Dict;
        Add(d, "stat", static (args, kw) => StatCommon(s_statSpec, args, kw, follow: true));
        Add(d, "lstat", static (args, kw) => StatCommon(s_lstatSpec, args, kw, follow: false));
        Add(d, "fstat", static (args, kw) =>
        {
            if (!Args.Positional("fstat", args, kw, 1, 1) || !FdArg(args[0], out int fd))
            {
                return null;
            }

            var buf = NewStatBuffer();
            return Libc.FStat(fd, buf) != 0 ? FromErrno(Libc.Errno) : StatResult(buf);
        });
        Add(d, "getcwd", static (args, kw) => Args.NoArgs("getcwd", args, kw) ? GetCwd(false) : null);
        Add(d, "getcwdb", static (args, kw) => Args.NoArgs("getcwdb", args, kw) ? GetCwd(true) : null);
        Add(d, "chdir", static (args, kw) => OnePath("chdir", args, kw, static p => Libc.ChDir(p)));
        Add(d, "rmdir", static (args, kw) => OnePath("rmdir", args, kw, static p => Libc.RmDir(p)));
        Add(d, "unlink", static (args, kw) => OnePath("unlink", args, kw, static p => Libc.Unlink(p)));
        Add(d, "remove", static (args, kw) => OnePath("remove", args, kw, static p => Libc.Unlink(p)));
        Add(d, "rename", static (args, kw) => TwoPaths("rename", args, kw));
        Add(d, "replace", static (args, kw) => TwoPaths("replace", args, kw));
        Add(d, "mkdir", MkDir);
        Add(d, "listdir", ListDir);
        Add(d, "scandir", ScanDir);
        Add(d, "access", Access);
        Add(d, "open", Open);
        Add(d, "fspath", static (args, kw) =>
        {
            Span<PyObject?> slots = [null];
            if (!new ArgSpec("fspath", ["path"], required: 1).Parse(args, kw, slots))
            {
                return null;
            }

            return FsPath(slots[0]!);
        });
        Add(d, "close", static (args, kw) =>
        {
            if (!Args.Positional("close", args, kw, 1, 1) || !FdArg(args[0], out int fd))
            {
                return null;
            }

            return Libc.Close(fd) != 0 ? FromErrno(Libc.Errno) : PyNone.Instance;
        });
        Add(d, "read", static (args, kw) =>
        {
            if (!Args.Positional("read", args, kw, 2, 2) || !FdArg(args[0], out int fd) || !PyNumber.AsSsize(args[1], out long n))
            {
                return null;
            }

            if (n < 0)
            {
                return FromErrno(22);
            }

            var buf = new byte[n];
            nint got = Libc.Read(fd, buf, (nint)n);
            return got < 0 ? FromErrno(Libc.Errno) : PyBytes.From(buf.AsSpan(0, (int)got));
        });
        Add(d, "write", static (args, kw) =>
        {
            if (!Args.Positional("write", args, kw, 2, 2) || !FdArg(args[0], out int fd))
            {
                return null;
            }

            if (!Ember.Runtime.Codecs.BytesLike.TryGetBytes(args[1], out var data))
            {
                return PyErr.TypeError($"a bytes-like object is required, not '{args[1].Type.TpName}'");
            }

            var copy = data.ToArray();
            nint put = Libc.Write(fd, copy, copy.Length);
            return put < 0 ? FromErrno(Libc.Errno) : PyInt.From(put);
        });
        Add(d, "lseek", static (args, kw) =>
        {
            if (!Args.Positional("lseek", args, kw, 3, 3) || !FdArg(args[0], out int fd)
                || !PyLong.AsLong(args[1], out long pos) || !PyLong.AsLong(args[2], out long how))
            {
                return null;
            }

            long r = Libc.LSeek(fd, pos, (int)how);
            return r < 0 ? FromErrno(Libc.Errno) : PyInt.From(r);
        });
        Add(d, "isatty", static (args, kw) =>
            Args.Positional("isatty", args, kw, 1, 1) && FdArg(args[0], out int fd) ? PyBool.From(Libc.IsATty(fd) == 1) : null);
        Add(d, "dup", static (args, kw) =>
        {
            if (!Args.Positional("dup", args, kw, 1, 1) || !FdArg(args[0], out int fd))
            {
                return null;
            }

            int r = Libc.Dup(fd);
            return r < 0 ? FromErrno(Libc.Errno) : PyInt.From(r);
        });
        Add(d, "getpid", static (args, kw) => Args.NoArgs("getpid", args, kw) ? PyInt.From(Libc.GetPid()) : null);
        Add(d, "umask", static (args, kw) =>
            Args.Positional("umask", args, kw, 1, 1) && PyLong.AsLong(args[0], out long mask) ? PyInt.From(Libc.Umask((int)mask)) : null);
        Add(d, "strerror", static (args, kw) =>
            Args.Positional("strerror", args, kw, 1, 1) && PyLong.AsLong(args[0], out long code) ? new PyStr(Libc.StrError((int)code)) : null);
        Add(d, "urandom", static (args, kw) =>
        {
            if (!Args.Positional("urandom", args, kw, 1, 1) || !PyNumber.AsSsize(args[0], out long n))
            {
                return null;
            }

            if (n < 0)
            {
                return PyErr.ValueError("negative argument not allowed");
            }

            var bytes = new byte[n];
            RandomNumberGenerator.Fill(bytes);
            return PyBytes.From(bytes);
        });
        Add(d, "cpu_count", static (args, kw) => Args.NoArgs("cpu_count", args, kw) ? PyInt.From(Environment.ProcessorCount) : null);
        Add(d, "device_encoding", static (args, kw) =>
        {
            if (!Args.Positional("device_encoding", args, kw, 1, 1) || !FdArg(args[0], out int fd))
            {
                return null;
            }

            return Libc.IsATty(fd) == 1 ? new PyStr("UTF-8") : PyNone.Instance;
        });
        Add(d, "_exit", static (args, kw) =>
        {
            if (!Args.Positional("_exit", args, kw, 1, 1) || !PyLong.AsLong(args[0], out long status))
            {
                return null;
            }

            Libc.Exit((int)status);
            return PyNone.Instance;
        });
    }

    private static PyObject? FsPath(PyObject o)
    {
        if (o is PyStr or PyBytes)
        {
            return o;
        }

        if (o.Type.Lookup("__fspath__") is null)
        {
            return PyErr.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.TpName}");
        }

        var result = PyCall.CallMethod(o, "__fspath__", []);
        if (result is null || result is PyStr or PyBytes)
        {
            return result;
        }

        return PyErr.TypeError($"expected {o.Type.TpName}.__fspath__() to return str or bytes, not {result.Type.TpName}");
    }

    private static bool FdArg(PyObject o, out int fd)
    {
        fd = -1;
        if (o is PyFloat)
        {
            PyErr.TypeError("'float' object cannot be interpreted as an integer");
            return false;
        }

        if (!PyLong.AsLong(o, out long v))
        {
            return false;
        }

        if (v is > int.MaxValue)
        {
            PyErr.OverflowError("fd is greater than maximum");
            return false;
        }

        if (v is < int.MinValue)
        {
            PyErr.OverflowError("fd is less than minimum");
            return false;
        }

        fd = (int)v;
        return true;
    }

    private static PyObject? StatCommon(ArgSpec spec, ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool follow)
    {
        Span<PyObject?> slots = new PyObject?[spec.Count];
        if (!spec.Parse(args, kwnames, slots))
        {
            return null;
        }

        if (!PathArg(spec.FunctionName, "path", slots[0]!, allowFd: follow, out var path))
        {
            return null;
        }

        if (slots[1] is { } dirFd && dirFd is not PyNone)
        {
            return PyErr.NotImplementedError("dir_fd unavailable on this platform");
        }

        if (follow && slots[2] is { } f && PyOps.IsTrue(f) == 0)
        {
            follow = false;
        }

        var buf = NewStatBuffer();
        int r = path.Bytes is null ? Libc.FStat(path.Fd, buf) : follow ? Libc.Stat(path.Bytes, buf) : Libc.LStat(path.Bytes, buf);
        return r != 0 ? FromErrno(Libc.Errno, path.Object) : StatResult(buf);
    }

    private static PyObject? GetCwd(bool asBytes)
    {
        var buf = new byte[4096];
        if (Libc.GetCwd(buf, buf.Length) == 0)
        {
            return FromErrno(Libc.Errno);
        }

        int n = Array.IndexOf(buf, (byte)0);
        return PathResult(buf.AsSpan(0, n), asBytes);
    }

    private static PyObject? OnePath(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, Func<byte[], int> call)
    {
        Span<PyObject?> slots = [null, null];
        if (!new ArgSpec(name, ["path", "dir_fd"], maxPositional: 1, required: 1).Parse(args, kwnames, slots)
            || !PathArg(name, "path", slots[0]!, allowFd: false, out var path))
        {
            return null;
        }

        return call(path.Bytes!) != 0 ? FromErrno(Libc.Errno, path.Object) : PyNone.Instance;
    }

    private static PyObject? TwoPaths(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null, null, null, null];
        if (!new ArgSpec(name, ["src", "dst", "src_dir_fd", "dst_dir_fd"], maxPositional: 2, required: 2).Parse(args, kwnames, slots)
            || !PathArg(name, "src", slots[0]!, allowFd: false, out var src) || !PathArg(name, "dst", slots[1]!, allowFd: false, out var dst))
        {
            return null;
        }

        return Libc.Rename(src.Bytes!, dst.Bytes!) != 0 ? FromErrno(Libc.Errno, src.Object, dst.Object) : PyNone.Instance;
    }

    private static PyObject? MkDir(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null, null, null];
        if (!s_mkdirSpec.Parse(args, kwnames, slots) || !PathArg("mkdir", "path", slots[0]!, allowFd: false, out var path))
        {
            return null;
        }

        long mode = 0x1ff;
        if (slots[1] is { } m && !PyLong.AsLong(m, out mode))
        {
            return null;
        }

        return Libc.MkDir(path.Bytes!, (int)mode) != 0 ? FromErrno(Libc.Errno, path.Object) : PyNone.Instance;
    }

    private static PyObject? Access(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[5];
        if (!s_accessSpec.Parse(args, kwnames, slots) || !PathArg("access", "path", slots[0]!, allowFd: false, out var path)
            || !PyLong.AsLong(slots[1]!, out long mode))
        {
            return null;
        }

        return PyBool.From(Libc.Access(path.Bytes!, (int)mode) == 0);
    }

    private static PyObject? Open(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[4];
        if (!s_openSpec.Parse(args, kwnames, slots) || !PathArg("open", "path", slots[0]!, allowFd: false, out var path)
            || !PyLong.AsLong(slots[1]!, out long flags))
        {
            return null;
        }

        long mode = 0x1ff;
        if (slots[2] is { } m && !PyLong.AsLong(m, out mode))
        {
            return null;
        }

        // CPython opens with O_CLOEXEC: descriptors are not inherited (PEP 446).
        int fd = Libc.Open(path.Bytes!, (int)flags | 0x80000, (int)mode);
        return fd < 0 ? FromErrno(Libc.Errno, path.Object) : PyInt.From(fd);
    }

    private static PyObject? ListDir(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null];
        if (!s_listdirSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        PathValue path;
        if (slots[0] is null or PyNone)
        {
            path = new PathValue([(byte)'.', 0], -1, false, new PyStr("."));
        }
        else if (!PathArg("listdir", "path", slots[0]!, allowFd: false, out path))
        {
            return null;
        }

        nint dir = Libc.OpenDir(path.Bytes!);
        if (dir == 0)
        {
            return FromErrno(Libc.Errno, path.Object);
        }

        var result = new PyList();
        try
        {
            while (true)
            {
                Marshal.SetLastPInvokeError(0);
                nint entry = Libc.ReadDir(dir);
                if (entry == 0)
                {
                    int errno = Libc.Errno;
                    if (errno != 0)
                    {
                        return FromErrno(errno, path.Object);
                    }

                    break;
                }

                var name = ReadName(entry + Libc.DirentNameOffset);
                if (name is [(byte)'.'] or [(byte)'.', (byte)'.'])
                {
                    continue;
                }

                var item = PathResult(name, path.IsBytes);
                if (item is null)
                {
                    return null;
                }

                result.Append(item);
            }
        }
        finally
        {
            Libc.CloseDir(dir);
        }

        return result;
    }

    private static PyObject? ScanDir(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null];
        if (!s_scandirSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        PathValue path;
        if (slots[0] is null or PyNone)
        {
            path = new PathValue([(byte)'.', 0], -1, false, new PyStr("."));
        }
        else if (slots[0] is PyInt && slots[0]!.Type != PyBool.TypeObject)
        {
            return PyErr.NotImplementedError("scandir: fd unavailable on this platform");
        }
        else if (slots[0] is not PyStr and not PyBytes && slots[0]!.Type.Lookup("__fspath__") is null)
        {
            return PyErr.TypeError($"scandir: path should be string, bytes, os.PathLike, integer or None, not {slots[0]!.Type.TpName}");
        }
        else if (!PathArg("scandir", "path", slots[0]!, allowFd: false, out path))
        {
            return null;
        }

        nint dir = Libc.OpenDir(path.Bytes!);
        return dir == 0 ? FromErrno(Libc.Errno, path.Object) : new PyScandirIterator(dir, path.Bytes!, path.IsBytes);
    }

    private static byte[] ReadName(nint p)
    {
        int n = 0;
        while (Marshal.ReadByte(p, n) != 0)
        {
            n++;
        }

        var name = new byte[n];
        Marshal.Copy(p, name, 0, n);
        return name;
    }

    private static void Add(PyDict d, string name, FunctionImpl impl) =>
        d.SetItemStr(name, new PyBuiltinFunction(name, impl, "posix"));
}
