using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Text;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Builtins;

public static partial class BuiltinsModule
{
    private static readonly ArgSpec s_powSpec = new("pow", ["base", "exp", "mod"], required: 2);
    private static readonly ArgSpec s_roundSpec = new("round", ["number", "ndigits"], required: 1);
    private static readonly ArgSpec s_sumSpec = new("sum", ["iterable", "start"], posOnly: 1, required: 1);
    private static readonly PyStr s_round = new("__round__");
    private static readonly PyStr s_format = new("__format__");

    private static void AddNumberFunctions(PyDict d)
    {
        Add(d, "abs", static (args, kw) => Args.ExactlyOne("abs", args, kw) ? PyNumber.Absolute(args[0]) : null);
        Add(d, "divmod", static (args, kw) => Args.Positional("divmod", args, kw, 2, 2) ? PyNumber.Divmod(args[0], args[1]) : null);
        Add(d, "pow", static (args, kw) =>
        {
            Span<PyObject?> a = [null, null, null];
            return s_powSpec.Parse(args, kw, a) ? PyNumber.Power(a[0]!, a[1]!, a[2] ?? PyNone.Instance) : null;
        });
        Add(d, "round", Round);
        Add(d, "sum", Sum);
        Add(d, "bin", static (args, kw) => Args.ExactlyOne("bin", args, kw) ? ToBase(args[0], 2) : null);
        Add(d, "oct", static (args, kw) => Args.ExactlyOne("oct", args, kw) ? ToBase(args[0], 8) : null);
        Add(d, "hex", static (args, kw) => Args.ExactlyOne("hex", args, kw) ? ToBase(args[0], 16) : null);
        Add(d, "chr", Chr);
        Add(d, "ord", Ord);
        Add(d, "format", Format);
        Add(d, "ascii", static (args, kw) =>
        {
            if (!Args.ExactlyOne("ascii", args, kw))
            {
                return null;
            }

            var r = PyOps.Repr(args[0]);
            return r is null ? null : AsciiOf((PyStr)r);
        });
    }

    private static PyObject? ToBase(PyObject o, int radix)
    {
        var i = PyNumber.Index(o);
        if (i is null)
        {
            return null;
        }

        return new PyStr(IntFormatter.ToBase(i.ToBigInteger(), radix, prefix: true));
    }

