using System.Text;
using Ember.Runtime.Hosting;
using Ember.TestSupport;
using Xunit;

namespace Ember.Runtime.Tests.Differential;

/// <summary>
/// Runs every program under tests/differential/run in a fresh in-process
/// interpreter and compares stdout, stderr and the exit code with what
/// CPython 3.11 gave (tests/differential/README.md).
/// </summary>
public sealed class DifferentialTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static string RunRoot => Path.Combine(RepoPaths.Root, "tests", "differential", "run");

    public static IEnumerable<string> Programs()
    {
        if (!Directory.Exists(RunRoot))
        {
            yield break;
        }

        // Programs are run/<area>/NAME.py only: deeper folders hold what programs import.
        foreach (var path in Directory.EnumerateFiles(RunRoot, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (Path.GetDirectoryName(Path.GetDirectoryName(path)) != RunRoot)
            {
                continue;
            }

            yield return Path.GetRelativePath(RunRoot, path);
        }
    }

    public static TheoryData<string> ProgramCases()
    {
        var data = new TheoryData<string>();
        foreach (var program in Programs())
        {
            data.Add(program);
        }

        return data;
    }

    [Fact]
    public void TheCorpusIsThere()
    {
        Assert.NotEmpty(Programs());
    }

    [Theory]
    [MemberData(nameof(ProgramCases))]
    public void RunProgramMatchesCPython(string program)
    {
        string? failure = Check(program);
        Assert.True(failure is null, failure);
    }

    /// <summary>Null when the program gives CPython's result, else a description of the first difference.</summary>
    public static string? Check(string relativePath)
    {
        string path = Path.Combine(RunRoot, relativePath);
        string directory = Path.GetDirectoryName(path)!;
        string basePath = path[..^3];
        string expectedOut = File.ReadAllText(basePath + ".stdout");
        string expectedErr = File.ReadAllText(basePath + ".stderr");
        int expectedExit = int.Parse(File.ReadAllText(basePath + ".exit").Trim(), System.Globalization.CultureInfo.InvariantCulture);

        // run/process/ programs look at what only a real process has (file descriptors 0-2 as sys.std*): they run under ./ember.
        var (stdout, stderr, exit) = relativePath.StartsWith("process" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? RunProcess(path)
            : Run(path);
        stderr = stderr.Replace(directory + "/", "", StringComparison.Ordinal);
        if (stdout != expectedOut)
        {
            return $"{relativePath}: stdout differs\n--- expected\n{expectedOut}\n--- actual\n{stdout}";
        }

        if (stderr != expectedErr)
        {
            return $"{relativePath}: stderr differs\n--- expected\n{expectedErr}\n--- actual\n{stderr}";
        }

        return exit != expectedExit ? $"{relativePath}: exit code {exit}, expected {expectedExit}" : null;
    }

    private static (string Stdout, string Stderr, int Exit) RunProcess(string path)
    {
        // The environment check_run.py and refresh_run.py give both interpreters.
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "",
            ["HOME"] = Environment.GetEnvironmentVariable("HOME") ?? "",
            ["PYTHONHASHSEED"] = "0",
            ["LC_ALL"] = "C.UTF-8",
        };
        var result = ProcessRunner.Run(Path.Combine(RepoPaths.Root, "ember"), [Path.GetFileName(path)], Limit, Path.GetDirectoryName(path), environment);
        return (result.Stdout, result.Stderr, result.ExitCode);
    }

    private static (string Stdout, string Stderr, int Exit) Run(string path)
    {
        var source = File.ReadAllBytes(path);
        return Bounded.Run(
            () =>
            {
                var stdout = new StringWriter { NewLine = "\n" };
                var stderr = new StringWriter { NewLine = "\n" };
                var previous = Threading.PyThreadState.CurrentOrNull;
                var host = PythonHost.Create(stdout, stderr, new StringReader(""), [Path.GetFileName(path)], Ember.Modules.StandardModules.Table,
                    config: new PyConfig { SysPath0 = Path.GetDirectoryName(path) });
                int exit = host.RunFile(source, path);
                Threading.PyThreadState.Restore(previous);
                return (stdout.ToString(), stderr.ToString(), exit);
            },
            Limit,
            path,
            256 * 1024 * 1024);
    }
}
