using System.Text.RegularExpressions;
using Ember.Syntax.Tests.TestSupport;
using Xunit;

namespace Ember.Syntax.Tests.Robustness;

/// <summary>
/// End to end through the <c>ember</c> launcher at the repository root: for
/// hostile files, <c>ember -X ast FILE</c> exits 1 with a Python-style error on
/// stderr (the last line <c>SomeError: ...</c>, as CPython prints it) and never
/// a .NET stack trace or an abnormal exit.
/// </summary>
public sealed partial class LauncherRobustnessTests : IClassFixture<LauncherRobustnessTests.HostileFiles>
{
    // The first run may build the launcher's binaries.
    private static readonly TimeSpan s_runLimit = TimeSpan.FromMinutes(10);

    private readonly HostileFiles _files;

    public LauncherRobustnessTests(HostileFiles files)
    {
        _files = files;
    }

    public static TheoryData<string> RejectedNames => new(HostileSources.Rejected);

    [Theory]
    [MemberData(nameof(RejectedNames))]
    public void RejectedFileExitsOneWithPythonErrorAndNoStackTrace(string name)
    {
        var result = RunEmberAst(_files.PathOf(name));
        AssertNoDotnetCrash(name, result);
        Assert.True(result.ExitCode == 1, $"{name}: exit code {result.ExitCode}, expected 1\nstderr:\n{Tail(result.Stderr)}");
        var last = LastLine(result.Stderr);
        Assert.True(PythonErrorLine().IsMatch(last), $"{name}: stderr does not end with a Python error line:\n{Tail(result.Stderr)}");
    }

    [Fact]
    public void RandomBytesFilesNeverCrashTheLauncher()
    {
        var random = new Random(3114);
        for (int i = 0; i < 5; i++)
        {
            var path = _files.Write($"random-{i}.py", HostileSources.RandomBytes(random, maxLength: 300));
            var result = RunEmberAst(path);
            AssertNoDotnetCrash($"random-{i}", result);
            Assert.True(result.ExitCode is 0 or 1, $"random-{i}: exit code {result.ExitCode}\nstderr:\n{Tail(result.Stderr)}");
        }
    }

    [Fact]
    public void TenMegabyteStringLiteralIsDumped()
    {
        var result = RunEmberAst(_files.PathOf("long-string"));
        AssertNoDotnetCrash("long-string", result);
        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}\nstderr:\n{Tail(result.Stderr)}");
        Assert.StartsWith("Module(", result.Stdout, StringComparison.Ordinal);
    }

    private static ProcessResult RunEmberAst(string file)
    {
        var launcher = Path.Combine(RepoPaths.Root, "ember");
        Assert.True(File.Exists(launcher), "the ember launcher is missing at the repository root");
        return ProcessRunner.Run(launcher, ["-X", "ast", file], s_runLimit);
    }

    private static void AssertNoDotnetCrash(string name, ProcessResult result)
    {
        // 128+n is death by signal n (SIGABRT from an unhandled exception or stack overflow, SIGSEGV...).
        Assert.False(result.ExitCode > 128, $"{name}: killed by signal {result.ExitCode - 128}\nstderr:\n{Tail(result.Stderr)}");
        Assert.DoesNotContain("Unhandled exception", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Stack overflow", result.Stderr, StringComparison.Ordinal);
        Assert.False(DotnetFrame().IsMatch(result.Stderr), $"{name}: .NET stack trace on stderr:\n{Tail(result.Stderr)}");
    }

    private static string LastLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? string.Empty : lines[^1];
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : "..." + text[^2000..];

    // "   at Namespace.Type.Method(...)" as .NET prints stack frames.
    [GeneratedRegex(@"^\s+at [\w.`<>\[\]|]+\(", RegexOptions.Multiline)]
    private static partial Regex DotnetFrame();

    // "SyntaxError: ...", "IndentationError: ...", "MemoryError", "ValueError: ...".
    [GeneratedRegex(@"^[A-Z]\w*(Error|Exception)(: .*)?$")]
    private static partial Regex PythonErrorLine();

    /// <summary>The hostile sources written once to a temporary folder for the launcher to read.</summary>
    public sealed class HostileFiles : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("ember-hostile-").FullName;

        public string PathOf(string name)
        {
            var path = Path.Combine(_dir, name + ".py");
            if (!File.Exists(path))
            {
                File.WriteAllBytes(path, HostileSources.Make(name));
            }

            return path;
        }

        public string Write(string fileName, byte[] content)
        {
            var path = Path.Combine(_dir, fileName);
            File.WriteAllBytes(path, content);
            return path;
        }

        public void Dispose() => Directory.Delete(_dir, recursive: true);
    }
}
