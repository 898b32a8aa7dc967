using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ember.Syntax.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace Ember.Syntax.Tests.Stdlib;

/// <summary>
/// Every .py file of CPython's standard library (its test suite included when
/// installed) must parse to the tree CPython builds, compared through
/// <c>ast.dump(..., include_attributes=True)</c>, or fail with the same error
/// class, msg, lineno and offset. CPython's side comes from the oracle cache
/// (tests/oracle/ast_dump.py). By default a fixed sample (every third file) runs;
/// EMBER_FULL_STDLIB=1 walks every file.
/// </summary>
public sealed class StdlibWalkTests
{
    // Only the first mismatches are explained in detail (each re-runs the oracle).
    private const int MismatchesShown = 20;

    // A bound on a hang, not on speed: the full walk takes well under a minute.
    private static readonly TimeSpan s_walkLimit = TimeSpan.FromMinutes(20);

    private readonly ITestOutputHelper _output;

    public StdlibWalkTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void StdlibFilesParseToTheSameTreeOrErrorAsCPython()
    {
        var oracle = Oracle.Stdlib;
        var all = StdlibFiles.List(oracle.Root);
        bool full = StdlibFiles.FullWalkRequested;
        var files = full ? all : StdlibFiles.Sample(all);

        var problems = new List<string>();
        foreach (var path in oracle.Files.Keys)
        {
            if (all.BinarySearch(path, StringComparer.Ordinal) < 0)
            {
                problems.Add($"{path}: in the oracle cache but not found by the walk");
            }
        }

        var clock = Stopwatch.StartNew();
        var outcomes = new FileResult[files.Count];
        var walker = new Walker(files, oracle, outcomes);
        try
        {
            Bounded.Run(walker.Run, s_walkLimit, "stdlib walk");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}; a worker was last on {walker.CurrentFile}", e);
        }

        clock.Stop();

        var expectedMismatches = ExpectedMismatches.Load(oracle.Root);
        int passed = 0;
        int expected = 0;
        var mismatched = new List<int>();
        for (int i = 0; i < outcomes.Length; i++)
        {
            bool listed = expectedMismatches.ContainsKey(files[i]);
            if (outcomes[i].Matches)
            {
                passed++;
                if (listed)
                {
                    problems.Add($"{files[i]}: matches CPython now; remove it from {ExpectedMismatches.FilePath}");
                }
            }
            else if (listed)
            {
                expected++;
            }
            else
            {
                mismatched.Add(i);
            }
        }

        var scope = full ? "full walk" : $"sample: 1 file in {StdlibFiles.SampleStride}; EMBER_FULL_STDLIB=1 walks all {all.Count}";
        var known = expected == 0 ? string.Empty : $", {expected} known mismatches (expected-mismatches.txt)";
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"stdlib walk: {passed}/{files.Count} files match CPython{known} ({scope}; {clock.Elapsed.TotalSeconds:0.0} s; {oracle.Root})");
        _output.WriteLine(oracle.RefreshReport);
        _output.WriteLine(summary);
        RepoPaths.WriteSummary("stdlib-walk", summary);

        if (mismatched.Count == 0 && problems.Count == 0)
        {
            return;
        }

        var message = new StringBuilder();
        message.Append(summary).Append('\n');
        message.Append(mismatched.Count.ToString(CultureInfo.InvariantCulture)).Append(" files differ unexpectedly");
        if (mismatched.Count > MismatchesShown)
        {
            message.Append("; the first ").Append(MismatchesShown.ToString(CultureInfo.InvariantCulture)).Append(" are");
        }

        message.Append(":\n");
        foreach (var p in problems)
        {
            message.Append(p).Append('\n');
        }

        for (int k = 0; k < mismatched.Count && k < MismatchesShown; k++)
        {
            int i = mismatched[k];
            message.Append(outcomes[i].Explain(files[i])).Append("\n\n");
        }

        if (mismatched.Count > MismatchesShown)
        {
            message.Append("Other files that differ:\n");
            for (int k = MismatchesShown; k < mismatched.Count; k++)
            {
                message.Append("  ").Append(files[mismatched[k]]).Append('\n');
            }
        }

        Assert.Fail(message.ToString());
    }

    /// <summary>One file's verdict; a mismatch is parsed again when it is explained, so no dump is kept.</summary>
    private readonly struct FileResult
    {
        private readonly string? _note;

        private FileResult(bool matches, string? note)
        {
            Matches = matches;
            _note = note;
        }

        public bool Matches { get; }

        public static FileResult Match() => new(true, null);

        public static FileResult Differs() => new(false, null);

        public static FileResult Problem(string note) => new(false, note);

        public string Explain(string path)
        {
            if (_note is not null)
            {
                return $"{path}: {_note}";
            }

            var ember = Bounded.Run(() => EmberOutcome.Of(File.ReadAllBytes(path), path), TimeSpan.FromMinutes(2), path);
            return MismatchReport.Explain(path, ember);
        }
    }

    /// <summary>Parses the files on one worker per core; each worker has the parser's stack size.</summary>
    private sealed class Walker
    {
        private readonly List<string> _files;
        private readonly OracleCache _oracle;
        private readonly FileResult[] _results;
        private int _next = -1;
        private volatile string _current = "(none)";

        public Walker(List<string> files, OracleCache oracle, FileResult[] results)
        {
            _files = files;
            _oracle = oracle;
            _results = results;
        }

        public string CurrentFile => _current;

        public bool Run()
        {
            int workers = Math.Max(1, Math.Min(Environment.ProcessorCount, 4));
            var threads = new Thread[workers];
            for (int w = 0; w < workers; w++)
            {
                threads[w] = new Thread(Work, Bounded.ParserStackBytes) { IsBackground = true, Name = "stdlib walk " + w };
                threads[w].Start();
            }

            foreach (var t in threads)
            {
                t.Join();
            }

            return true;
        }

        private void Work()
        {
            while (true)
            {
                int i = Interlocked.Increment(ref _next);
                if (i >= _files.Count)
                {
                    return;
                }

                _current = _files[i];
                _results[i] = Check(_files[i]);
            }
        }

        private FileResult Check(string path)
        {
            if (!_oracle.Files.TryGetValue(path, out var expected))
            {
                return FileResult.Problem("found by the walk but missing from the oracle cache");
            }

            byte[] source;
            try
            {
                source = File.ReadAllBytes(path);
            }
            catch (IOException e)
            {
                return FileResult.Problem("cannot be read: " + e.Message);
            }

            var ember = EmberOutcome.Of(source, path);
            if (ember.Dump is not null && expected.Sha256 is not null)
            {
                var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ember.Dump)));
                return hash == expected.Sha256 ? FileResult.Match() : FileResult.Differs();
            }

            if (ember.Error is not null && expected.Error is not null && ember.Error == expected.Error)
            {
                return FileResult.Match();
            }

            return FileResult.Differs();
        }
    }
}
