using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ember.Compiler.Tests.Symbols;
using Ember.Compiler.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace Ember.Compiler.Tests.Stdlib;

/// <summary>
/// Every .py file of CPython's standard library must give the symbol tables
/// CPython 3.11's <c>symtable.symtable</c> builds (or the same error), and,
/// where CPython compiles it, code lines that agree with its code objects.
/// A fixed sample (every third file) runs by default; EMBER_FULL_STDLIB=1
/// walks every file.
/// </summary>
public sealed class StdlibSymtableWalkTests
{
    private const int MismatchesShown = 10;

    // A bound on a hang, not on speed.
    private static readonly TimeSpan s_walkLimit = TimeSpan.FromMinutes(20);

    private readonly ITestOutputHelper _output;

    public StdlibSymtableWalkTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void StdlibFilesGiveTheSameSymbolTablesAsCPython()
    {
        var oracle = SymtableOracleCache.Stdlib;
        var all = StdlibFiles.List(oracle.Root);
        bool full = StdlibFiles.FullWalkRequested;
        var files = full ? all : StdlibFiles.Sample(all);

        var clock = Stopwatch.StartNew();
        var results = new string?[files.Count];
        var compilerOnly = new bool[files.Count];
        var walker = new Walker(files, oracle, results, compilerOnly);
        Bounded.Run(walker.Run, s_walkLimit, "stdlib symtable walk");
        clock.Stop();

        int passed = 0;
        int compilerErrors = 0;
        var mismatched = new List<int>();
        for (int i = 0; i < results.Length; i++)
        {
            if (results[i] is null)
            {
                passed++;
            }
            else
            {
                mismatched.Add(i);
            }

            if (compilerOnly[i])
            {
                compilerErrors++;
            }
        }

        var scope = full ? "full walk" : $"sample: 1 file in {StdlibFiles.SampleStride}; EMBER_FULL_STDLIB=1 walks all {all.Count}";
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"stdlib symtable walk: {passed}/{files.Count} files match CPython, {compilerErrors} refused only by CPython's compiler ({scope}; {clock.Elapsed.TotalSeconds:0.0} s)");
        _output.WriteLine(oracle.RefreshReport);
        _output.WriteLine(summary);
        RepoPaths.WriteSummary("stdlib-symtable-walk", summary);
        if (mismatched.Count == 0)
        {
            return;
        }

        var message = new StringBuilder();
        message.Append(summary).Append('\n');
        for (int k = 0; k < mismatched.Count && k < MismatchesShown; k++)
        {
            int i = mismatched[k];
            message.Append(files[i]).Append(": ").Append(results[i]).Append("\n\n");
        }

        for (int k = MismatchesShown; k < mismatched.Count; k++)
        {
            message.Append("  also differs: ").Append(files[mismatched[k]]).Append('\n');
        }

        Assert.Fail(message.ToString());
    }

    /// <summary>Checks the files on one worker per core (at most four), each with the parser's stack size.</summary>
    private sealed class Walker
    {
        private readonly List<string> _files;
        private readonly SymtableOracleCache _oracle;
        private readonly string?[] _results;
        private readonly bool[] _compilerOnly;
        private int _next = -1;

        public Walker(List<string> files, SymtableOracleCache oracle, string?[] results, bool[] compilerOnly)
        {
            _files = files;
            _oracle = oracle;
            _results = results;
            _compilerOnly = compilerOnly;
        }

        public bool Run()
        {
            int workers = Math.Max(1, Math.Min(Environment.ProcessorCount, 4));
            var threads = new Thread[workers];
            for (int w = 0; w < workers; w++)
            {
                threads[w] = new Thread(Work, Bounded.ParserStackBytes) { IsBackground = true, Name = "symtable walk " + w };
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

                _results[i] = Check(_files[i], out _compilerOnly[i]);
            }
        }

        /// <summary>Null when the file matches, else what differs.</summary>
        private string? Check(string path, out bool compilerOnly)
        {
            compilerOnly = false;
            if (!_oracle.Files.TryGetValue(path, out var expected))
            {
                return "found by the walk but missing from the oracle cache";
            }

            byte[] source;
            try
            {
                source = File.ReadAllBytes(path);
            }
            catch (IOException e)
            {
                return "cannot be read: " + e.Message;
            }

            var ember = SymtableOutcome.Of(source, path);
            bool tablesMatch = ember.Failed
                ? ember.Tables == expected.Tables
                : !SymtableOracleCache.Entry.IsError(expected.Tables) && Sha(ember.Tables) == expected.Tables;
            if (!tablesMatch)
            {
                return Explain(path, ember, out _);
            }

            if (SymtableOracleCache.Entry.IsError(expected.Codes))
            {
                compilerOnly = !ember.Failed;
                return null;
            }

            if (ember.Codes is null || Sha(string.Join('\n', ember.Codes)) == expected.Codes)
            {
                return null;
            }

            // Ember may list code objects CPython's compiler dropped as
            // unreachable: compare line by line against the full dump.
            return Explain(path, ember, out compilerOnly);
        }

        private static string? Explain(string path, SymtableOutcome ember, out bool compilerOnly)
        {
            var full = SymtableOracleCache.DumpOne(path);
            return ember.Compare(full, out compilerOnly);
        }

        private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
