using System.Runtime.InteropServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Modules.Posix;
using Ember.Runtime.Modules.Sys;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Grp;

/// <summary>
/// The <c>grp</c> module (Modules/grpmodule.c): the group database through
/// getgrgid_r/getgrnam_r/getgrent, entries as <c>grp.struct_group</c>.
/// </summary>
public static class GrpModule
{
    private static readonly PyType s_structGroupType = StructSequence.CreateType("grp.struct_group",
        ["gr_name", "gr_passwd", "gr_gid", "gr_mem"], creatable: true);

    private static readonly ArgSpec s_getgrgidSpec = new("getgrgid", ["id"], required: 1);
    private static readonly ArgSpec s_getgrnamSpec = new("getgrnam", ["name"], required: 1);

    public static PyModule Create(PyInterpreterState interp)
    {
        var module = new PyModule("grp") { Origin = "built-in" };
        var d = module.Dict;
        d.SetItemStr("__doc__", new PyStr("The group database: groups by gid or name."));
        d.SetItemStr("struct_group", s_structGroupType);
        d.SetItemStr("getgrgid", new PyBuiltinFunction("getgrgid", GetGrGid, "grp"));
        d.SetItemStr("getgrnam", new PyBuiltinFunction("getgrnam", GetGrNam, "grp"));
        d.SetItemStr("getgrall", new PyBuiltinFunction("getgrall", GetGrAll, "grp"));
        return module;
    }

    private static PyObject? GetGrGid(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null];
        if (!s_getgrgidSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        var id = slots[0]!;
        if (id is not PyInt)
        {
            return PyErr.TypeError($"gid should be integer, not {id.Type.TpName}");
        }

        if (!PyLong.AsLong(id, out long gid) || gid is < -1 or > uint.MaxValue - 1)
        {
            PyErr.Clear();
            return PyErr.OverflowError(gid < 0 ? "gid is less than minimum" : "gid is greater than maximum");
        }

        var entry = Lookup((grp, buf) => Libc.GetGrGidR(gid == -1 ? uint.MaxValue : (uint)gid, grp, buf, (nuint)buf.Length, out nint r) == 0 ? r : -1);
        if (entry is null && !PyErr.Occurred)
        {
            return PyErr.SetObject(PyExc.KeyError, new PyStr($"getgrgid(): gid not found: {gid}"));
        }

        return entry;
    }

    private static PyObject? GetGrNam(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null];
        if (!s_getgrnamSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        if (slots[0] is not PyStr name)
        {
            return PyErr.TypeError($"getgrnam() argument 'name' must be str, not {slots[0]!.Type.TpName}");
        }

        if (!PosixModule.FsEncode(name, out var raw))
        {
            return null;
        }

        var entry = Lookup((grp, buf) => Libc.GetGrNamR(raw, grp, buf, (nuint)buf.Length, out nint r) == 0 ? r : -1);
        if (entry is null && !PyErr.Occurred)
        {
            var repr = PyOps.Repr(name);
            return repr is null ? null : PyErr.SetObject(PyExc.KeyError, new PyStr($"getgrnam(): name not found: {((PyStr)repr).Value}"));
        }

        return entry;
    }

    private static PyObject? GetGrAll(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("grp.getgrall", args, kwnames))
        {
            return null;
        }

        var list = new PyList();
        Libc.SetGrEnt();
        try
        {
            nint p;
            while ((p = Libc.GetGrEnt()) != 0)
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
            Libc.EndGrEnt();
        }

        return list;
    }

    private static PyObject? Lookup(Func<byte[], byte[], nint> call)
    {
        var grp = new byte[64];
        for (int size = 1024; ; size *= 2)
        {
            var buf = new byte[size];
            var handle = GCHandle.Alloc(buf, GCHandleType.Pinned);
            var grpHandle = GCHandle.Alloc(grp, GCHandleType.Pinned);
            try
            {
                nint r = call(grp, buf);
                if (r == -1 && size < (1 << 24))
                {
                    continue;
                }

                return r is 0 or -1 ? null : Entry(r);
            }
            finally
            {
                handle.Free();
                grpHandle.Free();
            }
        }
    }

    private static PyObject? Entry(nint p)
    {
        var name = PosixModule.PathResult(Libc.CString(Marshal.ReadIntPtr(p, 0)), asBytes: false);
        var passwd = PosixModule.PathResult(Libc.CString(Marshal.ReadIntPtr(p, 8)), asBytes: false);
        if (name is null || passwd is null)
        {
            return null;
        }

        var members = new PyList();
        nint mem = Marshal.ReadIntPtr(p, 24);
        for (int i = 0; mem != 0; i++)
        {
            nint m = Marshal.ReadIntPtr(mem, 8 * i);
            if (m == 0)
            {
                break;
            }

            var s = PosixModule.PathResult(Libc.CString(m), asBytes: false);
            if (s is null)
            {
                return null;
            }

            members.Append(s);
        }

        return StructSequence.Create(s_structGroupType, name, passwd, PyInt.From((uint)Marshal.ReadInt32(p, 16)), members);
    }
}
