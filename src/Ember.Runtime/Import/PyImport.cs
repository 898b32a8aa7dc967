using Ember.Bytecode;
using Ember.Compiler;
using Ember.Runtime.Errors;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Modules;
using Ember.Runtime.Modules.Sys;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Import;

/// <summary>
/// The import machinery's C side (Python/import.c): installs the stdlib's
/// <c>importlib._bootstrap</c> and <c>_bootstrap_external</c> as
/// <c>_frozen_importlib</c> and <c>_frozen_importlib_external</c>, as
/// CPython's init_importlib does with its frozen copies, and implements
/// <c>__import__</c> as PyImport_ImportModuleLevelObject: resolve the name,
/// take sys.modules' entry when it is there and initialized, else
/// importlib's <c>_find_and_load</c>, then pick what the statement binds.
/// </summary>
public static class PyImport
{
    /// <summary>The file names importlib's frames carry; tracebacks through the import system drop them.</summary>
    public const string BootstrapFilename = "<frozen importlib._bootstrap>";

    public const string ExternalFilename = "<frozen importlib._bootstrap_external>";

    private static readonly PyStr s_path = new("__path__");
    private static readonly PyStr s_spec = new("__spec__");
    private static readonly PyStr s_initializing = new("_initializing");

    /// <summary>
    /// Runs the bootstrap from <paramref name="stdlibDir"/> in the thread's
    /// interpreter and installs its finders (sys.meta_path, sys.path_hooks,
    /// zipimport's hook first). False with the error pending when the
    /// bootstrap failed; the interpreter then imports builtin modules only.
    /// </summary>
    public static bool Install(PyThreadState ts, string stdlibDir)
    {
        var interp = ts.Interpreter;
        var state = interp.Import;
        state.StdlibDir = stdlibDir;
        var sys = SysModule.Get(interp);
        var imp = ModuleRegistry.Load(interp, "_imp");
        if (sys is null || imp is null)
        {
            PyErr.SystemError("the import system needs sys and _imp first");
            return false;
        }

        sys.Dict.SetItemStr("_stdlib_dir", new PyStr(stdlibDir));
        var bootstrap = RunBootstrapFile(ts, "_frozen_importlib", Path.Combine(stdlibDir, "importlib", "_bootstrap.py"), BootstrapFilename);
        if (bootstrap is null || PyCall.CallMethod(bootstrap, new PyStr("_install"), [sys, imp]) is null)
        {
            return false;
        }

        state.Importlib = bootstrap;
        state.FindAndLoad = bootstrap.Dict.GetItemStr("_find_and_load");
        state.HandleFromlist = bootstrap.Dict.GetItemStr("_handle_fromlist");
        state.LockUnlockModule = bootstrap.Dict.GetItemStr("_lock_unlock_module");
        state.ImportFunc = interp.Builtins.GetItemStr("__import__");
        if (state.FindAndLoad is null || state.HandleFromlist is null || state.LockUnlockModule is null)
        {
            state.Importlib = null;
            PyErr.SystemError("importlib._bootstrap lacks _find_and_load, _handle_fromlist or _lock_unlock_module");
            return false;
        }

        // init_importlib_external: the path-based finders need the module in sys.modules first.
        var external = RunBootstrapFile(ts, "_frozen_importlib_external", Path.Combine(stdlibDir, "importlib", "_bootstrap_external.py"), ExternalFilename);
        if (external is null || PyCall.CallMethod(bootstrap, new PyStr("_install_external_importers"), []) is null)
        {
            state.Importlib = null;
            return false;
        }

        InstallZipimport(interp, sys);
        return true;
    }

    /// <summary>
    /// _PyImportZip_Init: zipimport's importer goes first in sys.path_hooks.
    /// A zipimport that does not import is left out, as CPython does.
    /// </summary>
    private static void InstallZipimport(PyInterpreterState interp, PyModule sys)
    {
        var zipimport = ImportModule("zipimport");
        if (zipimport is null)
        {
            PyErr.Clear();
            return;
        }

        var importer = PyOps.GetAttrOrNull(zipimport, new PyStr("zipimporter"));
        if (importer is not null && sys.Dict.GetItemStr("path_hooks") is PyList hooks)
        {
            hooks.Insert(0, importer);
        }

        PyErr.Clear();
    }

