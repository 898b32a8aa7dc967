using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Interpreter;

/// <summary>
/// The "Did you mean: 'x'?" hint CPython 3.11 adds to NameError and
/// AttributeError reports (Python/suggestions.c): the closest candidate by a
/// Levenshtein distance where a case change costs 1 and other edits 2, within
/// a third of the characters involved.
/// </summary>
public static class Suggestions
{
    private const int MoveCost = 2;
    private const int CaseCost = 1;
    private const int MaxStringSize = 40;
    private const int MaxCandidates = 750;

    /// <summary>The suggestion for an exception about to be printed, or null.</summary>
    public static string? For(PyBaseException exc)
    {
        var saved = PyErr.Fetch();
        try
        {
            // suggestions.c offers them for exactly AttributeError and NameError, not subclasses.
            if (exc is PyAttributeError attr && ReferenceEquals(exc.Type, PyExc.AttributeError))
            {
                return ForAttribute(attr);
            }

            if (exc is PyNameError nameError && ReferenceEquals(exc.Type, PyExc.NameError))
            {
                return ForName(nameError);
            }

            return null;
        }
        finally
        {
            PyErr.Clear();
            PyErr.Restore(saved);
        }
    }

    private static string? ForAttribute(PyAttributeError exc)
    {
        if (exc.Name is not PyStr name || exc.Obj is null)
        {
            return null;
        }

        var dir = PyThreadState.Current.Interpreter.Builtins.GetItemStr("dir");
        if (dir is null || PyCall.Call(dir, exc.Obj) is not PyList list)
        {
            return null;
        }

        return Closest(list.AsSpan().ToArray(), name.Value);
    }

    private static string? ForName(PyNameError exc)
    {
        if (exc.Name is not PyStr name || exc.Traceback is not PyTraceback tb)
        {
            return null;
        }

        while (tb.Next is not null)
        {
            tb = tb.Next;
        }

        var frame = tb.Frame.Frame;
        var co = frame.CodeObject;
        var varnames = new List<PyObject>();
        for (int i = 0; i < co.NLocalsPlus; i++)
        {
            if ((co.LocalsPlusKinds[i] & Bytecode.LocalKind.Local) != 0)
            {
                varnames.Add(frame.Code.LocalsPlusNames[i]);
            }
        }

        return Closest(varnames.ToArray(), name.Value)
            ?? Closest(Keys(frame.Globals), name.Value)
            ?? (frame.Builtins is PyDict b ? Closest(Keys(b), name.Value) : null);
    }

    private static PyObject[] Keys(PyDict dict)
    {
        var keys = new List<PyObject>(dict.Count);
        int pos = 0;
        while (dict.Next(ref pos, out var key, out _))
        {
            keys.Add(key);
        }

        return keys.ToArray();
    }

    private static string? Closest(PyObject[] candidates, string name)
    {
        if (candidates.Length >= MaxCandidates)
        {
            return null;
        }

        var nameBytes = System.Text.Encoding.UTF8.GetBytes(name);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var item in candidates)
        {
            if (item is not PyStr s || s.Value == name)
            {
                continue;
            }

            var itemBytes = System.Text.Encoding.UTF8.GetBytes(s.Value);
            int maxDistance = (nameBytes.Length + itemBytes.Length + 3) * MoveCost / 6;
            maxDistance = Math.Min(maxDistance, bestDistance - 1);
            int distance = Levenshtein(nameBytes, itemBytes, maxDistance);
            if (distance > maxDistance)
            {
                continue;
            }

            if (best is null || distance < bestDistance)
            {
                best = s.Value;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int SubstitutionCost(byte a, byte b)
    {
        if ((a & 31) != (b & 31))
        {
            return MoveCost;
        }

        if (a == b)
        {
            return 0;
        }

        return char.ToLowerInvariant((char)a) == char.ToLowerInvariant((char)b) ? CaseCost : MoveCost;
    }

    private static int Levenshtein(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int maxCost)
    {
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0])
        {
            a = a[1..];
            b = b[1..];
        }

        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1])
        {
            a = a[..^1];
            b = b[..^1];
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return (a.Length + b.Length) * MoveCost;
        }

        if (a.Length > MaxStringSize || b.Length > MaxStringSize)
        {
            return maxCost + 1;
        }

        if (b.Length < a.Length)
        {
            var t = a;
            a = b;
            b = t;
        }

        if ((b.Length - a.Length) * MoveCost > maxCost)
        {
            return maxCost + 1;
        }

        Span<int> buffer = stackalloc int[MaxStringSize];
        int tmp = MoveCost;
        for (int i = 0; i < a.Length; i++)
        {
            buffer[i] = tmp;
            tmp += MoveCost;
        }

        int result = 0;
        for (int bIndex = 0; bIndex < b.Length; bIndex++)
        {
            byte code = b[bIndex];
            int distance = result = bIndex * MoveCost;
            int minimum = int.MaxValue;
            for (int index = 0; index < a.Length; index++)
            {
                int substitute = distance + SubstitutionCost(code, a[index]);
                distance = buffer[index];
                int insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum)
                {
                    minimum = result;
                }
            }

            if (minimum > maxCost)
            {
                return maxCost + 1;
            }
        }

        return result;
    }
}
