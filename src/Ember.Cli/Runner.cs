using System.Text;
using Ember.Syntax.Ast;
using Ember.Syntax.Diagnostics;
using Ember.Syntax.Parsing;

namespace Ember.Cli;

/// <summary>
/// Carries out a parsed <see cref="CommandLine"/>: help, version, <c>-X ast</c>,
/// and (later) running a program from a file, <c>-c</c>, <c>-m</c> or stdin.
/// Exit codes follow CPython: 0 success, 1 an uncaught Python exception,
/// 2 a bad command line or a script that cannot be opened.
/// </summary>
internal sealed class Runner
{
    public const string PythonVersion = "3.11.2";
    public const string EmberVersion = "0.1.0";

    private readonly CommandLine _commandLine;
    private readonly StandardStreams _streams;

    public Runner(CommandLine commandLine, StandardStreams streams)
    {
        _commandLine = commandLine;
        _streams = streams;
    }

    /// <summary>
    /// What <c>-V</c> prints: CPython's "Python X.Y.Z" first, so tools that read
    /// the version from <c>python --version</c> understand it, then Ember's own.
    /// </summary>
    public static string VersionLine => $"Python {PythonVersion} (ember {EmberVersion})";

    public int Run()
    {
        var cl = _commandLine;
        if (cl.Error != null)
        {
            _streams.WriteError(cl.Error + "\n" + Usage.ErrorHint(cl.ProgramName));
            return 2;
        }

        if (cl.Help != HelpRequest.None)
        {
            _streams.Out.Write(Usage.Text(cl.ProgramName, cl.Help));
            return 0;
        }

        if (cl.VersionRequests > 0)
        {
            string line = cl.VersionRequests > 1
                ? $"Python {PythonVersion} (ember {EmberVersion}, .NET {Environment.Version})"
                : VersionLine;
            _streams.Out.Write(line + "\n");
            return 0;
        }

        if (!cl.IgnoreEnvironment && !Ember.Runtime.Hashing.PyHash.IsValidSeed(Environment.GetEnvironmentVariable("PYTHONHASHSEED")))
        {
            _streams.WriteError("Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]\nPython runtime state: preinitialized\n");
            return 1;
        }

        if (cl.Filename != null)
        {
            return RunFile(cl.Filename);
        }

        if (cl.DumpAst)
        {
            return Fail("-X ast needs a program file: " + cl.ProgramName + " -X ast FILE");
        }

        if (cl.Command != null)
        {
            return RunProgram(host => host.RunSource(cl.Command, "<string>"), "-c");
        }

        if (cl.Module != null)
        {
            string module = cl.Module;
            return RunProgram(host => host.RunModule(module), "-m");
        }

        string source = Console.In.ReadToEnd();
        return RunProgram(host => host.RunSource(source, "<stdin>"), "-");
    }

    /// <summary>Runs a program in a fresh interpreter with sys.argv = [argv0, program arguments...].</summary>
    private int RunProgram(Func<Ember.Runtime.Hosting.PythonHost, int> run, string argv0)
    {
        var argv = new string[_commandLine.ProgramArguments.Count + 1];
        argv[0] = argv0;
        _commandLine.ProgramArguments.CopyTo(argv, 1);
        var stderr = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        try
        {
            var host = Ember.Runtime.Hosting.PythonHost.Create(_streams.Out, stderr, Console.In, argv, Ember.Modules.StandardModules.Table, WarnOptions(), Config());

            // As Py_Initialize's signal handlers: SIGINT raises KeyboardInterrupt in the main thread.
            Ember.Runtime.Modules.Signal.SignalState.Of(host.Interpreter);
            int code = run(host);
            _streams.FlushOut();
            return code;
        }
        catch (IOException)
        {
            return 1;
        }
    }

    /// <summary>The interpreter's configuration: the command line's options over the PYTHON* variables (unless -E or -I).</summary>
    private Ember.Runtime.Hosting.PyConfig Config()
    {
        var cl = _commandLine;
        var env = cl.IgnoreEnvironment ? new Ember.Runtime.Hosting.PyConfig() : Ember.Runtime.Hosting.PyConfig.FromEnvironment();
        return new Ember.Runtime.Hosting.PyConfig
        {
            Isolated = cl.Isolated,
            UseEnvironment = !cl.IgnoreEnvironment,
            SiteImport = !cl.NoSite,
            UserSiteDirectory = !cl.NoUserSite && env.UserSiteDirectory,
            SafePath = cl.SafePath || env.SafePath,
            Verbose = Math.Max(cl.Verbose, env.Verbose),
            Quiet = cl.Quiet,
            Inspect = cl.Inspect || env.Inspect,
            OptimizationLevel = Math.Max(cl.Optimize, env.OptimizationLevel),
            WriteBytecode = !cl.DontWriteBytecode && env.WriteBytecode,
            BufferedStdio = !cl.Unbuffered && env.BufferedStdio,
            BytesWarning = cl.BytesWarning,
            DevMode = cl.XOptions.Contains("dev") || env.DevMode,
            WarnDefaultEncoding = cl.XOptions.Contains("warn_default_encoding") || env.WarnDefaultEncoding,
            ImportTime = cl.XOptions.Contains("importtime") || env.ImportTime,
            XOptions = [.. cl.XOptions],
            PythonPath = env.PythonPath,
            Executable = ExecutablePath(cl.ProgramName),
            StdioFromDescriptors = true,
        };
    }

