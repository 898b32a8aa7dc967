using System.Runtime.InteropServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Posix;

// Child processes: the wait-status macros, waitpid/wait, exec, and posix_spawn/posix_spawnp.
// There is no fork: a .NET process cannot fork safely (its other threads would be missing
// in the child), so os.fork is absent as on a platform without it and children are spawned.
public static partial class PosixModule
{
    private const int EIntr = 4;

    private static readonly ArgSpec s_statusSpec = new("WIFEXITED", ["status"], required: 1);
    private static readonly ArgSpec s_waitstatusSpec = new("waitstatus_to_exitcode", ["status"], required: 1);
    private static readonly ArgSpec s_spawnSpec = new("posix_spawn",
        ["path", "argv", "env", "file_actions", "setpgroup", "resetids", "setsid", "setsigmask", "setsigdef", "scheduler"],
        posOnly: 3, maxPositional: 3, required: 3);

    private static void AddProcessFunctions(PyDict d)
    {
        AddStatusMacro(d, "WIFEXITED", static s => PyBool.From((s & 0x7f) == 0));
        AddStatusMacro(d, "WEXITSTATUS", static s => PyInt.From((s >> 8) & 0xff));
        AddStatusMacro(d, "WIFSIGNALED", static s => PyBool.From(((sbyte)((s & 0x7f) + 1) >> 1) > 0));
        AddStatusMacro(d, "WTERMSIG", static s => PyInt.From(s & 0x7f));
        AddStatusMacro(d, "WIFSTOPPED", static s => PyBool.From((s & 0xff) == 0x7f));
        AddStatusMacro(d, "WSTOPSIG", static s => PyInt.From((s >> 8) & 0xff));
        AddStatusMacro(d, "WCOREDUMP", static s => PyBool.From((s & 0x80) != 0));
        AddStatusMacro(d, "WIFCONTINUED", static s => PyBool.From(s == 0xffff));
        Add(d, "waitstatus_to_exitcode", static (args, kw) =>
        {
            Span<PyObject?> slots = [null];
            if (!s_waitstatusSpec.Parse(args, kw, slots) || !IntArg(slots[0]!, out int status))
            {
                return null;
            }

            if ((status & 0x7f) == 0)
            {
                return PyInt.From((status >> 8) & 0xff);
            }

            if (((sbyte)((status & 0x7f) + 1) >> 1) > 0)
            {
                return PyInt.From(-(status & 0x7f));
            }

            if ((status & 0xff) == 0x7f)
            {
                return PyErr.ValueError($"process stopped by delivery of signal {(status >> 8) & 0xff}");
            }

            return PyErr.ValueError($"invalid wait status: {status}");
        });
        Add(d, "waitpid", static (args, kw) =>
        {
            if (!Args.Positional("waitpid", args, kw, 2, 2) || !IntArg(args[0], out int pid) || !IntArg(args[1], out int options))
            {
                return null;
            }

            return WaitPid(pid, options);
        });
        Add(d, "wait", static (args, kw) => Args.NoArgs("wait", args, kw) ? WaitPid(-1, 0) : null);
        Add(d, "execv", static (args, kw) =>
        {
            if (!Args.Positional("execv", args, kw, 2, 2) || !PathArg("execv", "path", args[0], allowFd: false, out var path)
                || !ExecArgv("execv", args[1], out var argv))
            {
                return null;
            }

            using var native = new NativeStrings(argv);
            Libc.Execv(path.Bytes!, native.Pointers);
            return FromErrno(Libc.Errno);
        });
        Add(d, "execve", static (args, kw) =>
        {
            Span<PyObject?> slots = [null, null, null];
            if (!new ArgSpec("execve", ["path", "argv", "env"], required: 3).Parse(args, kw, slots)
                || !PathArg("execve", "path", slots[0]!, allowFd: false, out var path) || !ExecArgv("execve", slots[1]!, out var argv))
            {
                return null;
            }

            if (!IsMapping(slots[2]!))
            {
                return PyErr.TypeError("execve: environment must be a mapping object");
            }

            var env = EnvList(slots[2]!);
            if (env is null)
            {
                return null;
            }

            using var nativeArgv = new NativeStrings(argv);
            using var nativeEnv = new NativeStrings(env);
            Libc.Execve(path.Bytes!, nativeArgv.Pointers, nativeEnv.Pointers);
            return FromErrno(Libc.Errno, path.Object);
        });
        Add(d, "posix_spawn", static (args, kw) => PosixSpawn("posix_spawn", args, kw, usePath: false));
        Add(d, "posix_spawnp", static (args, kw) => PosixSpawn("posix_spawnp", args, kw, usePath: true));
    }

