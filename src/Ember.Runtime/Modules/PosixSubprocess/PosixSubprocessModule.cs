using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Modules.Posix;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.PosixSubprocess;

/// <summary>
/// The <c>_posixsubprocess</c> module (Modules/_posixsubprocess.c) without
/// fork: a .NET process cannot fork safely, so fork_exec does what the child
/// would do before exec as posix_spawn file actions and attributes (dup2 of the
/// standard descriptors, closing inheritable descriptors for close_fds, making
/// pass_fds inheritable, chdir, setsid, setpgid, default SIGPIPE/SIGXFSZ), tries
/// each executable in turn, and reports a failure on the error pipe in the
/// child's format ("OSError:hex-errno:" or "...:noexec" for a failure before
/// exec), which subprocess.py turns into the exception. preexec_fn and changing
/// uid/gid/groups cannot be honoured and raise.
/// </summary>
public static class PosixSubprocessModule
{
    private const int ENoent = 2;
    private const int ENotDir = 20;
    private const int FDupFdCloexec = 1030;

    // A pid no process can have (above Linux's largest pid_max): what fork_exec returns when exec failed,
    // so subprocess.py's waitpid gets ECHILD, as for a child that was already reaped.
    private const int NoChildPid = int.MaxValue;

    public static PyModule Create(Ember.Runtime.Threading.PyInterpreterState interp)
    {
        var module = new PyModule("_posixsubprocess") { Origin = "built-in" };
        module.Dict.SetItemStr("__doc__", new PyStr("Spawns a child process for subprocess (without fork)."));
        module.Dict.SetItemStr("fork_exec", new PyBuiltinFunction("fork_exec", ForkExec, "_posixsubprocess"));
        return module;
    }

    private static PyObject? ForkExec(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoKeywords("fork_exec", kwnames))
        {
            return null;
        }

        if (args.Length != 23)
        {
            return PyErr.TypeError($"fork_exec() takes exactly 23 arguments ({args.Length} given)");
        }

        if (args[3] is not PyTuple fdsToKeep)
        {
            return PyErr.TypeError($"fork_exec() argument 4 must be tuple, not {(args[3] is PyNone ? "None" : args[3].Type.TpName)}");
        }

        int closeFds = PyOps.IsTrue(args[2]);
        if (closeFds < 0)
        {
            return null;
        }

        Span<int> fds = stackalloc int[10];
        for (int i = 0; i < 10; i++)
        {
            if (!PosixModule.IntArg(args[6 + i], out fds[i]))
            {
                return null;
            }
        }

        int p2cread = fds[0], c2pwrite = fds[3], errwrite = fds[5], errpipeWrite = fds[7];
        int restoreSignals = PyOps.IsTrue(args[14]);
        int callSetsid = PyOps.IsTrue(args[15]);
        if (restoreSignals < 0 || callSetsid < 0 || !PosixModule.IntArg(args[16], out int pgidToSet) || !PosixModule.IntArg(args[20], out int childUmask))
        {
            return null;
        }

        if (closeFds == 1 && errpipeWrite < 3)
        {
            return PyErr.ValueError("errpipe_write must be >= 3");
        }

        var keep = new HashSet<int>();
        foreach (var item in fdsToKeep.Items)
        {
            if (item is not PyInt || !PyLong.AsLong(item, out long fd) || fd < 0 || fd > int.MaxValue)
            {
                PyErr.Clear();
                return PyErr.ValueError("bad value(s) in fds_to_keep");
            }

            keep.Add((int)fd);
        }

        if (args[21] is not PyNone)
        {
            return PyErr.RuntimeError("preexec_fn not supported: Ember starts children without fork");
        }

        if (!IdsUnchanged(args[17], args[18], args[19]))
        {
            return PyErr.Occurred ? null : PyErr.RuntimeError("gid, extra_groups and uid not supported: Ember starts children without fork");
        }

        var argv = new List<byte[]>();
        var executables = new List<byte[]>();
        if (!Strings(args[0], argv) || !Strings(args[1], executables))
        {
            return null;
        }

        List<byte[]>? env = null;
        if (args[5] is not PyNone)
        {
            env = [];
            if (!Strings(args[5], env))
            {
                return null;
            }
        }

        byte[]? cwd = null;
        if (args[4] is not PyNone && !PosixModule.FsEncode(args[4], out cwd))
        {
            return null;
        }

