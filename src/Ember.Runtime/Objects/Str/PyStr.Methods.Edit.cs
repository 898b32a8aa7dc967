using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>strip, padding (center, ljust, rjust, zfill), expandtabs, replace, removeprefix/removesuffix and join.</summary>
public partial class PyStr
{
    private static readonly ArgSpec s_expandtabsSpec = new("expandtabs", ["tabsize"]);

    private static PyObject? Strip(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => StripMethod("strip", self, args, kwnames, true, true);

    private static PyObject? LStrip(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => StripMethod("lstrip", self, args, kwnames, true, false);

    private static PyObject? RStrip(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => StripMethod("rstrip", self, args, kwnames, false, true);

    private static PyObject? StripMethod(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool left, bool right)
    {
        if (!StrArgs.NoKeywords(self, name, kwnames) || !Args.Positional(name, args, kwnames, 0, 1))
        {
            return null;
        }

        PyStr? chars = null;
        if (args.Length == 1 && !ReferenceEquals(args[0], PyNone.Instance))
        {
            chars = args[0] as PyStr;
            if (chars is null)
            {
                return PyErr.TypeError($"{name} arg must be None or str");
            }
        }

        return ((PyStr)self).StripCore(chars, left, right);
    }

    /// <summary>str.strip and its one-sided forms; <paramref name="chars"/> null strips whitespace.</summary>
    public PyStr StripCore(PyStr? chars, bool left, bool right)
    {
        int start, end;
        if (BothNarrow(this, chars))
        {
            StripRange<char>(Value, chars is null ? default : chars.Value.AsSpan(), chars is null, left, right, out start, out end);
        }
        else
        {
            StripRange<int>(GetCodePoints(), chars is null ? default : chars.GetCodePoints(), chars is null, left, right, out start, out end);
        }

        return Substring(start, end - start);
    }

    private static void StripRange<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> chars, bool whitespace, bool left, bool right, out int start, out int end)
        where T : unmanaged, IEquatable<T>
    {
        start = 0;
        end = s.Length;
        if (left)
        {
            while (start < end && (whitespace ? UnicodeCType.IsSpace(Cp(s[start])) : chars.Contains(s[start])))
            {
                start++;
            }
        }

        if (right)
        {
            while (end > start && (whitespace ? UnicodeCType.IsSpace(Cp(s[end - 1])) : chars.Contains(s[end - 1])))
            {
                end--;
            }
        }
    }

    private static PyObject? Center(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => PadMethod("center", self, args, kwnames);

    private static PyObject? LJust(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => PadMethod("ljust", self, args, kwnames);

    private static PyObject? RJust(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => PadMethod("rjust", self, args, kwnames);

    private static PyObject? PadMethod(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!StrArgs.NoKeywords(self, name, kwnames) || !Args.Positional(name, args, kwnames, 1, 2) || !StrArgs.SsizeArg(args[0], out long width))
        {
            return null;
        }

        int fill = ' ';
        if (args.Length == 2)
        {
            if (args[1] is not PyStr f)
            {
                return PyErr.TypeError($"The fill character must be a unicode character, not {args[1].Type.Name}");
            }

            if (f.Length != 1)
            {
                return PyErr.TypeError("The fill character must be exactly one character long");
            }

            fill = f.CodePointAt(0);
        }

        var s = (PyStr)self;
        long marg = width - s.Length;
        if (marg <= 0)
        {
            return Exact(s);
        }

        long left = name switch
        {
            "center" => (marg / 2) + (marg & width & 1),
            "rjust" => marg,
            _ => 0,
        };
        return s.Pad(left, marg - left, fill);
    }

    /// <summary>The str with <paramref name="left"/> and <paramref name="right"/> copies of <paramref name="fill"/> around it.</summary>
    internal PyObject? Pad(long left, long right, int fill)
    {
        if (Value.Length + ((left + right) * (fill >= 0x10000 ? 2 : 1)) > MaxUnits)
        {
            return PyErr.NoMemory();
        }

        if (IsNarrow && fill < 0xD800)
        {
            var sb = new StringBuilder((int)(Value.Length + left + right));
            sb.Append((char)fill, (int)left).Append(Value).Append((char)fill, (int)right);
            return new PyStr(sb.ToString());
        }

        var cb = new CodePointBuilder((int)(Length + left + right));
        cb.Add(fill, left);
        cb.Add(this);
        cb.Add(fill, right);
        return cb.ToPyStr();
    }

    private static PyObject? ZFill(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("str.zfill", args, kwnames) || !StrArgs.SsizeArg(args[0], out long width))
        {
            return null;
        }

        var s = (PyStr)self;
        long fill = width - s.Length;
        if (fill <= 0)
        {
            return Exact(s);
        }

        var padded = s.Pad(fill, 0, '0') as PyStr;
        if (padded is null || s.Length == 0)
        {
            return padded;
        }

        int first = s.CodePointAt(0);
        if (first is not ('+' or '-'))
        {
            return padded;
        }

        // Move the sign in front of the zeros.
        var cps = padded.GetCodePoints();
        if (!padded.IsNarrow)
        {
            cps = (int[])cps.Clone();
        }

        cps[0] = first;
        cps[fill] = '0';
        return FromCodePoints(cps);
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

        var s = (PyStr)self;
        if (!s.Value.Contains('\t'))
        {
            return Exact(s);
        }

        var cb = new CodePointBuilder(s.Value.Length + 16);
        long column = 0;
        foreach (int c in s.EnumerateCodePoints())
        {
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    long incr = tabsize - (column % tabsize);
                    column += incr;
                    if (cb.Count + incr > MaxUnits)
                    {
                        return PyErr.OverflowError("new string is too long");
                    }

                    cb.Add(' ', incr);
                }
            }
            else
            {
                column++;
                cb.Add(c);
                if (c is '\n' or '\r')
                {
                    column = 0;
                }
            }
        }

        return cb.ToPyStr();
    }

    private static PyObject? Replace(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!StrArgs.NoKeywords(self, "replace", kwnames) || !Args.Positional("replace", args, kwnames, 2, 3))
        {
            return null;
        }

        if (args[0] is not PyStr old)
        {
            return PyErr.TypeError($"replace() argument 1 must be str, not {StrArgs.TypeNameForError(args[0])}");
        }

        if (args[1] is not PyStr replacement)
        {
            return PyErr.TypeError($"replace() argument 2 must be str, not {StrArgs.TypeNameForError(args[1])}");
        }

        long count = -1;
        if (args.Length == 3 && !StrArgs.SsizeArg(args[2], out count))
        {
            return null;
        }

        return ((PyStr)self).ReplaceCore(old, replacement, count < 0 ? long.MaxValue : count);
    }

