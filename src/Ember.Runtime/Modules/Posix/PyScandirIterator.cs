using System.Runtime.InteropServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Posix;

/// <summary>
/// <c>posix.ScandirIterator</c> (posixmodule.c's ScandirIterator): reads a
/// directory lazily, skipping "." and "..", yielding <see cref="PyDirEntry"/>;
/// closes the directory at the end, on close() and on leaving a with block.
/// </summary>
public sealed class PyScandirIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("ScandirIterator", null, TypeFlags.None, InitSlots, InitMembers, "posix");

    private readonly byte[] _path;
    private readonly bool _isBytes;
    private nint _dir;

    internal PyScandirIterator(nint dir, byte[] path, bool isBytes)
        : base(TypeObject)
    {
        _dir = dir;
        _path = path;
        _isBytes = isBytes;
    }

    private static void InitSlots(PyType t)
    {
        t.New = static (cls, args, kw) => PyErr.TypeError("cannot create 'posix.ScandirIterator' instances");
        t.Iter = static self => self;
        t.Next = static self => ((PyScandirIterator)self).Next();
        t.Finalize = static self => ((PyScandirIterator)self).Close();
    }

    private static void InitMembers(PyType t)
    {
        t.AddMethod("close", static (self, a, k) =>
        {
            if (!Args.NoArgs("close", a, k))
            {
                return null;
            }

            ((PyScandirIterator)self).Close();
            return PyNone.Instance;
        });
        t.AddMethod("__enter__", static (self, a, k) => Args.NoArgs("__enter__", a, k) ? self : null);
        t.AddMethod("__exit__", static (self, a, k) =>
        {
            ((PyScandirIterator)self).Close();
            return PyNone.Instance;
        });
        t.AddMethod("__reduce__", static (self, a, k) => PyErr.TypeError("cannot pickle 'posix.ScandirIterator' object"));
    }

    private void Close()
    {
        if (_dir != 0)
        {
            Libc.CloseDir(_dir);
            _dir = 0;
        }
    }

    private PyObject? Next()
    {
        while (_dir != 0)
        {
            Marshal.SetLastPInvokeError(0);
            nint entry = Libc.ReadDir(_dir);
            if (entry == 0)
            {
                int errno = Libc.Errno;
                Close();
                if (errno != 0)
                {
                    return PosixModule.FromErrno(errno, PosixModule.PathResult(_path.AsSpan(0, _path.Length - 1), _isBytes));
                }

                return null;
            }

            var name = Libc.CString(entry + Libc.DirentNameOffset);
            if (name is [(byte)'.'] or [(byte)'.', (byte)'.'])
            {
                continue;
            }

            ulong ino = (ulong)Marshal.ReadInt64(entry);
            byte type = Marshal.ReadByte(entry, 18);
            return PyDirEntry.Create(_path, name, _isBytes, type, ino);
        }

        return null;
    }
}

