using System.Runtime.CompilerServices;
using System.Text;

namespace Ember.Syntax.Lexing;

/// <summary>
/// Character classification for identifiers as CPython 3.11 sees it (PEP 3131:
/// XID_Start/XID_Continue, Objects/unicodectype.c; NFKC normalization as
/// <c>_PyPegen_new_identifier</c> applies it). The tables come from CPython's own
/// unicodedata (Unicode 14.0) so that Ember accepts exactly the identifiers
/// CPython accepts, independent of the Unicode version of the .NET runtime and
/// of ICU (Ember runs with invariant globalization, where string.Normalize does
/// not work).
/// </summary>
public static partial class CharInfo
{
    private const int HangulSBase = 0xAC00;
    private const int HangulLBase = 0x1100;
    private const int HangulVBase = 0x1161;
    private const int HangulTBase = 0x11A7;
    private const int HangulLCount = 19;
    private const int HangulVCount = 21;
    private const int HangulTCount = 28;
    private const int HangulNCount = HangulVCount * HangulTCount;
    private const int HangulSCount = HangulLCount * HangulNCount;

    /// <summary>Can this ASCII character continue an identifier (letters, digits, underscore)?</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiIdentifierChar(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_';

    /// <summary>CPython's <c>is_potential_identifier_start</c>: an ASCII letter, underscore or any non-ASCII character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPotentialIdentifierStart(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || c >= 128;

    /// <summary>CPython's <c>is_potential_identifier_char</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPotentialIdentifierChar(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_' || c >= 128;

    /// <summary>XID_Start or underscore (<c>_PyUnicode_IsXidStart</c> plus '_').</summary>
    public static bool IsIdentifierStart(int cp) =>
        cp < 128 ? (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || cp == '_' : InRanges(XidStartRanges, cp);

    /// <summary>XID_Continue (<c>_PyUnicode_IsXidContinue</c>).</summary>
    public static bool IsIdentifierContinue(int cp) =>
        cp < 128 ? IsAsciiIdentifierChar((char)cp) : InRanges(XidContinueRanges, cp);

    /// <summary>Python's <c>str.isprintable</c> for one code point (<c>Py_UNICODE_ISPRINTABLE</c>).</summary>
    public static bool IsPrintable(int cp) =>
        cp < 128 ? cp >= 0x20 && cp < 0x7F : InRanges(PrintableRanges, cp);

    /// <summary>
    /// CPython's <c>_PyUnicode_ScanIdentifier</c>: the UTF-16 index of the first
    /// character that cannot be part of an identifier (the first must be XID_Start
    /// or '_', the rest XID_Continue), or <c>text.Length</c> when all are valid.
    /// A lone surrogate is never valid.
    /// </summary>
    public static int ScanIdentifier(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length)
        {
            int cp = CodePointAt(text, i, out int width);
            bool ok = i == 0 ? IsIdentifierStart(cp) : IsIdentifierContinue(cp);
            if (!ok)
            {
                return i;
            }

            i += width;
        }

        return i;
    }

    /// <summary>The code point at <paramref name="index"/> (a lone surrogate stands for itself).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CodePointAt(ReadOnlySpan<char> text, int index, out int width)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }

        width = 1;
        return c;
    }

    /// <summary>
    /// NFKC-normalizes an identifier (every character already XID_Continue), as
    /// <c>unicodedata.normalize('NFKC', name)</c> does in CPython 3.11. Returns the
    /// same instance when nothing changes, which is the common case.
    /// </summary>
    public static string NormalizeIdentifier(string name)
    {
        int i = 0;
        for (; i < name.Length; i++)
        {
            char c = name[i];
            if (c < 128)
            {
                continue;
            }

            int cp = CodePointAt(name, i, out int width);
            if (InRanges(NfkcUnstableRanges, cp))
            {
                break;
            }

            i += width - 1;
        }

        return i == name.Length ? name : Nfkc(name);
    }

    private static string Nfkc(string text)
    {
        // Compatibility decomposition, canonical ordering, then canonical composition (UAX #15).
        var cps = new List<int>(text.Length + 8);
        for (int i = 0; i < text.Length;)
        {
            int cp = CodePointAt(text, i, out int width);
            i += width;
            Decompose(cp, cps);
        }

        // Canonical ordering: a stable sort of each run of non-starters by combining class.
        for (int i = 1; i < cps.Count; i++)
        {
            int ccc = CombiningClass(cps[i]);
            if (ccc == 0)
            {
                continue;
            }

            int j = i;
            while (j > 0)
            {
                int prev = CombiningClass(cps[j - 1]);
                if (prev <= ccc)
                {
                    break;
                }

                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }

        Compose(cps);

        var sb = new StringBuilder(cps.Count);
        foreach (int cp in cps)
        {
            if (cp >= 0x10000)
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }
            else
            {
                sb.Append((char)cp);
            }
        }

        return sb.ToString();
    }

    private static void Decompose(int cp, List<int> output)
    {
        int s = cp - HangulSBase;
        if ((uint)s < HangulSCount)
        {
            output.Add(HangulLBase + s / HangulNCount);
            output.Add(HangulVBase + s % HangulNCount / HangulTCount);
            int t = s % HangulTCount;
            if (t != 0)
            {
                output.Add(HangulTBase + t);
            }

            return;
        }

        int index = cp < 0xA0 ? -1 : DecompositionKeys.BinarySearch(cp);
        if (index < 0)
        {
            output.Add(cp);
            return;
        }

        var offsets = DecompositionOffsets;
        ReadOnlySpan<char> expansion = DecompositionText.AsSpan(offsets[index], offsets[index + 1] - offsets[index]);
        for (int i = 0; i < expansion.Length;)
        {
            output.Add(CodePointAt(expansion, i, out int width));
            i += width;
        }
    }

    private static void Compose(List<int> cps)
    {
        if (cps.Count < 2)
        {
            return;
        }

        int starterPos = CombiningClass(cps[0]) == 0 ? 0 : -1;
        int lastClass = starterPos == 0 ? 0 : 256;
        int write = 1;
        for (int read = 1; read < cps.Count; read++)
        {
            int cp = cps[read];
            int ccc = CombiningClass(cp);
            if (starterPos >= 0 && (lastClass < ccc || lastClass == 0 && write - 1 == starterPos))
            {
                int composite = ComposePair(cps[starterPos], cp);
                if (composite >= 0)
                {
                    cps[starterPos] = composite;
                    continue;
                }
            }

            if (ccc == 0)
            {
                starterPos = write;
                lastClass = 0;
            }
            else
            {
                lastClass = ccc;
            }

            cps[write++] = cp;
        }

        cps.RemoveRange(write, cps.Count - write);
    }

    private static int ComposePair(int first, int second)
    {
        int l = first - HangulLBase;
        if ((uint)l < HangulLCount)
        {
            int v = second - HangulVBase;
            return (uint)v < HangulVCount ? HangulSBase + (l * HangulVCount + v) * HangulTCount : -1;
        }

        int s = first - HangulSBase;
        if ((uint)s < HangulSCount && s % HangulTCount == 0)
        {
            int t = second - HangulTBase;
            return t > 0 && t < HangulTCount ? first + t : -1;
        }

        int index = CompositionKeys.BinarySearch(((long)first << 21) | (uint)second);
        return index < 0 ? -1 : CompositionValues[index];
    }

    /// <summary>The canonical combining class of a code point (0 for starters).</summary>
    public static int CombiningClass(int cp)
    {
        if (cp < 0x300)
        {
            return 0;
        }

        var ranges = CombiningClassRanges;
        int lo = 0;
        int hi = ranges.Length / 3 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int first = ranges[mid * 3];
            if (cp < first)
            {
                hi = mid - 1;
            }
            else if (cp > ranges[mid * 3 + 1])
            {
                lo = mid + 1;
            }
            else
            {
                return ranges[mid * 3 + 2];
            }
        }

        return 0;
    }

    private static bool InRanges(ReadOnlySpan<int> ranges, int cp)
    {
        int lo = 0;
        int hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[mid * 2])
            {
                hi = mid - 1;
            }
            else if (cp > ranges[mid * 2 + 1])
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
