using System.Text;
using System.Text.Json;
using Ember.Syntax.Ast;
using Ember.Syntax.Diagnostics;
using Ember.Syntax.Parsing;
using Ember.Syntax.Tests.TestSupport;
using Xunit;
using Assert = Xunit.Assert;

namespace Ember.Syntax.Tests.Differential;

/// <summary>
/// The 'single' and 'eval' start rules (compile()'s modes), compared with what
/// CPython 3.11's <c>ast.parse(source, '&lt;s&gt;', mode)</c> gives: the dump with
/// positions, or the error's class, msg, lineno and offset.
/// </summary>
public sealed class ModeDifferentialTests
{
    private static readonly string[] s_sources =
    [
        "def f(): return g\n", "if x:\n  pass\n", "if x:\n  pass\n\n", "x = 1\n", "x = 1", "if x: pass",
        "if x:\n  pass", "\n", "", "x = 1\ny = 2\n", "if x: pass\nelse: pass\n", "class A: pass\n",
        "x = 1 # c\n\n# d\n", "x = 1; y = 2\n", "for x in y:\n    if x:\n        pass\n", "@d\ndef f(): pass\n",
        "1 + 2", "1 + 2\n", "a, b", "(yield)", "lambda: 1", "x if y else z\n\n", "f(x)\n# c", "1 +", "x = 1",
        "\n\n1", "1\n2", "[i for i in range(3)]", "*a, b", "a := 1", "(a := 1)", "match x:\n case 1: pass\n",
    ];

    public static TheoryData<string> Modes() => new() { "single", "eval" };

    [Theory]
    [MemberData(nameof(Modes))]
    public void StartRuleMatchesCPython(string mode)
    {
        var script = "import ast, json, sys\n" +
            "for src in json.load(open(sys.argv[2], encoding='utf-8')):\n" +
            "    try:\n        print(ast.dump(ast.parse(src, '<s>', sys.argv[1]), include_attributes=True))\n" +
            "    except SyntaxError as e:\n        print('%s: %s (%s, %s)' % (type(e).__name__, e.msg, e.lineno, e.offset))\n";
        Directory.CreateDirectory(RepoPaths.CacheDir);
        var input = Path.Combine(RepoPaths.CacheDir, $"modes-{mode}.json");
        File.WriteAllText(input, JsonSerializer.Serialize(s_sources));
        var oracle = ProcessRunner.Run(Oracle.Python, ["-c", script, mode, input], TimeSpan.FromMinutes(1));
        Assert.Equal(0, oracle.ExitCode);
        var expected = oracle.Stdout.Split('\n');

        var parseMode = mode == "single" ? ParseMode.Single : ParseMode.Eval;
        var mismatches = new StringBuilder();
        for (int i = 0; i < s_sources.Length; i++)
        {
            string actual;
            try
            {
                actual = AstDump.Dump(Parser.Parse(s_sources[i], "<s>", parseMode), includeAttributes: true);
            }
            catch (PythonSyntaxError e)
            {
                actual = $"{e.TypeName}: {e.Msg} ({e.Lineno}, {e.Offset})";
            }

            if (actual != expected[i])
            {
                mismatches.Append(JsonSerializer.Serialize(s_sources[i])).Append("\n  CPython: ").Append(expected[i]).Append("\n  Ember:   ").Append(actual).Append('\n');
            }
        }

        Assert.True(mismatches.Length == 0, mismatches.ToString());
    }
}
