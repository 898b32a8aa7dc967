namespace Ember.Compiler.Tests.Stdlib;

/// <summary>
/// The .py files under a directory as tests/oracle/symtable_dump.py lists them
/// (os.walk: symlinked files included, symlinked directories not entered;
/// sorted by path), so both sides see the same set.
/// </summary>
internal static class StdlibFiles
{
    /// <summary>Every n-th file of the sorted list is in the default sample.</summary>
    public const int SampleStride = 3;

    /// <summary>True when EMBER_FULL_STDLIB=1 asks for every file instead of the sample.</summary>
    public static bool FullWalkRequested => Environment.GetEnvironmentVariable("EMBER_FULL_STDLIB") == "1";

    public static List<string> List(string root)
    {
        var found = new List<string>();
        Walk(new DirectoryInfo(root), found);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    public static List<string> Sample(List<string> all)
    {
        var sample = new List<string>(all.Count / SampleStride + 1);
        for (int i = 0; i < all.Count; i += SampleStride)
        {
            sample.Add(all[i]);
        }

        return sample;
    }

    private static void Walk(DirectoryInfo dir, List<string> found)
    {
        foreach (var entry in dir.EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo sub)
            {
                if (sub.LinkTarget is null)
                {
                    Walk(sub, found);
                }
            }
            else if (entry.Name.EndsWith(".py", StringComparison.Ordinal))
            {
                found.Add(entry.FullName);
            }
        }
    }
}