    /// <summary>str.replace: at most <paramref name="count"/> non-overlapping replacements, left to right.</summary>
    public PyObject? ReplaceCore(PyStr old, PyStr replacement, long count)
    {
        long found = Count(old, 0, long.MaxValue, count);
        if (found == 0)
        {
            return Exact(this);
        }

        long total = Value.Length + (found * ((long)replacement.Value.Length - old.Value.Length));
        if (total > MaxUnits)
        {
            return PyErr.OverflowError("replace string is too long");
        }

        if (BothNarrow(this, old) && replacement.IsNarrow)
        {
            var sb = new StringBuilder((int)total);
            ReplaceNarrow(sb, Value, old.Value, replacement.Value, found);
            return new PyStr(sb.ToString());
        }

        var cb = new CodePointBuilder((int)Math.Min(total, int.MaxValue));
        ReadOnlySpan<int> s = GetCodePoints(), o = old.GetCodePoints(), r = replacement.GetCodePoints();
        if (o.Length == 0)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (found-- > 0)
                {
                    cb.Add(r);
                }

                cb.Add(s[i]);
            }

            if (found > 0)
            {
                cb.Add(r);
            }

            return cb.ToPyStr();
        }

        while (found-- > 0)
        {
            int k = s.IndexOf(o);
            cb.Add(s[..k]);
            cb.Add(r);
            s = s[(k + o.Length)..];
        }

        cb.Add(s);
        return cb.ToPyStr();
    }

    private static void ReplaceNarrow(StringBuilder sb, string s, string old, string replacement, long found)
    {
        if (old.Length == 0)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (found-- > 0)
                {
                    sb.Append(replacement);
                }

                sb.Append(s[i]);
            }

            if (found > 0)
            {
                sb.Append(replacement);
            }

            return;
        }

        int pos = 0;
        while (found-- > 0)
        {
            int k = s.IndexOf(old, pos, StringComparison.Ordinal);
            sb.Append(s, pos, k - pos).Append(replacement);
            pos = k + old.Length;
        }

        sb.Append(s, pos, s.Length - pos);
    }

    private static PyObject? RemovePrefix(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => RemoveAffix("removeprefix", self, args, kwnames, false);

    private static PyObject? RemoveSuffix(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => RemoveAffix("removesuffix", self, args, kwnames, true);

    private static PyObject? RemoveAffix(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool suffix)
    {
        if (!Args.ExactlyOne("str." + name, args, kwnames))
        {
            return null;
        }

        if (args[0] is not PyStr affix)
        {
            return PyErr.TypeError($"{name}() argument must be str, not {StrArgs.TypeNameForError(args[0])}");
        }

        var s = (PyStr)self;
        if (affix.Length > 0 && s.TailMatch(affix, 0, long.MaxValue, suffix))
        {
            return suffix ? s.Substring(0, s.Length - affix.Length) : s.Substring(affix.Length, s.Length - affix.Length);
        }

        return Exact(s);
    }

    private static PyObject? Join(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("str.join", args, kwnames))
        {
            return null;
        }

        return ((PyStr)self).JoinCore(args[0]);
    }

    /// <summary>sep.join(iterable) (PyUnicode_Join) with CPython's item errors.</summary>
    public PyObject? JoinCore(PyObject iterable)
    {
        ReadOnlySpan<PyObject> items;
        if (iterable is PyList list)
        {
            items = list.AsSpan().ToArray();
        }
        else if (iterable is PyTuple tuple)
        {
            items = tuple.Items;
        }
        else
        {
            if (iterable.Type.Iter is null && iterable.Type.GetItem is null)
            {
                return PyErr.TypeError("can only join an iterable");
            }

            var collected = PyIter.ToList(iterable);
            if (collected is null)
            {
                return null;
            }

            items = collected.ToArray();
        }

        if (items.Length == 1 && items[0] is PyStr only && ReferenceEquals(only.Type, TypeObject))
        {
            return only;
        }

        long units = 0;
        bool narrow = IsNarrow;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyStr item)
            {
                return PyErr.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
            }

            units += item.Value.Length + (i > 0 ? Value.Length : 0);
            narrow &= item.IsNarrow;
        }

        if (units > MaxUnits)
        {
            return PyErr.NoMemory();
        }

        if (narrow)
        {
            var sb = new StringBuilder((int)units);
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(Value);
                }

                sb.Append(((PyStr)items[i]).Value);
            }

            return new PyStr(sb.ToString());
        }

        var cb = new CodePointBuilder((int)units);
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                cb.Add(this);
            }

            cb.Add((PyStr)items[i]);
        }

        return cb.ToPyStr();
    }
}
