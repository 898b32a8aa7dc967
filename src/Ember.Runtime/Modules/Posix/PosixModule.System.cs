using System.Buffers.Binary;
using Ember.Runtime.Errors;
using Ember.Runtime.Modules.Sys;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;
using System.Runtime.InteropServices;

namespace Ember.Runtime.Modules.Posix;

// System information and the process's identity: uname, times, sysconf/confstr/pathconf,
// the user and group ids, signals to other processes, the environment, load and affinity.
public static partial class PosixModule
{
    private static readonly PyType s_unameResultType = StructSequence.CreateType("posix.uname_result",
        ["sysname", "nodename", "release", "version", "machine"], creatable: true);

    private static readonly PyType s_terminalSizeType = StructSequence.CreateType("os.terminal_size", ["columns", "lines"], creatable: true);

    private static readonly PyType s_timesResultType = StructSequence.CreateType("posix.times_result",
        ["user", "system", "children_user", "children_system", "elapsed"], creatable: true);

    private static readonly ArgSpec s_registerAtForkSpec = new("register_at_fork", ["before", "after_in_child", "after_in_parent"], maxPositional: 0);

    private static void AddSystemFunctions(PyDict d)
    {
        d.SetItemStr("uname_result", s_unameResultType);
        d.SetItemStr("terminal_size", s_terminalSizeType);
        d.SetItemStr("times_result", s_timesResultType);
        d.SetItemStr("sysconf_names", NamesDict(s_sysconfNames));
        d.SetItemStr("confstr_names", NamesDict(s_confstrNames));
        d.SetItemStr("pathconf_names", NamesDict(s_pathconfNames));
        Add(d, "uname", static (args, kw) => Args.NoArgs("uname", args, kw) ? Uname() : null);
        Add(d, "times", static (args, kw) => Args.NoArgs("times", args, kw) ? Times() : null);
        Add(d, "sysconf", static (args, kw) =>
        {
            if (!Args.Positional("sysconf", args, kw, 1, 1) || !ConfName(args[0], s_sysconfNames, out int name))
            {
                return null;
            }

            Marshal.SetLastPInvokeError(0);
            long r = Libc.Sysconf(name);
            return r == -1 && Libc.Errno != 0 ? FromErrno(Libc.Errno) : PyInt.From(r);
        });
        Add(d, "confstr", static (args, kw) =>
        {
            if (!Args.Positional("confstr", args, kw, 1, 1) || !ConfName(args[0], s_confstrNames, out int name))
            {
                return null;
            }

            Marshal.SetLastPInvokeError(0);
            nuint len = Libc.Confstr(name, null, 0);
            if (len == 0)
            {
                return Libc.Errno != 0 ? FromErrno(Libc.Errno) : PyNone.Instance;
            }

            var buf = new byte[(int)len];
            Libc.Confstr(name, buf, len);
            return PathResult(buf.AsSpan(0, (int)len - 1), asBytes: false);
        });
        Add(d, "pathconf", static (args, kw) => PathConf("pathconf", args, kw, allowFd: true));
        Add(d, "fpathconf", static (args, kw) => PathConf("fpathconf", args, kw, allowFd: true));
        Add(d, "getuid", static (args, kw) => Args.NoArgs("getuid", args, kw) ? PyInt.From(Libc.GetUid()) : null);
        Add(d, "geteuid", static (args, kw) => Args.NoArgs("geteuid", args, kw) ? PyInt.From(Libc.GetEuid()) : null);
        Add(d, "getgid", static (args, kw) => Args.NoArgs("getgid", args, kw) ? PyInt.From(Libc.GetGid()) : null);
        Add(d, "getegid", static (args, kw) => Args.NoArgs("getegid", args, kw) ? PyInt.From(Libc.GetEgid()) : null);
        Add(d, "getppid", static (args, kw) => Args.NoArgs("getppid", args, kw) ? PyInt.From(Libc.GetPpid()) : null);
        Add(d, "getpgrp", static (args, kw) => Args.NoArgs("getpgrp", args, kw) ? PyInt.From(Libc.GetPgrp()) : null);
        Add(d, "getpgid", static (args, kw) => IntCall("getpgid", args, kw, static pid => Libc.GetPgid(pid)));
        Add(d, "getsid", static (args, kw) => IntCall("getsid", args, kw, static pid => Libc.GetSid(pid)));
        Add(d, "setsid", static (args, kw) =>
            !Args.NoArgs("setsid", args, kw) ? null : Libc.SetSid() < 0 ? FromErrno(Libc.Errno) : PyNone.Instance);
        Add(d, "setpgrp", static (args, kw) =>
            !Args.NoArgs("setpgrp", args, kw) ? null : Libc.SetPgid(0, 0) < 0 ? FromErrno(Libc.Errno) : PyNone.Instance);
        Add(d, "setpgid", static (args, kw) =>
        {
            if (!Args.Positional("setpgid", args, kw, 2, 2) || !IntArg(args[0], out int pid) || !IntArg(args[1], out int pgrp))
            {
                return null;
            }

            return Libc.SetPgid(pid, pgrp) < 0 ? FromErrno(Libc.Errno) : PyNone.Instance;
        });
        Add(d, "getgroups", static (args, kw) =>
        {
            if (!Args.NoArgs("getgroups", args, kw))
            {
                return null;
            }

            int n = Libc.GetGroups(0, null);
            var groups = new uint[Math.Max(n, 1)];
            n = Libc.GetGroups(groups.Length, groups);
            if (n < 0)
            {
                return FromErrno(Libc.Errno);
            }

            var list = new PyList();
            for (int i = 0; i < n; i++)
            {
                list.Append(PyInt.From(groups[i]));
            }

            return list;
        });
        Add(d, "getlogin", static (args, kw) =>
        {
            if (!Args.NoArgs("getlogin", args, kw))
            {
                return null;
            }

            Marshal.SetLastPInvokeError(0);
            nint p = Libc.GetLogin();
            if (p == 0)
            {
                int errno = Libc.Errno;
                return errno != 0 ? FromErrno(errno) : PyErr.SetString(PyExc.OSError, "unable to determine login name");
            }

            return PathResult(Libc.CString(p), asBytes: false);
        });
        Add(d, "kill", static (args, kw) => Signal("kill", args, kw, static (pid, sig) => Libc.Kill(pid, sig)));
        Add(d, "killpg", static (args, kw) => Signal("killpg", args, kw, static (pid, sig) => Libc.KillPg(pid, sig)));
        Add(d, "nice", static (args, kw) =>
        {
            if (!Args.Positional("nice", args, kw, 1, 1) || !IntArg(args[0], out int inc))
            {
                return null;
            }

            Marshal.SetLastPInvokeError(0);
            int r = Libc.Nice(inc);
            return r == -1 && Libc.Errno != 0 ? FromErrno(Libc.Errno) : PyInt.From(r);
        });
        Add(d, "putenv", static (args, kw) =>
        {
            if (!Args.Positional("putenv", args, kw, 2, 2) || !EnvName("putenv", args[0], out var name)
                || !PathArg("putenv", "value", args[1], allowFd: false, out var value))
            {
                return null;
            }

            return Libc.SetEnv(name, value.Bytes!, 1) != 0 ? FromErrno(Libc.Errno) : PyNone.Instance;
        });
        Add(d, "unsetenv", static (args, kw) =>
        {
            if (!Args.Positional("unsetenv", args, kw, 1, 1) || !PathArg("unsetenv", "name", args[0], allowFd: false, out var name))
            {
                return null;
            }

            return Libc.UnsetEnv(name.Bytes!) != 0 ? FromErrno(Libc.Errno) : PyNone.Instance;
        });
        Add(d, "get_terminal_size", static (args, kw) =>
        {
            int fd = 1;
            if (!Args.Positional("get_terminal_size", args, kw, 0, 1) || (args.Length == 1 && !FdArg(args[0], out fd)))
            {
                return null;
            }

            var ws = new byte[8];
            if (Libc.Ioctl(fd, 0x5413, ws) != 0)
            {
                return FromErrno(Libc.Errno);
            }

            return StructSequence.Create(s_terminalSizeType,
                PyInt.From(BinaryPrimitives.ReadUInt16LittleEndian(ws.AsSpan(2))), PyInt.From(BinaryPrimitives.ReadUInt16LittleEndian(ws)));
        });
        Add(d, "sched_getaffinity", static (args, kw) =>
        {
            if (!Args.Positional("sched_getaffinity", args, kw, 1, 1) || !IntArg(args[0], out int pid))
            {
                return null;
            }

            var mask = new byte[1024];
            if (Libc.SchedGetAffinity(pid, mask.Length, mask) != 0)
            {
                return FromErrno(Libc.Errno);
            }

            var set = new PySet();
            for (int cpu = 0; cpu < mask.Length * 8; cpu++)
            {
                if ((mask[cpu >> 3] & (1 << (cpu & 7))) != 0)
                {
                    set.Add(PyInt.From(cpu));
                }
            }

            return set;
        });
        Add(d, "sched_yield", static (args, kw) =>
        {
            if (!Args.NoArgs("sched_yield", args, kw))
            {
                return null;
            }

            Libc.SchedYield();
            return PyNone.Instance;
        });
        Add(d, "getloadavg", static (args, kw) =>
        {
            if (!Args.NoArgs("getloadavg", args, kw))
            {
                return null;
            }

            var load = new double[3];
            if (Libc.GetLoadAvg(load, 3) != 3)
            {
                return PyErr.SetString(PyExc.OSError, "Load averages are unobtainable");
            }

            return new PyTuple([new PyFloat(load[0]), new PyFloat(load[1]), new PyFloat(load[2])]);
        });
        Add(d, "register_at_fork", static (args, kw) =>
        {
            // Ember has no fork, so the callables are checked and kept by no one: they can never run.
            Span<PyObject?> slots = [null, null, null];
            if (!s_registerAtForkSpec.Parse(args, kw, slots))
            {
                return null;
            }

            if (slots[0] is null && slots[1] is null && slots[2] is null)
            {
                return PyErr.TypeError("At least one argument is required.");
            }

            string[] names = ["before", "after_in_child", "after_in_parent"];
            for (int i = 0; i < 3; i++)
            {
                if (slots[i] is { } f && f.Type.Call is null)
                {
                    return PyErr.TypeError($"'{names[i]}' must be callable, not {f.Type.TpName}");
                }
            }

            return PyNone.Instance;
        });
        Add(d, "major", static (args, kw) =>
            Args.Positional("major", args, kw, 1, 1) && DevArg(args[0], out ulong dev)
                ? PyInt.From((uint)(((dev >> 8) & 0xfff) | ((dev >> 32) & ~0xfffUL))) : null);
        Add(d, "minor", static (args, kw) =>
            Args.Positional("minor", args, kw, 1, 1) && DevArg(args[0], out ulong dev)
                ? PyInt.From((uint)((dev & 0xff) | ((dev >> 12) & ~0xffUL))) : null);
        Add(d, "makedev", static (args, kw) =>
        {
            if (!Args.Positional("makedev", args, kw, 2, 2) || !DevArg(args[0], out ulong major) || !DevArg(args[1], out ulong minor))
            {
                return null;
            }

            ulong dev = ((major & 0xfff) << 8) | ((major & ~0xfffUL) << 32) | (minor & 0xff) | ((minor & ~0xffUL) << 12);
            return PyInt.From(dev);
        });
    }