    private static void AddStatusMacro(PyDict d, string name, Func<int, PyObject> macro)
    {
        var spec = new ArgSpec(name, ["status"], required: 1);
        Add(d, name, (args, kw) =>
        {
            Span<PyObject?> slots = [null];
            return spec.Parse(args, kw, slots) && IntArg(slots[0]!, out int status) ? macro(status) : null;
        });
    }

    /// <summary>waitpid with the interpreter lock released, retried after EINTR: (pid, status).</summary>
    internal static PyObject? WaitPid(int pid, int options)
    {
        var ts = PyThreadState.Current;
        int r, status, errno;
        do
        {
            ts.Interpreter.Gil.Release(ts);
            try
            {
                r = Libc.WaitPid(pid, out status, options);
                errno = r < 0 ? Libc.Errno : 0;
            }
            finally
            {
                ts.Interpreter.Gil.Acquire(ts);
            }
        }
        while (r < 0 && errno == EIntr);
        return r < 0 ? FromErrno(errno) : PyTuple.Create(PyInt.From(r), PyInt.From(status));
    }

    private static bool IsMapping(PyObject o) => o is PyDict || o.Type.Lookup("keys") is not null && o.Type.Lookup("__getitem__") is not null;

    /// <summary>An exec argument vector: a tuple or list, not empty, its first item not empty, each item path-like.</summary>
    private static bool ExecArgv(string function, PyObject o, out List<byte[]> argv)
    {
        argv = [];
        if (o is not PyTuple and not PyList)
        {
            PyErr.TypeError($"{function}() arg 2 must be a tuple or list");
            return false;
        }

        var items = o is PyTuple t ? t.Items : ((PyList)o).AsSpan().ToArray();
        if (items.Length == 0)
        {
            PyErr.ValueError($"{function}() arg 2 must not be empty");
            return false;
        }

        if (!FsEncodeAll(items, argv))
        {
            return false;
        }

        if (argv[0].Length == 1)
        {
            PyErr.ValueError($"{function}() arg 2 first element cannot be empty");
            return false;
        }

        return true;
    }

    /// <summary>PyUnicode_FSConverter over each item: NUL-terminated bytes.</summary>
    internal static bool FsEncodeAll(ReadOnlySpan<PyObject> items, List<byte[]> into)
    {
        foreach (var item in items)
        {
            if (!FsEncode(item, out var bytes))
            {
                return false;
            }

            into.Add(bytes);
        }

        return true;
    }

    /// <summary>PyUnicode_FSConverter: str (UTF-8, surrogateescape), bytes or os.PathLike to NUL-terminated bytes.</summary>
    internal static bool FsEncode(PyObject o, out byte[] bytes)
    {
        bytes = [];
        var value = PyFsPath.FsPath(o);
        if (value is null)
        {
            return false;
        }

        if (!PathArg("fsencode", "path", value, allowFd: false, out var path))
        {
            return false;
        }

        bytes = path.Bytes!;
        return true;
    }

    /// <summary>parse_envlist: "key=value" strings from a mapping's keys().</summary>
    private static List<byte[]>? EnvList(PyObject env)
    {
        var keys = PyCall.CallMethod(env, "keys", []);
        var list = keys is null ? null : PyIter.ToList(keys);
        if (list is null)
        {
            return null;
        }

        var result = new List<byte[]>();
        foreach (var key in list)
        {
            var value = PySequence.GetItem(env, key);
            if (value is null || !FsEncode(key, out var k) || !FsEncode(value, out var v))
            {
                return null;
            }

            if (k.Length == 1 || Array.IndexOf(k, (byte)'=', 1) >= 0)
            {
                PyErr.ValueError("illegal environment variable name");
                return null;
            }

            var entry = new byte[k.Length + v.Length];
            k.AsSpan(0, k.Length - 1).CopyTo(entry);
            entry[k.Length - 1] = (byte)'=';
            v.CopyTo(entry, k.Length);
            result.Add(entry);
        }

        return result;
    }

