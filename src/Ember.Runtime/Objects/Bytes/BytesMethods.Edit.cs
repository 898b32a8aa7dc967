using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

internal static partial class BytesMethods
{
    private static readonly ArgSpec s_splitSpec = new("split", ["sep", "maxsplit"]);
    private static readonly ArgSpec s_rsplitSpec = new("rsplit", ["sep", "maxsplit"]);
    private static readonly ArgSpec s_splitlinesSpec = new("splitlines", ["keepends"]);
    private static readonly ArgSpec s_expandtabsSpec = new("expandtabs", ["tabsize"]);
    private static readonly ArgSpec s_translateSpec = new("translate", ["table", "delete"], posOnly: 1);

    private static PyObject? Pad(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!StrArgs.NoKeywords(self, name, kwnames) || !Args.Positional(name, args, kwnames, 1, 2) || !StrArgs.SsizeArg(args[0], out long width))
        {
            return null;
        }

        byte fill = (byte)' ';
        if (args.Length == 2)
        {
            if (!BytesLike.TryGetBytes(args[1], out var f) || f.Length != 1 || args[1] is PyMemoryView)
            {
                return PyErr.TypeError($"{name}() argument 2 must be a byte string of length 1, not {StrArgs.TypeNameForError(args[1])}");
            }

            fill = f[0];
        }

        var s = Span(self);
        long marg = width - s.Length;
        if (marg <= 0)
        {
            return Unchanged(self);
        }

