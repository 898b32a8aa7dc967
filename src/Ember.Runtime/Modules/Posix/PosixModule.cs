using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Modules.Sys;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Posix;

/// <summary>
/// The <c>posix</c> module (Modules/posixmodule.c), first part: what
/// importlib._bootstrap_external and os/posixpath/genericpath/stat need to
/// load: stat and friends, the working directory, listdir, file descriptors,
/// directory and file removal and renaming, access, environ, and the
/// constants. Failures raise OSError built as PyErr_SetFromErrnoWithFilenameObject
/// does (so errno picks the subclass: FileNotFoundError, ...). Linux only.
/// </summary>
public static partial class PosixModule
{
    private static readonly PyType s_statResultType = StructSequence.CreateType("os.stat_result",
    [
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null,
        "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev",
    ], 10);

    private static readonly bool s_arm64 = RuntimeInformation.ProcessArchitecture == Architecture.Arm64;

    private const int StatBufferSize = 256;

    public static PyModule Create(PyInterpreterState interp)
    {
        var module = new PyModule("posix") { Origin = "built-in" };
        var d = module.Dict;
        d.SetItemStr("__doc__", new PyStr("This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls."));
        d.SetItemStr("error", PyExc.OSError);
        d.SetItemStr("stat_result", s_statResultType);
        d.SetItemStr("environ", Environ());
        d.SetItemStr("DirEntry", PyDirEntry.TypeObject);
        AddFunctions(module);
        AddSystemFunctions(d);
        AddLinkFunctions(d);
        AddProcessFunctions(d);
        AddConstants(d);
        AddMoreConstants(d);

        // What os.py builds supports_fd/supports_dir_fd/supports_follow_symlinks from: only what the functions here accept.
        var have = new PyList();
        foreach (var name in (ReadOnlySpan<string>)["HAVE_FCHMOD", "HAVE_FCHOWN", "HAVE_FPATHCONF", "HAVE_FSTATVFS", "HAVE_FTRUNCATE",
            "HAVE_FUTIMENS", "HAVE_LCHOWN", "HAVE_LSTAT", "HAVE_UTIMENSAT"])
        {
            have.Append(new PyStr(name));
        }

        d.SetItemStr("_have_functions", have);
        return module;
    }

    // posix.environ: bytes keys and values, as CPython builds it on POSIX.
    private static PyDict Environ()
    {
        var env = new PyDict();
        var entries = new List<(string Key, string Value)>();
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            entries.Add(((string)e.Key, (string?)e.Value ?? ""));
        }

        foreach (var (key, value) in entries)
        {
            env.SetItem(PyBytes.From(System.Text.Encoding.UTF8.GetBytes(key)), PyBytes.From(System.Text.Encoding.UTF8.GetBytes(value)));
        }

