using Ember.Bytecode;
using Ember.Compiler;
using Ember.Runtime.Errors;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Modules.Builtins;
using Ember.Runtime.Modules.Sys;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;
using Ember.Syntax.Diagnostics;

namespace Ember.Runtime.Hosting;

/// <summary>
/// Creates an interpreter with builtins and sys, and runs a program in it as
/// <c>__main__</c> (Python/pythonrun.c): uncaught exceptions are printed as
/// CPython prints them and SystemExit gives the exit code. One host owns one
/// interpreter and runs on the thread that created it.
/// </summary>
public sealed class PythonHost
{
    private PythonHost(PyInterpreterState interpreter, PyThreadState thread)
    {
        Interpreter = interpreter;
        Thread = thread;
    }

    public PyInterpreterState Interpreter { get; }

    public PyThreadState Thread { get; }

    /// <summary>
    /// A fresh interpreter whose sys.stdout/stderr/stdin are the given streams; enters its thread state on this thread.
    /// <paramref name="modules"/> adds builtin modules to the runtime's own (Ember.Modules' table);
    /// <paramref name="warnOptions"/> become sys.warnoptions and the filters they ask for.
    /// </summary>
    public static PythonHost Create(TextWriter stdout, TextWriter stderr, TextReader stdin, string[] argv, Modules.ModuleTable? modules = null,
        string[]? warnOptions = null, PyConfig? config = null)
    {
        var interp = new PyInterpreterState
        {
            Config = config ?? new PyConfig(),
            ExtensionModules = modules ?? Modules.ModuleTable.Empty,
            Stdout = stdout,
            Stderr = stderr,
            Stdin = stdin,
            Argv = argv,
            WarnOptions = warnOptions ?? [],
        };
        var ts = new PyThreadState(interp);
        ts.Enter();
        BuiltinsModule.Init(interp);
        SysModule.Init(interp);
        SysState.Of(interp).PrintException = PrintException;
        if (SysState.Of(interp).Module is { } sys)
        {
            sys.Dict.SetItemStr("_getframe", new PyBuiltinFunction("_getframe", GetFrame, "sys"));
        }

        Modules.ModuleRegistry.BindCoreFunctions(interp);
        Modules.Warnings.WarningsModule.ApplyWarnOptions(ts);
        var host = new PythonHost(interp, ts);
        host.InitImportSystem();
        return host;
    }

    /// <summary>
    /// The import system and site (init_importlib, init_importlib_external,
    /// init_import_site): sys.path from the stdlib found, importlib's
    /// bootstrap, then <c>import site</c> unless -S. A stdlib that cannot be
    /// found or a bootstrap that fails leaves builtin imports only, with the
    /// reason on stderr; an error in site is reported as CPython reports it.
    /// </summary>
    private void InitImportSystem()
    {
        var interp = Interpreter;
        if (SysModule.Get(interp) is not { } sys)
        {
            return;
        }

        string? stdlib = null;
        string? problem = null;
        if (interp.Config.InstallImportSystem)
        {
            stdlib = Import.StdlibLocator.Find(out problem);
        }

        Import.PathConfig.Apply(interp, sys, stdlib);
        if (stdlib is null)
        {
            if (problem is not null)
            {
                interp.Stderr.Write($"ember: {problem}; only builtin modules can be imported\n");
            }

            Import.PathConfig.InsertPath0(interp, sys);
            return;
        }

        if (!Import.PyImport.Install(Thread, stdlib))
        {
            interp.Stderr.Write("ember: the import system could not be installed; only builtin modules can be imported\n");
            HandleUncaught();
            Import.PathConfig.InsertPath0(interp, sys);
            return;
        }

        if (interp.Config.StdioFromDescriptors && !StandardIo.Install(interp, sys))
        {
            interp.Stderr.Write("ember: cannot make sys.stdin/stdout/stderr from file descriptors 0-2; using the host's streams\n");
            HandleUncaught();
        }

        if (interp.Config.SiteImport && Import.PyImport.ImportModule("site") is null)
        {
            // init_import_site: CPython stops with "Failed to import the site module"; Ember reports it and goes on.
            interp.Stderr.Write("Error in site import:\n");
            HandleUncaught();
        }

        Import.PathConfig.InsertPath0(interp, sys);
    }

    /// <summary>Runs a file's bytes as __main__; returns the process exit code.</summary>
    public int RunFile(ReadOnlySpan<byte> source, string path)
    {
        CodeObject code;
        try
        {
            code = Interpreter.CodeCache is { } cache ? cache.CompileFile(source, path, Options) : PythonCompiler.CompileFile(source, path, Options);
        }
        catch (PythonSyntaxError error)
        {
            return ReportSyntaxError(error);
        }

        return RunMain(code, path);
    }

