using System.Text;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Interpreter;

// Building containers and strings, unpacking, f-string formatting.
public static partial class PyEval
{
    // BUILD_SLICE: two or three values from the stack, the step None when absent.
    private static PySlice BuildSlice(PyObject[] v, int sp, int n) =>
        n == 2 ? new PySlice(v[sp - 2], v[sp - 1], PyNone.Instance) : new PySlice(v[sp - 3], v[sp - 2], v[sp - 1]);

    // BUILD_SET: the items added in source order (set_add_key), so the table layout is CPython's.
    private static PySet? BuildSet(ReadOnlySpan<PyObject> items)
    {
        var set = new PySet();
        for (int i = 0; i < items.Length; i++)
        {
            if (!set.Add(items[i]))
            {
                return null;
            }
        }

        return set;
    }

    private static readonly PyStr s_keys = new("keys");

    private static PyStr BuildString(ReadOnlySpan<PyObject> parts)
    {
        bool codePoints = false;
        int length = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            var s = (PyStr)parts[i];
            codePoints |= s.CodePoints is not null;
            length += s.Value.Length;
        }

        if (codePoints)
        {
            var cps = new List<int>(length);
            for (int i = 0; i < parts.Length; i++)
            {
                AppendCodePoints(cps, (PyStr)parts[i]);
            }

            return new PyStr(cps.ToArray());
        }

        var sb = new StringBuilder(length);
        for (int i = 0; i < parts.Length; i++)
        {
            sb.Append(((PyStr)parts[i]).Value);
        }

