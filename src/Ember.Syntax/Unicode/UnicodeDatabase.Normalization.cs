using System.Globalization;

namespace Ember.Syntax.Unicode;

/// <summary>
/// The four normalization forms as unicodedata.c's <c>nfd_nfkd</c> and
/// <c>nfc_nfkc</c> compute them, for either view: decomposition (Hangul
/// algorithmically, the 3.2.0 corrections first in the old view), canonical
/// ordering by the 14.0.0 combining classes, then canonical composition over
/// the primary composites. The quick check is the caller's, since CPython's
/// shortcut returns the very object it was given.
/// </summary>
public sealed partial class UnicodeDatabase
{
    /// <summary>NFD, or NFKD when <paramref name="compat"/>, of <paramref name="input"/>.</summary>
    public List<int> Decompose(ReadOnlySpan<int> input, bool compat, bool old)
    {
        var output = new List<int>(input.Length + 10);
        var stack = new Stack<int>();
        foreach (int start in input)
        {
            stack.Push(start);
            while (stack.Count > 0)
            {
                int code = stack.Pop();
                if (code is >= SBase and < SBase + SCount)
                {
                    int s = code - SBase;
                    output.Add(LBase + (s / NCount));
                    output.Add(VBase + (s % NCount / TCount));
                    if (s % TCount != 0)
                    {
                        output.Add(TBase + (s % TCount));
                    }

                    continue;
                }

                if (old && _corrections.TryGetValue(code, out int corrected))
                {
                    stack.Push(corrected);
                    continue;
                }

                int index = Get(code, old).Decomposition;
                int[] parts = _decompositionParts[index];
                if (parts.Length == 0 || (_decompositionCompat[index] && !compat))
                {
                    output.Add(code);
                    continue;
                }

                for (int i = parts.Length - 1; i >= 0; i--)
                {
                    stack.Push(parts[i]);
                }
            }
        }

        SortCanonically(output);
        return output;
    }

    // Insertion sort of each run of non-starters by combining class, stable as the standard requires.
    private void SortCanonically(List<int> text)
    {
        if (text.Count == 0)
        {
            return;
        }

        int prev = Combining(text[0]);
        for (int i = 1; i < text.Count; i++)
        {
            int cur = Combining(text[i]);
            if (prev == 0 || cur == 0 || prev <= cur)
            {
                prev = cur;
                continue;
            }

            int o = i - 1;
            while (true)
            {
                (text[o + 1], text[o]) = (text[o], text[o + 1]);
                o--;
                if (o < 0)
                {
                    break;
                }

                prev = Combining(text[o]);
                if (prev == 0 || prev <= cur)
                {
                    break;
                }
            }

            prev = Combining(text[i]);
        }
    }

    /// <summary>NFC, or NFKC when <paramref name="compat"/>, of <paramref name="input"/>.</summary>
    public List<int> Compose(ReadOnlySpan<int> input, bool compat, bool old)
    {
        List<int> text = Decompose(input, compat, old);
        var output = new List<int>(text.Count);

        // Positions of characters already merged into an earlier one.
        var skipped = new List<int>();
        int len = text.Count;
        int i = 0;
        while (i < len)
        {
            int used = skipped.IndexOf(i);
            if (used >= 0)
            {
                skipped.RemoveAt(used);
                i++;
                continue;
            }

            int code = text[i];

            // Hangul: the text is decomposed, so only L V and L V T sequences occur.
            if (code is >= LBase and < LBase + LCount && i + 1 < len && text[i + 1] is >= VBase and < VBase + VCount)
            {
                code = SBase + ((((code - LBase) * VCount) + (text[i + 1] - VBase)) * TCount);
                i += 2;
                if (i < len && text[i] > TBase && text[i] < TBase + TCount)
                {
                    code += text[i] - TBase;
                    i++;
                }

                output.Add(code);
                continue;
            }

            if (!_compositionFirsts.Contains(code))
            {
                output.Add(code);
                i++;
                continue;
            }

            output.Add(code);
            int comb = 0;
            for (int i1 = i + 1; i1 < len; i1++)
            {
                int code1 = text[i1];
                int comb1 = Combining(code1);
                if (comb != 0)
                {
                    if (comb1 == 0)
                    {
                        break;
                    }

                    if (comb >= comb1)
                    {
                        // Blocked by a mark of the same or a higher class.
                        continue;
                    }
                }

                if (!_compositions.TryGetValue(PairKey(output[^1], code1), out int composite))
                {
                    if (comb1 == 0)
                    {
                        break;
                    }

                    comb = comb1;
                    continue;
                }

                output[^1] = composite;
                skipped.Add(i1);
                if (!_compositionFirsts.Contains(composite))
                {
                    break;
                }
            }

            i++;
        }

        return output;
    }

    private static void ParseDecomposition(string text, out int[] parts, out bool compat)
    {
        compat = text.StartsWith('<');
        string[] fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int skip = compat ? 1 : 0;
        parts = new int[fields.Length - skip];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = int.Parse(fields[i + skip], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }
    }
}
