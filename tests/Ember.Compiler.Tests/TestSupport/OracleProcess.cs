using System.Diagnostics;
using System.Text;

namespace Ember.Compiler.Tests.TestSupport;

/// <summary>Runs CPython 3.11 (the oracle) on tests/oracle/symtable_dump.py.</summary>
internal static class OracleProcess
{
    /// <summary>EMBER_ORACLE_PYTHON, else Debian's python3.11.</summary>
    public static string Python
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("EMBER_ORACLE_PYTHON");
            if (!string.IsNullOrEmpty(fromEnv))
            {
                return fromEnv;
            }

            return File.Exists("/usr/bin/python3.11") ? "/usr/bin/python3.11" : "python3.11";
        }
    }

    public static string Script => Path.Combine(RepoPaths.Root, "tests", "oracle", "symtable_dump.py");

    /// <summary>Runs the dump script with <paramref name="arguments"/> and returns its standard output; a failure throws.</summary>
    public static string Run(IEnumerable<string> arguments, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = RepoPaths.Root,
        };
        psi.ArgumentList.Add(Script);
        foreach (var arg in arguments)
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {Python}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{Python} {string.Join(' ', psi.ArgumentList)} did not finish within {timeout.TotalSeconds:0} s");
        }

        process.WaitForExit();
        var output = stdout.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"oracle failed (exit {process.ExitCode}): {stderr.GetAwaiter().GetResult()}");
        }

        return output;
    }
}