    private static PyObject? PosixSpawn(string function, ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool usePath)
    {
        Span<PyObject?> slots = new PyObject?[10];
        var spec = usePath ? new ArgSpec("posix_spawnp", s_spawnSpecNames, posOnly: 3, maxPositional: 3, required: 3) : s_spawnSpec;
        if (!spec.Parse(args, kwnames, slots) || !PathArg(function, "path", slots[0]!, allowFd: false, out var path))
        {
            return null;
        }

        var argvObj = slots[1]!;
        if (argvObj is not PyTuple and not PyList)
        {
            return PyErr.TypeError($"{function}: argv must be a tuple or list");
        }

        var items = argvObj is PyTuple t ? t.Items : ((PyList)argvObj).AsSpan().ToArray();
        if (items.Length == 0)
        {
            return PyErr.ValueError($"{function}: argv must not be empty");
        }

        var argv = new List<byte[]>();
        if (!FsEncodeAll(items, argv))
        {
            return null;
        }

        if (!IsMapping(slots[2]!))
        {
            return PyErr.TypeError($"{function}: environment must be a mapping object");
        }

        var env = EnvList(slots[2]!);
        if (env is null)
        {
            return null;
        }

        if (slots[9] is { } scheduler and not PyNone)
        {
            return PyErr.NotImplementedError($"{function}: scheduler is not supported by Ember");
        }

        using var spawn = new SpawnRequest();
        if (slots[3] is { } actions && !AddFileActions(function, spawn, actions))
        {
            return null;
        }

        short flags = 0;
        if (slots[4] is { } pgroupObj and not PyNone)
        {
            if (!IntArg(pgroupObj, out int pgroup))
            {
                return null;
            }

            flags |= SpawnRequest.SetPgroup;
            Libc.AttrSetPgroup(spawn.Attr, pgroup);
        }

        foreach (var (index, flag) in (ReadOnlySpan<(int, short)>)[(5, SpawnRequest.ResetIds), (6, SpawnRequest.SetSid)])
        {
            if (slots[index] is { } o)
            {
                int truth = PyOps.IsTrue(o);
                if (truth < 0)
                {
                    return null;
                }

                if (truth == 1)
                {
                    flags |= flag;
                }
            }
        }

        if (slots[7] is { } mask)
        {
            if (!SignalSet(mask, out var set))
            {
                return null;
            }

            flags |= SpawnRequest.SetSigMask;
            Libc.AttrSetSigMask(spawn.Attr, set);
        }

        if (slots[8] is { } def)
        {
            if (!SignalSet(def, out var set))
            {
                return null;
            }

            flags |= SpawnRequest.SetSigDef;
            Libc.AttrSetSigDefault(spawn.Attr, set);
        }

        Libc.AttrSetFlags(spawn.Attr, flags);
        int err = spawn.Spawn(path.Bytes!, argv, env, usePath, out int pid);
        return err != 0 ? FromErrno(err, path.Object) : PyInt.From(pid);
    }

    private static readonly string[] s_spawnSpecNames =
        ["path", "argv", "env", "file_actions", "setpgroup", "resetids", "setsid", "setsigmask", "setsigdef", "scheduler"];