    private static PyObject? Uname()
    {
        var buf = new byte[65 * 6];
        if (Libc.Uname(buf) != 0)
        {
            return FromErrno(Libc.Errno);
        }

        var items = new PyObject[5];
        for (int i = 0; i < 5; i++)
        {
            var field = buf.AsSpan(65 * i, 65);
            int n = field.IndexOf((byte)0);
            var s = PathResult(field[..(n < 0 ? 65 : n)], asBytes: false);
            if (s is null)
            {
                return null;
            }

            items[i] = s;
        }

        return StructSequence.Create(s_unameResultType, items);
    }

    private static PyObject? Times()
    {
        var tms = new long[4];
        long c = Libc.Times(tms);
        if (c == -1)
        {
            return FromErrno(Libc.Errno);
        }

        double ticks = Libc.Sysconf(2);
        return StructSequence.Create(s_timesResultType,
            new PyFloat(tms[0] / ticks), new PyFloat(tms[1] / ticks), new PyFloat(tms[2] / ticks), new PyFloat(tms[3] / ticks), new PyFloat(c / ticks));
    }

    private static PyObject? PathConf(string function, ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool allowFd)
    {
        Span<PyObject?> slots = [null, null];
        var spec = function == "pathconf" ? new ArgSpec("pathconf", ["path", "name"], required: 2) : new ArgSpec("fpathconf", ["fd", "name"], posOnly: 2, required: 2);
        if (!spec.Parse(args, kwnames, slots) || !PathArg(function, function == "pathconf" ? "path" : "fd", slots[0]!, allowFd, out var path)
            || !ConfName(slots[1]!, s_pathconfNames, out int name))
        {
            return null;
        }

        Marshal.SetLastPInvokeError(0);
        long r = path.Bytes is null ? Libc.Fpathconf(path.Fd, name) : Libc.Pathconf(path.Bytes, name);
        return r == -1 && Libc.Errno != 0 ? FromErrno(Libc.Errno, path.Bytes is null ? null : path.Object) : PyInt.From(r);
    }

