using System.Text;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public abstract partial class PyAnySet
{
    private static PyObject? Repr(PyObject self)
    {
        var s = (PyAnySet)self;
        string name = s.Type.Name;
        if (!ContainerHelpers.ReprEnter(s))
        {
            return new PyStr($"{name}(...)");
        }

        if (s._used == 0)
        {
            ContainerHelpers.ReprLeave(s);
            return new PyStr($"{name}()");
        }

        var keys = PyList.FromIterable(s);
        var listRepr = keys is null ? null : PyOps.ReprString(keys);
        ContainerHelpers.ReprLeave(s);
        if (listRepr is null)
        {
            return null;
        }

        var inner = listRepr[1..^1];
        return new PyStr(ReferenceEquals(s.Type, PySet.TypeObject) ? $"{{{inner}}}" : $"{name}({{{inner}}})");
    }

    private static PyObject? RichCompare(PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyAnySet w)
        {
            return PyNotImplemented.Instance;
        }

        var v = (PyAnySet)self;
        int r;
        switch (op)
        {
            case CompareOp.Eq:
                if (v._used != w._used)
                {
                    return PyBool.False;
                }

                if (v._hash != -1 && w._hash != -1 && v._hash != w._hash)
                {
                    return PyBool.False;
                }

                r = v.IsSubset(w);
                break;
            case CompareOp.Ne:
                var eq = RichCompare(self, other, CompareOp.Eq);
                return eq is null ? null : PyBool.From(!ReferenceEquals(eq, PyBool.True));
            case CompareOp.Le:
                r = v.IsSubset(w);
                break;
            case CompareOp.Ge:
                r = v.IsSuperset(w);
                break;
            case CompareOp.Lt:
                if (v._used >= w._used)
                {
                    return PyBool.False;
                }

                r = v.IsSubset(w);
                break;
            default:
                if (v._used <= w._used)
                {
                    return PyBool.False;
                }

                r = v.IsSuperset(w);
                break;
        }

        return r < 0 ? null : PyBool.From(r > 0);
    }

    private static PyObject? Sub(PyObject a, PyObject b) =>
        a is PyAnySet s && b is PyAnySet ? s.Difference(b) : PyNotImplemented.Instance;

    private static PyObject? And(PyObject a, PyObject b) =>
        a is PyAnySet s && b is PyAnySet ? s.Intersection(b) : PyNotImplemented.Instance;

    private static PyObject? Xor(PyObject a, PyObject b) =>
        a is PyAnySet s && b is PyAnySet ? s.SymmetricDifference(b) : PyNotImplemented.Instance;

    private static PyObject? Or(PyObject a, PyObject b)
    {
        if (a is not PyAnySet s || b is not PyAnySet)
        {
            return PyNotImplemented.Instance;
        }

        var result = s.CopyAsBase();
        if (ReferenceEquals(a, b))
        {
            return result;
        }

        return result.UpdateInternal(b) ? result : null;
    }

    private static PyObject? SizeOf(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs($"{((PyAnySet)self).BaseName}.__sizeof__", args, kwnames))
        {
            return null;
        }

        var s = (PyAnySet)self;
        long size = 200;
        if (s._mask + 1 > MinSize)
        {
            size += (s._mask + 1) * 16;
        }

        return PyInt.From(size);
    }

    /// <summary>"set" or "frozenset": the name Argument Clinic uses for this object's methods.</summary>
    internal string BaseName => this is PySet ? "set" : "frozenset";

    private static PyObject? Reduce(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs($"{((PyAnySet)self).BaseName}.__reduce__", args, kwnames))
        {
            return null;
        }

        var keys = PyList.FromIterable(self);
        if (keys is null)
        {
            return null;
        }

        PyObject state = self is IInstanceDict { Dict: { Count: > 0 } dict } ? dict : PyNone.Instance;
        return new PyTuple([self.Type, PyTuple.Create(keys), state]);
    }

    private static PyObject? ContainsMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne($"{((PyAnySet)self).BaseName}.__contains__", args, kwnames))
        {
            return null;
        }

        int r = ((PyAnySet)self).Contains(args[0]);
        return r < 0 ? null : PyBool.From(r > 0);
    }

    private static PyObject? UnionMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = (PyAnySet)self;
        if (!Args.NoKeywords($"{s.BaseName}.union", kwnames))
        {
            return null;
        }

        var result = s.CopyAsBase();
        foreach (var other in args)
        {
            if (!ReferenceEquals(other, s) && !result.UpdateInternal(other))
            {
                return null;
            }
        }

        return result;
    }

    private static PyObject? IntersectionMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = (PyAnySet)self;
        return Args.NoKeywords($"{s.BaseName}.intersection", kwnames) ? s.IntersectionMulti(args) : null;
    }

    private static PyObject? DifferenceMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = (PyAnySet)self;
        return Args.NoKeywords($"{s.BaseName}.difference", kwnames) ? s.DifferenceMulti(args) : null;
    }

    private static PyObject? SymmetricDifferenceMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = (PyAnySet)self;
        return Args.ExactlyOne($"{s.BaseName}.symmetric_difference", args, kwnames) ? s.SymmetricDifference(args[0]) : null;
    }

    private static PyObject? Predicate(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, Func<PyAnySet, PyObject, int> test)
    {
        var s = (PyAnySet)self;
        if (!Args.ExactlyOne($"{s.BaseName}.{name}", args, kwnames))
        {
            return null;
        }

        int r = test(s, args[0]);
        return r < 0 ? null : PyBool.From(r > 0);
    }

    /// <summary>The slots set and frozenset share.</summary>
    internal static void InitCommonSlots(PyType type)
    {
        type.Repr = Repr;
        type.RichCompare = RichCompare;
        type.Length = static self => ((PyAnySet)self)._used;
        type.Contains = static (self, key) => ((PyAnySet)self).Contains(key);
        type.Iter = static self => new PySetIterator((PyAnySet)self);
        type.Subtract = Sub;
        type.And = And;
        type.Xor = Xor;
        type.Or = Or;
    }

    /// <summary>The methods set and frozenset share.</summary>
    internal static void InitCommonMembers(PyType type)
    {
        type.AddMethod("__contains__", ContainsMethod);
        type.AddMethod("difference", DifferenceMethod);
        type.AddMethod("intersection", IntersectionMethod);
        type.AddMethod("isdisjoint", static (self, args, kw) => Predicate(self, args, kw, "isdisjoint", static (s, o) => s.IsDisjoint(o)));
        type.AddMethod("issubset", static (self, args, kw) => Predicate(self, args, kw, "issubset", static (s, o) => s.IsSubset(o)));
        type.AddMethod("issuperset", static (self, args, kw) => Predicate(self, args, kw, "issuperset", static (s, o) => s.IsSuperset(o)));
        type.AddMethod("__reduce__", Reduce);
        type.AddMethod("__sizeof__", SizeOf);
        type.AddMethod("symmetric_difference", SymmetricDifferenceMethod);
        type.AddMethod("union", UnionMethod);
        type.AddClassMethod("__class_getitem__", ContainerHelpers.ClassGetItem);
    }
}
