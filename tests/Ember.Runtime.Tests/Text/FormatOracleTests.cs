using System.Collections.Concurrent;
using System.Text;
using Ember.Runtime.Tests.TestSupport;
using Ember.TestSupport;
using Xunit;

namespace Ember.Runtime.Tests.Text;

/// <summary>
/// Every case of tests/oracle/format_cases.py: Ember's formatting and parsing
/// must give CPython 3.11's result, or its exception class and message.
/// </summary>
public sealed class FormatOracleTests
{
    private static readonly ConcurrentDictionary<string, (int Matched, int Total)> s_counts = new();

    public static TheoryData<string> Areas =>
    [
        "fmt_int", "fmt_float", "fmt_str", "fmt_complex", "float_repr", "percent", "str_format", "formatter_parser", "field_name_split",
        "int_parse", "int_str", "int_base", "int_float", "int_limit",
        "float_parse", "float_fromhex", "float_hex", "float_ratio", "float_int", "round", "unicode",
    ];

    [Theory]
    [MemberData(nameof(Areas))]
    public void AreaMatchesCPython(string area)
    {
        var cases = FormatCases.Area(area);
        Assert.NotEmpty(cases);
        var failures = new StringBuilder();
        int mismatches = 0;
        foreach (var c in cases)
        {
            string expected = OracleCaseRunner.Expected(c);
            string actual;
            try
            {
                actual = OracleCaseRunner.Run(c);
            }
            catch (Exception ex)
            {
                actual = $"<{ex.GetType().Name}: {ex.Message}> {ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
            }

            if (actual != expected)
            {
                mismatches++;
                if (mismatches <= 25)
                {
                    failures.Append("  ").Append(OracleCaseRunner.Describe(c)).Append('\n')
                        .Append("    expected ").Append(Clip(expected)).Append('\n')
                        .Append("    actual   ").Append(Clip(actual)).Append('\n');
                }
            }
        }

        s_counts[area] = (cases.Count - mismatches, cases.Count);
        WriteSummary();
        Assert.True(mismatches == 0, $"{area}: {mismatches} of {cases.Count} cases differ from CPython\n{failures}");
    }

    private static string Clip(string s) => s.Length > 400 ? s[..400] + $"... ({s.Length} chars)" : s;

    private static void WriteSummary()
    {
        int matched = 0, total = 0;
        var parts = new List<string>();
        foreach (var (area, (m, t)) in s_counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            matched += m;
            total += t;
            parts.Add(m == t ? $"{area} {t}" : $"{area} {m}/{t}");
        }

        RepoPaths.WriteSummary("format-oracle", $"format oracle: {matched}/{total} cases match CPython ({string.Join(", ", parts)})");
    }
}
