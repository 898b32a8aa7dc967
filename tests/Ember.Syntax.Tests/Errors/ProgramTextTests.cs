using System.Text;
using Ember.Syntax.Diagnostics;
using Ember.Syntax.Parsing;
using Ember.Syntax.Tests.TestSupport;
using Ember.Syntax.Text;
using Xunit;

namespace Ember.Syntax.Tests.Errors;

/// <summary>
/// A file-input syntax error quotes its line from the file the filename names,
/// when that file can be read, as CPython does; long lines are quoted as their
/// last 999-byte chunk and \r\n endings read as \n. Compared with the oracle.
/// </summary>
public sealed class ProgramTextTests
{
    public static TheoryData<string, string, string> Cases() => new()
    {
        { "other-file", "first line on disk\nsecond line on disk\n", "x = 1\nx = (1 2)\n" },
        { "past-end-of-file", "one line\n", "x = 1\nx = 2\nx = (1 2)\n" },
        { "long-line", "x = " + string.Join(" + ", Enumerable.Repeat("1", 600)) + " +\n", string.Empty },
        { "crlf", "x = 1\r\ny = (1 2)\r\n", string.Empty },
        { "unclosed", "x = 1\ny = (1,\n\nz = 2\n", string.Empty },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void QuotesTheLineFromTheNamedFile(string name, string onDisk, string parsed)
    {
        var dir = Path.Combine(RepoPaths.CacheDir, "program-text");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name + ".py");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(onDisk));
        var source = parsed.Length == 0 ? onDisk : parsed;
        var sourcePath = Path.Combine(dir, name + ".source");
        File.WriteAllBytes(sourcePath, Encoding.UTF8.GetBytes(source));

        var script = "import ast,sys\n" +
            "try:\n    ast.parse(open(sys.argv[1],'rb').read(), sys.argv[2])\n" +
            "except SyntaxError as e:\n    print(repr((e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)))\n";
        var oracle = ProcessRunner.Run(Oracle.Python, ["-c", script, sourcePath, path], TimeSpan.FromMinutes(1));
        Assert.Equal(0, oracle.ExitCode);

        var error = Assert.Throws<PythonSyntaxError>(() => Parser.ParseFile(Encoding.UTF8.GetBytes(source), path));
        var ember = Describe(error);
        Assert.Equal(oracle.Stdout.TrimEnd('\n'), ember);
    }

    /// <summary>The Python repr of (msg, lineno, offset, text, end_lineno, end_offset).</summary>
    private static string Describe(PythonSyntaxError e)
    {
        var sb = new StringBuilder("(");
        PyRepr.AppendStr(sb, e.Msg);
        sb.Append(", ").Append(e.Lineno).Append(", ").Append(e.Offset).Append(", ");
        if (e.Text is null)
        {
            sb.Append("None");
        }
        else
        {
            PyRepr.AppendStr(sb, e.Text);
        }

        sb.Append(", ").Append(e.EndLineno?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None");
        sb.Append(", ").Append(e.EndOffset?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None").Append(')');
        return sb.ToString();
    }
}