        long left = name switch
        {
            "center" => (marg / 2) + (marg & width & 1),
            "rjust" => marg,
            _ => 0,
        };
        return Padded(self, s, left, marg - left, fill);
    }

    private static PyObject? Padded(PyObject self, ReadOnlySpan<byte> s, long left, long right, byte fill)
    {
        long total = s.Length + left + right;
        if (total > Array.MaxLength)
        {
            return PyErr.NoMemory();
        }

        var result = new byte[total];
        result.AsSpan(0, (int)left).Fill(fill);
        s.CopyTo(result.AsSpan((int)left));
        result.AsSpan((int)(left + s.Length)).Fill(fill);
        return Wrap(self, result);
    }

    private static PyObject? ZFill(PyObject self, PyObject widthObj)
    {
        if (!StrArgs.SsizeArg(widthObj, out long width))
        {
            return null;
        }

        var s = Span(self);
        long fill = width - s.Length;
        if (fill <= 0)
        {
            return Unchanged(self);
        }

        var padded = Padded(self, s, fill, 0, (byte)'0');
        if (padded is null || s.Length == 0 || s[0] is not ((byte)'+' or (byte)'-'))
        {
            return padded;
        }

        var data = padded is PyBytes pb ? pb.Data : ((PyByteArray)padded).AsWritableSpan().ToArray();
        data[0] = s[0];
        data[fill] = (byte)'0';
        return Wrap(self, data);
    }

    private static PyObject? Strip(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool left, bool right)
    {
        if (!StrArgs.NoKeywords(self, name, kwnames) || !Args.Positional(name, args, kwnames, 0, 1))
        {
            return null;
        }

        ReadOnlySpan<byte> chars = default;
        bool whitespace = args.Length == 0 || ReferenceEquals(args[0], PyNone.Instance);
        if (!whitespace && !Buffer(args[0], out chars))
        {
            return null;
        }

        var s = Span(self);
        int start = 0, end = s.Length;
        if (left)
        {
            while (start < end && (whitespace ? IsSpace(s[start]) : chars.Contains(s[start])))
            {
                start++;
            }
        }

        if (right)
        {
            while (end > start && (whitespace ? IsSpace(s[end - 1]) : chars.Contains(s[end - 1])))
            {
                end--;
            }
        }

        return start == 0 && end == s.Length ? Unchanged(self) : Result(self, s[start..end]);
    }

    private static PyObject? Split(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool reverse)
    {
        Span<PyObject?> slots = [null, null];
        if (!(reverse ? s_rsplitSpec : s_splitSpec).Parse(args, kwnames, slots))
        {
            return null;
        }

        ReadOnlySpan<byte> sep = default;
        bool whitespace = slots[0] is null || ReferenceEquals(slots[0], PyNone.Instance);
        if (!whitespace && !Buffer(slots[0]!, out sep))
        {
            return null;
        }

        long maxcount = -1;
        if (slots[1] is { } m && !StrArgs.SsizeArg(m, out maxcount))
        {
            return null;
        }

        if (!whitespace && sep.Length == 0)
        {
            return PyErr.ValueError("empty separator");
        }

        if (maxcount < 0)
        {
            maxcount = long.MaxValue;
        }

        var s = Span(self);
        var list = new PyList();
        int n = s.Length;
        if (whitespace)
        {
            if (!reverse)
            {
                int i = 0;
                while (maxcount-- > 0)
                {
                    while (i < n && IsSpace(s[i]))
                    {
                        i++;
                    }

                    if (i == n)
                    {
                        break;
                    }

                    int j = i++;
                    while (i < n && !IsSpace(s[i]))
                    {
                        i++;
                    }

                    list.Append(Result(self, s[j..i]));
                }

                while (i < n && IsSpace(s[i]))
                {
                    i++;
                }

                if (i < n)
                {
                    list.Append(Result(self, s[i..]));
                }
            }
            else
            {
                int i = n - 1;
                while (maxcount-- > 0)
                {
                    while (i >= 0 && IsSpace(s[i]))
                    {
                        i--;
                    }

                    if (i < 0)
                    {
                        break;
                    }

                    int j = i--;
                    while (i >= 0 && !IsSpace(s[i]))
                    {
                        i--;
                    }

                    list.Append(Result(self, s[(i + 1)..(j + 1)]));
                }

                while (i >= 0 && IsSpace(s[i]))
                {
                    i--;
                }

                if (i >= 0)
                {
                    list.Append(Result(self, s[..(i + 1)]));
                }

                list.AsSpan().Reverse();
            }

            return list;
        }

        if (!reverse)
        {
            int start = 0;
            while (maxcount-- > 0)
            {
                int k = s[start..].IndexOf(sep);
                if (k < 0)
                {
                    break;
                }

                list.Append(Result(self, s.Slice(start, k)));
                start += k + sep.Length;
            }

            list.Append(Result(self, s[start..]));
        }
        else
        {
            int end = n;
            while (maxcount-- > 0)
            {
                int k = s[..end].LastIndexOf(sep);
                if (k < 0)
                {
                    break;
                }

                list.Append(Result(self, s[(k + sep.Length)..end]));
                end = k;
            }

            list.Append(Result(self, s[..end]));
            list.AsSpan().Reverse();
        }

        return list;
    }

    private static PyObject? SplitLines(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null];
        if (!s_splitlinesSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        bool keepends = false;
        if (slots[0] is { } k && !StrArgs.BoolIntArg(k, out keepends))
        {
            return null;
        }

        var s = Span(self);
        var list = new PyList();
        int i = 0;
        while (i < s.Length)
        {
            int j = i;
            while (i < s.Length && s[i] is not ((byte)'\n' or (byte)'\r'))
            {
                i++;
            }

            int eol = i;
            if (i < s.Length)
            {
                i += s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1;
                if (keepends)
                {
                    eol = i;
                }
            }

            list.Append(Result(self, s[j..eol]));
        }

        return list;
    }

    private static PyObject? ExpandTabs(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null];
        if (!s_expandtabsSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        int tabsize = 8;
        if (slots[0] is { } t && !StrArgs.IntArg(t, out tabsize))
        {
            return null;
        }

        var s = Span(self);
        var output = new ByteBuilder(s.Length + 16);
        long column = 0;
        foreach (byte b in s)
        {
            if (b == '\t')
            {
                if (tabsize > 0)
                {
                    long incr = tabsize - (column % tabsize);
                    column += incr;
                    if (output.Count + incr > Array.MaxLength)
                    {
                        return PyErr.OverflowError("result too long");
                    }

                    output.Add((byte)' ', incr);
                }
            }
            else
            {
                column++;
                output.Add(b);
                if (b is (byte)'\n' or (byte)'\r')
                {
                    column = 0;
                }
            }
        }

        return Wrap(self, output.ToArray());
    }

    private static PyObject? Replace(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!StrArgs.NoKeywords(self, "replace", kwnames) || !Args.Positional("replace", args, kwnames, 2, 3) || !Buffer(args[0], out var old) || !Buffer(args[1], out var replacement))
        {
            return null;
        }

        long count = -1;
        if (args.Length == 3 && !StrArgs.SsizeArg(args[2], out count))
        {
            return null;
        }

        if (count < 0)
        {
            count = long.MaxValue;
        }

        var s = Span(self);
        long found = old.Length == 0 ? Math.Min(s.Length + 1L, count) : CountIn(s, old, count);
        if (found == 0)
        {
            return Unchanged(self);
        }

        long total = s.Length + (found * (replacement.Length - (long)old.Length));
        if (total > Array.MaxLength)
        {
            return PyErr.OverflowError("replace bytes is too long");
        }

        var output = new ByteBuilder((int)total);
        if (old.Length == 0)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (found-- > 0)
                {
                    output.Add(replacement);
                }

                output.Add(s[i]);
            }

            if (found > 0)
            {
                output.Add(replacement);
            }
        }
        else
        {
            while (found-- > 0)
            {
                int k = s.IndexOf(old);
                output.Add(s[..k]);
                output.Add(replacement);
                s = s[(k + old.Length)..];
            }

            output.Add(s);
        }

        return Wrap(self, output.ToArray());
    }

    private static PyObject? Join(PyObject self, PyObject iterable)
    {
        var items = iterable is PyList pl ? new List<PyObject>(pl.AsSpan().ToArray())
            : iterable is PyTuple pt ? new List<PyObject>(pt.Items)
            : PyIter.ToList(iterable);
        if (items is null)
        {
            if (PyErr.ExceptionMatches(PyExc.TypeError) && iterable.Type.Iter is null && iterable.Type.GetItem is null)
            {
                PyErr.Clear();
                return PyErr.TypeError("can only join an iterable");
            }

            return null;
        }

        var sep = Span(self).ToArray();
        var output = new ByteBuilder();
        for (int i = 0; i < items.Count; i++)
        {
            if (!BytesLike.TryGetBytes(items[i], out var part))
            {
                return PyErr.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
            }

            if (i > 0)
            {
                output.Add(sep);
            }

            output.Add(part);
        }

        return Wrap(self, output.ToArray());
    }

    private static PyObject? Translate(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = [null, null];
        if (!s_translateSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        ReadOnlySpan<byte> table = default;
        bool hasTable = !ReferenceEquals(slots[0], PyNone.Instance);
        if (hasTable)
        {
            if (!Buffer(slots[0]!, out table))
            {
                return null;
            }

            if (table.Length != 256)
            {
                return PyErr.ValueError("translation table must be 256 characters long");
            }
        }

        ReadOnlySpan<byte> delete = default;
        if (slots[1] is { } d && !Buffer(d, out delete))
        {
            return null;
        }

        var s = Span(self);
        var output = new ByteBuilder(s.Length);
        foreach (byte b in s)
        {
            if (delete.Length > 0 && delete.Contains(b))
            {
                continue;
            }

            output.Add(hasTable ? table[b] : b);
        }

        return Wrap(self, output.ToArray());
    }

    private static PyObject? MakeTrans(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("maketrans", args, kwnames, 2, 2) || !Buffer(args[0], out var from) || !Buffer(args[1], out var to))
        {
            return null;
        }

        if (from.Length != to.Length)
        {
            return PyErr.ValueError("maketrans arguments must have same length");
        }

        var table = new byte[256];
        for (int i = 0; i < 256; i++)
        {
            table[i] = (byte)i;
        }

        for (int i = 0; i < from.Length; i++)
        {
            table[from[i]] = to[i];
        }

        return new PyBytes(table);
    }
}