        return env;
    }

    /// <summary>Raises OSError(errno, strerror[, filename[, None, filename2]]) as the subclass errno selects.</summary>
    internal static PyObject? FromErrno(int errno, PyObject? filename = null, PyObject? filename2 = null)
    {
        var strerror = new PyStr(Libc.StrError(errno));
        PyBaseException? exc = filename is null
            ? PyErr.CreateException(PyExc.OSError, [PyInt.From(errno), strerror])
            : filename2 is null
                ? PyErr.CreateException(PyExc.OSError, [PyInt.From(errno), strerror, filename])
                : PyErr.CreateException(PyExc.OSError, [PyInt.From(errno), strerror, filename, PyNone.Instance, filename2]);
        if (exc is not null)
        {
            PyErr.Raise(exc);
        }

        return null;
    }

    /// <summary>
    /// path_converter: a str (encoded UTF-8 with surrogateescape), bytes, an
    /// os.PathLike, or (when <paramref name="allowFd"/>) an int file descriptor.
    /// </summary>
    internal static bool PathArg(string function, string argument, PyObject o, bool allowFd, out PathValue path)
    {
        path = default;
        if (allowFd && o is PyInt && o.Type != PyBool.TypeObject)
        {
            if (!PyLong.AsLong(o, out long fd))
            {
                return false;
            }

            if (fd is < int.MinValue or > int.MaxValue)
            {
                PyErr.OverflowError($"fd is greater than maximum");
                return false;
            }

            path = new PathValue(null, (int)fd, false, o);
            return true;
        }

        var value = o;
        if (o is not PyStr and not PyBytes)
        {
            var fspath = o.Type.Lookup("__fspath__");
            if (fspath is null)
            {
                string what = allowFd ? "string, bytes, os.PathLike or integer" : "string, bytes or os.PathLike";
                PyErr.TypeError($"{function}: {argument} should be {what}, not {o.Type.TpName}");
                return false;
            }

            var result = PyCall.CallMethod(o, "__fspath__", []);
            if (result is null)
            {
                return false;
            }

            if (result is not PyStr and not PyBytes)
            {
                PyErr.TypeError($"expected {o.Type.TpName}.__fspath__() to return str or bytes, not {result.Type.TpName}");
                return false;
            }

            value = result;
        }

        byte[] raw;
        bool isBytes = value is PyBytes;
        if (value is PyBytes b)
        {
            raw = b.Data.ToArray();
        }
        else if (Encoder.Encode((PyStr)value, CodecKind.Utf8, "surrogateescape") is PyBytes encoded)
        {
            raw = encoded.Data.ToArray();
        }
        else
        {
            return false;
        }

        if (Array.IndexOf(raw, (byte)0) >= 0)
        {
            PyErr.ValueError("embedded null byte");
            return false;
        }

        var terminated = new byte[raw.Length + 1];
        raw.CopyTo(terminated, 0);
        path = new PathValue(terminated, -1, isBytes, o);
        return true;
    }

    /// <summary>A converted path: NUL-terminated bytes, or a file descriptor; the object given, for errors.</summary>
    internal readonly record struct PathValue(byte[]? Bytes, int Fd, bool IsBytes, PyObject Object);

    /// <summary>A path as the caller gave its kind: bytes for bytes, else str decoded with surrogateescape.</summary>
    internal static PyObject? PathResult(ReadOnlySpan<byte> raw, bool asBytes) =>
        asBytes ? PyBytes.From(raw) : Decoder.Decode(raw, CodecKind.Utf8, "surrogateescape");

    internal static PyObject? StatResult(byte[] buf)
    {
        long dev = BinaryPrimitives.ReadInt64LittleEndian(buf.AsSpan(0));
        long ino = BinaryPrimitives.ReadInt64LittleEndian(buf.AsSpan(8));
        long nlink, mode, uid, gid, rdev, size, blksize, blocks;
        if (s_arm64)
        {
            mode = BinaryPrimitives.ReadUInt32LittleEndian(buf.AsSpan(16));
            nlink = BinaryPrimitives.ReadUInt32LittleEndian(buf.AsSpan(20));
            uid = BinaryPrimitives.ReadUInt32LittleEndian(buf.AsSpan(24));
            gid = BinaryPrimitives.ReadUInt32LittleEndian(buf.AsSpan(28));
            rdev = BinaryPrimitives.ReadInt64LittleEndian(buf.AsSpan(32));
            size = BinaryPrimitives.ReadInt64LittleEndian(buf.AsSpan(48));
            blksize = BinaryPrimitives.ReadInt32LittleEndian(buf.AsSpan(56));
            blocks = BinaryPrimitives.ReadInt64LittleEndian(buf.AsSpan(64));
        }
        else
        {
            nlink = BinaryPrimitives.ReadInt64LittleEndian(buf.AsSpan(16));
            mode = BinaryPrimitives.ReadUInt32LittleEndian(buf.AsSpan(24));
            uid = BinaryPrimitives.ReadUInt32LittleEndian(buf.AsSpan(28));
            gid = BinaryPrimitives.ReadUInt32LittleEndian(buf.AsSpan(32));
            rdev = BinaryPrimitives.ReadInt64LittleEndian(buf.AsSpan(40));
            size = BinaryPrimitives.ReadInt64LittleEndian(buf.AsSpan(48));
            blksize = BinaryPrimitives.ReadInt64LittleEndian(buf.AsSpan(56));
            blocks = BinaryPrimitives.ReadInt64LittleEndian(buf.AsSpan(64));
        }

        var seconds = new PyObject[3];
        var floats = new PyObject[3];
        var nanos = new PyObject[3];
        for (int i = 0; i < 3; i++)
        {
            long sec = BinaryPrimitives.ReadInt64LittleEndian(buf.AsSpan(72 + (16 * i)));
            long nsec = BinaryPrimitives.ReadInt64LittleEndian(buf.AsSpan(80 + (16 * i)));
            seconds[i] = PyInt.From(sec);
            floats[i] = new PyFloat(sec + (nsec * 1e-9));
            nanos[i] = PyInt.From((System.Numerics.BigInteger)sec * 1_000_000_000 + nsec);
        }

        PyObject[] items =
        [
            PyInt.From(mode), PyInt.From((ulong)ino), PyInt.From((ulong)dev), PyInt.From(nlink), PyInt.From(uid), PyInt.From(gid),
            PyInt.From(size), seconds[0], seconds[1], seconds[2],
        ];
        PyObject[] hidden = [floats[0], floats[1], floats[2], nanos[0], nanos[1], nanos[2], PyInt.From(blksize), PyInt.From(blocks), PyInt.From((ulong)rdev)];
        return StructSequence.CreateWithHidden(s_statResultType, items, hidden);
    }

    internal static byte[] NewStatBuffer() => new byte[StatBufferSize];

    private static void AddConstants(PyDict d)
    {
        (string Name, int Value)[] constants =
        [
            ("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1),
            ("O_RDONLY", 0), ("O_WRONLY", 1), ("O_RDWR", 2), ("O_APPEND", 0x400), ("O_CREAT", 0x40), ("O_EXCL", 0x80),
            ("O_TRUNC", 0x200), ("O_NONBLOCK", 0x800), ("O_NDELAY", 0x800), ("O_SYNC", 0x101000), ("O_DSYNC", 0x1000),
            ("O_NOCTTY", 0x100), ("O_CLOEXEC", 0x80000), ("O_ACCMODE", 3), ("O_ASYNC", 0x2000), ("O_NOATIME", 0x40000),
            ("O_PATH", 0x200000), ("O_TMPFILE", s_arm64 ? 0x404000 : 0x410000),
            ("O_DIRECTORY", s_arm64 ? 0x4000 : 0x10000), ("O_NOFOLLOW", s_arm64 ? 0x8000 : 0x20000),
            ("O_DIRECT", s_arm64 ? 0x10000 : 0x4000), ("O_LARGEFILE", s_arm64 ? 0x20000 : 0),
            ("SEEK_DATA", 3), ("SEEK_HOLE", 4),
            ("EX_OK", 0), ("EX_USAGE", 64), ("EX_DATAERR", 65), ("EX_NOINPUT", 66), ("EX_SOFTWARE", 70), ("EX_OSERR", 71),
            ("WNOHANG", 1), ("WUNTRACED", 2), ("WCONTINUED", 8),
        ];
        foreach (var (name, value) in constants)
        {
            d.SetItemStr(name, PyInt.From(value));
        }
    }
}
