using System.Runtime.CompilerServices;
using System.Text;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;
using Ember.Syntax.Text;

namespace Ember.Runtime.Objects;

public partial class PyStr
{
    /// <summary>The longest str Ember makes, in UTF-16 units; longer results are MemoryError (CPython would fail to allocate).</summary>
    internal const long MaxUnits = 0x3FFF_FFDF;

    private static partial void InitSlots(PyType type)
    {
        type.Repr = static self => new PyStr(ReprOf((PyStr)self));
        type.Str = static self => ReferenceEquals(self.Type, TypeObject) ? self : Exact((PyStr)self);
        type.Hash = static self => ((PyStr)self).Hash;
        type.RichCompare = RichCompareSlot;
        type.Length = static self => ((PyStr)self).Length;
        type.Contains = ContainsSlot;
        type.Concat = ConcatSlot;
        type.Repeat = static (self, count) => ((PyStr)self).Repeat(count);
        type.GetItem = GetItemSlot;
        type.Iter = static self => new PyStrIterator((PyStr)self);
        type.Remainder = RemainderSlot;
        type.New = NewSlot;
    }

    /// <summary>An exact str with the code points of <paramref name="s"/> (itself when it is exact).</summary>
    public static PyStr Exact(PyStr s)
    {
        if (ReferenceEquals(s.Type, TypeObject))
        {
            return s;
        }

        return s.CodePoints is not null ? new PyStr(s.CodePoints) : From(s.Value);
    }

    /// <summary>repr() of a str as .NET text.</summary>
    public static string ReprOf(PyStr s)
    {
        var sb = new StringBuilder(s.Value.Length + 2);
        if (s.CodePoints is not null)
        {
            PyRepr.AppendStr(sb, new Ember.Syntax.Ast.SurrogateString(s.CodePoints));
        }
        else
        {
            PyRepr.AppendStr(sb, s.Value);
        }

        return sb.ToString();
    }

    /// <summary>Compares by code point: negative, zero or positive.</summary>
    public int CompareTo(PyStr other)
    {
        if (IsNarrow && other.IsNarrow)
        {
            return string.CompareOrdinal(Value, other.Value);
        }

        return GetCodePoints().AsSpan().SequenceCompareTo(other.GetCodePoints());
    }

    private static PyObject? RichCompareSlot(PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyStr b)
        {
            return PyNotImplemented.Instance;
        }

        var a = (PyStr)self;
        if (op is CompareOp.Eq or CompareOp.Ne)
        {
            bool eq = a.EqualsStr(b) || (a.CodePoints is null != (b.CodePoints is null) && a.CompareTo(b) == 0);
            return PyBool.From(eq == (op == CompareOp.Eq));
        }

