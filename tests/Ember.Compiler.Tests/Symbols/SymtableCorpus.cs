using System.Text;
using Ember.Compiler.Tests.TestSupport;

namespace Ember.Compiler.Tests.Symbols;

/// <summary>
/// A corpus of snippets and CPython's dumps of them, as written by
/// tests/oracle/symtable_dump.py (read the same way as its read_corpus): the
/// committed one (Symbols/Corpus/cases.txt and expected.txt, whose format is
/// described at the top of cases.txt) or the one extracted from the stdlib's
/// test suite into tests/.cache.
/// </summary>
internal sealed class SymtableCorpus
{
    private const string Marker = "=== ";

    private static readonly Lazy<SymtableCorpus> s_committed = new(() =>
        Load(Path.Combine(CommittedFolder, "cases.txt"), Path.Combine(CommittedFolder, "expected.txt")));

    private readonly Dictionary<string, Case> _byName;
    private readonly Dictionary<string, string> _expected;

    private SymtableCorpus(List<Case> cases, Dictionary<string, string> expected)
    {
        Cases = cases;
        _expected = expected;
        _byName = new Dictionary<string, Case>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            _byName[c.Name] = c;
        }
    }

    public static string CommittedFolder => Path.Combine(RepoPaths.Root, "tests", "Ember.Compiler.Tests", "Symbols", "Corpus");

    /// <summary>The committed corpus.</summary>
    public static SymtableCorpus Committed => s_committed.Value;

    public IReadOnlyList<Case> Cases { get; }

    public Case Get(string name) => _byName[name];

    public string Expected(string name) =>
        _expected.TryGetValue(name, out var text)
            ? text
            : throw new KeyNotFoundException($"{name}: no expected dump; regenerate it with tests/oracle/symtable_dump.py --corpus (see cases.txt)");

    public static SymtableCorpus Load(string casesPath, string expectedPath) =>
        new(ReadCases(casesPath), ReadExpected(expectedPath));

    private static List<Case> ReadCases(string path)
    {
        var lines = File.ReadAllText(path, Encoding.UTF8).Split('\n');
        var cases = new List<Case>();
        string? name = null;
        string? flag = null;
        var body = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    cases.Add(Make(name, flag, body));
                }

                var words = line[Marker.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                name = words[0];
                flag = words.Length > 1 ? words[1] : null;
                body.Clear();
            }
            else if (name is not null)
            {
                body.Add(line);
            }
        }

        if (name is not null)
        {
            // The file's final newline ends the last body line; it does not add an empty one.
            if (body.Count > 0 && body[^1].Length == 0)
            {
                body.RemoveAt(body.Count - 1);
            }

            cases.Add(Make(name, flag, body));
        }

        return cases;
    }

    private static Case Make(string name, string? flag, List<string> body)
    {
        var sb = new StringBuilder();
        foreach (var line in body)
        {
            sb.Append(line).Append('\n');
        }

        return new Case(name, flag, Encoding.UTF8.GetBytes(sb.ToString()));
    }

    private static Dictionary<string, string> ReadExpected(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = File.ReadAllText(path, Encoding.UTF8).Split('\n');
        string? name = null;
        var body = new StringBuilder();
        foreach (var line in lines)
        {
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    result[name] = body.ToString().TrimEnd('\n');
                }

                name = line[Marker.Length..];
                body.Clear();
            }
            else if (name is not null)
            {
                body.Append(line).Append('\n');
            }
        }

        if (name is not null)
        {
            result[name] = body.ToString().TrimEnd('\n');
        }

        return result;
    }

    /// <summary>
    /// One snippet. <see cref="Flag"/> "file": compiled from a file of that
    /// name, so errors quote its lines; "eval" or "single": compiled as text in
    /// that mode; null: compiled as bytes in exec mode.
    /// </summary>
    internal sealed record Case(string Name, string? Flag, byte[] Source);
}
