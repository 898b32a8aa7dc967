using System.Text;
using Ember.TestSupport;
using Xunit;

namespace Ember.Runtime.Tests.Numbers;

/// <summary>
/// int, bool, float and complex operations on seeded operands give CPython
/// 3.11's result, type and repr, or its exception class and message.
/// </summary>
public sealed class NumberOracleTests
{
    [Theory]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("*")]
    [InlineData("/")]
    [InlineData("//")]
    [InlineData("%")]
    [InlineData("divmod")]
    [InlineData("**")]
    [InlineData("<<")]
    [InlineData(">>")]
    [InlineData("&")]
    [InlineData("|")]
    [InlineData("^")]
    [InlineData("<")]
    [InlineData("<=")]
    [InlineData("==")]
    [InlineData("!=")]
    [InlineData(">")]
    [InlineData(">=")]
    [InlineData("round")]
    public void BinaryOperatorMatchesCPython(string op)
    {
        var operands = NumberCases.Operands(1234);
        var rights = op is "round" ? NumberCases.Operands(99, withComplex: false).Where(o => o[0] is 'i' or 'b' or 'f').Take(60).ToList() : operands;
        var cases = new List<string[]>();
        foreach (var a in operands)
        {
            foreach (var b in rights)
            {
                if (op == "round" && b[0] == 'i' && b.Length > 6)
                {
                    continue;
                }

                if (NumberCases.Wanted(op, a, b))
                {
                    cases.Add([op, a, b]);
                }
            }
        }

        Check(cases);
    }

    [Theory]
    [InlineData("neg")]
    [InlineData("pos")]
    [InlineData("invert")]
    [InlineData("abs")]
    [InlineData("bool")]
    [InlineData("hash")]
    [InlineData("repr")]
    [InlineData("int")]
    [InlineData("float")]
    [InlineData("complex")]
    [InlineData("round")]
    [InlineData("trunc")]
    [InlineData("floor")]
    [InlineData("ceil")]
    [InlineData("bit_length")]
    [InlineData("bit_count")]
    [InlineData("as_integer_ratio")]
    [InlineData("is_integer")]
    [InlineData("hex")]
    [InlineData("conjugate")]
    public void UnaryOperationMatchesCPython(string op)
    {
        var cases = new List<string[]>();
        foreach (var a in NumberCases.Operands(4321))
        {
            if (NumberCases.Wanted(op, a, null))
            {
                cases.Add([op, a]);
            }
        }

        Check(cases);
    }

    [Fact]
    public void ThreeArgumentPowMatchesCPython()
    {
        var values = new[] { "i:0", "i:1", "i:-1", "i:2", "i:3", "i:-3", "i:7", "i:10", "i:-10", "i:97", "i:12345678901234567890", "b:1", "f:0x1.0p+1", "i:-2", "i:4" };
        var cases = new List<string[]>();
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                foreach (var c in values)
                {
                    cases.Add(["pow3", a, b, c]);
                }
            }
        }

        Check(cases);
    }

    [Fact]
    public void ConstructorsFromTextMatchCPython()
    {
        string[] texts =
        [
            "0", "12", "  12  ", "-0", "+7", "1_000", "1__0", "_1", "0x1f", "0o17", "0b101", "010", "1e5", "1.5", ".5", "5.", "inf", "-Infinity", "nan",
            "-nan", "1e500", "0x1p3", "", " ", "x", "١٢", "1+2j", "1-j", "+j", "j", "-j", "(1+2j)", " ( 1.5e3-2j ) ", "(1+2j", "1+2jj", "1 + 2j",
            "infj", "nan+nanj", "1e1000j", "1_0j", "1__0j", "3J", "1+", "1e", "1.e5j", "-0j", "-0-0j", "12345678901234567890123", "9" + new string('9', 5000),
        ];
        var cases = new List<string[]>();
        foreach (var t in texts)
        {
            cases.Add(["int", "s:" + t]);
            cases.Add(["float", "s:" + t]);
            cases.Add(["complex", "s:" + t]);
            foreach (var b in new[] { "i:0", "i:2", "i:8", "i:16", "i:36", "i:37", "i:1", "b:0" })
            {
                cases.Add(["int_base", "s:" + t, b]);
            }
        }

        Check(cases);
    }

    [Fact]
    public void FormatMethodsMatchCPython()
    {
        string[] specs = ["", "d", "x", "#b", ">10", "+.3f", ".2e", "g", "%", ",", "_", "z.1f", "c", "n", "s", "=+8", "010.2f", ".0f", "e", "10"];
        var cases = new List<string[]>();
        foreach (var a in NumberCases.Operands(777))
        {
            foreach (var s in specs)
            {
                cases.Add(["format", a, "s:" + s]);
            }
        }

        Check(cases);
    }

    private static void Check(List<string[]> cases)
    {
        NumberCases.Enter();
        var expected = NumberCases.Oracle(cases);
        var failures = new StringBuilder();
        int mismatches = 0;
        for (int i = 0; i < cases.Count; i++)
        {
            string actual;
            try
            {
                actual = NumberCases.Run(cases[i]).Replace("\n", "\\n", StringComparison.Ordinal);
            }
            catch (Exception ex)
            {
                actual = $"<{ex.GetType().Name}: {ex.Message}>";
            }

            if (actual != expected[i])
            {
                mismatches++;
                if (mismatches <= 30)
                {
                    failures.Append("  ").Append(string.Join(' ', cases[i].Select(c => c.Length > 60 ? c[..60] + "..." : c))).Append('\n')
                        .Append("    expected ").Append(Clip(expected[i])).Append('\n')
                        .Append("    actual   ").Append(Clip(actual)).Append('\n');
                }
            }
        }

        Assert.True(mismatches == 0, $"{mismatches} of {cases.Count} cases differ from CPython\n{failures}");
    }

    private static string Clip(string s) => s.Length > 300 ? s[..300] + $"... ({s.Length} chars)" : s;
}
