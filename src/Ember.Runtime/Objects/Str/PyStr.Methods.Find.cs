using Ember.Runtime.Errors;

namespace Ember.Runtime.Objects;

/// <summary>find, rfind, index, rindex, count, startswith, endswith and the search behind <c>in</c> (stringlib/find.h, count.h).</summary>
public partial class PyStr
{
    /// <summary>The code-point index of the first <paramref name="needle"/> in [start, end) after ADJUST_INDICES, or -1.</summary>
    public long IndexOf(PyStr needle, long start, long end)
    {
        long n = Length;
        StrArgs.AdjustIndices(ref start, ref end, n);
        long m = needle.Length;
        if (end - start < m)
        {
            return -1;
        }

        if (m == 0)
        {
            return start;
        }

        int s = (int)start, len = (int)(end - start);
        if (IsNarrow)
        {
            if (!needle.IsNarrow)
            {
                return -1;
            }

            int r = m == 1 ? Value.AsSpan(s, len).IndexOf(needle.Value[0]) : Value.AsSpan(s, len).IndexOf(needle.Value.AsSpan(), StringComparison.Ordinal);
            return r < 0 ? -1 : r + start;
        }

        int rw = GetCodePoints().AsSpan(s, len).IndexOf(needle.GetCodePoints());
        return rw < 0 ? -1 : rw + start;
    }

    /// <summary>The code-point index of the last <paramref name="needle"/> in [start, end), or -1.</summary>
    public long LastIndexOf(PyStr needle, long start, long end)
    {
        long n = Length;
        StrArgs.AdjustIndices(ref start, ref end, n);
        long m = needle.Length;
        if (end - start < m)
        {
            return -1;
        }

        if (m == 0)
        {
            return end;
        }

        int s = (int)start, len = (int)(end - start);
        if (IsNarrow)
        {
            if (!needle.IsNarrow)
            {
                return -1;
            }

            int r = m == 1 ? Value.AsSpan(s, len).LastIndexOf(needle.Value[0]) : Value.AsSpan(s, len).LastIndexOf(needle.Value.AsSpan(), StringComparison.Ordinal);
            return r < 0 ? -1 : r + start;
        }

        int rw = GetCodePoints().AsSpan(s, len).LastIndexOf(needle.GetCodePoints());
        return rw < 0 ? -1 : rw + start;
    }

    /// <summary>Non-overlapping occurrences of <paramref name="needle"/> in [start, end), at most <paramref name="max"/>.</summary>
    public long Count(PyStr needle, long start, long end, long max = long.MaxValue)
    {
        long n = Length;
        StrArgs.AdjustIndices(ref start, ref end, n);
        long m = needle.Length;
        if (end - start < m)
        {
            return 0;
        }

        if (m == 0)
        {
            return Math.Min(end - start + 1, max);
        }

        int s = (int)start, len = (int)(end - start);
        if (IsNarrow)
        {
            if (!needle.IsNarrow)
            {
                return 0;
            }

            return CountIn(Value.AsSpan(s, len), needle.Value.AsSpan(), max);
        }

        return CountIn<int>(GetCodePoints().AsSpan(s, len), needle.GetCodePoints(), max);
    }

    private static long CountIn<T>(ReadOnlySpan<T> hay, ReadOnlySpan<T> needle, long max)
        where T : IEquatable<T>
    {
        long count = 0;
        while (count < max)
        {
            int i = needle.Length == 1 ? hay.IndexOf(needle[0]) : hay.IndexOf(needle);
            if (i < 0)
            {
                break;
            }

            count++;
            hay = hay.Slice(i + needle.Length);
        }

        return count;
    }

    /// <summary>tailmatch: whether [start, end) starts (or ends, <paramref name="atEnd"/>) with <paramref name="sub"/>.</summary>
    public bool TailMatch(PyStr sub, long start, long end, bool atEnd)
    {
        StrArgs.AdjustIndices(ref start, ref end, Length);
        long m = sub.Length;
        end -= m;
        if (end < start)
        {
            return false;
        }

        if (m == 0)
        {
            return true;
        }

        long at = atEnd ? end : start;
        if (IsNarrow)
        {
            return sub.IsNarrow && Value.AsSpan((int)at, (int)m).SequenceEqual(sub.Value);
        }

        return GetCodePoints().AsSpan((int)at, (int)m).SequenceEqual(sub.GetCodePoints());
    }

    private static PyStr? NeedleArg(PyObject o)
    {
        if (o is PyStr s)
        {
            return s;
        }

        PyErr.TypeError($"must be str, not {o.Type.Name}");
        return null;
    }

    private static PyObject? FindMethod(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool reverse, bool raise)
    {
        if (!StrArgs.NoKeywords(self, name, kwnames) || !StrArgs.SubStartEnd(name, args, kwnames, out var subObj, out long start, out long end))
        {
            return null;
        }

        var sub = NeedleArg(subObj);
        if (sub is null)
        {
            return null;
        }

        var s = (PyStr)self;
        long r = reverse ? s.LastIndexOf(sub, start, end) : s.IndexOf(sub, start, end);
        if (r < 0 && raise)
        {
            return PyErr.ValueError("substring not found");
        }

        return PyInt.From(r);
    }

    private static PyObject? Find(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => FindMethod("find", self, args, kwnames, false, false);

    private static PyObject? RFind(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => FindMethod("rfind", self, args, kwnames, true, false);

    private static PyObject? IndexMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => FindMethod("index", self, args, kwnames, false, true);

    private static PyObject? RIndex(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => FindMethod("rindex", self, args, kwnames, true, true);

    private static PyObject? CountMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!StrArgs.NoKeywords(self, "count", kwnames) || !StrArgs.SubStartEnd("count", args, kwnames, out var subObj, out long start, out long end))
        {
            return null;
        }

        var sub = NeedleArg(subObj);
        return sub is null ? null : PyInt.From(((PyStr)self).Count(sub, start, end));
    }

    private static PyObject? StartsWith(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => TailMatchMethod("startswith", self, args, kwnames, false);

    private static PyObject? EndsWith(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => TailMatchMethod("endswith", self, args, kwnames, true);

    private static PyObject? TailMatchMethod(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool atEnd)
    {
        if (!StrArgs.NoKeywords(self, name, kwnames) || !StrArgs.SubStartEnd(name, args, kwnames, out var subObj, out long start, out long end))
        {
            return null;
        }

        var s = (PyStr)self;
        if (subObj is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
            {
                if (item is not PyStr sub)
                {
                    return PyErr.TypeError($"tuple for {name} must only contain str, not {item.Type.Name}");
                }

                if (s.TailMatch(sub, start, end, atEnd))
                {
                    return PyBool.True;
                }
            }

            return PyBool.False;
        }

        if (subObj is not PyStr single)
        {
            return PyErr.TypeError($"{name} first arg must be str or a tuple of str, not {subObj.Type.Name}");
        }

        return PyBool.From(s.TailMatch(single, start, end, atEnd));
    }
}
