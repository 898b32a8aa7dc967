using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ember.Compiler.Tests.Symbols;
using Ember.Compiler.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace Ember.Compiler.Tests.Stdlib;

/// <summary>
/// Tens of thousands of small programs taken from CPython's own test suite
/// (str constants and doctest examples of its test modules, kept when they
/// parse) must give CPython's symbol tables or errors. The oracle extracts and
/// dumps them into tests/.cache once per test-suite version
/// (symtable_dump.py --snippets); without an installed test suite there are none.
/// </summary>
public sealed class StdlibSnippetTests
{
    private const int MismatchesShown = 10;

    private static readonly TimeSpan s_limit = TimeSpan.FromMinutes(10);

    private readonly ITestOutputHelper _output;

    public StdlibSnippetTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void TestSuiteSnippetsGiveTheSameSymbolTablesAsCPython()
    {
        var report = OracleProcess.Run(["--snippets", RepoPaths.CacheDir], TimeSpan.FromMinutes(10)).Trim();
        var corpus = SymtableCorpus.Load(
            Path.Combine(RepoPaths.CacheDir, "symtable-snippets.txt"),
            Path.Combine(RepoPaths.CacheDir, "symtable-snippets-expected.txt"));

        var clock = Stopwatch.StartNew();
        var (passed, compilerOnly, mismatches) = Bounded.Run(() => Check(corpus), s_limit, "stdlib snippets");
        clock.Stop();

        int total = corpus.Cases.Count;
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"stdlib test-suite snippets: {passed}/{total} match CPython's symbol tables, {compilerOnly} refused only by CPython's compiler ({clock.Elapsed.TotalSeconds:0.0} s)");
        _output.WriteLine(report);
        _output.WriteLine(summary);
        RepoPaths.WriteSummary("stdlib-symtable-snippets", summary);
        if (mismatches.Count == 0)
        {
            return;
        }

        var message = new StringBuilder().Append(summary).Append('\n');
        for (int k = 0; k < mismatches.Count && k < MismatchesShown; k++)
        {
            var (name, difference) = mismatches[k];
            message.Append(name).Append(":\n").Append(Encoding.UTF8.GetString(corpus.Get(name).Source)).Append(difference).Append("\n\n");
        }

        Assert.Fail(message.ToString());
    }

    private static (int Passed, int CompilerOnly, List<(string Name, string Difference)> Mismatches) Check(SymtableCorpus corpus)
    {
        int passed = 0;
        int compilerOnly = 0;
        var mismatches = new List<(string, string)>();
        foreach (var c in corpus.Cases)
        {
            var outcome = SymtableOutcome.Of(c.Source, $"<{c.Name}>");
            var difference = outcome.Compare(corpus.Expected(c.Name), out bool compilerOnlyError);
            if (compilerOnlyError)
            {
                compilerOnly++;
            }

            if (difference is null)
            {
                passed++;
            }
            else
            {
                mismatches.Add((c.Name, difference));
            }
        }

        return (passed, compilerOnly, mismatches);
    }
}
