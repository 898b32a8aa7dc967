using System.Globalization;
using System.Text;
using System.Text.Json;
using Ember.Syntax.Diagnostics;
using Ember.Syntax.Parsing;
using Ember.Syntax.Tests.TestSupport;
using Ember.Syntax.Text;
using Xunit;

namespace Ember.Syntax.Tests.Literals;

/// <summary>
/// Differential tests for string, bytes, f-string and number literals: each source is
/// parsed by Ember and by CPython 3.11 (all in one oracle run), and the full
/// <c>ast.dump(..., include_attributes=True)</c>, or the SyntaxError with its
/// location, must be the same.
/// Not covered, because .NET strings are UTF-16: two escapes that spell a valid
/// surrogate pair ("\ud83d\ude00") give CPython a two-character string with lone
/// surrogates but Ember the single astral character.
/// </summary>
public sealed class LiteralOracleTests
{
    private static readonly string[] s_sources =
    [
        "'abc'\n",
        "u'x'\n",
        "U'x'\n",
        "'a' u'b'\n",
        "u'a' 'b'\n",
        "b'a' 'b'\n",
        "'a' b'b'\n",
        "b'a' b'b'\n",
        "'\\x1'\n",
        "x = '\\x1' + 1\n",
        "x = 'ok' '\\x1'   'b' + 1\n",
        "b'\\x1'\n",
        "'\\N{foo}'\n",
        "'ä\\N{foo}'\n",
        "'\\U00110000'\n",
        "'\\u12'\n",
        "'\\N'\n",
        "'\\N{'\n",
        "'\\N{}'\n",
        "b'ä'\n",
        "'\\777'\n",
        "b'\\777'\n",
        "'\\8'\n",
        "'ab\\z'\n",
        "'x\\\\ä'\n",
        "'x\\ä'\n",
        "'ä\\x1'\n",
        "f'\\x1{x}'\n",
        "f'{x}\\x1'\n",
        "b'ä' + 1\n",
        "x = 'a' b'ä' + 1\n",
        "'\\ud800'\n",
        "'\\U0001F600'\n",
        "'😀'\n",
        "'a\\\nb'\n",
        "b'a\\\nb'\n",
        "'''a\nb'''\n",
        "r'\\x1'\n",
        "rb'\\x1'\n",
        "'\\N{LATIN SMALL LETTER A}'\n",
        "'\\N{latin small letter a}'\n",
        "'\\N{EM DASH}'\n",
        "'\\N{  EM DASH}'\n",
        "'\\N{BEL}'\n",
        "'\\N{LF}'\n",
        "'\\N{CJK UNIFIED IDEOGRAPH-4E00}'\n",
        "'\\N{HANGUL SYLLABLE GA}'\n",
        "'\\1234'\n",
        "'\\0'\n",
        "'\\x4g'\n",
        "b'\\x4g'\n",
        "b'ab\\x4'\n",
        "'\\a\\b\\f\\n\\r\\t\\v\\'\\\"\\\\'\n",
        "b'\\a\\b\\f\\n\\r\\t\\v\\'\\\"\\\\'\n",
        "'\\x41\\u0042\\U00000043\\101\\7\\07\\007\\0077'\n",
        "b'\\x41\\101\\400\\N{x}\\u1234'\n",
        "'\\N{LATIN SMALL LETTER A}\\N{GREEK SMALL LETTER ALPHA}'\n",
        "'😀\\x'\n",
        "'😀\\U0001F600\\N{x}'\n",
        "'ä😀\\xzz'\n",
        "'\\\\ä\\x'\n",
        "'\\ä\\x'\n",
        "'\\😀\\x'\n",
        "f'\\{x}'\n",
        "f'\\{x}\\x'\n",
        "f'{x}'\n",
        "'ab' f'{x}' 'cd'\n",
        "f'a{x!r:>{w}.{p}}b' 'c'\n",
        "x = f\"{a}\"\n",
        "x = f\"{ a }\"\n",
        "x = f\"\"\"\n{a}\"\"\"\n",
        "x = f\"\"\"ab\ncd{a.b}\"\"\"\n",
        "x = f\"\"\"{\na.b}\"\"\"\n",
        "x = f\"\"\"{  \n  a.b}\"\"\"\n",
        "x = f\"\"\"{a\n.b}\"\"\"\n",
        "x = (1,\n  f\"{a.b}\")\n",
        "x = \"\"\"\n\"\"\" f\"{a.b}\"\n",
        "x = \"\"\"\n\"\"\" f\"\"\"\n  {a.b}\"\"\"\n",
        "f\"{a, b}\"\n",
        "f\"\"\"{\na, b}\"\"\"\n",
        "x=1;f\"\"\"{\na, b}\"\"\"\n",
        "x=1;f\"\"\"\n{\na, b}\"\"\"\n",
        "x=1;f\"\"\"\n {  \na, b}\"\"\"\n",
        "x=1;f\"{ (a, b) }\"\n",
        "x=1;f\"\"\"{a\n, b}\"\"\"\n",
        "x=1;f\"ä{a}\"\n",
        "x=1;f\"{a}ä{b}\"\n",
        "x=1;f\"{yield}\"\n",
        "f\"{}\" + 1\n",
        "f\"{ }\"\n",
        "f\"{!r}\"\n",
        "f\"{:x}\"\n",
        "f\"{=}\"\n",
        "f\"{a!}\"\n",
        "f\"{a!x}\"\n",
        "f\"{a!rr}\"\n",
        "f\"{a:{b:{c}}}\"\n",
        "f\"{a\"\n",
        "f\"{a:\"\n",
        "f\"{a!\"\n",
        "f\"{a=\"\n",
        "f\"}\"\n",
        "f\"a}b\"\n",
        "f\"{a}}\"\n",
        "f\"{\"\n",
        "f\"{#}\"\n",
        "f\"{a#}\"\n",
        "f\"{(}\"\n",
        "f\"{)}\"\n",
        "f\"{a)}\"\n",
        "f\"{(]}\"\n",
        "f\"{[}\"\n",
        "f\"{\\n}\"\n",
        "f\"{a!r=}\"\n",
        "f\"{a:{b!x}}\"\n",
        "f\"{ a = }\"\n",
        "f\"{a  =  !s:>10}\"\n",
        "f\"{a=:>10}\"\n",
        "f\"{a=!r:x}\"\n",
        "f\"{x!r }\"\n",
        "f\"{x:>{w}abc}\" \"c\"\n",
        "u\"\" f\"{x:{y}abc}\" f\"\"\n",
        "u\"a\" f\"{x:ab{y}cd}\" f\"\"\n",
        "f\"\"\n",
        "f\"\" \"\"\n",
        "\"\" f\"\"\n",
        "f\"{x}\" \"\"\n",
        "u\"\" f\"{x}\"\n",
        "u\"\" f\"\"\n",
        "U\"\" f\"\"\n",
        "f\"{x:}\"\n",
        "f\"{x!r:}\"\n",
        "f\"{x:{y}}\"\n",
        "f\"{{}}\"\n",
        "f\"a{{b\"\n",
        "f\"{{{x}}}\"\n",
        "x = 1; f\"{a:=1}\"\n",
        "x = 1; f\"{(a:=1)}\"\n",
        "x = 1; f\"{'a}\"\n",
        "f\"{a:{b}}\" \"x\" f\"{c:{d}}\"\n",
        "(f\"{a:{b}}\"\n \"x\" f\"{c:{d}}\")\n",
        "f'{a!=b}'\n",
        "f'{a==b}'\n",
        "f'{a<=b}'\n",
        "f'{a>=b}'\n",
        "f'{a<b}'\n",
        "f'{a>b}'\n",
        "f'{a>b!r}'\n",
        "f'{[1,2][0]}'\n",
        "f'{ {1:2}[1] }'\n",
        "f'{\"a\"}'\n",
        "f'''{\"\"\"a\"\"\"}'''\n",
        "f'{x:{{}}}'\n",
        "f'{x:a}}}'\n",
        "f'{x:{y:z}}'\n",
        "f'{x!s:{y}}'\n",
        "rf'\\x{x}\\n'\n",
        "fr'{x}\\{y}'\n",
        "f'\\N{LATIN SMALL LETTER A}{x}'\n",
        "f'\\N{x}'\n",
        "f'\\Nx'\n",
        "f'\\N}'\n",
        "f'{x}' 'a' f'b' 'c{{' f'{y}'\n",
        "f'ä{x}ö{y:ü{z}}'\n",
        "f'{x=}'\n",
        "f'{x = }'\n",
        "f'{x=!s}'\n",
        "f'{x=:}'\n",
        "f'{x\n=}'\n",
        "f'''{x\n=}'''\n",
        "f'''{x=\n}'''\n",
        "f'{x}' b''\n",
        "b'' f'{x}'\n",
        "f'{{'\n",
        "f'}}'\n",
        "f'{'\n",
        "f'}'\n",
        "f'{x!}'\n",
        "f'{x!:}'\n",
        "f'{x:{y!}}'\n",
        "f'{{x}}'\n",
        "f'{{{x'\n",
        "f'{x:{{y}}}'\n",
        "f'{a[\"b\"]}'\n",
        "f\"{'''a'''}\"\n",
        "f'{\"\"\"a}'\n",
        "f'{x:{y:{z}}}'\n",
        "f'{\"a\" \"b\"}'\n",
        "f'{f\"{x}\"}'\n",
        "'a' 'b' 'c'\n",
        "''\n",
        "'' ''\n",
        "b''\n",
        "b'' b''\n",
        "u''\n",
        "r''\n",
        "R'x' U'y'\n",
        "Rb'\\x'\n",
        "BR'\\x'\n",
        "rB'\\\\'\n",
        "f'{x:\\x41}'\n",
        "f'{x:\\N{EM DASH}}'\n",
        "f'{x:\\}'\n",
        "f'a\\\nb{x}'\n",
        "f'''a\\\nb{x}\\\ny'''\n",
        "'\\N{SPACE}'\n",
        "'\\N{space}'\n",
        "'\\N{Latin Capital Letter A With Diaeresis}'\n",
        "'\\N{NBSP}'\n",
        "'\\N{BYTE ORDER MARK}'\n",
        "'\\N{ZWJ}'\n",
        "'\\N{KEYCAP NUMBER SIGN}'\n",
        "'\\N{SNAKE}'\n",
        "'\\N{GREEK CAPITAL LETTER DELTA}'\n",
        "'\\N{NULL}'\n",
        "'\\N{ä}'\n",
        "'\\N{\\x}'\n",
        "'\\N{a\\}b}'\n",
        "'\\U0010FFFF'\n",
        "'\\U0010fffF'\n",
        "'\\U0000000'\n",
        "'\\U000000'\n",
        "'\\xg'\n",
        "'\\x'\n",
        "'\\u'\n",
        "'\\U'\n",
        "'\\uabcg'\n",
        "'\\uabc'\n",
        "'ä\\u'\n",
        "'ää\\N{'\n",
        "'😀😀\\N{'\n",
        "f'{x:ä\\x}'\n",
        "f'{x:{y}ä\\x}'\n",
        "x = f'{x!r:{y}\\x}'\n",
        "f'ä{x!r}\\u12'\n",
        "'\\\n'\n",
        "'a\\\n\\\nb'\n",
        "b'\\\n'\n",
        "'\\''\n",
        "\"\\\"\"\n",
        "'''\\'''' ''\n",
        "'\\\\'\n",
        "b'\\\\'\n",
        "'\\ '\n",
        "b'\\ '\n",
        "'\\9'\n",
        "b'\\9'\n",
        "b'\\N'\n",
        "f'{x:{y:{z}}}' \n",
        "f'{a}{b}{c}'\n",
        "f'{a}' f'{b}'\n",
        "f'{a}' '' f'{b}'\n",
        "f'' '' 'x'\n",
        "'x' f'' ''\n",
        "f'{0x10}'\n",
        "f'{1_000}'\n",
        "f'{lambda: 1}'\n",
        "f'{(lambda: 1)}'\n",
        "f'{a if b else c}'\n",
        "f'{not a}'\n",
        "'🐍⛎𩸽üéş^\\\\\\\\X\\\\\\\\BB\\N{LONG RIGHTWARDS SQUIGGLE ARROWX}'\n",
        "'🐍\\N{LONG RIGHTWARDS SQUIGGLE ARROW}'\n",
        "f'{x:{y}{z}}'\n",
        "f'{x!a}'\n",
        "f'{x!s}'\n",
        "f'{((((a))))}'\n",
        "f'{" + new string('(', 199) + "a" + new string(')', 199) + "}'\n",
        "f'{" + new string('(', 200) + "a" + new string(')', 200) + "}'\n",
        "f'{" + new string('(', 201) + "a" + new string(')', 201) + "}'\n",
        "f'{\"a\"!r}'\n",
        "f'{a:{\"}\"}}'\n",
        "f'''{a:\n{b}}'''\n",
        "f'''\n{a:\n{b}\n}'''\n",
        "f'''{a!r:\n}'''\n",
        "x = (f'{a}'\n     f'{b}'\n     'c')\n",
        "x = (f'{a}'  # c\n     f'{b}')\n",
        "f'{a:{b}}}'\n",
        "f'{a:}}'\n",
        "f'{a:{{'\n",
        "f'{a!r:{b!s:c}}'\n",
        "f'{a:{b=}}'\n",
        "f'{a:{b=!r:>}}'\n",
        "f'{a=}' f'{b=}'\n",
        "f'{a=:{b}}'\n",
        "f'{ a  =  }'\n",
        "f'''{a\n=\n}'''\n",
        "f'{a=\t}'\n",
        "f'{a!r=}'\n",
        "f'{a = !r}'\n",
        "f'{a:=b}'\n",
        "f'{a:!r}'\n",
        "f'{a!r!s}'\n",
        "f'{a!}'\n",
        "f'{a!'\n",
        "f'{a!r'\n",
        "f'{a:b'\n",
        "f'{a:{b'\n",
        "f'{a:{b}'\n",
        "f'{a:{b:{c'\n",
        "f'{a:{'\n",
        "f'{a:{}}'\n",
        "f'{a:{ }}'\n",
        "f'{a\"}'\n",
        "f'{a\"b\"}'\n",
        "f'{\"\"\"}'\n",
        "f'''{'a'}'''\n",
        "f'{[}'\n",
        "f'{]}'\n",
        "f'{{}'\n",
        "f'{a[}'\n",
        "f'{a(]}'\n",
        "f'{a{)}'\n",
        "f'{a:(}'\n",
        "f'{a!r:)}'\n",
        "f'{a:#}'\n",
        "f'{a:\\\\}'\n",
        "f'{\\'a\\'}'\n",
        "'\\N{LATIN SMALL LETTER A WITH DIAERESIS}' f'{x}'\n",
        "f'ä{x:ä{y}ä}ä' 'ä'\n",
        "f'😀{x}😀{y}'\n",
        "x=1;f'''😀\n😀{x}'''\n",
        "x=1;f'''😀\n😀{\nx}'''\n",
        "b'\\x00\\xff\\xFf\\x7f\\0\\377\\400\\a\\b\\f\\n\\r\\t\\v'\n",
        "b'\\\\\\'\\\"\\z\\N\\u\\U\\8'\n",
        "b'\\xf'\n",
        "b'\\x'\n",
        "b'abc\\xZZ'\n",
        "b'\\\n\\x1'\n",
        "'\\\n\\x1'\n",
        "'a\\\n\\x1'\n",
        "'''a\n\\x1'''\n",
        "'''ä\n\\x1'''\n",
        "'\\U0001f600\\U0001F600'\n",
        "'\\U00010000'\n",
        "'\\uffff\\uFFFF'\n",
        "'\\ud83d'\n",
        "'\\udfff'\n",
        "u'\\N{SNAKE}' 'x'\n",
        "'x' u'y'\n",
        "f'{x}' u'y'\n",
        "u'y' f'{x}'\n",
        "x = 1\ny = f\"{a b}\"\n",
        "y = f\"{1_}\"\n",
        "y = f\"{a $}\"\n",
        "y = f\"{a:{b c}}\"\n",
        "y = f\"{f'{a b}'}\"\n",
        "y = f\"{print(1 for x in y, 2)}\"\n",
        "f\"{x for x in y}\"\n",
        "f'{*a}'\n",
        "f'{a b}'\n",
        "def f():\n    return f'''\n    {x!r:>{width}}\n    {y = }'''\n",
        "x = [f'{a}' for a in b if f'{a}']\n",
        "print(f'{x}' 'y' f'{z}' \\\n      'w')\n",
        "class C:\n    '''doc''' 'more'\n",
        "x = 1_000_000 + 0x_ff + 1e400 + 1j\n",
        "x = 'a' \\\n    'b'\n",
        "f(*'ab', **{'a': f'{b}'})\n",
        "match x:\n    case 'a' 'b': pass\n    case b'x': pass\n    case -1j: pass\n",
        "x = f'{a[\"b\"]:{c}}' + f'{d!r}'\n",
        "x = 'ä' f'ö{x}'\n",
        "x = '😀' + f'😀{x}'\n",
        "x = (\n    'a'\n    # comment\n    f'{b}'\n)\n",
        "x = f'{ \\\n}'\n",
    ];

