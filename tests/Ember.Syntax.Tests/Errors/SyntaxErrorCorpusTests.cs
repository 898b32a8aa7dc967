using System.Globalization;
using System.Text;
using Ember.Syntax.Diagnostics;
using Ember.Syntax.Parsing;
using Ember.Syntax.Tests.TestSupport;
using Ember.Syntax.Text;
using Xunit;

namespace Ember.Syntax.Tests.Errors;

/// <summary>
/// Each invalid source in tests/syntax-errors/corpus.txt must fail exactly as
/// CPython 3.11's <c>ast.parse(source_bytes)</c> fails: same class, msg, lineno,
/// offset, text, end_lineno and end_offset (expected.txt, from refresh.py).
/// </summary>
public sealed class SyntaxErrorCorpusTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in SyntaxErrorCorpus.Names)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FailsLikeCPython(string name)
    {
        var source = SyntaxErrorCorpus.Source(name);
        var actual = Bounded.Run(() => Describe(source, name), TimeSpan.FromSeconds(60), name);
        if (s_divergences.Value.TryGetValue(name, out var why))
        {
            Assert.True(
                actual != SyntaxErrorCorpus.Expected(name),
                $"{name} now matches CPython: remove it from tests/syntax-errors/divergences.txt ({why})");
            return;
        }

        Assert.Equal(SyntaxErrorCorpus.Expected(name), actual);
    }

    /// <summary>Known differences from CPython (tests/syntax-errors/divergences.txt), each with its reason.</summary>
    private static readonly Lazy<Dictionary<string, string>> s_divergences = new(() =>
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "syntax-errors", "divergences.txt")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            result[tab < 0 ? line : line[..tab]] = tab < 0 ? string.Empty : line[(tab + 1)..];
        }

        return result;
    });

    /// <summary>Ember's outcome in expected.txt's format (without the name).</summary>
    private static string Describe(byte[] source, string name)
    {
        try
        {
            Parser.ParseFile(source, $"<{name}>");
            return "parsed without error";
        }
        catch (PythonSyntaxError e)
        {
            var sb = new StringBuilder();
            sb.Append(e.TypeName).Append('\t').Append(e.Msg).Append('\t');
            sb.Append(Int(e.Lineno)).Append('\t').Append(Int(e.Offset)).Append('\t');
            if (e.Text is null)
            {
                sb.Append("None");
            }
            else
            {
                PyRepr.AppendStr(sb, e.Text);
            }

            sb.Append('\t').Append(e.EndLineno is int endLineno ? Int(endLineno) : "None");
            sb.Append('\t').Append(e.EndOffset is int endOffset ? Int(endOffset) : "None");
            return sb.ToString();
        }
        catch (PythonParseFailure e)
        {
            return $"{e.TypeName}\t{e.Message}\t-\t-\t-\t-\t-";
        }
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
