using System.Text.Json;

namespace Ember.Syntax.Tests.TestSupport;

/// <summary>An error CPython reported instead of a tree: class, msg, lineno, offset.</summary>
internal sealed record OracleError(string TypeName, string Msg, int? Lineno, int? Offset)
{
    /// <summary>The one-line form tests/oracle/ast_dump.py prints for an error (format_error there).</summary>
    public string Describe() => $"error {TypeName}: {Msg} (lineno={Show(Lineno)}, offset={Show(Offset)})";

    private static string Show(int? value) => value is int v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "None";
}

/// <summary>CPython's result for one file: the SHA-256 of its dump, or its error.</summary>
internal sealed record OracleEntry(string? Sha256, OracleError? Error);

/// <summary>The oracle cache for one directory tree.</summary>
internal sealed record OracleCache(string Root, IReadOnlyDictionary<string, OracleEntry> Files, string RefreshReport);

/// <summary>
/// CPython 3.11 as the oracle: runs tests/oracle/ast_dump.py to bring the cache
/// in tests/.cache up to date (once per test run) and to dump single files.
/// </summary>
internal static class Oracle
{
    private static readonly Lazy<OracleCache> s_stdlib = new(LoadStdlib);
    private static readonly Lazy<string> s_stdlibRoot = new(FindStdlibRoot);

    /// <summary>The interpreter used as the oracle (see <see cref="OraclePython"/>).</summary>
    public static string Python => OraclePython.Path;

    public static string Script => Path.Combine(RepoPaths.Root, "tests", "oracle", "ast_dump.py");

    public static string StdlibCachePath => Path.Combine(RepoPaths.CacheDir, "stdlib-ast.json");

    /// <summary>The oracle's standard library directory (the stdlib walk's root), without refreshing the cache.</summary>
    public static string StdlibRoot => s_stdlibRoot.Value;

    /// <summary>CPython's results for every .py file of its standard library, refreshed if stale.</summary>
    public static OracleCache Stdlib => s_stdlib.Value;

    /// <summary>CPython's full dump of one file, or its error line (see <see cref="OracleError.Describe"/>).</summary>
    public static string DumpOne(string path)
    {
        var result = ProcessRunner.Run(Python, [Script, "--dump", path], TimeSpan.FromMinutes(2));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"oracle failed on {path}: {result.Stderr}");
        }

        return result.Stdout.EndsWith('\n') ? result.Stdout[..^1] : result.Stdout;
    }

    private static string FindStdlibRoot()
    {
        var run = ProcessRunner.Run(Python, ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], TimeSpan.FromMinutes(1));
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"cannot ask {Python} for its stdlib: {run.Stderr}");
        }

        return run.Stdout.Trim();
    }

    private static OracleCache LoadStdlib()
    {
        var cachePath = StdlibCachePath;
        var run = ProcessRunner.Run(Python, [Script, "--cache", cachePath], TimeSpan.FromMinutes(15));
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"oracle refresh failed (exit {run.ExitCode}): {run.Stderr}");
        }

        using var doc = JsonDocument.Parse(File.ReadAllBytes(cachePath));
        var rootElement = doc.RootElement;
        var root = rootElement.GetProperty("root").GetString() ?? throw new InvalidDataException("oracle cache has no root");
        var files = new Dictionary<string, OracleEntry>(StringComparer.Ordinal);
        foreach (var file in rootElement.GetProperty("files").EnumerateObject())
        {
            files[file.Name] = ReadEntry(file.Value);
        }

        return new OracleCache(root, files, run.Stdout.Trim());
    }

    private static OracleEntry ReadEntry(JsonElement value)
    {
        if (value.TryGetProperty("sha256", out var sha))
        {
            return new OracleEntry(sha.GetString(), null);
        }

        var error = value.GetProperty("error");
        return new OracleEntry(
            null,
            new OracleError(
                error[0].GetString() ?? string.Empty,
                error[1].GetString() ?? string.Empty,
                OptionalInt(error[2]),
                OptionalInt(error[3])));
    }

    private static int? OptionalInt(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetInt32() : null;
}
