using System.Globalization;
using System.Text;
using System.Text.Json;
using Ember.Cli;
using Ember.Syntax.Diagnostics;
using Ember.Syntax.Tests.TestSupport;
using Xunit;

namespace Ember.Syntax.Tests.Cli;

/// <summary>
/// The syntax-error report of the command line against CPython 3.11's own printer
/// (sys.__excepthook__ with no traceback) for random SyntaxError attributes.
/// </summary>
public sealed class ErrorReportOracleTests
{
    private const string Generator = """
        import io, json, random, sys
        random.seed(int(sys.argv[1]))
        texts = [None, "", "\n", "x = (\n", "    x = 1\n", "\tif x:\n", "x = \"é\" + + $\n", "a\nb\nc\n", "  a\n  b",
                 "\f  x\n", "x = \"\"\"abc\n\ndef\n", "€€€ = 1\n", "   ", "abc", "  \t\f  lead\n", "😀😀 x\n", "x\n\n", "a\r\nb\n"]
        for _ in range(3000):
            cls = random.choice([SyntaxError, SyntaxError, IndentationError, TabError])
            args = (random.choice(["/tmp/x.py", "<string>", "dir/é.py"]), random.randint(0, 5), random.randint(-5, 60),
                    random.choice(texts))
            args += (args[1] + random.choice([0, 0, 1, 2, -1]), random.randint(-5, 60))
            msg = random.choice(["invalid syntax", "", "café ☕"])
            e = cls(msg, args)
            buf = io.StringIO(); old = sys.stderr; sys.stderr = buf
            try:
                sys.__excepthook__(cls, e, None)
            finally:
                sys.stderr = old
            print(json.dumps([cls.__name__, msg, *args, buf.getvalue()]))
        """;

    [Fact]
    public void ReportMatchesCPythonsPrinter()
    {
        var result = ProcessRunner.Run(Oracle.Python, ["-c", Generator, "7"], TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, result.Stderr);
        var failures = new List<string>();
        int count = 0;
        foreach (var line in result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var r = JsonDocument.Parse(line).RootElement;
            var error = new PythonSyntaxError(
                Enum.Parse<SyntaxErrorKind>(r[0].GetString()!),
                r[1].GetString()!,
                r[2].GetString()!,
                r[3].GetInt32(),
                r[4].GetInt32(),
                r[5].ValueKind == JsonValueKind.Null ? null : r[5].GetString(),
                r[6].GetInt32(),
                r[7].GetInt32());
            string actual = Encoding.UTF8.GetString(ErrorReport.FormatSyntaxError(error));
            count++;
            if (actual != r[8].GetString() && failures.Count < 10)
            {
                failures.Add($"{line}\ngot:\n{actual}");
            }
        }

        Assert.True(count == 3000, $"{count} cases came back from the oracle");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Theory]
    [InlineData("MemoryError", "", "MemoryError\n")]
    [InlineData("ValueError", "source code string cannot contain null bytes", "ValueError: source code string cannot contain null bytes\n")]
    public void ExceptionLineLeavesOutAnEmptyMessage(string type, string message, string expected)
    {
        Assert.Equal(expected, ErrorReport.ExceptionLine(type, message));
    }

    [Fact]
    public void InvariantCultureIsUsedForLineNumbers()
    {
        var error = new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "m", "f.py", 1234, 1, "x\n", 1234, 2);
        Assert.StartsWith("  File \"f.py\", line " + 1234.ToString(CultureInfo.InvariantCulture), Encoding.UTF8.GetString(ErrorReport.FormatSyntaxError(error)));
    }
}
