using Ember.Runtime.Hosting;
using Ember.TestSupport;
using Xunit;

namespace Ember.Runtime.Tests.Interpreter;

/// <summary>Running programs through the host: uncaught-exception reports and exit codes, as CPython 3.11 gives them.</summary>
public sealed class HostTests
{
    /// <summary>Runs <paramref name="source"/> from a temporary file; stderr has the file's directory removed, as the differential harness does.</summary>
    private static (string Stdout, string Stderr, int Exit) Run(string source)
    {
        string dir = Path.Combine(Path.GetTempPath(), "ember-host-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, "prog.py");
        File.WriteAllText(path, source);
        try
        {
            return Bounded.Run(
                () =>
                {
                    var previous = Threading.PyThreadState.CurrentOrNull;
                    var stdout = new StringWriter();
                    var stderr = new StringWriter();
                    var host = PythonHost.Create(stdout, stderr, TextReader.Null, ["prog.py"]);
                    int exit = host.RunFile(File.ReadAllBytes(path), path);
                    Threading.PyThreadState.Restore(previous);
                    return (stdout.ToString(), stderr.ToString().Replace(dir + "/", "", StringComparison.Ordinal), exit);
                },
                TimeSpan.FromSeconds(60),
                "host test",
                64 * 1024 * 1024);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void ExceptionDuringHandlingPrintsBothTracebacksWithCarets()
    {
        var (_, stderr, exit) = Run("def cleanup():\n    raise ValueError\n\ndef work(d):\n    try:\n        d[()]\n    except KeyError:\n        cleanup()\n\nwork({})\n");
        Assert.Equal(1, exit);
        Assert.Equal(
            "Traceback (most recent call last):\n"
            + "  File \"prog.py\", line 6, in work\n"
            + "    d[()]\n"
            + "    ~^^^^\n"
            + "KeyError: ()\n"
            + "\nDuring handling of the above exception, another exception occurred:\n\n"
            + "Traceback (most recent call last):\n"
            + "  File \"prog.py\", line 10, in <module>\n"
            + "    work({})\n"
            + "  File \"prog.py\", line 8, in work\n"
            + "    cleanup()\n"
            + "  File \"prog.py\", line 2, in cleanup\n"
            + "    raise ValueError\n"
            + "ValueError\n",
            stderr);
    }

    [Fact]
    public void NameErrorReportSuggestsTheClosestName()
    {
        var (_, stderr, exit) = Run("def f():\n    counter = 1\n    return countr\nf()\n");
        Assert.Equal(1, exit);
        Assert.EndsWith("NameError: name 'countr' is not defined. Did you mean: 'counter'?\n", stderr);
    }

    [Fact]
    public void BuiltinNamesAreSuggestedToo()
    {
        var (_, stderr, _) = Run("pritn(1)\n");
        Assert.Equal("Traceback (most recent call last):\n  File \"prog.py\", line 1, in <module>\n    pritn(1)\n    ^^^^^\nNameError: name 'pritn' is not defined. Did you mean: 'print'?\n", stderr);
    }

    [Fact]
    public void CauseIsPrintedBeforeTheException()
    {
        var (_, stderr, _) = Run("try:\n    raise KeyError(None)\nexcept KeyError as e:\n    raise TypeError from e\n");
        Assert.Equal(
            "Traceback (most recent call last):\n  File \"prog.py\", line 2, in <module>\n    raise KeyError(None)\nKeyError: None\n"
            + "\nThe above exception was the direct cause of the following exception:\n\n"
            + "Traceback (most recent call last):\n  File \"prog.py\", line 4, in <module>\n    raise TypeError from e\nTypeError\n",
            stderr);
    }

    [Theory]
    [InlineData("raise SystemExit\n", 0, "")]
    [InlineData("raise SystemExit(None)\n", 0, "")]
    [InlineData("raise SystemExit(3)\n", 3, "")]
    [InlineData("import sys\nsys.exit('goodbye')\n", 1, "goodbye\n")]
    [InlineData("pass\n", 0, "")]
    public void SystemExitGivesTheExitCode(string source, int code, string stderr)
    {
        var result = Run(source);
        Assert.Equal(code, result.Exit);
        Assert.Equal(stderr, result.Stderr);
    }

    [Fact]
    public void SyntaxErrorIsReportedWithoutTraceback()
    {
        var (_, stderr, exit) = Run("x = (1,\n");
        Assert.Equal(1, exit);
        Assert.Equal("  File \"prog.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n", stderr);
    }
}
