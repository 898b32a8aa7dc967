using System.Runtime.CompilerServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>split, rsplit, splitlines, partition, rpartition (stringlib/split.h, partition.h).</summary>
public partial class PyStr
{
    private static readonly ArgSpec s_splitSpec = new("split", ["sep", "maxsplit"]);
    private static readonly ArgSpec s_rsplitSpec = new("rsplit", ["sep", "maxsplit"]);
    private static readonly ArgSpec s_splitlinesSpec = new("splitlines", ["keepends"]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Cp<T>(T value)
        where T : unmanaged
    {
        if (typeof(T) == typeof(char))
        {
            return Unsafe.As<T, char>(ref value);
        }

        return Unsafe.As<T, int>(ref value);
    }

    /// <summary>Whether a split/strip can work on UTF-16 units directly: no surrogates in either str.</summary>
    private static bool BothNarrow(PyStr a, PyStr? b) => a.IsNarrow && (b is null || b.IsNarrow);

    private static PyObject? Split(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => SplitMethod(self, args, kwnames, s_splitSpec, false);

    private static PyObject? RSplit(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => SplitMethod(self, args, kwnames, s_rsplitSpec, true);

    private static PyObject? SplitMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, ArgSpec spec, bool reverse)
    {
        Span<PyObject?> slots = [null, null];
        if (!spec.Parse(args, kwnames, slots))
        {
            return null;
        }

        PyStr? sep = null;
        if (slots[0] is { } sepObj && !ReferenceEquals(sepObj, PyNone.Instance))
        {
            sep = sepObj as PyStr;
            if (sep is null)
            {
                return PyErr.TypeError($"must be str or None, not {sepObj.Type.Name}");
            }
        }

        long maxsplit = -1;
        if (slots[1] is { } maxObj && !StrArgs.SsizeArg(maxObj, out maxsplit))
        {
            return null;
        }

        var s = (PyStr)self;
        if (sep is not null && sep.Length == 0)
        {
            return PyErr.ValueError("empty separator");
        }

        return s.SplitToList(sep, maxsplit < 0 ? long.MaxValue : maxsplit, reverse);
    }

    /// <summary>str.split / str.rsplit: <paramref name="sep"/> null splits on runs of whitespace.</summary>
    public PyList SplitToList(PyStr? sep, long maxsplit, bool reverse)
    {
        var list = new PyList();
        if (BothNarrow(this, sep))
        {
            SplitCore<char>(list, Value.AsSpan(), sep is null ? default : sep.Value.AsSpan(), sep is null, maxsplit, reverse);
        }
        else
        {
            SplitCore<int>(list, GetCodePoints(), sep is null ? default : sep.GetCodePoints(), sep is null, maxsplit, reverse);
        }

        return list;
    }

    private static void SplitCore<T>(PyList list, ReadOnlySpan<T> s, ReadOnlySpan<T> sep, bool whitespace, long maxcount, bool reverse)
        where T : unmanaged, IEquatable<T>
    {
        int n = s.Length;
        if (whitespace)
        {
            if (!reverse)
            {
                int i = 0;
                while (maxcount-- > 0)
                {
                    while (i < n && UnicodeCType.IsSpace(Cp(s[i])))
                    {
                        i++;
                    }

                    if (i == n)
                    {
                        break;
                    }

                    int j = i++;
                    while (i < n && !UnicodeCType.IsSpace(Cp(s[i])))
                    {
                        i++;
                    }

                    list.Append(Make(s[j..i]));
                }

                if (i < n)
                {
                    while (i < n && UnicodeCType.IsSpace(Cp(s[i])))
                    {
                        i++;
                    }

                    if (i != n)
                    {
                        list.Append(Make(s[i..]));
                    }
                }
            }
            else
            {
                int i = n - 1;
                while (maxcount-- > 0)
                {
                    while (i >= 0 && UnicodeCType.IsSpace(Cp(s[i])))
                    {
                        i--;
                    }

                    if (i < 0)
                    {
                        break;
                    }

                    int j = i--;
                    while (i >= 0 && !UnicodeCType.IsSpace(Cp(s[i])))
                    {
                        i--;
                    }

                    list.Append(Make(s[(i + 1)..(j + 1)]));
                }

                if (i >= 0)
                {
                    while (i >= 0 && UnicodeCType.IsSpace(Cp(s[i])))
                    {
                        i--;
                    }

                    if (i >= 0)
                    {
                        list.Append(Make(s[..(i + 1)]));
                    }
                }

                list.AsSpan().Reverse();
            }

            return;
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

                list.Append(Make(s.Slice(start, k)));
                start += k + sep.Length;
            }

            list.Append(Make(s[start..]));
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

                list.Append(Make(s[(k + sep.Length)..end]));
                end = k;
            }

            list.Append(Make(s[..end]));
            list.AsSpan().Reverse();
        }
    }

