using System.Diagnostics;
using System.Text;

namespace Ember.TestSupport;

/// <summary>What a finished child process printed and returned.</summary>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs a child process to completion with a time limit, reading both pipes concurrently.</summary>
public static class ProcessRunner
{
    /// <summary>
    /// Runs <paramref name="fileName"/>; with <paramref name="environment"/> the child gets
    /// exactly those variables instead of this process's.
    /// </summary>
    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = workingDirectory ?? RepoPaths.Root,
        };
        foreach (var arg in arguments)
        {
            psi.ArgumentList.Add(arg);
        }

        if (environment is not null)
        {
            psi.Environment.Clear();
            foreach (var (name, value) in environment)
            {
                psi.Environment[name] = value;
            }
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {fileName}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{fileName} {string.Join(' ', psi.ArgumentList)} did not finish within {timeout.TotalSeconds:0} s");
        }

        // The no-argument wait also waits for the pipes to reach end of file.
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