    /// <summary>Runs source text as __main__ (-c, stdin); <paramref name="filename"/> is "&lt;string&gt;" or "&lt;stdin&gt;".</summary>
    public int RunSource(string source, string filename)
    {
        CodeObject code;
        try
        {
            code = PythonCompiler.CompileSource(source, filename, CompileMode.Exec, Options);
        }
        catch (PythonSyntaxError error)
        {
            return ReportSyntaxError(error);
        }

        return RunMain(code, null);
    }

    private CompileOptions Options => new() { RecursionLimit = Interpreter.RecursionLimit };

    private int RunMain(CodeObject code, string? file)
    {
        int exitCode = ExecuteMain(code, file);
        // Py_FinalizeEx: the atexit callbacks run first, after the uncaught exception was reported.
        Modules.Atexit.AtexitModule.CallFuncs(Thread);
        // Threads started by _thread are daemons: they never run again once __main__ is done (Py_FinalizeEx).
        Interpreter.Gil.BeginFinalization(Thread);
        Flush();
        if (FinalizeMain())
        {
            Flush();
        }

        return exitCode;
    }

    // Kept apart so that nothing of __main__ stays referenced from RunMain's frame.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private int ExecuteMain(CodeObject code, string? file)
    {
        var main = MainModule();
        var globals = main.Dict;
        if (file is not null)
        {
            // _PyRun_SimpleFileObject: __file__, __cached__ and a SourceFileLoader for the script.
            globals.SetItemStr("__file__", new PyStr(file));
            globals.SetItemStr("__cached__", PyNone.Instance);
            if (Interpreter.Modules.GetItemStr("_frozen_importlib_external") is PyModule external
                && external.Dict.GetItemStr("SourceFileLoader") is { } loaderType)
            {
                var loader = Protocols.PyCall.Call(loaderType, new PyStr("__main__"), new PyStr(file));
                if (loader is null)
                {
                    return HandleUncaught();
                }

                globals.SetItemStr("__loader__", loader);
            }
        }

        var frame = new Frame(PyCode.For(code), globals, Interpreter.Builtins, globals, null);
        var result = PyEval.Execute(Thread, frame);
        return result is null ? HandleUncaught() : 0;
    }

    /// <summary>
    /// sys.modules['__main__'] as add_main_module (Python/pylifecycle.c)
    /// makes it: __annotations__, the builtins module as __builtins__ (other
    /// modules' globals name its dict) and BuiltinImporter as __loader__.
    /// </summary>
    private PyModule MainModule()
    {
        if (Interpreter.Modules.GetItemStr("__main__") is PyModule existing)
        {
            return existing;
        }

        var main = new PyModule("__main__");
        var globals = main.Dict;
        globals.SetItemStr("__annotations__", new PyDict());
        globals.SetItemStr("__builtins__", Interpreter.Modules.GetItemStr("builtins") ?? Interpreter.Builtins);
        if (Interpreter.Import.Importlib?.Dict.GetItemStr("BuiltinImporter") is { } builtinImporter)
        {
            globals.SetItemStr("__loader__", builtinImporter);
        }

        Interpreter.Modules.SetItemStr("__main__", main);
        return main;
    }

