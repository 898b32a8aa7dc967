namespace Ember.Runtime.Hosting;

/// <summary>
/// How an interpreter is set up (CPython's PyConfig, Include/cpython/initconfig.h):
/// what the command line and the environment asked for. sys.flags,
/// sys._xoptions and sys.path are built from it; the host fills it before
/// creating the interpreter and nothing changes it afterwards.
/// </summary>
public sealed class PyConfig
{
    /// <summary>-I: isolated mode (implies -E, -P and -s).</summary>
    public bool Isolated { get; init; }

    /// <summary>False under -E: PYTHON* variables are ignored.</summary>
    public bool UseEnvironment { get; init; } = true;

    /// <summary>False under -S: site is not imported at start-up.</summary>
    public bool SiteImport { get; init; } = true;

    /// <summary>False under -s or PYTHONNOUSERSITE: no user site-packages directory.</summary>
    public bool UserSiteDirectory { get; init; } = true;

    /// <summary>-P or PYTHONSAFEPATH: nothing is put before the stdlib in sys.path.</summary>
    public bool SafePath { get; init; }

    /// <summary>-v (repeatable) or PYTHONVERBOSE.</summary>
    public int Verbose { get; init; }

    public bool Quiet { get; init; }

    /// <summary>-i or PYTHONINSPECT.</summary>
    public bool Inspect { get; init; }

    /// <summary>-O / -OO or PYTHONOPTIMIZE.</summary>
    public int OptimizationLevel { get; init; }

    /// <summary>False under -B or PYTHONDONTWRITEBYTECODE (Ember writes no .pyc either way).</summary>
    public bool WriteBytecode { get; init; } = true;

    /// <summary>False under -u or PYTHONUNBUFFERED.</summary>
    public bool BufferedStdio { get; init; } = true;

    /// <summary>-b (1) or -bb (2).</summary>
    public int BytesWarning { get; init; }

    /// <summary>-X dev or PYTHONDEVMODE.</summary>
    public bool DevMode { get; init; }

    /// <summary>-X warn_default_encoding or PYTHONWARNDEFAULTENCODING.</summary>
    public bool WarnDefaultEncoding { get; init; }

    /// <summary>-X importtime or PYTHONPROFILEIMPORTTIME: each import's time on stderr.</summary>
    public bool ImportTime { get; init; }

    /// <summary>The -X options in order, as given ("name" or "name=value").</summary>
    public IReadOnlyList<string> XOptions { get; init; } = [];

    /// <summary>PYTHONPATH's entries (already empty under -E/-I).</summary>
    public string? PythonPath { get; init; }

    /// <summary>sys.executable: the program that starts this runtime again (the launcher); null for the .NET process's own path.</summary>
    public string? Executable { get; init; }

    /// <summary>sys.path[0] when the host knows it better than argv[0] tells (a script run by its full path while sys.argv[0] names it as the user typed it).</summary>
    public string? SysPath0 { get; init; }

    /// <summary>sys.stdin/stdout/stderr as io objects over descriptors 0-2 (a command-line program) rather than over the host's TextWriters.</summary>
    public bool StdioFromDescriptors { get; init; }

    /// <summary>Whether importlib is installed at start-up (an embedding host may want builtin modules only).</summary>
    public bool InstallImportSystem { get; init; } = true;

    /// <summary>The defaults with the PYTHON* variables of the environment applied (what a plain `ember` run gets).</summary>
    public static PyConfig FromEnvironment()
    {
        return new PyConfig
        {
            PythonPath = EnvOrNull("PYTHONPATH"),
            SafePath = EnvOrNull("PYTHONSAFEPATH") is not null,
            UserSiteDirectory = EnvOrNull("PYTHONNOUSERSITE") is null,
            Verbose = EnvLevel("PYTHONVERBOSE"),
            Inspect = EnvOrNull("PYTHONINSPECT") is not null,
            OptimizationLevel = EnvLevel("PYTHONOPTIMIZE"),
            WriteBytecode = EnvOrNull("PYTHONDONTWRITEBYTECODE") is null,
            BufferedStdio = EnvOrNull("PYTHONUNBUFFERED") is null,
            DevMode = EnvOrNull("PYTHONDEVMODE") is not null,
            WarnDefaultEncoding = EnvOrNull("PYTHONWARNDEFAULTENCODING") is not null,
            ImportTime = EnvOrNull("PYTHONPROFILEIMPORTTIME") is not null,
        };
    }

    /// <summary>A PYTHON* variable; an empty value counts as unset, as CPython's config_get_env.</summary>
    public static string? EnvOrNull(string name)
    {
        string? value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>A variable read as a level (config_get_env_dup / _Py_GetEnv flags): a number, or 1 when set to anything else.</summary>
    public static int EnvLevel(string name)
    {
        var value = EnvOrNull(name);
        if (value is null)
        {
            return 0;
        }

        return int.TryParse(value, out int n) && n >= 0 ? n : 1;
    }
}