    private static bool AddFileActions(string function, SpawnRequest spawn, PyObject actions)
    {
        var list = PyIter.ToList(actions);
        if (list is null)
        {
            if (PyErr.ExceptionMatches(PyExc.TypeError))
            {
                PyErr.Clear();
                PyErr.TypeError("file_actions must be a sequence or None");
            }

            return false;
        }

        foreach (var action in list)
        {
            if (action is not PyTuple { Items.Length: > 0 } tuple)
            {
                PyErr.TypeError("Each file_actions element must be a non-empty tuple");
                return false;
            }

            var a = tuple.Items;
            if (!IntArg(a[0], out int tag))
            {
                return false;
            }

            switch (tag)
            {
                case 0 when a.Length == 5:
                    if (!IntArg(a[1], out int fd) || !PathArg(function, "path", a[2], allowFd: false, out var p)
                        || !IntArg(a[3], out int oflag) || !IntArg(a[4], out int mode))
                    {
                        return false;
                    }

                    spawn.Keep(p.Bytes!);
                    Libc.FileActionsAddOpen(spawn.Actions, fd, p.Bytes!, oflag, mode);
                    break;
                case 1 when a.Length == 2:
                    if (!IntArg(a[1], out int closeFd))
                    {
                        return false;
                    }

                    Libc.FileActionsAddClose(spawn.Actions, closeFd);
                    break;
                case 2 when a.Length == 3:
                    if (!IntArg(a[1], out int from) || !IntArg(a[2], out int to))
                    {
                        return false;
                    }

                    Libc.FileActionsAddDup2(spawn.Actions, from, to);
                    break;
                case 0 or 1 or 2:
                    string[] forms = ["open", "close", "dup2"];
                    int[] sizes = [5, 2, 3];
                    PyErr.TypeError($"A {forms[tag]} file_action tuple must have {sizes[tag]} elements");
                    return false;
                default:
                    PyErr.TypeError("Unknown file_actions identifier");
                    return false;
            }
        }

        return true;
    }

    private static bool SignalSet(PyObject o, out byte[] set)
    {
        set = new byte[128];
        Libc.SigEmptySet(set);
        var items = PyIter.ToList(o);
        if (items is null)
        {
            return false;
        }

        foreach (var item in items)
        {
            if (!IntArg(item, out int signo))
            {
                return false;
            }

            if (signo is <= 0 or >= 65)
            {
                PyErr.ValueError($"signal number {signo} out of range [1; 64]");
                return false;
            }

            Libc.SigAddSet(set, signo);
        }

        return true;
    }
}

/// <summary>
/// The unmanaged posix_spawn_file_actions_t and posix_spawnattr_t of one spawn
/// (glibc's are 80 and 336 bytes; more is allocated), and the byte arrays the
/// file actions point at, kept alive until the spawn.
/// </summary>
internal sealed class SpawnRequest : IDisposable
{
    public const short ResetIds = 0x01;
    public const short SetPgroup = 0x02;
    public const short SetSigDef = 0x04;
    public const short SetSigMask = 0x08;
    public const short SetSid = 0x80;

    private readonly List<GCHandle> _pinned = [];

    public SpawnRequest()
    {
        Actions = Marshal.AllocHGlobal(512);
        Attr = Marshal.AllocHGlobal(1024);
        Libc.FileActionsInit(Actions);
        Libc.AttrInit(Attr);
    }

    public nint Actions { get; }

    public nint Attr { get; }

    /// <summary>Pins a path a file action refers to: glibc keeps only the pointer until the spawn.</summary>
    public void Keep(byte[] bytes) => _pinned.Add(GCHandle.Alloc(bytes, GCHandleType.Pinned));

    /// <summary>posix_spawn(p); env null means the C library's environ. Returns 0 or the error number.</summary>
    public int Spawn(byte[] path, List<byte[]> argv, List<byte[]>? env, bool usePath, out int pid)
    {
        using var nativeArgv = new NativeStrings(argv);
        using var nativeEnv = env is null ? null : new NativeStrings(env);
        var envHandle = nativeEnv is null ? default : GCHandle.Alloc(nativeEnv.Pointers, GCHandleType.Pinned);
        try
        {
            nint envp = nativeEnv is null ? Libc.Environ : envHandle.AddrOfPinnedObject();
            return usePath
                ? Libc.PosixSpawnP(out pid, path, Actions, Attr, nativeArgv.Pointers, envp)
                : Libc.PosixSpawn(out pid, path, Actions, Attr, nativeArgv.Pointers, envp);
        }
        finally
        {
            if (envHandle.IsAllocated)
            {
                envHandle.Free();
            }
        }
    }

    public void Dispose()
    {
        Libc.FileActionsDestroy(Actions);
        Libc.AttrDestroy(Attr);
        Marshal.FreeHGlobal(Actions);
        Marshal.FreeHGlobal(Attr);
        foreach (var h in _pinned)
        {
            h.Free();
        }
    }
}
