using System.Globalization;
using Ember.Syntax.Text;
using Xunit;

namespace Ember.Syntax.Tests.Text;

/// <summary>
/// <c>str.isprintable()</c> decides which characters <c>repr</c> escapes; it must
/// agree with CPython 3.11 (Unicode 14) on every code point.
/// </summary>
public sealed class PrintableOracleTests
{
    [Fact]
    public void IsPrintableMatchesCPythonOnEveryCodePoint()
    {
        // The oracle prints the start of every run of equal answers.
        const string Script = "import sys\nprev = None\nfor cp in range(0x110000):\n    p = chr(cp).isprintable()\n    if p != prev:\n        sys.stdout.write('%x %d\\n' % (cp, p))\n        prev = p\n";
        var run = ProcessRunner.Run(OraclePython.Path, ["-c", Script], TimeSpan.FromMinutes(2));
        Assert.Equal(0, run.ExitCode);

        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var mismatches = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split(' ');
            int start = int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            int end = i + 1 < lines.Length ? int.Parse(lines[i + 1].Split(' ')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture) : 0x110000;
            bool expected = parts[1] == "1";
            for (int cp = start; cp < end && mismatches.Count < 20; cp++)
            {
                if (PyRepr.IsPrintable(cp) != expected)
                {
                    mismatches.Add($"U+{cp:X4}: CPython {expected}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }
}