    /// <summary>A new str from UTF-16 units without surrogates, or from code points.</summary>
    internal static PyStr Make<T>(ReadOnlySpan<T> span)
        where T : unmanaged
    {
        if (typeof(T) == typeof(char))
        {
            var chars = System.Runtime.InteropServices.MemoryMarshal.Cast<T, char>(span);
            return chars.Length switch
            {
                0 => Empty,
                1 => FromCodePoint(chars[0]),
                _ => new PyStr(new string(chars)),
            };
        }

        return FromCodePoints(System.Runtime.InteropServices.MemoryMarshal.Cast<T, int>(span));
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

        var s = (PyStr)self;
        var list = new PyList();
        if (s.IsNarrow)
        {
            SplitLinesCore<char>(list, s.Value.AsSpan(), keepends);
        }
        else
        {
            SplitLinesCore<int>(list, s.GetCodePoints(), keepends);
        }

        return list;
    }

    /// <summary>The line boundaries of str.splitlines (Py_UNICODE_ISLINEBREAK).</summary>
    public static bool IsLineBreak(int c) => c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    private static void SplitLinesCore<T>(PyList list, ReadOnlySpan<T> s, bool keepends)
        where T : unmanaged
    {
        int n = s.Length;
        int i = 0;
        while (i < n)
        {
            int j = i;
            while (i < n && !IsLineBreak(Cp(s[i])))
            {
                i++;
            }

            int eol = i;
            if (i < n)
            {
                if (Cp(s[i]) == '\r' && i + 1 < n && Cp(s[i + 1]) == '\n')
                {
                    i += 2;
                }
                else
                {
                    i++;
                }

                if (keepends)
                {
                    eol = i;
                }
            }

            list.Append(Make(s[j..eol]));
        }
    }

    private static PyObject? Partition(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => PartitionMethod("str.partition", self, args, kwnames, false);

    private static PyObject? RPartition(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => PartitionMethod("str.rpartition", self, args, kwnames, true);

    private static PyObject? PartitionMethod(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool reverse)
    {
        if (!Args.ExactlyOne(name, args, kwnames))
        {
            return null;
        }

        if (args[0] is not PyStr sep)
        {
            return PyErr.TypeError($"must be str, not {args[0].Type.Name}");
        }

        if (sep.Length == 0)
        {
            return PyErr.ValueError("empty separator");
        }

        var s = (PyStr)self;
        long at = reverse ? s.LastIndexOf(sep, 0, long.MaxValue) : s.IndexOf(sep, 0, long.MaxValue);
        if (at < 0)
        {
            // stringlib's partition hands back the receiver itself (a subclass instance stays one).
            return reverse ? new PyTuple([Empty, Empty, s]) : new PyTuple([s, Empty, Empty]);
        }

        int m = sep.Length;
        return new PyTuple([s.Substring(0, (int)at), sep, s.Substring((int)at + m, s.Length - (int)at - m)]);
    }
}
