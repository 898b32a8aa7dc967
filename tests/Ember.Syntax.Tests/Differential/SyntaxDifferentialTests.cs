using Ember.Syntax.Ast;
using Ember.Syntax.Parsing;
using Ember.Syntax.Tests.TestSupport;
using Xunit;
using Assert = Xunit.Assert;

namespace Ember.Syntax.Tests.Differential;

/// <summary>
/// tests/differential/syntax: each NAME.py with NAME.expected, the dump CPython 3.11
/// prints for it (tests/differential/refresh.py writes those). These programs use
/// the syntax the standard library rarely or never does: match, except*, PEP 646
/// stars, parenthesized context managers, the walrus in odd places.
/// </summary>
public sealed class SyntaxDifferentialTests
{
    private static string Area => Path.Combine(RepoPaths.Root, "tests", "differential", "syntax");

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Area, "*.py").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void DumpMatchesCPython(string name)
    {
        var source = File.ReadAllBytes(Path.Combine(Area, name + ".py"));
        var expected = File.ReadAllText(Path.Combine(Area, name + ".expected"));
        var module = Parser.ParseFile(source, name + ".py");
        Assert.Equal(expected, AstDump.Dump(module, includeAttributes: true) + "\n");
    }
}
