using System.Runtime.CompilerServices;

namespace Ember.TestSupport;

/// <summary>Locations inside the repository the tests run from.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The repository root (the folder holding Ember.slnx).</summary>
    public static string Root => s_root.Value;

    /// <summary>Git-ignored folder for caches and run summaries (tests/.cache).</summary>
    public static string CacheDir => Path.Combine(Root, "tests", ".cache");

    /// <summary>
    /// Where tests leave one-line summaries (e.g. the stdlib walk's count) that the
    /// <c>test</c> script prints after the run; a passing xunit test's output is
    /// otherwise not shown on the console. The script passes a folder of its own
    /// in EMBER_SUMMARY_DIR so that runs at the same time do not mix.
    /// </summary>
    public static string SummaryDir
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("EMBER_SUMMARY_DIR");
            return string.IsNullOrEmpty(fromEnv) ? Path.Combine(CacheDir, "summaries") : fromEnv;
        }
    }

    public static void WriteSummary(string name, string line)
    {
        Directory.CreateDirectory(SummaryDir);
        File.WriteAllText(Path.Combine(SummaryDir, name + ".txt"), line + "\n");
    }

    private static string FindRoot()
    {
        // The test script sets this; builds with an artifacts path outside the
        // repository need it.
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
