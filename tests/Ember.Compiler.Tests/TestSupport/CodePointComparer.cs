namespace Ember.Compiler.Tests.TestSupport;

/// <summary>Orders strings by code point, as Python's <c>sorted</c> does (ordinal UTF-16 order differs above U+FFFF).</summary>
internal sealed class CodePointComparer : IComparer<string>
{
    public static readonly CodePointComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        int i = 0;
        int j = 0;
        while (i < x.Length && j < y.Length)
        {
            int a = char.IsSurrogatePair(x, i) ? char.ConvertToUtf32(x[i], x[i + 1]) : x[i];
            int b = char.IsSurrogatePair(y, j) ? char.ConvertToUtf32(y[j], y[j + 1]) : y[j];
            if (a != b)
            {
                return a < b ? -1 : 1;
            }

            i += a > 0xFFFF ? 2 : 1;
            j += b > 0xFFFF ? 2 : 1;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }
}
