using System.Text;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public partial class PyDict
{
    private static readonly PyStr s_missing = new("__missing__");

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        ReferenceEquals(type, TypeObject) ? new PyDict() : new PyDictSubclass(type);

    private static bool Init(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        if (!Args.Positional("dict", args[..(args.Length - nkw)], null, 0, 1))
        {
            return false;
        }

        var d = (PyDict)self;
        if (args.Length - nkw == 1 && !d.UpdateArg(args[0]))
        {
            return false;
        }

        return nkw == 0 || d.MergeKeywords(args[(args.Length - nkw)..], kwnames!);
    }

    internal bool MergeKeywords(ReadOnlySpan<PyObject> values, PyTuple names)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!SetItem(names.Items[i], values[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static PyObject? Repr(PyObject self)
    {
        var d = (PyDict)self;
        if (d._count == 0)
        {
            return new PyStr("{}");
        }

        if (!ContainerHelpers.ReprEnter(d))
        {
            return new PyStr("{...}");
        }

        var sb = new StringBuilder();
        sb.Append('{');
        bool first = true;
        int pos = 0;
        while (d.Next(ref pos, out var key, out var value))
        {
            if (!first)
            {
                sb.Append(", ");
            }

            first = false;
            var k = PyOps.ReprString(key);
            var v = k is null ? null : PyOps.ReprString(value);
            if (v is null)
            {
                ContainerHelpers.ReprLeave(d);
                return null;
            }

            sb.Append(k).Append(": ").Append(v);
        }

        sb.Append('}');
        ContainerHelpers.ReprLeave(d);
        return new PyStr(sb.ToString());
    }

    /// <summary>dict_equal: 1 when both have the same keys with equal values, 0 if not, -1 on error.</summary>
    public static int DictEqual(PyDict a, PyDict b)
    {
        if (a._count != b._count)
        {
            return 0;
        }

        for (int i = 0; i < a._used; i++)
        {
            if (!a.TryGetEntry(i, out var key, out var aval, out long hash))
            {
                continue;
            }

            var bval = b.GetItemKnownHash(key, hash);
            if (bval is null)
            {
                return PyErr.Occurred ? -1 : 0;
            }

            int k = PyOps.RichCompareBool(aval, bval, CompareOp.Eq);
            if (k <= 0)
            {
                return k;
            }
        }

        return 1;
    }

    private static PyObject? RichCompare(PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyDict o || (op != CompareOp.Eq && op != CompareOp.Ne))
        {
            return PyNotImplemented.Instance;
        }

        int k = DictEqual((PyDict)self, o);
        if (k < 0)
        {
            return null;
        }

        return PyBool.From((k == 1) == (op == CompareOp.Eq));
    }

    private static PyObject? Subscript(PyObject self, PyObject key)
    {
        var d = (PyDict)self;
        var value = d.GetItem(key);
        if (value is not null)
        {
            return value;
        }

        if (PyErr.Occurred)
        {
            return null;
        }

        return MissingSlow(d, key);
    }

    // dict subclasses may define __missing__ (dict_subscript).
    private static PyObject? MissingSlow(PyDict d, PyObject key)
    {
        if (!ReferenceEquals(d.Type, TypeObject))
        {
            var missing = PyCall.LookupSpecial(d, s_missing);
            if (missing is not null)
            {
                return PyCall.Call(missing, key);
            }

            if (PyErr.Occurred)
            {
                return null;
            }
        }

        return PyErr.KeyError(key);
    }

    private static bool AssignSubscript(PyObject self, PyObject key, PyObject? value)
    {
        var d = (PyDict)self;
        if (value is not null)
        {
            return d.SetItem(key, value);
        }

        int r = d.DelItem(key);
        if (r == 0)
        {
            PyErr.KeyError(key);
        }

        return r > 0;
    }

    private static PyObject? Or(PyObject left, PyObject right)
    {
        if (left is not PyDict a || right is not PyDict)
        {
            return PyNotImplemented.Instance;
        }

        var result = a.Copy();
        return result.UpdateArg(right) ? result : null;
    }

    private static PyObject? InplaceOr(PyObject self, PyObject other) =>
        ((PyDict)self).UpdateArg(other) ? self : null;

    private static partial void InitSlots(PyType type)
    {
        type.New = New;
        type.Init = Init;
        type.Repr = Repr;
        type.Hash = ContainerHelpers.HashNotImplemented;
        type.RichCompare = RichCompare;
        type.Length = static self => ((PyDict)self)._count;
        type.GetItem = Subscript;
        type.SetItem = AssignSubscript;
        type.Contains = static (self, key) => ((PyDict)self).Contains(key);
        type.Iter = static self => new PyDictIterator((PyDict)self, PyDictIterator.Kind.Keys, reverse: false);
        type.Or = Or;
        type.InplaceOr = InplaceOr;
    }
}

/// <summary>An instance of a Python subclass of dict: the entries plus an attribute dict.</summary>
public sealed class PyDictSubclass : PyDict, IInstanceDict
{
    public PyDictSubclass(PyType type)
        : base(type)
    {
    }

    public PyDict? Dict { get; set; }
}