        return Spawn(argv, executables, env, cwd, closeFds == 1, keep, p2cread, c2pwrite, errwrite, errpipeWrite,
            restoreSignals == 1, callSetsid == 1, pgidToSet, childUmask);
    }

    private static PyObject? Spawn(List<byte[]> argv, List<byte[]> executables, List<byte[]>? env, byte[]? cwd, bool closeFds,
        HashSet<int> keep, int p2cread, int c2pwrite, int errwrite, int errpipeWrite, bool restoreSignals, bool setsid, int pgid, int umask)
    {
        if (cwd is not null)
        {
            // The child's chdir fails before exec: check it here so the error is reported as "noexec".
            int dirFd = Libc.Open(cwd, 0x200000 | 0x10000 | 0x80000, 0);
            int errno = dirFd < 0 ? Libc.Errno : 0;
            if (dirFd >= 0)
            {
                Libc.Close(dirFd);
                if (Libc.Access(cwd, 1) != 0)
                {
                    errno = Libc.Errno;
                }
            }

            if (errno != 0)
            {
                ReportFailure(errpipeWrite, errno, noexec: true);
                return PyInt.From(NoChildPid);
            }
        }

        var temporaries = new List<int>();
        using var spawn = new SpawnRequest();
        try
        {
            ReadOnlySpan<int> sources = [p2cread, c2pwrite, errwrite];
            for (int target = 0; target < 3; target++)
            {
                int source = sources[target];
                if (source == -1)
                {
                    continue;
                }

                if (source != target && source < 3)
                {
                    // An earlier dup2 may replace a low descriptor: copy it above 2 first.
                    source = Libc.Fcntl(source, FDupFdCloexec, 3);
                    if (source < 0)
                    {
                        return PosixModule.FromErrno(Libc.Errno);
                    }

                    temporaries.Add(source);
                }

                Libc.FileActionsAddDup2(spawn.Actions, source, target);
            }

            foreach (int fd in keep)
            {
                if (fd != errpipeWrite && fd >= 3)
                {
                    Libc.FileActionsAddDup2(spawn.Actions, fd, fd);
                }
            }

            if (closeFds)
            {
                foreach (int fd in InheritableDescriptors())
                {
                    if (!keep.Contains(fd) && !temporaries.Contains(fd))
                    {
                        Libc.FileActionsAddClose(spawn.Actions, fd);
                    }
                }
            }

            if (cwd is not null)
            {
                spawn.Keep(cwd);
                Libc.FileActionsAddChDir(spawn.Actions, cwd);
            }

            short flags = SpawnRequest.SetSigMask;
            var empty = new byte[128];
            Libc.SigEmptySet(empty);
            Libc.AttrSetSigMask(spawn.Attr, empty);
            if (restoreSignals)
            {
                var defaults = new byte[128];
                Libc.SigEmptySet(defaults);
                Libc.SigAddSet(defaults, 13);
                Libc.SigAddSet(defaults, 25);
                Libc.AttrSetSigDefault(spawn.Attr, defaults);
                flags |= SpawnRequest.SetSigDef;
            }

            if (setsid)
            {
                flags |= SpawnRequest.SetSid;
            }

            if (pgid >= 0)
            {
                flags |= SpawnRequest.SetPgroup;
                Libc.AttrSetPgroup(spawn.Attr, pgid);
            }

            Libc.AttrSetFlags(spawn.Attr, flags);

            // _posixsubprocess's exec loop: the first error other than ENOENT/ENOTDIR wins, else the last.
            int oldUmask = umask >= 0 ? Libc.Umask(umask) : -1;
            int saved = 0, last = 0;
            try
            {
                foreach (var executable in executables)
                {
                    int err = spawn.Spawn(executable, argv, env, usePath: false, out int pid);
                    if (err == 0)
                    {
                        return PyInt.From(pid);
                    }

                    last = err;
                    if (err != ENoent && err != ENotDir && saved == 0)
                    {
                        saved = err;
                    }
                }
            }
            finally
            {
                if (oldUmask >= 0)
                {
                    Libc.Umask(oldUmask);
                }
            }

            ReportFailure(errpipeWrite, saved != 0 ? saved : last != 0 ? last : ENoent, noexec: false);
            return PyInt.From(NoChildPid);
        }
        finally
        {
            foreach (int fd in temporaries)
            {
                Libc.Close(fd);
            }
        }
    }

    /// <summary>What the child writes to the error pipe when it fails: "OSError:" + hex errno + ":" [+ "noexec"].</summary>
    private static void ReportFailure(int errpipeWrite, int errno, bool noexec)
    {
        var data = Encoding.ASCII.GetBytes($"OSError:{errno:x}:{(noexec ? "noexec" : "")}");
        Libc.Write(errpipeWrite, data, data.Length);
    }

    /// <summary>The descriptors above 2 without FD_CLOEXEC: the ones a child would inherit.</summary>
    private static List<int> InheritableDescriptors()
    {
        var result = new List<int>();
        foreach (var entry in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
        {
            if (int.TryParse(Path.GetFileName(entry), out int fd) && fd >= 3)
            {
                int flags = Libc.Fcntl(fd, 1, 0);
                if (flags >= 0 && (flags & 1) == 0)
                {
                    result.Add(fd);
                }
            }
        }

        return result;
    }

    /// <summary>Whether gid, extra_groups and uid ask for nothing (None, or the ids the process already has).</summary>
    private static bool IdsUnchanged(PyObject gid, PyObject groups, PyObject uid)
    {
        if (gid is not PyNone && !(PyLong.AsLong(gid, out long g) && g == Libc.GetEgid() && g == Libc.GetGid()))
        {
            return false;
        }

        if (uid is not PyNone && !(PyLong.AsLong(uid, out long u) && u == Libc.GetEuid() && u == Libc.GetUid()))
        {
            return false;
        }

        return groups is PyNone;
    }

    private static bool Strings(PyObject sequence, List<byte[]> into)
    {
        var items = PyIter.ToList(sequence);
        return items is not null && PosixModule.FsEncodeAll(items.ToArray(), into);
    }
}
