using System.Text;
using System.Text.Json;
using Ember.Compiler.Tests.Symbols;
using Ember.Syntax.Diagnostics;
using Xunit;

namespace Ember.Compiler.Tests.CodeGen;

/// <summary>
/// The SyntaxErrors that belong to the compiler: the symbol table's corpus
/// cases marked compiler-only (against their committed expected dump) and
/// CodeGen/Corpus/errors.txt (against what CPython reports at test time).
/// </summary>
public class CompileErrorTests
{
    private static string CorpusPath => Path.Combine(RepoPaths.Root, "tests", "Ember.Compiler.Tests", "CodeGen", "Corpus", "errors.txt");

    public static IEnumerable<object[]> SymtableCorpusCases() =>
        SymtableCorpus.Committed.Cases.Where(c => c.Name.StartsWith("compiler-only-", StringComparison.Ordinal)).Select(c => new object[] { c.Name });

    public static IEnumerable<object[]> ErrorCases() => ReadCases().Select(c => new object[] { c.Name });

    private static readonly Lazy<Dictionary<string, JsonElement>> s_oracle = new(() =>
    {
        var cases = ReadCases();
        var input = Path.GetTempFileName();
        try
        {
            var items = cases.Select(c => new Dictionary<string, string> { ["source"] = c.Source, ["filename"] = "<" + c.Name + ">" }).ToList();
            File.WriteAllText(input, JsonSerializer.Serialize(items), new UTF8Encoding(false));
            var script = Path.Combine(RepoPaths.Root, "tests", "oracle", "code_dump.py");
            var result = ProcessRunner.Run(OraclePython.Path, [script, input], TimeSpan.FromMinutes(5), RepoPaths.Root);
            using var doc = JsonDocument.Parse(result.Stdout);
            var list = doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
            return cases.Select((c, i) => (c.Name, list[i])).ToDictionary(p => p.Name, p => p.Item2);
        }
        finally
        {
            File.Delete(input);
        }
    });

    [Theory]
    [MemberData(nameof(SymtableCorpusCases))]
    public void CompilerOnlyCorpusCaseFailsAsCPythonDoes(string name)
    {
        var corpus = SymtableCorpus.Committed;
        var c = corpus.Get(name);
        var expected = corpus.Expected(name);
        var codes = expected[(expected.IndexOf("\ncodes:\n", StringComparison.Ordinal) + "\ncodes:\n".Length)..].Trim();
        Assert.StartsWith("error ", codes);
        var e = Assert.ThrowsAny<Exception>(() => PythonCompiler.CompileFile(c.Source, $"<{name}>", CompileOptions.Default));
        Assert.Equal(codes, SymtableDump.Error(e));
    }

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public void FailsAsCPythonDoes(string name)
    {
        var source = ReadCases().Single(c => c.Name == name).Source;
        var expected = s_oracle.Value[name];
        Assert.True(expected.TryGetProperty("error", out var err), "CPython compiles this case");
        var e = Assert.ThrowsAny<PythonSyntaxError>(() => PythonCompiler.CompileSource(source, $"<{name}>", CompileMode.Exec, CompileOptions.Default));
        var cpython = string.Join(" ", err.EnumerateArray().Select(x => x.ToString()));
        var ours = string.Join(" ", e.TypeName, e.Msg, e.Lineno, e.Offset, e.EndLineno?.ToString() ?? "", e.EndOffset?.ToString() ?? "");
        Assert.Equal(cpython, ours);
    }

    private sealed record Case(string Name, string Source);

    private static List<Case> ReadCases()
    {
        var list = new List<Case>();
        string? name = null;
        var body = new StringBuilder();
        foreach (var line in File.ReadAllText(CorpusPath, Encoding.UTF8).Split('\n'))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                if (name != null)
                {
                    list.Add(new Case(name, body.ToString()));
                }

                name = line[4..].Trim();
                body.Clear();
            }
            else if (name != null)
            {
                body.Append(line).Append('\n');
            }
        }

        if (name != null)
        {
            list.Add(new Case(name, body.ToString()));
        }

        return list;
    }
}
