using System.Runtime.InteropServices;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Import;

/// <summary>
/// sys.path and the prefixes as CPython 3.11 computes them
/// (Modules/getpath.py, _PyPathConfig_ComputeSysPath0): before site,
/// PYTHONPATH's entries made absolute, then <c>{prefix}/lib/python311.zip</c>,
/// the stdlib and its lib-dynload; after site, the script's directory first
/// ('' for -c, stdin and the REPL, the working directory for -m; nothing
/// under -P/-I).
/// </summary>
public static class PathConfig
{
    /// <summary>The entries of sys.path for <paramref name="interp"/> with the stdlib at <paramref name="stdlibDir"/>.</summary>
    public static List<string> ComputePath(PyInterpreterState interp, string? stdlibDir)
    {
        var config = interp.Config;
        var path = new List<string>();
        if (config.UseEnvironment && !config.Isolated && config.PythonPath is { } pythonPath)
        {
            foreach (var entry in pythonPath.Split(':'))
            {
                path.Add(AbsPath(entry));
            }
        }

        if (stdlibDir is not null)
        {
            string prefix = Prefix(stdlibDir);
            path.Add(prefix + "/lib/python311.zip");
            path.Add(stdlibDir);
            path.Add(stdlibDir + "/lib-dynload");
        }

        return path;
    }

    /// <summary>sys.prefix for a stdlib at <c>{prefix}/lib/python3.11</c>; the stdlib's parent otherwise.</summary>
    public static string Prefix(string stdlibDir)
    {
        var lib = Path.GetDirectoryName(stdlibDir);
        if (lib is not null && Path.GetFileName(lib) == "lib" && Path.GetDirectoryName(lib) is { } prefix)
        {
            return prefix;
        }

        return lib ?? "/";
    }

    /// <summary>
    /// pymain_sys_path_add_path0: once site ran, the script's directory goes
    /// first in sys.path (unless -P or -I).
    /// </summary>
    public static void InsertPath0(PyInterpreterState interp, PyModule sys)
    {
        if (interp.Config.SafePath || interp.Config.Isolated || (interp.Config.SysPath0 ?? ComputePath0(interp.Argv)) is not { } path0)
        {
            return;
        }

        if (sys.Dict.GetItemStr("path") is PyList list)
        {
            list.Insert(0, new PyStr(path0));
        }
    }

    /// <summary>sys.path[0]: the real directory of the script, '' for -c and stdin, the working directory for -m.</summary>
    private static string? ComputePath0(string[] argv)
    {
        if (argv.Length == 0)
        {
            return "";
        }

        string arg0 = argv[0];
        if (arg0 == "-m")
        {
            return Directory.GetCurrentDirectory();
        }

        if (arg0.Length == 0 || arg0 == "-c" || arg0 == "-")
        {
            return "";
        }

        // The script's real path (symbolic links resolved), then its directory.
        string full = Path.GetFullPath(arg0);
        return Path.GetDirectoryName(RealPath(full) ?? full) ?? "";
    }

    [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static extern IntPtr NativeRealPath(byte[] path, IntPtr resolved);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void NativeFree(IntPtr pointer);

    /// <summary>realpath(3); null when the path does not resolve.</summary>
    private static string? RealPath(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return null;
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(path + "\0");
        IntPtr result = NativeRealPath(bytes, IntPtr.Zero);
        if (result == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(result);
        }
        finally
        {
            NativeFree(result);
        }
    }

    /// <summary>getpath's abspath: joined to the working directory and normalized ('' is the working directory).</summary>
    private static string AbsPath(string entry)
    {
        string full = Path.GetFullPath(entry.Length == 0 ? "." : entry);
        return full.Length > 1 ? full.TrimEnd('/') : full;
    }

    /// <summary>Fills sys.path and the prefix attributes of <paramref name="sys"/>.</summary>
    public static void Apply(PyInterpreterState interp, PyModule sys, string? stdlibDir)
    {
        var list = new PyList();
        foreach (var entry in ComputePath(interp, stdlibDir))
        {
            list.Append(new PyStr(entry));
        }

        sys.Dict.SetItemStr("path", list);
        if (stdlibDir is not null)
        {
            var prefix = new PyStr(Prefix(stdlibDir));
            foreach (var name in (ReadOnlySpan<string>)["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"])
            {
                sys.Dict.SetItemStr(name, prefix);
            }
        }
    }
}
