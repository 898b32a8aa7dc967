using System.Text.Json;
using Ember.Compiler.Tests.TestSupport;

namespace Ember.Compiler.Tests.Stdlib;

/// <summary>
/// CPython's symbol tables for every .py file of its standard library, from
/// tests/.cache/stdlib-symtable.json, which tests/oracle/symtable_dump.py
/// brings up to date (only files whose mtime or size changed are dumped again).
/// Each file has a "tables" and a "codes" entry: the SHA-256 of the section,
/// or the section's error line.
/// </summary>
internal sealed class SymtableOracleCache
{
    private static readonly Lazy<SymtableOracleCache> s_stdlib = new(Load);

    private SymtableOracleCache(string root, Dictionary<string, Entry> files, string refreshReport)
    {
        Root = root;
        Files = files;
        RefreshReport = refreshReport;
    }

    public static SymtableOracleCache Stdlib => s_stdlib.Value;

    public string Root { get; }

    public IReadOnlyDictionary<string, Entry> Files { get; }

    public string RefreshReport { get; }

    public static string CachePath => Path.Combine(RepoPaths.CacheDir, "stdlib-symtable.json");

    /// <summary>CPython's full dump of one file (tables, then "codes:" and its lines).</summary>
    public static string DumpOne(string path) =>
        OracleProcess.Run(["--dump", path], TimeSpan.FromMinutes(2)).TrimEnd('\n');

    private static SymtableOracleCache Load()
    {
        var report = OracleProcess.Run(["--cache", CachePath], TimeSpan.FromMinutes(20)).Trim();
        using var doc = JsonDocument.Parse(File.ReadAllBytes(CachePath));
        var rootElement = doc.RootElement;
        var root = rootElement.GetProperty("root").GetString() ?? throw new InvalidDataException("oracle cache has no root");
        var files = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var file in rootElement.GetProperty("files").EnumerateObject())
        {
            files[file.Name] = new Entry(
                file.Value.GetProperty("tables").GetString() ?? string.Empty,
                file.Value.GetProperty("codes").GetString() ?? string.Empty);
        }

        return new SymtableOracleCache(root, files, report);
    }

    /// <summary>A section is either a SHA-256 (64 hex digits) or an "error ..." line.</summary>
    internal sealed record Entry(string Tables, string Codes)
    {
        public static bool IsError(string section) => section.StartsWith("error ", StringComparison.Ordinal);
    }
}
