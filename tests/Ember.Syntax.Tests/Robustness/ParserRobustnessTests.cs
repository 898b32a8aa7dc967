using System.Text;
using Ember.Syntax.Tests.TestSupport;
using Xunit;

namespace Ember.Syntax.Tests.Robustness;

/// <summary>
/// Hostile input never crashes or hangs the front end: <c>Parser.ParseFile</c>
/// returns a tree or raises a Python-style error (<c>PythonSyntaxError</c> or
/// <c>PythonParseFailure</c>), and nothing else. Time limits bound hangs only.
/// </summary>
public sealed class ParserRobustnessTests
{
    // Bounds for hangs, far above normal times (a few seconds) to survive a busy 2-core machine.
    private static readonly TimeSpan s_caseLimit = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan s_fuzzLimit = TimeSpan.FromMinutes(5);

    public static TheoryData<string> HostileNames => new(HostileSources.Names);

    [Theory]
    [MemberData(nameof(HostileNames))]
    public void HostileSourceGivesTreeOrPythonError(string name)
    {
        var source = HostileSources.Make(name);
        var outcome = Bounded.Run(() => EmberOutcome.Of(source, name + ".py", dump: false), s_caseLimit, name);
        Assert.True(outcome.Crash is null, $"{name}: {outcome.DescribeCrash()}");
    }

    public static TheoryData<string> RejectedNames => new(HostileSources.Rejected);

    /// <summary>Where CPython rejects a hostile source, Ember rejects it with the same class, msg, lineno and offset.</summary>
    [Theory]
    [MemberData(nameof(RejectedNames))]
    public void RejectedHostileSourceFailsAsCPythonDoes(string name)
    {
        var source = HostileSources.Make(name);
        var path = Path.Combine(Path.GetTempPath(), $"ember-hostile-{Environment.ProcessId}-{name}.py");
        File.WriteAllBytes(path, source);
        try
        {
            var expected = Oracle.DumpOne(path);
            Assert.StartsWith("error ", expected, StringComparison.Ordinal);
            var outcome = Bounded.Run(() => EmberOutcome.Of(source, path, dump: false), s_caseLimit, name);
            Assert.True(outcome.Crash is null, $"{name}: {outcome.DescribeCrash()}");
            Assert.True(expected == outcome.Text, $"{name}:\n  CPython: {expected}\n  Ember:   {outcome.Text}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RandomBytesGiveTreeOrPythonError()
    {
        Fuzz("random bytes", seed: 3111, cases: 400, random => HostileSources.RandomBytes(random, maxLength: 300));
    }

    [Fact]
    public void RandomTokenSequencesGiveTreeOrPythonError()
    {
        Fuzz("random tokens", seed: 3112, cases: 1500, random => HostileSources.RandomTokens(random, maxTokens: 60));
    }

    [Fact]
    public void MutatedStdlibFilesGiveTreeOrPythonError()
    {
        // Small real files so each case is quick; mutations land near real syntax.
        var candidates = new List<byte[]>();
        foreach (var name in new[] { "bisect.py", "colorsys.py", "keyword.py", "heapq.py", "fnmatch.py", "textwrap.py", "dataclasses.py" })
        {
            var path = Path.Combine(Oracle.StdlibRoot, name);
            if (File.Exists(path))
            {
                candidates.Add(File.ReadAllBytes(path));
            }
        }

        Assert.NotEmpty(candidates);
        Fuzz("mutated stdlib", seed: 3113, cases: 300, random => HostileSources.Mutate(random, candidates[random.Next(candidates.Count)]));
    }

    /// <summary>Runs seeded cases in one bounded thread; on failure names the case so it can be replayed.</summary>
    private static void Fuzz(string what, int seed, int cases, Func<Random, byte[]> make)
    {
        var failures = new List<string>();
        int current = -1;
        try
        {
            Bounded.Run(
                () =>
                {
                    var random = new Random(seed);
                    for (int i = 0; i < cases; i++)
                    {
                        current = i;
                        var source = make(random);
                        var outcome = EmberOutcome.Of(source, "fuzz.py", dump: false);
                        if (outcome.Crash is not null && failures.Count < 10)
                        {
                            failures.Add($"case {i}: source {Show(source)}\n  {outcome.DescribeCrash()}");
                        }
                    }

                    return true;
                },
                s_fuzzLimit,
                what);
        }
        catch (TimeoutException e)
        {
            Assert.Fail($"{e.Message} (seed {seed}, case {current})");
        }

        Assert.True(failures.Count == 0, $"{what} (seed {seed}): non-Python exceptions:\n{string.Join("\n", failures)}");
    }

    private static string Show(byte[] source)
    {
        var sb = new StringBuilder("b'");
        foreach (var b in source.AsSpan(0, Math.Min(source.Length, 200)))
        {
            if (b >= 0x20 && b < 0x7F && b != '\\' && b != '\'')
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append("\\x").Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.Append(source.Length > 200 ? "'..." : "'").ToString();
    }
}
