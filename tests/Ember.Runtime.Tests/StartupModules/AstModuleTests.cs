using Ember.Runtime.Errors;
using Ember.Runtime.Hosting;
using Ember.Runtime.Modules.AstNodes;
using Ember.Runtime.Objects;
using AstDump = Ember.Syntax.Ast.AstDump;
using Ember.Syntax.Parsing;
using Ember.TestSupport;
using Xunit;

namespace Ember.Runtime.Tests.StartupModules;

/// <summary>
/// The _ast module's two conversions seen from C#: the parser's tree made
/// into Python objects (ast2obj) and back (obj2ast and validation) must be
/// the same tree, position for position; the classes belong to one
/// interpreter and are made on first use.
/// </summary>
public sealed class AstModuleTests
{
    private static T InHost<T>(Func<PythonHost, T> body) =>
        Bounded.Run(
            () =>
            {
                var previous = Threading.PyThreadState.CurrentOrNull;
                var host = PythonHost.Create(TextWriter.Null, TextWriter.Null, TextReader.Null, ["t"]);
                try
                {
                    return body(host);
                }
                finally
                {
                    Threading.PyThreadState.Restore(previous);
                }
            },
            TimeSpan.FromSeconds(120),
            "ast test",
            256 * 1024 * 1024);

    private static string RoundTrip(string source, ParseMode parseMode, string mode)
    {
        var tree = Parser.Parse(source, "<t>", parseMode);
        var obj = AstObjects.ToPython(tree) ?? throw new InvalidOperationException("ast2obj failed: " + Pending());
        var back = AstObjects.FromPython(obj, mode) ?? throw new InvalidOperationException("obj2ast failed: " + Pending());
        return AstDump.Dump(back, includeAttributes: true);
    }

    private static string Pending()
    {
        var exc = PyErr.Fetch();
        return exc is null ? "no exception" : exc.Type.Name + ": " + ((PyStr)Protocols.PyOps.Str(exc)!).Value;
    }

    [Theory]
    [InlineData("x = 1 + 2 * f(a, *b, k=1, **c)\n", "exec")]
    [InlineData("def f(a, /, b=1, *c, d, e=2, **g) -> int:\n    '''doc'''\n    return [i async for i in a]\n", "exec")]
    [InlineData("class C(B, metaclass=M):\n    x: int = 1\n    @property\n    def p(self): del self.q\n", "exec")]
    [InlineData("match v:\n    case [1, *r] | {'k': _, **kw} | P(a, b=2) as z if z: pass\n    case None | -1 | 1+2j: pass\n", "exec")]
    [InlineData("try:\n    pass\nexcept* E as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    pass\n", "exec")]
    [InlineData("f'{x!r:>{w}} {y=}'; b'\\x00'; '\\ud800'; 1j; 10**100; ...\n", "exec")]
    [InlineData("é = 'ü' + 日本\n", "exec")]
    [InlineData("(lambda: (yield))() if a else {**d, 1: 2}", "eval")]
    public void ParsedTreesComeBackUnchangedFromPythonObjects(string source, string mode)
    {
        var parseMode = mode == "eval" ? ParseMode.Eval : ParseMode.Exec;
        var (expected, actual) = InHost(_ => (AstDump.Dump(Parser.Parse(source, "<t>", parseMode), includeAttributes: true), RoundTrip(source, parseMode, mode)));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void StdlibSampleComesBackUnchangedFromPythonObjects()
    {
        var root = "/usr/lib/python3.11";
        if (!Directory.Exists(root))
        {
            return;
        }

        var files = Directory.GetFiles(root, "*.py").Order(StringComparer.Ordinal).Where((_, i) => i % 8 == 0).ToList();
        var differ = InHost(_ =>
        {
            var bad = new List<string>();
            foreach (var path in files)
            {
                var tree = Parser.ParseFile(File.ReadAllBytes(path), path);
                var expected = AstDump.Dump(tree, includeAttributes: true);
                var obj = AstObjects.ToPython(tree);
                var back = obj is null ? null : AstObjects.FromPython(obj, "exec");
                if (back is null || AstDump.Dump(back, includeAttributes: true) != expected)
                {
                    bad.Add(Path.GetFileName(path) + (back is null ? ": " + Pending() : ": differs"));
                }
            }

            return bad;
        });
        Assert.True(files.Count > 10);
        Assert.Empty(differ);
    }

    [Fact]
    public void ClassesAreMadeOnFirstUseForEachInterpreter()
    {
        var (before, after, type1) = InHost(host =>
        {
            bool b = AstObjects.HasClasses(host.Interpreter);
            var obj = AstObjects.ToPython(Parser.Parse("x", "<t>"));
            return (b, AstObjects.HasClasses(host.Interpreter), obj!.Type);
        });
        var type2 = InHost(_ => AstObjects.ToPython(Parser.Parse("x", "<t>"))!.Type);
        Assert.False(before);
        Assert.True(after);
        Assert.Equal("Module", type1.Name);
        Assert.Equal("Module", type2.Name);
        Assert.NotSame(type1, type2);
    }

    [Fact]
    public void ModeMustMatchTheRootNode()
    {
        var message = InHost(_ =>
        {
            var obj = AstObjects.ToPython(Parser.Parse("x", "<t>"))!;
            return AstObjects.FromPython(obj, "eval") is null ? Pending() : "converted";
        });
        Assert.Equal("TypeError: expected Expression node, got Module", message);
    }
}