    /// <summary>sys.executable from the name the launcher was started by: made absolute, or found on PATH (as getpath does with argv[0]).</summary>
    private static string? ExecutablePath(string programName)
    {
        if (programName.Contains('/'))
        {
            return Path.GetFullPath(programName);
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(dir, programName);
            if (File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    /// <summary>sys.warnoptions: -X dev, PYTHONWARNINGS (unless -E), -W, -b.</summary>
    private string[] WarnOptions()
    {
        var cl = _commandLine;
        bool devMode = cl.XOptions.Contains("dev") || (!cl.IgnoreEnvironment && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONDEVMODE")));
        string? env = cl.IgnoreEnvironment ? null : Environment.GetEnvironmentVariable("PYTHONWARNINGS");
        return [.. Ember.Runtime.Modules.Warnings.WarningsModule.BuildWarnOptions(devMode, env, cl.WarnOptions, cl.BytesWarning)];
    }

    private int RunFile(string filename)
    {
        // CPython reports the script by its absolute path, joined without normalizing.
        string path = Path.IsPathRooted(filename) ? filename : Directory.GetCurrentDirectory() + "/" + filename;
        if (!TryReadFile(path, out var source, out int exitCode))
        {
            return exitCode;
        }

        if (!_commandLine.DumpAst)
        {
            var bytes = source;
            return RunProgram(host => host.RunFile(bytes, path), filename);
        }

        ModNode tree;
        try
        {
            tree = Parser.ParseFile(source, path);
        }
        catch (PythonSyntaxError error)
        {
            _streams.WriteError(ErrorReport.FormatSyntaxError(error));
            return 1;
        }
        catch (PythonParseFailure failure)
        {
            _streams.WriteError(ErrorReport.ExceptionLine(failure.TypeName, failure.Message));
            return 1;
        }

        if (AstDepth.Exceeds(tree, AstDepth.TopLevelParseLimit))
        {
            _streams.WriteError(ErrorReport.ExceptionLine("RecursionError", "maximum recursion depth exceeded during ast construction"));
            return 1;
        }

        var dump = new StringBuilder(source.Length * 8);
        AstDump.Dump(dump, tree, annotateFields: true, includeAttributes: true);
        dump.Append('\n');
        return WriteOut(dump);
    }

    private bool TryReadFile(string path, out byte[] source, out int exitCode)
    {
        source = Array.Empty<byte>();
        exitCode = 0;
        string? reason = null;
        try
        {
            if (Directory.Exists(path))
            {
                reason = "[Errno 21] Is a directory";
            }
            else
            {
                source = File.ReadAllBytes(path);
                return true;
            }
        }
        catch (FileNotFoundException)
        {
            reason = "[Errno 2] No such file or directory";
        }
        catch (DirectoryNotFoundException)
        {
            reason = "[Errno 2] No such file or directory";
        }
        catch (UnauthorizedAccessException)
        {
            reason = "[Errno 13] Permission denied";
        }
        catch (PathTooLongException)
        {
            reason = "[Errno 36] File name too long";
        }
        catch (IOException e)
        {
            reason = e.Message;
        }

        _streams.WriteError($"{_commandLine.ProgramName}: can't open file '{path}': {reason}\n");
        exitCode = 2;
        return false;
    }

    private int WriteOut(StringBuilder text)
    {
        try
        {
            var writer = _streams.Out;
            foreach (var chunk in text.GetChunks())
            {
                writer.Write(chunk.Span);
            }

            writer.Flush();
            return 0;
        }
        catch (IOException)
        {
            _streams.WriteError("BrokenPipeError: [Errno 32] Broken pipe\n");
            return 1;
        }
        catch (UnauthorizedAccessException)
        {
            // stdout is closed: CPython then has sys.stdout None and print() does nothing.
            return 0;
        }
    }

    private int Fail(string message)
    {
        _streams.WriteError($"{_commandLine.ProgramName}: {message}\n");
        return 2;
    }
}
