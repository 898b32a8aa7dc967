using System.Globalization;
using System.Text;
using Ember.Syntax.Tests.TestSupport;

namespace Ember.Syntax.Tests.Errors;

/// <summary>
/// Reads tests/syntax-errors: corpus.txt (the invalid sources) and expected.txt
/// (what CPython 3.11 reported for each, written by refresh.py). The case format
/// is described at the top of corpus.txt; this reader must decode it exactly as
/// refresh.py does.
/// </summary>
internal static class SyntaxErrorCorpus
{
    private const string Marker = "=== ";

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> s_cases = new(ReadCases);
    private static readonly Lazy<IReadOnlyDictionary<string, string>> s_expected = new(ReadExpected);

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "syntax-errors");

    /// <summary>Case names in file order.</summary>
    public static IEnumerable<string> Names => s_cases.Value.Keys;

    public static byte[] Source(string name) => s_cases.Value[name];

    /// <summary>The expected.txt line for a case without its name: class, msg, lineno, offset, repr(text), end_lineno, end_offset, tab-separated.</summary>
    public static string Expected(string name) =>
        s_expected.Value.TryGetValue(name, out var line)
            ? line
            : throw new InvalidOperationException($"{name}: no line in expected.txt; run refresh.py");

    private static IReadOnlyDictionary<string, byte[]> ReadCases()
    {
        var text = File.ReadAllText(Path.Combine(Folder, "corpus.txt"), Encoding.UTF8);
        var lines = text.Split('\n');
        var cases = new List<(string Name, HashSet<string> Flags, List<string> Body)>();
        foreach (var line in lines)
        {
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                var words = line[Marker.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                cases.Add((words[0], new HashSet<string>(words.Skip(1)), new List<string>()));
            }
            else if (cases.Count > 0)
            {
                cases[^1].Body.Add(line);
            }
        }

        // The file's final newline ends the last body line; it does not add an empty one.
        if (cases.Count > 0 && cases[^1].Body.Count > 0 && cases[^1].Body[^1].Length == 0)
        {
            cases[^1].Body.RemoveAt(cases[^1].Body.Count - 1);
        }

        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, flags, body) in cases)
        {
            var source = new StringBuilder();
            foreach (var bodyLine in body)
            {
                source.Append(bodyLine).Append('\n');
            }

            if (flags.Contains("noeol") && source.Length > 0)
            {
                source.Length--;
            }

            var data = flags.Contains("escapes") ? DecodeEscapes(source.ToString(), name) : Encoding.UTF8.GetBytes(source.ToString());
            result.Add(name, data);
        }

        return result;
    }

    private static byte[] DecodeEscapes(string text, string name)
    {
        var output = new List<byte>(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] != '\\')
            {
                int width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
                output.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, width)));
                i += width;
                continue;
            }

            if (i + 1 >= text.Length)
            {
                throw new FormatException($"{name}: lone backslash at end of case");
            }

            char e = text[i + 1];
            switch (e)
            {
                case '\\': output.Add(0x5C); i += 2; break;
                case 't': output.Add(0x09); i += 2; break;
                case 'r': output.Add(0x0D); i += 2; break;
                case 'n': output.Add(0x0A); i += 2; break;
                case 'f': output.Add(0x0C); i += 2; break;
                case 'v': output.Add(0x0B); i += 2; break;
                case '0': output.Add(0x00); i += 2; break;
                case 'x':
                    output.Add(byte.Parse(text.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case '{':
                {
                    // \{N:text} repeats text N times; text runs to the first '}'.
                    int close = text.IndexOf('}', i);
                    var inner = text[(i + 2)..close];
                    int colon = inner.IndexOf(':');
                    int count = int.Parse(inner.AsSpan(0, colon), CultureInfo.InvariantCulture);
                    var piece = Encoding.UTF8.GetBytes(inner[(colon + 1)..]);
                    for (int k = 0; k < count; k++)
                    {
                        output.AddRange(piece);
                    }

                    i = close + 1;
                    break;
                }

                default:
                    throw new FormatException($"{name}: unknown escape \\{e}");
            }
        }

        return output.ToArray();
    }

    private static IReadOnlyDictionary<string, string> ReadExpected()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, "expected.txt"), Encoding.UTF8))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int tab = line.IndexOf('\t');
            result.Add(line[..tab], line[(tab + 1)..]);
        }

        return result;
    }
}