        return PyStr.From(sb.ToString());
    }

    private static void AppendCodePoints(List<int> cps, PyStr s)
    {
        if (s.CodePoints is { } existing)
        {
            cps.AddRange(existing);
            return;
        }

        var text = s.Value;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cps.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else
            {
                cps.Add(text[i]);
            }
        }
    }

    /// <summary>LIST_EXTEND, SET_UPDATE, SET_ADD, DICT_UPDATE and DICT_MERGE.</summary>
    private static bool Extend(Opcode op, PyObject target, PyObject source, PyObject[] v, int sp, int arg)
    {
        switch (op)
        {
            case Opcode.SetAdd:
                return ((PyAnySet)target).Add(source);
            case Opcode.SetUpdate:
                return ((PyAnySet)target).Update(source);
            case Opcode.ListExtend:
                return ListExtend((PyList)target, source);
            case Opcode.DictUpdate:
                if (!DictUpdate((PyDict)target, source, merge: false, null))
                {
                    if (PyErr.ExceptionMatches(PyExc.AttributeError) && !HasKeys(source))
                    {
                        PyErr.Clear();
                        PyErr.TypeError($"'{source.Type.Name}' object is not a mapping");
                    }

                    return false;
                }

                return true;
            default:
                {
                    // DICT_MERGE: the callable sits at stack position arg + 2 from the top after the pop.
                    var callee = v[sp - 1 - (arg + 2)];
                    if (!DictUpdate((PyDict)target, source, merge: true, callee))
                    {
                        if (PyErr.ExceptionMatches(PyExc.AttributeError) && !HasKeys(source))
                        {
                            PyErr.Clear();
                            PyErr.TypeError($"{Describe.FunctionStr(callee)} argument after ** must be a mapping, not {source.Type.Name}");
                        }

                        return false;
                    }

                    return true;
                }
        }
    }

    private static bool HasKeys(PyObject o) => o.Type.Lookup(s_keys) is not null;

    internal static bool ListExtend(PyList list, PyObject source)
    {
        if (source is PyList other)
        {
            foreach (var item in other.AsSpan().ToArray())
            {
                list.Append(item);
            }

            return true;
        }

        if (source is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
            {
                list.Append(item);
            }

            return true;
        }

        if (source.Type.Iter is null && source.Type.GetItem is null)
        {
            PyErr.TypeError($"Value after * must be an iterable, not {source.Type.Name}");
            return false;
        }

        var it = PyIter.GetIter(source);
        if (it is null)
        {
            return false;
        }

        while (PyIter.TryNext(it, out var x))
        {
            list.Append(x);
        }

        return !PyErr.Occurred;
    }

    /// <summary>
    /// dict.update(source) (merge = false, PyDict_Update) or the ** merge of a
    /// call (_PyDict_MergeEx with override 2), whose repeated key becomes
    /// format_kwargs_error's "got multiple values" with the key's str().
    /// </summary>
    internal static bool DictUpdate(PyDict target, PyObject source, bool merge, PyObject? callee)
    {
        if (!merge)
        {
            return target.Merge(source, overwrite: true);
        }

        if (target.MergeEx(source, PyDict.MergeMode.RejectDuplicate, out var duplicate))
        {
            return true;
        }

        if (duplicate is not null)
        {
            var text = PyOps.Str(duplicate);
            if (text is PyStr str)
            {
                PyErr.TypeError($"{Describe.FunctionStr(callee!)} got multiple values for keyword argument '{str.Value}'");
            }
        }

        return false;
    }

    /// <summary>UNPACK_SEQUENCE: writes the n items from v[pos + n - 1] (first item) down to v[pos] (last).</summary>
    private static bool UnpackSequence(PyObject seq, PyObject[] v, int pos, int n)
    {
        ReadOnlySpan<PyObject> items;
        if (seq is PyTuple t && ReferenceEquals(seq.Type, PyTuple.TypeObject))
        {
            items = t.Items;
        }
        else if (seq is PyList l && ReferenceEquals(seq.Type, PyList.TypeObject))
        {
            items = l.AsSpan();
        }
        else
        {
            return UnpackIterable(seq, v, pos, n, -1);
        }

        if (items.Length != n)
        {
            if (items.Length < n)
            {
                PyErr.ValueError($"not enough values to unpack (expected {n}, got {items.Length})");
            }
            else
            {
                PyErr.ValueError($"too many values to unpack (expected {n})");
            }

            return false;
        }

        for (int i = 0; i < n; i++)
        {
            v[pos + n - 1 - i] = items[i];
        }

        return true;
    }

    private static bool UnpackEx(PyObject seq, PyObject[] v, int pos, int before, int after) =>
        UnpackIterable(seq, v, pos, before, after);

    /// <summary>3.11's unpack_iterable: <paramref name="after"/> is -1 without a starred target.</summary>
    private static bool UnpackIterable(PyObject seq, PyObject[] v, int pos, int before, int after)
    {
        if (seq.Type.Iter is null && seq.Type.GetItem is null)
        {
            PyErr.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
            return false;
        }

        var it = PyIter.GetIter(seq);
        if (it is null)
        {
            return false;
        }

        int total = after < 0 ? before : before + 1 + after;
        int top = pos + total - 1;
        for (int i = 0; i < before; i++)
        {
            if (!PyIter.TryNext(it, out var item))
            {
                if (!PyErr.Occurred)
                {
                    if (after < 0)
                    {
                        PyErr.ValueError($"not enough values to unpack (expected {before}, got {i})");
                    }
                    else
                    {
                        PyErr.ValueError($"not enough values to unpack (expected at least {before + after}, got {i})");
                    }
                }

                return false;
            }

            v[top - i] = item;
        }

        if (after < 0)
        {
            if (PyIter.TryNext(it, out _))
            {
                PyErr.ValueError($"too many values to unpack (expected {before})");
                return false;
            }

            return !PyErr.Occurred;
        }

        var rest = new PyList();
        if (!ListExtend(rest, it))
        {
            return false;
        }

        if (rest.Count < after)
        {
            PyErr.ValueError($"not enough values to unpack (expected at least {before + after}, got {before + rest.Count})");
            return false;
        }

        int listLength = rest.Count - after;
        for (int i = 0; i < after; i++)
        {
            v[pos + after - 1 - i] = rest[listLength + i];
        }

        v[pos + after] = PyList.Create(rest.AsSpan()[..listLength]);
        return true;
    }

    private static readonly PyStr s_format = new("__format__");

    /// <summary>FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii; then format(value, spec).</summary>
    private static PyObject? FormatValue(PyObject value, int conversion, PyObject? spec)
    {
        PyObject? converted = conversion switch
        {
            1 => PyOps.Str(value),
            2 => PyOps.Repr(value),
            3 => Ascii(value),
            _ => value,
        };
        if (converted is null)
        {
            return null;
        }

        if (converted is PyStr && ReferenceEquals(converted.Type, PyStr.TypeObject) && (spec is null || ((PyStr)spec).Value.Length == 0))
        {
            return converted;
        }

        return Format(converted, spec ?? PyStr.Empty);
    }

    /// <summary>format(value, spec) (PyObject_Format).</summary>
    internal static PyObject? Format(PyObject value, PyObject spec)
    {
        var method = PyCall.LookupSpecial(value, s_format);
        if (method is null)
        {
            return PyErr.Occurred ? null : PyErr.TypeError($"Type {value.Type.Name} doesn't define __format__");
        }

        var result = PyCall.Call(method, spec);
        if (result is not null && result is not PyStr)
        {
            return PyErr.TypeError($"__format__ must return a str, not {result.Type.Name}");
        }

        return result;
    }

    /// <summary>ascii(o): repr with every non-ASCII code point escaped.</summary>
    internal static PyObject? Ascii(PyObject value)
    {
        if (PyOps.Repr(value) is not PyStr repr)
        {
            return null;
        }

        var text = repr.Value;
        bool ascii = true;
        foreach (char c in text)
        {
            if (c > 0x7f)
            {
                ascii = false;
                break;
            }
        }

        if (ascii && repr.CodePoints is null)
        {
            return repr;
        }

        var cps = new List<int>();
        AppendCodePoints(cps, repr);
        var sb = new StringBuilder(text.Length + 16);
        foreach (int cp in cps)
        {
            if (cp < 0x80)
            {
                sb.Append((char)cp);
            }
            else if (cp < 0x100)
            {
                sb.Append("\\x").Append(cp.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (cp < 0x10000)
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
}
