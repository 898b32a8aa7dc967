using System.Globalization;
using System.Text.Json;
using Ember.Syntax.Diagnostics;
using Ember.Syntax.Parsing;
using Ember.Syntax.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace Ember.Syntax.Tests.Mutations;

/// <summary>
/// Broken variants of real code, generated from the standard library with a fixed
/// seed (tests/oracle/mutations.py), must fail or succeed exactly as CPython 3.11
/// does: same exception class, message, line, offset, end line and end offset.
/// This checks the order of alternatives and lookaheads of the whole grammar,
/// since a generic error is reported at the farthest token the parser read.
/// EMBER_MUTATIONS sets the number of snippets (default 1000).
/// </summary>
public sealed class MutationDifferentialTests
{
    private readonly ITestOutputHelper _output;

    public MutationDifferentialTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void MutatedStdlibSnippetsFailExactlyAsCPythonDoes()
    {
        int count = int.TryParse(Environment.GetEnvironmentVariable("EMBER_MUTATIONS"), out var n) ? n : 1000;
        var outDir = Path.Combine(RepoPaths.CacheDir, "mutations");
        var script = Path.Combine(RepoPaths.Root, "tests", "oracle", "mutations.py");
        var run = ProcessRunner.Run(Oracle.Python, [script, "11", count.ToString(CultureInfo.InvariantCulture), outDir], TimeSpan.FromMinutes(10));
        Assert.True(run.ExitCode == 0, "mutation oracle failed: " + run.Stderr);

        var mismatches = new List<string>();
        int total = 0;
        foreach (var line in run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var doc = JsonDocument.Parse(line);
            var path = doc.RootElement.GetProperty("path").GetString()!;
            var expected = Describe(doc.RootElement.GetProperty("result"));
            var actual = Bounded.Run(() => Outcome(path), TimeSpan.FromSeconds(30), path);
            total++;
            if (actual != expected)
            {
                mismatches.Add($"{path}\n  CPython: {expected}\n  Ember:   {actual}");
            }
        }

        RepoPaths.WriteSummary("mutations", $"{total - mismatches.Count} of {total} mutated snippets match CPython");
        _output.WriteLine($"{total - mismatches.Count} of {total} mutated snippets match CPython");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {total} differ:\n" + string.Join("\n", mismatches.Take(20)));
    }

    private static string Outcome(string path)
    {
        try
        {
            Parser.ParseFile(File.ReadAllBytes(path), path);
            return "OK";
        }
        catch (PythonSyntaxError e)
        {
            return string.Join("|", e.TypeName, e.Msg, e.Lineno, e.Offset, e.EndLineno?.ToString(CultureInfo.InvariantCulture) ?? "None", e.EndOffset?.ToString(CultureInfo.InvariantCulture) ?? "None");
        }
        catch (PythonParseFailure e)
        {
            return string.Join("|", e.TypeName, e.Message, "None", "None", "None", "None");
        }
    }

    private static string Describe(JsonElement result)
    {
        if (result.ValueKind == JsonValueKind.String)
        {
            return result.GetString()!;
        }

        var parts = new List<string>();
        foreach (var item in result.EnumerateArray())
        {
            parts.Add(item.ValueKind == JsonValueKind.Null ? "None" : item.ToString());
        }

        return string.Join("|", parts);
    }
}
