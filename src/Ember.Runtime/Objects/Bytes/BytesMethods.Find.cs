using Ember.Runtime.Errors;

namespace Ember.Runtime.Objects;

internal static partial class BytesMethods
{
    /// <summary>The sub argument of find/count/index: an int byte value or a bytes-like object.</summary>
    private static bool SubArg(PyObject o, Span<byte> one, out ReadOnlySpan<byte> sub)
    {
        if (Codecs.BytesLike.TryGetBytes(o, out sub))
        {
            return true;
        }

        if (!StrArgs.IsIndex(o))
        {
            PyErr.TypeError($"argument should be integer or bytes-like object, not '{o.Type.Name}'");
            return false;
        }

        if (!ByteValue(o, out one[0]))
        {
            return false;
        }

        sub = one;
        return true;
    }

    public static long IndexOf(ReadOnlySpan<byte> s, ReadOnlySpan<byte> sub, long start, long end, bool reverse)
    {
        StrArgs.AdjustIndices(ref start, ref end, s.Length);
        if (end - start < sub.Length)
        {
            return -1;
        }

        if (sub.Length == 0)
        {
            return reverse ? end : start;
        }

        var window = s.Slice((int)start, (int)(end - start));
        int r = reverse ? window.LastIndexOf(sub) : window.IndexOf(sub);
        return r < 0 ? -1 : r + start;
    }

    private static PyObject? Find(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool reverse, bool raise)
    {
        if (!StrArgs.NoKeywords(self, name, kwnames) || !StrArgs.SubStartEnd(name, args, kwnames, out var subObj, out long start, out long end))
        {
            return null;
        }

        Span<byte> one = stackalloc byte[1];
        if (!SubArg(subObj, one, out var sub))
        {
            return null;
        }

        long r = IndexOf(Span(self), sub, start, end, reverse);
        if (r < 0 && raise)
        {
            return PyErr.ValueError("subsection not found");
        }

        return PyInt.From(r);
    }

    private static PyObject? Count(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!StrArgs.NoKeywords(self, "count", kwnames) || !StrArgs.SubStartEnd("count", args, kwnames, out var subObj, out long start, out long end))
        {
            return null;
        }

        Span<byte> one = stackalloc byte[1];
        if (!SubArg(subObj, one, out var sub))
        {
            return null;
        }

        var s = Span(self);
        StrArgs.AdjustIndices(ref start, ref end, s.Length);
        if (end - start < sub.Length)
        {
            return PyInt.Zero;
        }

        if (sub.Length == 0)
        {
            return PyInt.From(end - start + 1);
        }

        return PyInt.From(CountIn(s.Slice((int)start, (int)(end - start)), sub, long.MaxValue));
    }

    public static long CountIn(ReadOnlySpan<byte> hay, ReadOnlySpan<byte> needle, long max)
    {
        long count = 0;
        while (count < max)
        {
            int i = hay.IndexOf(needle);
            if (i < 0)
            {
                break;
            }

            count++;
            hay = hay[(i + needle.Length)..];
        }

        return count;
    }

    private static bool Match(ReadOnlySpan<byte> s, ReadOnlySpan<byte> sub, long start, long end, bool atEnd)
    {
        StrArgs.AdjustIndices(ref start, ref end, s.Length);
        end -= sub.Length;
        if (end < start)
        {
            return false;
        }

        return s.Slice((int)(atEnd ? end : start), sub.Length).SequenceEqual(sub);
    }

    private static PyObject? TailMatch(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool atEnd)
    {
        if (!StrArgs.NoKeywords(self, name, kwnames) || !StrArgs.SubStartEnd(name, args, kwnames, out var subObj, out long start, out long end))
        {
            return null;
        }

        var s = Span(self);
        if (subObj is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
            {
                if (!Buffer(item, out var sub))
                {
                    return null;
                }

                if (Match(s, sub, start, end, atEnd))
                {
                    return PyBool.True;
                }
            }

            return PyBool.False;
        }

        if (!Codecs.BytesLike.TryGetBytes(subObj, out var single))
        {
            return PyErr.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {subObj.Type.Name}");
        }

        return PyBool.From(Match(s, single, start, end, atEnd));
    }

    private static PyObject? Partition(PyObject self, PyObject sepObj, bool reverse)
    {
        if (!Buffer(sepObj, out var sep))
        {
            return null;
        }

        if (sep.Length == 0)
        {
            return PyErr.ValueError("empty separator");
        }

        var s = Span(self);
        int at = reverse ? s.LastIndexOf(sep) : s.IndexOf(sep);
        if (at < 0)
        {
            var whole = Unchanged(self);
            var empty = Result(self, default);
            var empty2 = Result(self, default);
            return reverse ? new PyTuple([empty, empty2, whole]) : new PyTuple([whole, empty, empty2]);
        }

        return new PyTuple([Result(self, s[..at]), Result(self, sep), Result(self, s[(at + sep.Length)..])]);
    }

    private static PyObject? RemoveAffix(PyObject self, PyObject affixObj, bool suffix)
    {
        if (!Buffer(affixObj, out var affix))
        {
            return null;
        }

        var s = Span(self);
        if (affix.Length > 0 && (suffix ? s.EndsWith(affix) : s.StartsWith(affix)))
        {
            return Result(self, suffix ? s[..^affix.Length] : s[affix.Length..]);
        }

        return Unchanged(self);
    }
}