    // Prints, for each source in the JSON list in argv[1], what Describe prints for Ember.
    private const string OracleScript = """
        import ast, json, sys, warnings
        warnings.simplefilter("ignore")
        def describe(src):
            try:
                return ast.dump(ast.parse(src, "<literal-test>"), include_attributes=True)
            except SyntaxError as e:
                return "%s: %s (%r, %r, %r, %r, %r)" % (type(e).__name__, e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
        with open(sys.argv[1], encoding="utf-8") as f:
            sources = json.load(f)
        sys.stdout.write(json.dumps([describe(s) for s in sources]))
        """;

    private static readonly Lazy<Dictionary<string, string>> s_expected = new(RunOracle);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var source in s_sources)
        {
            data.Add(source);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string source)
    {
        var actual = Bounded.Run(() => Describe(source), TimeSpan.FromSeconds(60), "literal case");
        Assert.Equal(s_expected.Value[source], actual);
    }

    private static string Describe(string source)
    {
        try
        {
            var tree = Parser.Parse(source, "<literal-test>");
            return Ast.AstDump.Dump(tree, includeAttributes: true);
        }
        catch (PythonSyntaxError e)
        {
            var sb = new StringBuilder();
            sb.Append(e.TypeName).Append(": ").Append(e.Msg).Append(" (");
            sb.Append(e.Lineno.ToString(CultureInfo.InvariantCulture)).Append(", ");
            sb.Append(e.Offset.ToString(CultureInfo.InvariantCulture)).Append(", ");
            sb.Append(e.Text == null ? "None" : PyRepr.Str(e.Text)).Append(", ");
            sb.Append(e.EndLineno?.ToString(CultureInfo.InvariantCulture) ?? "None").Append(", ");
            sb.Append(e.EndOffset?.ToString(CultureInfo.InvariantCulture) ?? "None").Append(')');
            return sb.ToString();
        }
    }

    private static Dictionary<string, string> RunOracle()
    {
        var input = Path.GetTempFileName();
        try
        {
            File.WriteAllText(input, JsonSerializer.Serialize(s_sources), new UTF8Encoding(false));
            var run = ProcessRunner.Run(Oracle.Python, ["-c", OracleScript, input], TimeSpan.FromMinutes(2));
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException("oracle failed: " + run.Stderr);
            }

            var results = JsonSerializer.Deserialize<string[]>(run.Stdout) ?? throw new InvalidDataException("oracle printed nothing");
            var expected = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < s_sources.Length; i++)
            {
                expected[s_sources[i]] = results[i];
            }

            return expected;
        }
        finally
        {
            File.Delete(input);
        }
    }
}