    private static bool ConfName(PyObject o, (string Name, int Value)[] table, out int value)
    {
        value = 0;
        if (o is PyInt && PyLong.AsLong(o, out long v))
        {
            value = (int)v;
            return true;
        }

        if (o is PyInt)
        {
            return false;
        }

        if (o is not PyStr s)
        {
            PyErr.TypeError("configuration names must be strings or integers");
            return false;
        }

        foreach (var (name, code) in table)
        {
            if (name == s.Value)
            {
                value = code;
                return true;
            }
        }

        PyErr.ValueError("unrecognized configuration name");
        return false;
    }

    private static PyDict NamesDict((string Name, int Value)[] table)
    {
        var d = new PyDict();
        foreach (var (name, value) in table)
        {
            d.SetItemStr(name, PyInt.From(value));
        }

        return d;
    }

    private static PyObject? IntCall(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, Func<int, int> call)
    {
        if (!Args.Positional(name, args, kwnames, 1, 1) || !IntArg(args[0], out int v))
        {
            return null;
        }

        int r = call(v);
        return r < 0 ? FromErrno(Libc.Errno) : PyInt.From(r);
    }

    private static PyObject? Signal(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, Func<int, int, int> call)
    {
        if (!Args.Positional(name, args, kwnames, 2, 2) || !IntArg(args[0], out int pid) || !IntArg(args[1], out int sig))
        {
            return null;
        }

        return call(pid, sig) != 0 ? FromErrno(Libc.Errno) : PyNone.Instance;
    }

    /// <summary>A C int argument: an int (not a float) that fits.</summary>
    internal static bool IntArg(PyObject o, out int value)
    {
        value = 0;
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
            PyErr.OverflowError("signed integer is greater than maximum");
            return false;
        }

        if (v is < int.MinValue)
        {
            PyErr.OverflowError("signed integer is less than minimum");
            return false;
        }

        value = (int)v;
        return true;
    }

    private static bool DevArg(PyObject o, out ulong dev)
    {
        dev = 0;
        if (!PyLong.AsLong(o, out long v))
        {
            return false;
        }

        dev = (ulong)v;
        return true;
    }

    /// <summary>An environment variable's name: a path-like that is not empty and has no '='.</summary>
    private static bool EnvName(string function, PyObject o, out byte[] name)
    {
        name = [];
        if (!PathArg(function, "name", o, allowFd: false, out var path))
        {
            return false;
        }

        if (Array.IndexOf(path.Bytes!, (byte)'=') >= 0)
        {
            PyErr.ValueError("illegal environment variable name");
            return false;
        }

        if (path.Bytes!.Length == 1)
        {
            FromErrno(22);
            return false;
        }

        name = path.Bytes;
        return true;
    }
}
