using System.Globalization;
using System.Text;
using Ember.Syntax.Tests.TestSupport;

namespace Ember.Syntax.Tests.Stdlib;

/// <summary>Explains one file where Ember and CPython disagree, with context from both sides.</summary>
internal static class MismatchReport
{
    private const int ContextBefore = 40;
    private const int ContextAfter = 60;

    /// <summary>
    /// Re-runs the oracle on the file for its full dump and shows the first
    /// position where the two texts differ.
    /// </summary>
    public static string Explain(string path, EmberOutcome ember)
    {
        var sb = new StringBuilder();
        sb.Append(path).Append(": ");
        if (ember.Crash is not null)
        {
            sb.Append("Ember threw ").Append(ember.DescribeCrash());
            return sb.ToString();
        }

        string cpython;
        try
        {
            cpython = Oracle.DumpOne(path);
        }
        catch (Exception e)
        {
            sb.Append("differs (oracle re-run failed: ").Append(e.Message).Append(')');
            return sb.ToString();
        }

        var mine = ember.Text;
        int at = FirstDifference(cpython, mine);
        if (at < 0)
        {
            // The cache said otherwise; the file changed since, or the hash is of different text.
            sb.Append("the texts are equal now; refresh the oracle cache (see docs/internals/testing.md)");
            return sb.ToString();
        }

        sb.Append("first difference at character ").Append(at.ToString(CultureInfo.InvariantCulture));
        var line = NearestLineno(cpython, at);
        if (line is not null)
        {
            sb.Append(" (near source line ").Append(line).Append(')');
        }

        sb.Append('\n');
        sb.Append("    CPython: ").Append(Context(cpython, at)).Append('\n');
        sb.Append("    Ember:   ").Append(Context(mine, at));
        return sb.ToString();
    }

    public static int FirstDifference(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return a.Length == b.Length ? -1 : n;
    }

    private static string Context(string text, int at)
    {
        int start = Math.Max(0, at - ContextBefore);
        int end = Math.Min(text.Length, at + ContextAfter);
        var sb = new StringBuilder();
        sb.Append(start > 0 ? "..." : string.Empty);
        sb.Append(text, start, at - start);
        sb.Append(" >>>");
        if (at < text.Length)
        {
            sb.Append(text, at, end - at);
        }
        else
        {
            sb.Append("<end>");
        }

        sb.Append(end < text.Length ? "..." : string.Empty);
        return sb.ToString().Replace("\n", "\\n", StringComparison.Ordinal);
    }

    /// <summary>The last <c>lineno=N</c> before <paramref name="at"/> in a dump: roughly where in the source the difference is.</summary>
    private static string? NearestLineno(string dump, int at)
    {
        // Skip the "lineno=" inside "end_lineno=".
        int i = Math.Min(at, dump.Length - 1);
        while (i >= 0)
        {
            i = dump.LastIndexOf("lineno=", i, StringComparison.Ordinal);
            if (i <= 0 || dump[i - 1] != '_')
            {
                break;
            }

            i--;
        }

        if (i < 0)
        {
            return null;
        }

        int start = i + "lineno=".Length;
        int end = start;
        while (end < dump.Length && char.IsAsciiDigit(dump[end]))
        {
            end++;
        }

        return end > start ? dump[start..end] : null;
    }
}
