using Ember.Runtime.Modules.Builtins;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Sys;

/// <summary>
/// The <c>sys</c> module (Python/sysmodule.c), first version: the standard
/// streams, argv, modules, path, version information, recursion limit,
/// exception inspection and the display and except hooks.
/// </summary>
public static partial class SysModule
{
    /// <summary>The version this runtime implements; the standard library it loads is this release's.</summary>
    public const int Major = 3, Minor = 11, Micro = 2;

    public const string Version = "3.11.2 (main, Jan  1 2026, 00:00:00) [Ember on .NET]";

    public const long HexVersion = (Major << 24) | (Minor << 16) | (Micro << 8) | (0xF << 4);

    private static readonly PyType s_versionInfoType = StructSequence.CreateType(
        "sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]);

    private static readonly PyType s_flagsType = StructSequence.CreateType("sys.flags",
    [
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
        "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
        "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits",
    ]);

    private static readonly PyType s_floatInfoType = StructSequence.CreateType("sys.float_info",
        ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
        creatable: true);

    private static readonly PyType s_intInfoType = StructSequence.CreateType("sys.int_info",
        ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"], creatable: true);

    private static readonly PyType s_hashInfoType = StructSequence.CreateType("sys.hash_info",
        ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"], creatable: true);

    /// <summary>Creates <c>sys</c> for <paramref name="interp"/> and puts it in sys.modules. Calling it again does nothing.</summary>
    public static void Init(PyInterpreterState interp)
    {
        var state = SysState.Of(interp);
        if (state.Module is not null)
        {
            return;
        }

        var module = new PyModule("sys") { Origin = "built-in" };
        state.Module = module;
        state.PrintException ??= PrintWithTraceback;
        var d = module.Dict;
        state.Stdout = PyHostTextStream.ForWriting("<stdout>", interp.Stdout, "strict", 1);
        state.Stderr = PyHostTextStream.ForWriting("<stderr>", interp.Stderr, "backslashreplace", 2);
        state.Stdin = PyHostTextStream.ForReading("<stdin>", interp.Stdin, "strict", 0);
        d.SetItemStr("stdout", state.Stdout);
        d.SetItemStr("stderr", state.Stderr);
        d.SetItemStr("stdin", state.Stdin);
        d.SetItemStr("__stdout__", state.Stdout);
        d.SetItemStr("__stderr__", state.Stderr);
        d.SetItemStr("__stdin__", state.Stdin);

        d.SetItemStr("argv", StrList(interp.Argv));
        d.SetItemStr("orig_argv", StrList(["ember", .. interp.Argv]));
        d.SetItemStr("modules", interp.Modules);
        d.SetItemStr("path", StrList(DefaultPath(interp.Argv)));
        d.SetItemStr("meta_path", new PyList());
        d.SetItemStr("path_hooks", new PyList());
        d.SetItemStr("path_importer_cache", new PyDict());
        var executable = new PyStr(interp.Config.Executable ?? Environment.ProcessPath ?? "");
        d.SetItemStr("executable", executable);
        d.SetItemStr("_base_executable", executable);
        d.SetItemStr("prefix", new PyStr("/usr"));
        d.SetItemStr("base_prefix", new PyStr("/usr"));
        d.SetItemStr("exec_prefix", new PyStr("/usr"));
        d.SetItemStr("base_exec_prefix", new PyStr("/usr"));
        d.SetItemStr("platlibdir", new PyStr("lib"));
        d.SetItemStr("pycache_prefix", PyNone.Instance);

        d.SetItemStr("maxsize", PyInt.From(long.MaxValue));
        d.SetItemStr("maxunicode", PyInt.From(0x10FFFF));
        d.SetItemStr("byteorder", new PyStr(BitConverter.IsLittleEndian ? "little" : "big"));
        d.SetItemStr("platform", new PyStr(PlatformName()));
        d.SetItemStr("version", new PyStr(Version));
        d.SetItemStr("hexversion", PyInt.From(HexVersion));
        d.SetItemStr("api_version", PyInt.From(1013));
        d.SetItemStr("copyright", new PyStr("Copyright (c) Ember's authors. Python is copyright (c) Python Software Foundation."));
        var versionInfo = VersionInfo();
        d.SetItemStr("version_info", versionInfo);
        d.SetItemStr("implementation", Implementation(versionInfo));
        d.SetItemStr("flags", Flags(interp.Config, -1));
        d.SetItemStr("float_info", FloatInfo());
        d.SetItemStr("int_info", StructSequence.Create(s_intInfoType, PyInt.From(30), PyInt.From(4), PyInt.From(4300), PyInt.From(640)));
        d.SetItemStr("hash_info", StructSequence.Create(s_hashInfoType,
            PyInt.From(64), PyInt.From((1L << 61) - 1), PyInt.From(314159), PyInt.Zero, PyInt.From(1000003),
            new PyStr("siphash13"), PyInt.From(64), PyInt.From(128), PyInt.Zero));
        d.SetItemStr("float_repr_style", new PyStr("short"));
        d.SetItemStr("dont_write_bytecode", PyBool.From(!interp.Config.WriteBytecode));
        d.SetItemStr("builtin_module_names", new PyTuple(Array.ConvertAll(ModuleRegistry.NamesFor(interp), static n => (PyObject)new PyStr(n))));
        d.SetItemStr("stdlib_module_names", new PyTuple([]));
        d.SetItemStr("warnoptions", StrList(interp.WarnOptions));
        d.SetItemStr("_xoptions", XOptions(interp.Config.XOptions));
        d.SetItemStr("abiflags", PyStr.Empty);

        AddFunctions(module);
        d.SetItemStr("__displayhook__", d.GetItemStr("displayhook")!);
        d.SetItemStr("__excepthook__", d.GetItemStr("excepthook")!);
        d.SetItemStr("__breakpointhook__", d.GetItemStr("breakpointhook")!);
        d.SetItemStr("__unraisablehook__", d.GetItemStr("unraisablehook")!);
        interp.Modules.SetItemStr("sys", module);
    }

    /// <summary>
    /// The default excepthook's report: the interpreter's traceback printer
    /// (chained exceptions, source lines, carets, notes). A traceback passed
    /// separately is attached when the exception has none (as PyErr_Display does).
    /// </summary>
    private static bool PrintWithTraceback(PyObject file, PyObject type, PyObject value, PyObject traceback)
    {
        if (value is not PyBaseException exc)
        {
            // pythonrun.c's print_exception_invalid_type.
            return BuiltinsModule.WriteToFile(file, $"TypeError: print_exception(): Exception expected for value, {value.Type.Name} found\n");
        }

        if (exc.Traceback is null && PyExc.IsTraceback(traceback))
        {
            exc.Traceback = traceback;
        }

        return BuiltinsModule.WriteToFile(file, Interpreter.TracebackPrinter.Format(exc));
    }

    /// <summary>The <c>sys</c> module of <paramref name="interp"/>; null before <see cref="Init"/>.</summary>
    public static PyModule? Get(PyInterpreterState interp) => SysState.Of(interp).Module;

    /// <summary>
    /// <c>sys.NAME</c> as Python code sees it now (_PySys_GetAttr): null
    /// without an exception when sys or the attribute is missing.
    /// </summary>
    public static PyObject? GetObject(PyInterpreterState interp, string name) =>
        SysState.Of(interp).Module?.Dict.GetItemStr(name);

    private static PyList StrList(ReadOnlySpan<string> items)
    {
        var list = new PyList(items.Length);
        foreach (var s in items)
        {
            list.Append(new PyStr(s));
        }

        return list;
    }

    private static string[] DefaultPath(string[] argv)
    {
        // The script's directory first ('' for -c and the REPL), then the standard library.
        string first = "";
        if (argv.Length > 0 && argv[0].Length > 0 && argv[0] != "-c" && argv[0] != "-m")
        {
            first = Path.GetDirectoryName(Path.GetFullPath(argv[0])) ?? "";
        }

        return [first, "/usr/lib/python3.11", "/usr/lib/python3.11/lib-dynload"];
    }

    private static string PlatformName()
    {
        if (OperatingSystem.IsLinux())
        {
            return "linux";
        }

        if (OperatingSystem.IsMacOS())
        {
            return "darwin";
        }

        return OperatingSystem.IsWindows() ? "win32" : "unknown";
    }

    private static PyStructSequence VersionInfo() => StructSequence.Create(s_versionInfoType,
        PyInt.From(Major), PyInt.From(Minor), PyInt.From(Micro), new PyStr("final"), PyInt.Zero);

    private static PySimpleNamespace Implementation(PyObject versionInfo)
    {
        var d = new PyDict();
        d.SetItemStr("name", new PyStr("ember"));
        // No tag: importlib then neither reads nor writes .pyc files (Ember keeps its own code cache).
        d.SetItemStr("cache_tag", PyNone.Instance);
        d.SetItemStr("version", versionInfo);
        d.SetItemStr("hexversion", PyInt.From(HexVersion));
        d.SetItemStr("_multiarch", new PyStr("x86_64-linux-gnu"));
        return new PySimpleNamespace(d);
    }

    // int_max_str_digits is -1 unless -X int_max_str_digits or PYTHONINTMAXSTRDIGITS set it.
    private static PyStructSequence Flags(Hosting.PyConfig c, int intMaxStrDigits)
    {
        static PyInt I(bool b) => b ? PyInt.One : PyInt.Zero;
        return StructSequence.Create(s_flagsType,
            PyInt.Zero, I(c.Inspect), I(c.Inspect), PyInt.From(c.OptimizationLevel), I(!c.WriteBytecode),
            I(!c.UserSiteDirectory || c.Isolated), I(!c.SiteImport), I(!c.UseEnvironment || c.Isolated), PyInt.From(c.Verbose),
            PyInt.From(c.BytesWarning), I(c.Quiet), I(Hashing.PyHash.Randomized), I(c.Isolated),
            PyBool.From(c.DevMode), PyInt.Zero, I(c.WarnDefaultEncoding), PyBool.From(c.SafePath || c.Isolated), PyInt.From(intMaxStrDigits));
    }

    /// <summary>sys._xoptions: "name=value" maps name to the value, a bare name to True.</summary>
    private static PyDict XOptions(IReadOnlyList<string> options)
    {
        var d = new PyDict();
        foreach (var option in options)
        {
            int eq = option.IndexOf('=');
            if (eq < 0)
            {
                d.SetItemStr(option, PyBool.True);
            }
            else
            {
                d.SetItemStr(option[..eq], new PyStr(option[(eq + 1)..]));
            }
        }

        return d;
    }

    private static PyStructSequence FloatInfo() => StructSequence.Create(s_floatInfoType,
        new PyFloat(double.MaxValue), PyInt.From(1024), PyInt.From(308), new PyFloat(2.2250738585072014e-308),
        PyInt.From(-1021), PyInt.From(-307), PyInt.From(15), PyInt.From(53), new PyFloat(2.220446049250313e-16),
        PyInt.From(2), PyInt.One);
}
