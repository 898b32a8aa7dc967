using Ember.Syntax.Tests.TestSupport;

namespace Ember.Syntax.Tests.Stdlib;

/// <summary>
/// The reviewed list of stdlib files known to differ (expected-mismatches.txt
/// beside this file): path relative to the stdlib root, then the reason. Listed
/// files are still parsed and compared, so a fix shows up.
/// </summary>
internal static class ExpectedMismatches
{
    public static string FilePath => Path.Combine(RepoPaths.Root, "tests", "Ember.Syntax.Tests", "Stdlib", "expected-mismatches.txt");

    /// <summary>Reason by absolute path under <paramref name="root"/>.</summary>
    public static Dictionary<string, string> Load(string root)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(FilePath))
        {
            return result;
        }

        foreach (var raw in File.ReadAllLines(FilePath))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int space = line.IndexOfAny([' ', '\t']);
            var relative = space < 0 ? line : line[..space];
            var reason = space < 0 ? "(no reason given)" : line[space..].Trim();
            result[Path.Combine(root, relative)] = reason;
        }

        return result;
    }
}