/// <summary>
/// <c>posix.DirEntry</c>: one entry of scandir, with the name and the joined
/// path, the d_type and inode readdir gave, and stat results cached once asked.
/// </summary>
public sealed class PyDirEntry : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("DirEntry", null, TypeFlags.None, InitSlots, InitMembers, "posix");

    private const byte DtUnknown = 0;
    private const byte DtDir = 4;
    private const byte DtReg = 8;
    private const byte DtLnk = 10;
    private const long SIfmt = 0xf000;

    private static readonly ArgSpec s_isDirSpec = new("is_dir", ["follow_symlinks"], maxPositional: 0);
    private static readonly ArgSpec s_isFileSpec = new("is_file", ["follow_symlinks"], maxPositional: 0);
    private static readonly ArgSpec s_statSpec = new("stat", ["follow_symlinks"], maxPositional: 0);

    private readonly PyObject _name;
    private readonly PyObject _path;
    private readonly byte[] _cpath;
    private readonly byte _dtype;
    private readonly ulong _ino;
    private PyObject? _stat;
    private PyObject? _lstat;

    private PyDirEntry(PyObject name, PyObject path, byte[] cpath, byte dtype, ulong ino)
        : base(TypeObject)
    {
        _name = name;
        _path = path;
        _cpath = cpath;
        _dtype = dtype;
        _ino = ino;
    }

    internal static PyObject? Create(byte[] dir, byte[] name, bool isBytes, byte dtype, ulong ino)
    {
        // dir is NUL-terminated; the entry's path is dir + "/" + name unless dir already ends in '/'.
        int dirLen = dir.Length - 1;
        bool slash = dirLen > 0 && dir[dirLen - 1] != (byte)'/';
        var cpath = new byte[dirLen + (slash ? 1 : 0) + name.Length + 1];
        dir.AsSpan(0, dirLen).CopyTo(cpath);
        if (slash)
        {
            cpath[dirLen] = (byte)'/';
        }

        name.CopyTo(cpath, dirLen + (slash ? 1 : 0));
        var nameObj = PosixModule.PathResult(name, isBytes);
        var pathObj = nameObj is null ? null : PosixModule.PathResult(cpath.AsSpan(0, cpath.Length - 1), isBytes);
        return pathObj is null ? null : new PyDirEntry(nameObj!, pathObj, cpath, dtype, ino);
    }

    private static void InitSlots(PyType t)
    {
        t.New = static (cls, args, kw) => PyErr.TypeError("cannot create 'posix.DirEntry' instances");
        t.Repr = static self =>
        {
            var r = PyOps.Repr(((PyDirEntry)self)._name);
            return r is null ? null : new PyStr($"<DirEntry {((PyStr)r).Value}>");
        };
    }

    private static void InitMembers(PyType t)
    {
        t.AddReadonlyMember("name", static self => ((PyDirEntry)self)._name);
        t.AddReadonlyMember("path", static self => ((PyDirEntry)self)._path);
        t.AddMethod("__fspath__", static (self, a, k) => Args.NoArgs("__fspath__", a, k) ? ((PyDirEntry)self)._path : null);
        t.AddMethod("inode", static (self, a, k) => Args.NoArgs("inode", a, k) ? PyInt.From(((PyDirEntry)self)._ino) : null);
        t.AddMethod("is_symlink", static (self, a, k) =>
        {
            if (!Args.NoArgs("is_symlink", a, k))
            {
                return null;
            }

            int r = ((PyDirEntry)self).IsSymlink();
            return r < 0 ? null : PyBool.From(r == 1);
        });
        t.AddMethod("is_dir", static (self, a, k) => TestMode(self, s_isDirSpec, a, k, 0x4000, DtDir));
        t.AddMethod("is_file", static (self, a, k) => TestMode(self, s_isFileSpec, a, k, 0x8000, DtReg));
        t.AddMethod("stat", static (self, a, k) =>
        {
            Span<PyObject?> slots = [null];
            if (!s_statSpec.Parse(a, k, slots))
            {
                return null;
            }

            int follow = slots[0] is { } f ? PyOps.IsTrue(f) : 1;
            return follow < 0 ? null : ((PyDirEntry)self).Stat(follow == 1);
        });
        t.AddClassMethod("__class_getitem__", ContainerHelpers.ClassGetItem);
    }

    private static PyObject? TestMode(PyObject self, ArgSpec spec, ReadOnlySpan<PyObject> args, PyTuple? kwnames, long mode, byte dtype)
    {
        Span<PyObject?> slots = [null];
        if (!spec.Parse(args, kwnames, slots))
        {
            return null;
        }

        int follow = slots[0] is { } f ? PyOps.IsTrue(f) : 1;
        if (follow < 0)
        {
            return null;
        }

        var entry = (PyDirEntry)self;
        int r = entry.TestMode(follow == 1, mode, dtype);
        return r < 0 ? null : PyBool.From(r == 1);
    }

    // DirEntry_test_mode: d_type answers unless it is unknown or a symlink to follow; else stat, a missing file being false.
    private int TestMode(bool follow, long mode, byte dtype)
    {
        bool needStat = _dtype == DtUnknown || (follow && _dtype == DtLnk);
        if (!needStat)
        {
            return _dtype == dtype ? 1 : 0;
        }

        var st = Stat(follow);
        if (st is null)
        {
            if (PyErr.ExceptionMatches(PyExc.FileNotFoundError))
            {
                PyErr.Clear();
                return 0;
            }

            return -1;
        }

        if (!PyLong.AsLong(((PyTuple)st).Items[0], out long m))
        {
            return -1;
        }

        return (m & SIfmt) == mode ? 1 : 0;
    }

    private int IsSymlink()
    {
        if (_dtype != DtUnknown)
        {
            return _dtype == DtLnk ? 1 : 0;
        }

        var st = Stat(false);
        if (st is null)
        {
            if (PyErr.ExceptionMatches(PyExc.FileNotFoundError))
            {
                PyErr.Clear();
                return 0;
            }

            return -1;
        }

        return PyLong.AsLong(((PyTuple)st).Items[0], out long m) && (m & SIfmt) == 0xa000 ? 1 : 0;
    }

    private PyObject? Stat(bool follow)
    {
        if (!follow)
        {
            return _lstat ??= DoStat(false);
        }

        if (_stat is null)
        {
            int link = IsSymlink();
            if (link < 0)
            {
                return null;
            }

            _stat = link == 1 ? DoStat(true) : Stat(false);
        }

        return _stat;
    }

    private PyObject? DoStat(bool follow)
    {
        var buf = PosixModule.NewStatBuffer();
        int r = follow ? Libc.Stat(_cpath, buf) : Libc.LStat(_cpath, buf);
        return r != 0 ? PosixModule.FromErrno(Libc.Errno, _path) : PosixModule.StatResult(buf);
    }
}
