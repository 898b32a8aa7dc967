using System.Diagnostics;
using System.Globalization;
using Ember.Syntax.Diagnostics;
using Ember.Syntax.Parsing;

namespace Ember.Bench.Parse;

/// <summary>
/// Times <c>Parser.ParseFile</c> over a list of files held in memory: warm-up
/// rounds first (untimed, so the JIT has tiered up), then timed rounds. Prints
/// <c>key=value</c> lines for bench/parse/run; cpython_parse.py prints the same.
/// Usage: Ember.Bench.Parse --files LIST [--rounds N] [--warmup N]
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        string? listPath = null;
        int rounds = 5;
        int warmup = 2;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--files" when i + 1 < args.Length:
                    listPath = args[++i];
                    break;
                case "--rounds" when i + 1 < args.Length:
                    rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--warmup" when i + 1 < args.Length:
                    warmup = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine("usage: Ember.Bench.Parse --files LIST [--rounds N] [--warmup N]");
                    return 2;
            }
        }

        if (listPath is null || rounds < 1)
        {
            Console.Error.WriteLine("usage: Ember.Bench.Parse --files LIST [--rounds N] [--warmup N]");
            return 2;
        }

        var paths = File.ReadAllLines(listPath).Where(l => l.Length > 0).ToArray();
        var sources = new byte[paths.Length][];
        long totalBytes = 0;
        for (int i = 0; i < paths.Length; i++)
        {
            sources[i] = File.ReadAllBytes(paths[i]);
            totalBytes += sources[i].Length;
        }

        int errors = 0;
        for (int w = 0; w < warmup; w++)
        {
            errors = ParseAll(paths, sources, out var firstError);
            if (w == 0 && firstError is not null)
            {
                Console.Error.WriteLine($"note: {errors} files failed to parse; first: {firstError}");
            }
        }

        var times = new double[rounds];
        for (int r = 0; r < rounds; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var clock = Stopwatch.StartNew();
            errors = ParseAll(paths, sources, out _);
            clock.Stop();
            times[r] = clock.Elapsed.TotalMilliseconds;
        }

        var sorted = (double[])times.Clone();
        Array.Sort(sorted);
        double median = rounds % 2 == 1 ? sorted[rounds / 2] : (sorted[(rounds / 2) - 1] + sorted[rounds / 2]) / 2;

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"files={paths.Length}");
        Console.WriteLine($"bytes={totalBytes}");
        Console.WriteLine($"errors={errors}");
        Console.WriteLine("rounds_ms=" + string.Join(",", times.Select(t => t.ToString("F1", inv))));
        Console.WriteLine("median_ms=" + median.ToString("F1", inv));
        return 0;
    }

    private static int ParseAll(string[] paths, byte[][] sources, out string? firstError)
    {
        int errors = 0;
        firstError = null;
        for (int i = 0; i < sources.Length; i++)
        {
            try
            {
                Parser.ParseFile(sources[i], paths[i]);
            }
            catch (Exception e) when (e is PythonSyntaxError or PythonParseFailure)
            {
                errors++;
                firstError ??= $"{paths[i]}: {e.Message}";
            }
        }

        return errors;
    }
}