    /// <summary>
    /// <c>-m NAME</c> (pymain_run_module): runpy._run_module_as_main(NAME, True)
    /// runs the module as __main__; returns the process exit code.
    /// </summary>
    public int RunModule(string name)
    {
        MainModule();
        int exitCode = ExecuteModule(name);
        Modules.Atexit.AtexitModule.CallFuncs(Thread);
        Interpreter.Gil.BeginFinalization(Thread);
        Flush();
        if (FinalizeMain())
        {
            Flush();
        }

        return exitCode;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private int ExecuteModule(string name)
    {
        var runpy = Import.PyImport.ImportModule("runpy");
        if (runpy is null)
        {
            Interpreter.Stderr.Write("Could not import runpy module\n");
            return HandleUncaught();
        }

        var run = Protocols.PyOps.GetAttr(runpy, new PyStr("_run_module_as_main"));
        if (run is null)
        {
            Interpreter.Stderr.Write("Could not access runpy._run_module_as_main\n");
            return HandleUncaught();
        }

        return Protocols.PyCall.Call(run, new PyStr(name), PyBool.True) is null ? HandleUncaught() : 0;
    }

    /// <summary>
    /// What Py_FinalizeEx does that a program can see: __main__ leaves
    /// sys.modules and a collection follows, so the objects only it kept
    /// alive have their __del__ and weakref callbacks run, in the order they
    /// were made (CPython's collector finds them together, since a module's
    /// functions and its dict form a cycle, and finalizes them in allocation
    /// order). Skipped when no object of the interpreter has a __del__ or a
    /// weakref callback waiting. True when anything ran.
    /// </summary>
    private bool FinalizeMain()
    {
        var pending = Interpreter.Pending;
        if (pending.Tracked == 0 && pending.Count == 0)
        {
            return false;
        }

        if (Interpreter.Modules.DelItem(new PyStr("__main__")) < 0)
        {
            PyErr.Clear();
        }

        Modules.Gc.GcModule.CollectNow(Thread);
        return true;
    }

    /// <summary>Prints the pending exception or turns SystemExit into an exit code (handle_system_exit, PyErr_PrintEx).</summary>
    public int HandleUncaught()
    {
        var exc = PyErr.Fetch();
        if (exc is null)
        {
            return 0;
        }

        if (exc.Type.IsSubtypeOf(PyExc.SystemExit))
        {
            return SystemExitCode(exc);
        }

        Flush();
        CallExceptHook(exc);
        Interpreter.Stderr.Flush();
        return 1;
    }

    private static readonly PyStr s_excepthook = new("excepthook");

    /// <summary>Reports an uncaught exception through sys.excepthook, as PyErr_PrintEx does.</summary>
    private void CallExceptHook(PyBaseException exc)
    {
        var sys = SysState.Of(Interpreter).Module;
        var hook = sys?.Dict.GetItemStr(s_excepthook);
        if (hook is null)
        {
            Interpreter.Stderr.Write("sys.excepthook is missing\n");
            Interpreter.Stderr.Write(TracebackPrinter.Format(exc));
            return;
        }

        var tb = (PyObject?)exc.Traceback ?? PyNone.Instance;
        if (Protocols.PyCall.Call(hook, [exc.Type, exc, tb], null) is not null)
        {
            return;
        }

        var hookError = PyErr.Fetch();
        if (hookError is not null && hookError.Type.IsSubtypeOf(PyExc.SystemExit))
        {
            return;
        }

        Interpreter.Stderr.Write("Error in sys.excepthook:\n");
        if (hookError is not null)
        {
            Interpreter.Stderr.Write(TracebackPrinter.Format(hookError));
        }

        Interpreter.Stderr.Write("\nOriginal exception was:\n");
        Interpreter.Stderr.Write(TracebackPrinter.Format(exc));
    }

    /// <summary>The default excepthook's printer: the full report written to the file object.</summary>
    private static bool PrintException(PyObject file, PyObject type, PyObject value, PyObject traceback)
    {
        if (value is not PyBaseException exc)
        {
            // pythonrun.c's print_exception_invalid_type.
            return BuiltinsModule.WriteToFile(file, $"TypeError: print_exception(): Exception expected for value, {value.Type.Name} found\n");
        }

        if (traceback is PyTraceback tb && exc.Traceback is null)
        {
            exc.Traceback = tb;
        }

        return BuiltinsModule.WriteToFile(file, TracebackPrinter.Format(exc));
    }

    /// <summary>sys._getframe([depth]): the frame depth calls below the current one.</summary>
    private static PyObject? GetFrame(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Types.Args.Positional("_getframe", args, kwnames, 0, 1))
        {
            return null;
        }

        long depth = 0;
        if (args.Length == 1 && !Protocols.PyNumber.AsSsize(args[0], out depth))
        {
            return null;
        }

        var frame = PyThreadState.Current.CurrentFrame as Frame;
        while (depth > 0 && frame is not null)
        {
            frame = frame.Back;
            depth--;
        }

        if (frame is null)
        {
            return PyErr.ValueError("call stack is not deep enough");
        }

        return frame.FrameObject;
    }

    private int SystemExitCode(PyBaseException exc)
    {
        PyObject code = exc is PySystemExit se ? se.Code ?? PyNone.Instance
            : exc.Args.Count == 0 ? PyNone.Instance : exc.Args.Count == 1 ? exc.Args.Items[0] : exc.Args;
        if (ReferenceEquals(code, PyNone.Instance))
        {
            return 0;
        }

        if (code is PyInt i)
        {
            return i.IsSmall ? unchecked((int)i.Small) : -1;
        }

        Flush();
        var text = Protocols.PyOps.Str(code) as PyStr;
        PyErr.Clear();
        Interpreter.Stderr.Write((text?.Value ?? "") + "\n");
        Interpreter.Stderr.Flush();
        return 1;
    }

    private int ReportSyntaxError(PythonSyntaxError error)
    {
        SyntaxErrors.Raise(error);
        var exc = PyErr.Fetch();
        Flush();
        Interpreter.Stderr.Write(System.Text.Encoding.UTF8.GetString(ErrorReport.FormatSyntaxError(error)));
        Interpreter.Stderr.Flush();
        GC.KeepAlive(exc);
        return 1;
    }

    private void Flush()
    {
        // CPython flushes whatever sys.stdout and sys.stderr are at exit (flush_std_files).
        StandardIo.Flush(Interpreter);
        try
        {
            Interpreter.Stdout.Flush();
        }
        catch (IOException)
        {
        }
    }
}
