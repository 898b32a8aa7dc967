using System.Text;
using Ember.Compiler.Tests.TestSupport;
using Ember.Syntax.Parsing;
using Xunit;

namespace Ember.Compiler.Tests.Symbols;

/// <summary>
/// Each snippet of the corpus must give the symbol tables (or the SyntaxError)
/// CPython 3.11's <c>symtable.symtable</c> gives, and the code flags, cells and
/// free variables its compiler derives from them.
/// </summary>
public sealed class SymtableCorpusTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in SymtableCorpus.Committed.Cases)
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string name)
    {
        var corpus = SymtableCorpus.Committed;
        var c = corpus.Get(name);
        var expected = corpus.Expected(name);
        string? difference;
        if (c.Flag == "file")
        {
            // The oracle also compiled the snippet from <temporary folder>/<name>.py; errors quote the line from it.
            var dir = Directory.CreateTempSubdirectory("ember-symtable-");
            try
            {
                var path = Path.Combine(dir.FullName, name + ".py");
                File.WriteAllBytes(path, c.Source);
                var outcome = Bounded.Run(() => SymtableOutcome.Of(c.Source, path), TimeSpan.FromSeconds(60), name);
                difference = outcome.Compare(expected, out _);
            }
            finally
            {
                dir.Delete(recursive: true);
            }
        }
        else if (c.Flag is "eval" or "single")
        {
            var mode = c.Flag == "eval" ? ParseMode.Eval : ParseMode.Single;
            var text = Encoding.UTF8.GetString(c.Source);
            var outcome = Bounded.Run(() => SymtableOutcome.Of(text, $"<{name}>", mode), TimeSpan.FromSeconds(60), name);
            difference = outcome.Compare(expected, out _);
        }
        else
        {
            var outcome = Bounded.Run(() => SymtableOutcome.Of(c.Source, $"<{name}>"), TimeSpan.FromSeconds(60), name);
            difference = outcome.Compare(expected, out _);
        }

        Assert.True(difference is null, difference);
    }
}
