namespace Ember.Cli;

/// <summary>
/// The <c>ember</c> program: a CPython-compatible command line (Modules/main.c).
/// All work runs on one thread with a large stack, so deeply nested source or
/// trees fail as Python errors (the parser's own depth limit) and never as a
/// stack overflow, and every .NET exception that escapes becomes a Python-style
/// message instead of a crash.
/// </summary>
internal static class Program
{
    private const int MainStackSize = 256 * 1024 * 1024;

    // The launcher script passes the name it was started by, as CPython reports
    // argv[0]; the variable is cleared so programs started from here don't inherit it.
    private const string ProgramNameVariable = "EMBER_PROGRAM_NAME";

    // Set to show the .NET stack trace of an internal error (for Ember's developers).
    private const string DebugVariable = "EMBER_DEBUG";

    private static int Main(string[] args)
    {
        int exitCode = 1;
        var thread = new Thread(() => exitCode = RunGuarded(args), MainStackSize);
        thread.Start();
        thread.Join();
        return exitCode;
    }

    private static int RunGuarded(string[] args)
    {
        try
        {
            return Run(args);
        }
        catch (Exception)
        {
            // Reporting the failure failed too (no usable stderr): just fail.
            return 1;
        }
    }

    private static int Run(string[] args)
    {
        string programName = Environment.GetEnvironmentVariable(ProgramNameVariable) is { Length: > 0 } name ? name : "ember";
        Environment.SetEnvironmentVariable(ProgramNameVariable, null);

        using var streams = new StandardStreams();
        try
        {
            var commandLine = CommandLine.Parse(args, programName);
            return new Runner(commandLine, streams).Run();
        }
        catch (OutOfMemoryException)
        {
            streams.WriteError("MemoryError\n");
            return 1;
        }
        catch (InsufficientExecutionStackException)
        {
            streams.WriteError("RecursionError: maximum recursion depth exceeded\n");
            return 1;
        }
        catch (Exception e)
        {
            string report = $"SystemError: internal error in Ember: {e.GetType().Name}: {e.Message}\n";
            if (Environment.GetEnvironmentVariable(DebugVariable) is { Length: > 0 })
            {
                report += e + "\n";
            }

            streams.WriteError(report);
            return 1;
        }
    }
}