    /// <summary>
    /// Compiles one bootstrap file (through the code cache) under its frozen
    /// name and runs it as a module entered in sys.modules beforehand.
    /// </summary>
    private static PyModule? RunBootstrapFile(PyThreadState ts, string moduleName, string path, string codeFilename)
    {
        var interp = ts.Interpreter;
        byte[] source;
        try
        {
            source = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            PyErr.SetString(PyExc.ImportError, $"cannot read {path}: {e.Message}");
            return null;
        }

        CodeObject code;
        var options = new CompileOptions { RecursionLimit = interp.RecursionLimit };
        try
        {
            code = interp.CodeCache is { } cache
                ? cache.CompileBytes(source, codeFilename, CompileMode.Exec, options)
                : PythonCompiler.CompileBytes(source, codeFilename, CompileMode.Exec, options);
        }
        catch (Ember.Syntax.Diagnostics.PythonSyntaxError error)
        {
            Hosting.SyntaxErrors.Raise(error);
            return null;
        }

        var module = new PyModule(moduleName);
        module.Dict.SetItemStr("__builtins__", interp.Modules.GetItemStr("builtins") ?? interp.Builtins);
        interp.Modules.SetItemStr(moduleName, module);
        var frame = new Frame(PyCode.For(code), module.Dict, interp.Builtins, module.Dict, null);
        if (PyEval.Execute(ts, frame) is null)
        {
            interp.Modules.DelItem(new PyStr(moduleName));
            return null;
        }

        return module;
    }

    /// <summary>PyImport_ImportModule: <c>__import__(name)</c> that returns the named module itself, not its top package.</summary>
    public static PyObject? ImportModule(string name)
    {
        var interp = PyThreadState.Current.Interpreter;
        var top = ImportModuleLevel(new PyStr(name), null, null, 0);
        if (top is null)
        {
            return null;
        }

        return name.Contains('.') ? interp.Modules.GetItemStr(name) ?? PyErr.SetString(PyExc.KeyError, $"'{name}' not in sys.modules as expected") : top;
    }

    /// <summary>Whether importlib is installed in <paramref name="interp"/>.</summary>
    public static bool IsInstalled(PyInterpreterState interp) => interp.Import.Importlib is not null;

    /// <summary>
    /// PyImport_ImportModuleLevelObject. <paramref name="name"/> is absolute
    /// when <paramref name="level"/> is 0, else resolved against
    /// <paramref name="globals"/>. Null with the error pending (importlib's
    /// frames taken out of its traceback).
    /// </summary>
    public static PyObject? ImportModuleLevel(PyStr name, PyObject? globals, PyObject? fromlist, long level)
    {
        var ts = PyThreadState.Current;
        var result = ImportModuleLevelCore(ts, name, globals, fromlist, level);
        if (result is null)
        {
            RemoveImportlibFrames(ts);
        }

        return result;
    }

    private static PyObject? ImportModuleLevelCore(PyThreadState ts, PyStr name, PyObject? globals, PyObject? fromlist, long level)
    {
        if (level < 0)
        {
            return PyErr.ValueError("level must be >= 0");
        }

        PyStr absName;
        if (level > 0)
        {
            absName = InterpreterBuiltins.ResolveName(name, globals, level)!;
            if (absName is null)
            {
                return null;
            }
        }
        else
        {
            if (name.Value.Length == 0)
            {
                return PyErr.ValueError("Empty module name");
            }

            absName = name;
        }

        var interp = ts.Interpreter;
        var state = interp.Import;
        if (state.Importlib is null)
        {
            return InterpreterBuiltins.ImportBuiltinOnly(absName, name, fromlist, level);
        }

        var module = interp.Modules.GetItemStr(absName);
        if (module is not null && module is not PyNone)
        {
            if (!EnsureInitialized(state, module, absName))
            {
                return null;
            }
        }
        else
        {
            module = interp.Config.ImportTime
                ? FindAndLoadTimed(interp, state, absName)
                : PyCall.Call(state.FindAndLoad!, absName, state.ImportFunc ?? PyNone.Instance);
            if (module is null)
            {
                return null;
            }
        }

        bool hasFrom = false;
        if (fromlist is not null && fromlist is not PyNone)
        {
            int truth = PyOps.IsTrue(fromlist);
            if (truth < 0)
            {
                return null;
            }

            hasFrom = truth == 1;
        }

        if (!hasFrom)
        {
            string text = name.Value;
            if (level == 0 || text.Length > 0)
            {
                int dot = text.IndexOf('.');
                if (dot < 0)
                {
                    return module;
                }

                if (level == 0)
                {
                    return ImportModuleLevelCore(ts, new PyStr(text[..dot]), null, null, 0);
                }

                int cutOff = text.Length - dot;
                string toReturn = absName.Value[..^cutOff];
                return interp.Modules.GetItemStr(toReturn)
                    ?? PyErr.SetString(PyExc.KeyError, $"'{toReturn}' not in sys.modules as expected");
            }

            return module;
        }

        var path = PyOps.GetAttrOrNull(module, s_path);
        if (path is null)
        {
            if (PyErr.Occurred && !PyErr.Clear(PyExc.AttributeError))
            {
                return null;
            }

            return module;
        }

        return PyCall.Call(state.HandleFromlist!, [module, fromlist!, state.ImportFunc ?? PyNone.Instance], null);
    }

