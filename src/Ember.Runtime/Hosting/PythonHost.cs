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

    /// <summary>A fresh interpreter whose sys.stdout/stderr/stdin are the given streams; enters its thread state on this thread.</summary>
    public static PythonHost Create(TextWriter stdout, TextWriter stderr, TextReader stdin, string[] argv)
    {
        var interp = new PyInterpreterState
        {
            Stdout = stdout,
            Stderr = stderr,
            Stdin = stdin,
            Argv = argv,
        };
        var ts = new PyThreadState(interp);
        ts.Enter();
        BuiltinsModule.Init(interp);
        SysModule.Init(interp);
        return new PythonHost(interp, ts);
    }

    /// <summary>Runs a file's bytes as __main__; returns the process exit code.</summary>
    public int RunFile(ReadOnlySpan<byte> source, string path)
    {
        CodeObject code;
        try
        {
            code = PythonCompiler.CompileFile(source, path, Options);
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
        var main = new PyModule("__main__");
        var globals = main.Dict;
        globals.SetItemStr("__builtins__", Interpreter.Builtins);
        if (file is not null)
        {
            globals.SetItemStr("__file__", new PyStr(file));
        }

        Interpreter.Modules.SetItemStr("__main__", main);
        var frame = new Frame(PyCode.For(code), globals, Interpreter.Builtins, globals, null);
        var result = PyEval.Execute(Thread, frame);
        int exitCode = result is null ? HandleUncaught() : 0;
        Flush();
        return exitCode;
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
        Interpreter.Stderr.Write(TracebackPrinter.Format(exc));
        Interpreter.Stderr.Flush();
        return 1;
    }

    private int SystemExitCode(PyBaseException exc)
    {
        PyObject code = exc.Args.Count == 0 ? PyNone.Instance : exc.Args.Count == 1 ? exc.Args.Items[0] : exc.Args;
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
        try
        {
            Interpreter.Stdout.Flush();
        }
        catch (IOException)
        {
        }
    }
}