        int c = a.CompareTo(b);
        return PyBool.From(op switch
        {
            CompareOp.Lt => c < 0,
            CompareOp.Le => c <= 0,
            CompareOp.Gt => c > 0,
            _ => c >= 0,
        });
    }

    private static int ContainsSlot(PyObject self, PyObject item)
    {
        if (item is not PyStr needle)
        {
            PyErr.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
            return -1;
        }

        return ((PyStr)self).IndexOf(needle, 0, int.MaxValue) >= 0 ? 1 : 0;
    }

    private static PyObject? ConcatSlot(PyObject left, PyObject right)
    {
        if (left is not PyStr a)
        {
            return PyErr.TypeError($"can only concatenate str (not \"{left.Type.Name}\") to str");
        }

        if (right is not PyStr b)
        {
            return PyErr.TypeError($"can only concatenate str (not \"{right.Type.Name}\") to str");
        }

        return Concat(a, b);
    }

    /// <summary>a + b for two strs.</summary>
    public static PyObject? Concat(PyStr a, PyStr b)
    {
        if (b.Value.Length == 0 && ReferenceEquals(a.Type, TypeObject))
        {
            return a;
        }

        if (a.Value.Length == 0 && ReferenceEquals(b.Type, TypeObject))
        {
            return b;
        }

        if ((long)a.Value.Length + b.Value.Length > MaxUnits)
        {
            return PyErr.NoMemory();
        }

        if (a.CodePoints is null && b.CodePoints is null
            && !(a.Value.Length > 0 && char.IsHighSurrogate(a.Value[^1]) && b.Value.Length > 0 && char.IsLowSurrogate(b.Value[0])))
        {
            return new PyStr(string.Concat(a.Value, b.Value));
        }

        // Lone surrogates at the seam may now sit next to each other.
        var cps = new int[a.Length + b.Length];
        a.GetCodePoints().CopyTo(cps, 0);
        b.GetCodePoints().CopyTo(cps, a.Length);
        return new PyStr(cps);
    }

    /// <summary>self * count (a negative count gives the empty str).</summary>
    public PyObject? Repeat(long count)
    {
        if (count <= 0 || Value.Length == 0)
        {
            return Empty;
        }

        if (count == 1 && ReferenceEquals(Type, TypeObject))
        {
            return this;
        }

        if (count > long.MaxValue / Value.Length)
        {
            return PyErr.OverflowError("repeated string is too long");
        }

        if (Value.Length * count > MaxUnits)
        {
            return PyErr.NoMemory();
        }

        if (CodePoints is not null || (!IsNarrow && count > 1 && IsLoneLow(Value[0]) && IsLoneHigh(Value[^1])))
        {
            var src = GetCodePoints();
            var cps = new int[src.Length * count];
            for (long i = 0; i < count; i++)
            {
                src.CopyTo(cps, i * src.Length);
            }

            return new PyStr(cps);
        }

        if (Value.Length == 1)
        {
            return new PyStr(new string(Value[0], (int)count));
        }

        var sb = new StringBuilder(checked((int)(Value.Length * count)));
        for (long i = 0; i < count; i++)
        {
            sb.Append(Value);
        }

        return new PyStr(sb.ToString());
    }

    private static bool IsLoneLow(char c) => char.IsLowSurrogate(c);

    private static bool IsLoneHigh(char c) => char.IsHighSurrogate(c);

    private static PyObject? GetItemSlot(PyObject self, PyObject key)
    {
        var s = (PyStr)self;
        if (key is PyInt i && i.IsSmall)
        {
            return s.ItemAt(i.Small);
        }

        if (StrArgs.IsIndex(key))
        {
            if (!PyNumber.AsSsize(key, out long index))
            {
                return null;
            }

            return s.ItemAt(index);
        }

        return s.GetItemSlow(key);
    }

    private PyObject? ItemAt(long index)
    {
        int n = Length;
        if (index < 0)
        {
            index += n;
        }

        if ((ulong)index >= (ulong)n)
        {
            return PyErr.IndexError("string index out of range");
        }

        return FromCodePoint(CodePointAt((int)index));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private PyObject? GetItemSlow(PyObject key)
    {
        if (StrSlicing.TryGetSlice(this, key, out var result))
        {
            return result;
        }

        return PyErr.TypeError($"string indices must be integers, not '{key.Type.Name}'");
    }

    /// <summary>The code points [start, start + count) as a new str.</summary>
    public PyStr Substring(int start, int count)
    {
        if (count <= 0)
        {
            return Empty;
        }

        if (start == 0 && count == Length && ReferenceEquals(Type, TypeObject))
        {
            return this;
        }

        if (IsNarrow)
        {
            return count == 1 ? FromCodePoint(Value[start]) : new PyStr(Value.Substring(start, count));
        }

        return FromCodePoints(GetCodePoints().AsSpan(start, count));
    }

    /// <summary>The code points at start, start + step, ... (<paramref name="count"/> of them).</summary>
    public PyStr Slice(long start, long step, long count)
    {
        if (count <= 0)
        {
            return Empty;
        }

        if (step == 1)
        {
            return Substring((int)start, (int)count);
        }

        if (IsNarrow)
        {
            var chars = count <= 256 ? stackalloc char[(int)count] : new char[count];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = Value[(int)(start + (i * step))];
            }

            return new PyStr(new string(chars));
        }

        var src = GetCodePoints();
        var cps = new int[count];
        for (int i = 0; i < cps.Length; i++)
        {
            cps[i] = src[start + (i * step)];
        }

        return FromCodePoints(cps);
    }

    private static PyObject? RemainderSlot(PyObject left, PyObject right)
    {
        if (left is not PyStr format)
        {
            return PyNotImplemented.Instance;
        }

        return StrPercent.Format(format, right);
    }

    private static readonly ArgSpec s_newSpec = new("str", ["object", "encoding", "errors"]);

    private static PyObject? NewSlot(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        PyStr? value;
        if (args.Length == 1 && kwnames is null)
        {
            value = PyOps.Str(args[0]) as PyStr;
        }
        else if (args.Length == 0)
        {
            value = Empty;
        }
        else
        {
            Span<PyObject?> slots = new PyObject?[3];
            if (!s_newSpec.Parse(args, kwnames, slots))
            {
                return null;
            }

            value = slots[1] is null && slots[2] is null
                ? (slots[0] is null ? Empty : PyOps.Str(slots[0]!) as PyStr)
                : DecodeForNew(slots[0], slots[1], slots[2]);
        }

        if (value is null)
        {
            return null;
        }

        if (ReferenceEquals(type, TypeObject))
        {
            // unicode_new_impl: str(x) is whatever PyObject_Str gave, a str subclass
            // included (str's own __str__ makes exact copies of subclass instances).
            return value;
        }

        return new PyStrSubclass(type, value);
    }

    private static PyStr? DecodeForNew(PyObject? obj, PyObject? encoding, PyObject? errors)
    {
        string? enc = null, err = null;
        if (encoding is not null)
        {
            if (encoding is not PyStr es)
            {
                PyErr.TypeError($"str() argument 'encoding' must be str, not {StrArgs.TypeNameForError(encoding)}");
                return null;
            }

            enc = es.Value;
        }

        if (errors is not null)
        {
            if (errors is not PyStr rs)
            {
                PyErr.TypeError($"str() argument 'errors' must be str, not {StrArgs.TypeNameForError(errors)}");
                return null;
            }

            err = rs.Value;
        }

        if (obj is null)
        {
            return Empty;
        }

        if (obj is PyStr)
        {
            PyErr.TypeError("decoding str is not supported");
            return null;
        }

        if (!Codecs.BytesLike.TryGetBytes(obj, out var data))
        {
            PyErr.TypeError($"decoding to str: need a bytes-like object, {obj.Type.Name} found");
            return null;
        }

        return Codecs.PyCodecs.DecodeObject(data, enc ?? "utf-8", err) as PyStr;
    }
}

/// <summary>An instance of a Python subclass of str: the text plus an instance dict.</summary>
public sealed class PyStrSubclass : PyStr, IInstanceDict
{
    public PyStrSubclass(PyType type, PyStr value)
        : base(type, value)
    {
    }

    public PyDict? Dict { get; set; }
}
