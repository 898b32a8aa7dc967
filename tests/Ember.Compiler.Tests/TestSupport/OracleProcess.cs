namespace Ember.Compiler.Tests.TestSupport;

/// <summary>Runs CPython 3.11 (the oracle) on tests/oracle/symtable_dump.py.</summary>
internal static class OracleProcess
{
    public static string Python => OraclePython.Path;

    public static string Script => Path.Combine(RepoPaths.Root, "tests", "oracle", "symtable_dump.py");

    /// <summary>Runs the dump script with <paramref name="arguments"/> and returns its standard output; a failure throws.</summary>
    public static string Run(IEnumerable<string> arguments, TimeSpan timeout)
    {
        var result = ProcessRunner.Run(Python, new[] { Script }.Concat(arguments), timeout, RepoPaths.Root);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"oracle failed (exit {result.ExitCode}): {result.Stderr}");
        }

        return result.Stdout;
    }
}