    /// <summary>
    /// _find_and_load under -X importtime (import_find_and_load): one line per
    /// import on stderr after it finishes, its own time and its time with the
    /// imports it made, in microseconds rounded up, indented by nesting depth.
    /// </summary>
    private static PyObject? FindAndLoadTimed(PyInterpreterState interp, ImportState state, PyStr absName)
    {
        if (!state.ImportTimeHeaderWritten)
        {
            state.ImportTimeHeaderWritten = true;
            WriteImportTime(interp, "import time: self [us] | cumulative | imported package\n");
        }

        long outerAccumulated = state.ImportTimeAccumulated;
        state.ImportTimeLevel++;
        state.ImportTimeAccumulated = 0;
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        var module = PyCall.Call(state.FindAndLoad!, absName, state.ImportFunc ?? PyNone.Instance);
        long cumulative = System.Diagnostics.Stopwatch.GetTimestamp() - start;
        state.ImportTimeLevel--;
        long self = cumulative - state.ImportTimeAccumulated;
        string indent = new(' ', state.ImportTimeLevel * 2);
        WriteImportTime(interp, $"import time: {Microseconds(self),9} | {Microseconds(cumulative),10} | {indent}{absName.Value}\n");
        state.ImportTimeAccumulated = outerAccumulated + cumulative;
        return module;
    }

    private static long Microseconds(long ticks) =>
        (long)System.Math.Ceiling(ticks * 1_000_000.0 / System.Diagnostics.Stopwatch.Frequency);

    /// <summary>Written to the process's standard error as CPython's fprintf(stderr), bypassing sys.stderr.</summary>
    private static void WriteImportTime(PyInterpreterState interp, string line)
    {
        interp.Stderr.Write(line);
        interp.Stderr.Flush();
    }

    /// <summary>import_ensure_initialized: a module still being imported by another thread is waited for.</summary>
    private static bool EnsureInitialized(ImportState state, PyObject module, PyStr name)
    {
        // Only modules with a spec can be mid-import; builtin objects put in sys.modules by hand have none.
        if (module is not PyModule m || m.Dict.GetItemStr(s_spec) is not { } spec || spec is PyNone)
        {
            return true;
        }

        var initializing = PyOps.GetAttrOrNull(spec, s_initializing);
        if (initializing is null)
        {
            return !PyErr.Occurred || PyErr.Clear(PyExc.AttributeError);
        }

        int busy = PyOps.IsTrue(initializing);
        if (busy < 0)
        {
            return false;
        }

        return busy == 0 || PyCall.Call(state.LockUnlockModule!, name) is not null;
    }

    /// <summary>
    /// remove_importlib_frames (Python/import.c): for an ImportError every
    /// run of importlib frames leaves the traceback; for other errors only the
    /// runs that end in <c>_call_with_frames_removed</c> (the module's own
    /// code follows them). Kept whole under -v.
    /// </summary>
    public static void RemoveImportlibFrames(PyThreadState ts)
    {
        var exc = ts.CurrentException;
        if (exc is null || ts.Interpreter.Config.Verbose > 0 || exc.Traceback is not PyTraceback first)
        {
            return;
        }

        bool alwaysTrim = exc.Type.IsSubtypeOf(PyExc.ImportError);
        // A dummy head makes "the link into this chunk" uniform for the first entry too.
        var head = new PyTraceback(first, first.Frame, first.Lasti, first.LineNo);
        PyTraceback prev = head;
        PyTraceback outer = head;
        bool inImportlib = false;
        for (var tb = first; tb is not null;)
        {
            var next = tb.Next;
            var code = tb.Frame.Frame.CodeObject;
            bool nowIn = code.Filename is BootstrapFilename or ExternalFilename;
            if (nowIn && !inImportlib)
            {
                outer = prev;
            }

            inImportlib = nowIn;
            if (inImportlib && (alwaysTrim || code.Name == "_call_with_frames_removed"))
            {
                outer.Next = next;
                prev = outer;
            }
            else
            {
                prev = tb;
            }

            tb = next;
        }

        exc.Traceback = head.Next;
    }
}
