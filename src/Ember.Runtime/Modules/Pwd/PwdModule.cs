using System.Runtime.InteropServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Modules.Posix;
using Ember.Runtime.Modules.Sys;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Pwd;

/// <summary>
/// The <c>pwd</c> module (Modules/pwdmodule.c): the password database through
/// getpwuid_r/getpwnam_r/getpwent, entries as <c>pwd.struct_passwd</c>.
/// </summary>
public static class PwdModule
{
    private static readonly PyType s_structPasswdType = StructSequence.CreateType("pwd.struct_passwd",
        ["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"], creatable: true);

    private const int ERange = 34;

    public static PyModule Create(PyInterpreterState interp)
    {
        var module = new PyModule("pwd") { Origin = "built-in" };
        var d = module.Dict;
        d.SetItemStr("__doc__", new PyStr("The password database: user accounts by uid or name."));
        d.SetItemStr("struct_passwd", s_structPasswdType);
        d.SetItemStr("getpwuid", new PyBuiltinFunction("getpwuid", GetPwUid, "pwd"));
        d.SetItemStr("getpwnam", new PyBuiltinFunction("getpwnam", GetPwNam, "pwd"));
        d.SetItemStr("getpwall", new PyBuiltinFunction("getpwall", GetPwAll, "pwd"));
        return module;
    }

    private static PyObject? GetPwUid(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("getpwuid", args, kwnames, 1, 1))
        {
            return null;
        }

        if (args[0] is not PyInt)
        {
            return PyErr.TypeError($"uid should be integer, not {args[0].Type.TpName}");
        }

        if (!PyLong.AsLong(args[0], out long uid) || uid is < -1 or > uint.MaxValue - 1)
        {
            PyErr.Clear();
            return PyErr.SetObject(PyExc.KeyError, new PyStr("getpwuid(): uid not found"));
        }

        var entry = Lookup((pwd, buf) => Libc.GetPwUidR(uid == -1 ? uint.MaxValue : (uint)uid, pwd, buf, (nuint)buf.Length, out nint r) == 0 ? r : -1);
        if (entry is null && !PyErr.Occurred)
        {
            return PyErr.SetObject(PyExc.KeyError, new PyStr($"getpwuid(): uid not found: {uid}"));
        }

        return entry;
    }

    private static PyObject? GetPwNam(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("getpwnam", args, kwnames, 1, 1))
        {
            return null;
        }

        if (args[0] is not PyStr name)
        {
            return PyErr.TypeError($"getpwnam() argument must be str, not {args[0].Type.TpName}");
        }

        if (!PosixModule.FsEncode(name, out var raw))
        {
            return null;
        }

        var entry = Lookup((pwd, buf) => Libc.GetPwNamR(raw, pwd, buf, (nuint)buf.Length, out nint r) == 0 ? r : -1);
        if (entry is null && !PyErr.Occurred)
        {
            var repr = PyOps.Repr(name);
            return repr is null ? null : PyErr.SetObject(PyExc.KeyError, new PyStr($"getpwnam(): name not found: {((PyStr)repr).Value}"));
        }

        return entry;
    }

    private static PyObject? GetPwAll(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("pwd.getpwall", args, kwnames))
        {
            return null;
        }

        var list = new PyList();
        Libc.SetPwEnt();
        try
        {
            nint p;
            while ((p = Libc.GetPwEnt()) != 0)
            {
                var entry = Entry(p);
                if (entry is null)
                {
                    return null;
                }

                list.Append(entry);
            }
        }
        finally
        {
            Libc.EndPwEnt();
        }

        return list;
    }

    /// <summary>Calls a *_r lookup with a growing buffer; null and no error when there is no such entry.</summary>
    private static PyObject? Lookup(Func<byte[], byte[], nint> call)
    {
        var pwd = new byte[64];
        for (int size = 1024; ; size *= 2)
        {
            var buf = new byte[size];
            var handle = GCHandle.Alloc(buf, GCHandleType.Pinned);
            var pwdHandle = GCHandle.Alloc(pwd, GCHandleType.Pinned);
            try
            {
                nint r = call(pwd, buf);
                if (r == -1 && size < (1 << 24))
                {
                    continue;
                }

                return r is 0 or -1 ? null : Entry(r);
            }
            finally
            {
                handle.Free();
                pwdHandle.Free();
            }
        }
    }

    private static PyObject? Entry(nint p)
    {
        var items = new PyObject[7];
        int[] strings = [0, 8, 24, 32, 40];
        int[] slots = [0, 1, 4, 5, 6];
        for (int i = 0; i < strings.Length; i++)
        {
            var s = PosixModule.PathResult(Libc.CString(Marshal.ReadIntPtr(p, strings[i])), asBytes: false);
            if (s is null)
            {
                return null;
            }

            items[slots[i]] = s;
        }

        items[2] = PyInt.From((uint)Marshal.ReadInt32(p, 16));
        items[3] = PyInt.From((uint)Marshal.ReadInt32(p, 20));
        return StructSequence.Create(s_structPasswdType, items);
    }
}
