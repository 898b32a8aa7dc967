using System.Text;
using System.Text.Json;
using Ember.TestSupport;

namespace Ember.Runtime.Tests.TestSupport;

/// <summary>
/// CPython's answers for the formatting and parsing cases, written by
/// tests/oracle/format_cases.py into tests/.cache (regenerated only when the
/// script or the Python version changes), grouped by area.
/// </summary>
internal static class FormatCases
{
    private static readonly Lazy<IReadOnlyDictionary<string, List<JsonElement>>> s_cases = new(Load);

    /// <summary>The case file: EMBER_FORMAT_CASES (used as it is, e.g. a stress run's), else the cache.</summary>
    public static string CachePath
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("EMBER_FORMAT_CASES");
            return string.IsNullOrEmpty(fromEnv) ? Path.Combine(RepoPaths.CacheDir, "format-cases.jsonl") : fromEnv;
        }
    }

    public static IReadOnlyList<JsonElement> Area(string name) =>
        s_cases.Value.TryGetValue(name, out var list) ? list : [];

    private static Dictionary<string, List<JsonElement>> Load()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("EMBER_FORMAT_CASES")))
        {
            Refresh();
        }

        var areas = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
        bool header = true;
        foreach (var line in File.ReadLines(CachePath, Encoding.UTF8))
        {
            if (header)
            {
                header = false;
                continue;
            }

            var element = JsonDocument.Parse(line).RootElement;
            string area = element.GetProperty("a").GetString()!;
            if (!areas.TryGetValue(area, out var list))
            {
                areas[area] = list = [];
            }

            list.Add(element);
        }

        return areas;
    }

    private static void Refresh()
    {
        var script = Path.Combine(RepoPaths.Root, "tests", "oracle", "format_cases.py");
        var run = ProcessRunner.Run(OraclePython.Path, [script, "--out", CachePath], TimeSpan.FromMinutes(5));
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"format_cases.py failed (exit {run.ExitCode}): {run.Stderr}{run.Stdout}");
        }
    }
}
