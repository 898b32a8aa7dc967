using System.Diagnostics;

namespace Ember.Runtime.Import;

/// <summary>
/// Finds the directory of the standard library's <c>.py</c> files that Ember
/// loads (Debian's <c>libpython3.11-stdlib</c>): <c>EMBER_STDLIB</c> first,
/// then <c>/usr/lib/python3.11</c>, then whatever a <c>python3.11</c> or
/// <c>python3</c> on PATH of version 3.11 reports as its stdlib. A directory
/// counts when it holds <c>os.py</c> and <c>importlib/_bootstrap.py</c>.
/// </summary>
public static class StdlibLocator
{
    public const string DebianStdlib = "/usr/lib/python3.11";

    /// <summary>The stdlib directory, or null with <paramref name="problem"/> saying what was tried.</summary>
    public static string? Find(out string? problem)
    {
        problem = null;
        string? env = Environment.GetEnvironmentVariable("EMBER_STDLIB");
        if (!string.IsNullOrEmpty(env))
        {
            if (IsStdlib(env))
            {
                return Path.GetFullPath(env);
            }

            problem = $"EMBER_STDLIB={env} is not a Python 3.11 standard library (no os.py and importlib/_bootstrap.py there)";
            return null;
        }

        if (IsStdlib(DebianStdlib))
        {
            return DebianStdlib;
        }

        foreach (var python in (ReadOnlySpan<string>)["python3.11", "python3"])
        {
            if (AskPython(python) is { } dir && IsStdlib(dir))
            {
                return dir;
            }
        }

        problem = $"no Python 3.11 standard library: install Debian's libpython3.11-stdlib (it provides {DebianStdlib}) or set EMBER_STDLIB to a directory that holds one";
        return null;
    }

    /// <summary>Whether <paramref name="dir"/> looks like a 3.11 stdlib.</summary>
    public static bool IsStdlib(string dir) =>
        File.Exists(Path.Combine(dir, "os.py")) && File.Exists(Path.Combine(dir, "importlib", "_bootstrap.py"));

    private static string? AskPython(string python)
    {
        try
        {
            var info = new ProcessStartInfo(python, ["-S", "-c", "import sys, os; sys.version_info[:2] == (3, 11) and print(os.path.dirname(os.__file__))"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(info);
            if (process is null)
            {
                return null;
            }

            string output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit(10_000);
            return output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
