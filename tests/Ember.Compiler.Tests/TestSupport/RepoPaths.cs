using System.Runtime.CompilerServices;

namespace Ember.Compiler.Tests.TestSupport;

/// <summary>Locations inside the repository the tests run from.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The repository root (the folder holding Ember.slnx).</summary>
    public static string Root => s_root.Value;

    /// <summary>Git-ignored folder for oracle caches and run summaries (tests/.cache).</summary>
    public static string CacheDir => Path.Combine(Root, "tests", ".cache");

    /// <summary>
    /// Where a test leaves a one-line summary for the test script to print
    /// (EMBER_SUMMARY_DIR when the script sets it).
    /// </summary>
    public static void WriteSummary(string name, string line)
    {
        var fromEnv = Environment.GetEnvironmentVariable("EMBER_SUMMARY_DIR");
        var dir = string.IsNullOrEmpty(fromEnv) ? Path.Combine(CacheDir, "summaries") : fromEnv;
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, name + ".txt"), line + "\n");
    }

    private static string FindRoot()
    {
        var fromEnv = Environment.GetEnvironmentVariable("EMBER_REPO_ROOT");
        if (!string.IsNullOrEmpty(fromEnv) && IsRoot(fromEnv))
        {
            return Path.GetFullPath(fromEnv);
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory, SourceDirectory() })
        {
            for (var dir = start; !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
            {
                if (IsRoot(dir))
                {
                    return dir;
                }
            }
        }

        throw new InvalidOperationException("cannot find the repository root (a folder with Ember.slnx); set EMBER_REPO_ROOT");
    }

    private static bool IsRoot(string dir) => File.Exists(Path.Combine(dir, "Ember.slnx"));

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? string.Empty;
}