    /// <summary>The repr text with every non-ASCII code point escaped (PyObject_ASCII).</summary>
    private static PyStr AsciiOf(PyStr repr)
    {
        string s = repr.Value;
        int i = 0;
        while (i < s.Length && s[i] < 0x80)
        {
            i++;
        }

        if (i == s.Length && repr.CodePoints is null)
        {
            return repr;
        }

        var sb = new System.Text.StringBuilder(s.Length + 8);
        int[]? cps = repr.CodePoints;
        int n = cps?.Length ?? s.Length;
        for (int k = 0; k < n; k++)
        {
            int cp;
            if (cps is not null)
            {
                cp = cps[k];
            }
            else
            {
                cp = s[k];
                if (char.IsHighSurrogate(s[k]) && k + 1 < s.Length && char.IsLowSurrogate(s[k + 1]))
                {
                    cp = char.ConvertToUtf32(s[k], s[k + 1]);
                    k++;
                }
            }

            if (cp < 0x80)
            {
                sb.Append((char)cp);
            }
            else if (cp <= 0xFF)
            {
                sb.Append("\\x").Append(cp.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (cp <= 0xFFFF)
            {
                sb.Append("\\u").Append(cp.ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\U").Append(cp.ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return new PyStr(sb.ToString());
    }

    private static PyObject? Chr(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("chr", args, kwnames) || !Conversions.AsInt32(args[0], out int cp))
        {
            return null;
        }

        if (cp is < 0 or > 0x10FFFF)
        {
            return PyErr.ValueError("chr() arg not in range(0x110000)");
        }

        // The one-character strs below 256 are shared, as CPython's latin-1 singletons.
        return PyStr.FromCodePoint(cp);
    }

    private static PyObject? Ord(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("ord", args, kwnames))
        {
            return null;
        }

        var o = args[0];
        if (o is PyStr s)
        {
            if (s.Length == 1)
            {
                return PyInt.From(PyUnicodeError.CodePointAt(s, 0));
            }

            return PyErr.TypeError($"ord() expected a character, but string of length {s.Length} found");
        }

        // bytes and bytearray: one item, its value.
        if (o.Type.HasFlag(TypeFlags.BytesSubclass) || IsBytearray(o))
        {
            long n = PySequence.Length(o);
            if (n < 0)
            {
                return null;
            }

            if (n == 1)
            {
                return PySequence.GetItem(o, PyInt.Zero);
            }

            return PyErr.TypeError($"ord() expected a character, but string of length {n} found");
        }

        return PyErr.TypeError($"ord() expected string of length 1, but {o.Type.Name} found");
    }

    /// <summary>format(value[, format_spec]): type(value).__format__(value, spec), which must return a str.</summary>
    private static PyObject? Format(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("format", args, kwnames, 1, 2))
        {
            return null;
        }

        PyStr spec = PyStr.Empty;
        if (args.Length == 2)
        {
            if (args[1] is not PyStr s)
            {
                return PyErr.TypeError($"format() argument 2 must be str, not {StrArgs.TypeNameForError(args[1])}");
            }

            spec = s;
        }

        return FormatObject(args[0], spec);
    }

    /// <summary>PyObject_Format: the value's __format__ with <paramref name="spec"/>; a str is its own result for an empty spec.</summary>
    public static PyObject? FormatObject(PyObject value, PyStr spec)
    {
        if (spec.Value.Length == 0 && ReferenceEquals(value.Type, PyStr.TypeObject))
        {
            return value;
        }

        var method = PyCall.LookupSpecial(value, s_format);
        if (method is null)
        {
            return PyErr.Occurred ? null : PyErr.TypeError($"Type {value.Type.Name} doesn't define __format__");
        }

        var result = PyCall.Call(method, spec);
        if (result is null || result is PyStr)
        {
            return result;
        }

        return PyErr.TypeError($"__format__ must return a str, not {result.Type.Name}");
    }

    /// <summary>round(number, ndigits=None): type(number).__round__(number[, ndigits]).</summary>
    private static PyObject? Round(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = [null, null];
        if (!s_roundSpec.Parse(args, kwnames, a))
        {
            return null;
        }

        var number = a[0]!;
        var method = PyCall.LookupSpecial(number, s_round);
        if (method is null)
        {
            return PyErr.Occurred ? null : PyErr.TypeError($"type {number.Type.Name} doesn't define __round__ method");
        }

        return a[1] is null or PyNone ? PyCall.Call(method) : PyCall.Call(method, a[1]!);
    }

    /// <summary>
    /// sum(iterable, /, start=0) (builtin_sum_impl): refuses str, bytes and
    /// bytearray starts; exact ints add in 64 bits until they overflow, exact
    /// floats in a double (3.11 adds plainly, without compensation), then the
    /// generic + for the rest.
    /// </summary>
    private static PyObject? Sum(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = [null, null];
        if (!s_sumSpec.Parse(args, kwnames, a))
        {
            return null;
        }

        var result = a[1] ?? PyInt.Zero;
        if (result is PyStr)
        {
            return PyErr.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        }

        if (result.Type.HasFlag(TypeFlags.BytesSubclass))
        {
            return PyErr.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }

        if (IsBytearray(result))
        {
            return PyErr.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }

        if (!ItemCursor.Open(a[0]!, out var it))
        {
            return null;
        }

        // Exact ints: accumulate in a long while it fits.
        if (ReferenceEquals(result.Type, PyInt.TypeObject) && ((PyInt)result).IsSmall)
        {
            long acc = ((PyInt)result).Small;
            while (true)
            {
                if (!it.Next(out var item))
                {
                    return PyErr.Occurred ? null : PyInt.From(acc);
                }

                if (item is PyInt { IsSmall: true } small && ReferenceEquals(item.Type, PyInt.TypeObject)
                    && !OverflowAdd(acc, small.Small, out long sum))
                {
                    acc = sum;
                    continue;
                }

                if (item is PyFloat f && ReferenceEquals(item.Type, PyFloat.TypeObject))
                {
                    return SumFloats(ref it, acc + f.Value);
                }

                result = PyNumber.Add(PyInt.From(acc), item);
                if (result is null)
                {
                    return null;
                }

                break;
            }
        }
        else if (result is PyFloat start && ReferenceEquals(result.Type, PyFloat.TypeObject))
        {
            return SumFloats(ref it, start.Value);
        }

        while (it.Next(out var item))
        {
            result = PyNumber.Add(result, item);
            if (result is null)
            {
                return null;
            }
        }

        return PyErr.Occurred ? null : result;
    }

    private static PyObject? SumFloats(ref ItemCursor it, double acc)
    {
        while (it.Next(out var item))
        {
            if (item is PyFloat f && ReferenceEquals(item.Type, PyFloat.TypeObject))
            {
                acc += f.Value;
                continue;
            }

            if (item is PyInt { IsSmall: true } i && ReferenceEquals(item.Type, PyInt.TypeObject) && Math.Abs(i.Small) < (1L << 53))
            {
                acc += i.Small;
                continue;
            }

            var result = PyNumber.Add(new PyFloat(acc), item);
            if (result is null)
            {
                return null;
            }

            while (it.Next(out var rest))
            {
                result = PyNumber.Add(result, rest);
                if (result is null)
                {
                    return null;
                }
            }

            return PyErr.Occurred ? null : result;
        }

        return PyErr.Occurred ? null : new PyFloat(acc);
    }

    private static bool OverflowAdd(long a, long b, out long sum)
    {
        sum = unchecked(a + b);
        return ((a ^ sum) & (b ^ sum)) < 0;
    }

    private static bool IsBytearray(PyObject o)
    {
        foreach (var t in o.Type.Mro)
        {
            if (t.Name == "bytearray" && !t.IsHeapType)
            {
                return true;
            }
        }

        return false;
    }
}
