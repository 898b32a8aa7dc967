using System.Diagnostics;
using Ember.TestSupport;
using Xunit;

namespace Ember.Runtime.Tests.Conformance;

/// <summary>
/// CPython's test suite is the measure, and the number of its tests that pass
/// may never go down: the runner's fast subset (modules.txt, tag "fast") runs
/// under ./ember and each module must pass at least as many tests as
/// tests/conformance/results/latest.json records. The full list is
/// <c>python3.11 tests/conformance/run.py</c>.
/// </summary>
public class ConformanceFloorTests
{
    [Fact]
    public async Task FastSubsetPassesNoFewerTestsThanRecorded()
    {
        var python = Environment.GetEnvironmentVariable("EMBER_ORACLE_PYTHON") is { Length: > 0 } p ? p : "/usr/bin/python3.11";
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var arg in (string[])[Path.Combine(RepoPaths.Root, "tests", "conformance", "run.py"), "--fast", "--check"])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        var errors = await stderr;
        var total = output.Split('\n').LastOrDefault(l => l.StartsWith("total:", StringComparison.Ordinal)) ?? "no total";
        RepoPaths.WriteSummary("conformance-fast", "conformance (fast subset): " + total);
        Assert.True(process.ExitCode == 0, $"run.py --fast --check exited {process.ExitCode}:\n{output}\n{errors}");
    }
}
