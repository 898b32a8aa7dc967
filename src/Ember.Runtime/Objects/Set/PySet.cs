using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>Python's mutable <c>set</c> (Objects/setobject.c); the table is <see cref="PyAnySet"/>'s.</summary>
public class PySet : PyAnySet
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "set", null, TypeFlags.BaseType | TypeFlags.HasWeakref, InitSlots, InitMembers);

    public PySet()
        : base(TypeObject)
    {
    }

    protected PySet(PyType type)
        : base(type)
    {
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => NewOfType(type);

    private static bool Init(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoKeywords("set", kwnames) || !Args.Positional(self.Type.Name, args, null, 0, 1))
        {
            return false;
        }

        var s = (PySet)self;
        if (s._fill > 0)
        {
            s.ClearTable();
        }

        s._hash = -1;
        return args.Length == 0 || s.UpdateInternal(args[0]);
    }

    private static PyObject? InplaceSub(PyObject self, PyObject other) =>
        other is not PyAnySet ? PyNotImplemented.Instance : ((PySet)self).DifferenceUpdate(other) ? self : null;

    private static PyObject? InplaceOr(PyObject self, PyObject other) =>
        other is not PyAnySet ? PyNotImplemented.Instance : ((PySet)self).UpdateInternal(other) ? self : null;

    private static PyObject? InplaceXor(PyObject self, PyObject other) =>
        other is not PyAnySet ? PyNotImplemented.Instance : ((PySet)self).SymmetricDifferenceUpdate(other) ? self : null;

    private static PyObject? InplaceAnd(PyObject self, PyObject other)
    {
        if (other is not PyAnySet)
        {
            return PyNotImplemented.Instance;
        }

        var s = (PySet)self;
        var tmp = s.Intersection(other);
        if (tmp is null)
        {
            return null;
        }

        SwapBodies(s, (PyAnySet)tmp);
        return s;
    }

    private static void InitSlots(PyType type)
    {
        InitCommonSlots(type);
        type.New = New;
        type.Init = Init;
        type.Hash = ContainerHelpers.HashNotImplemented;
        type.InplaceSubtract = InplaceSub;
        type.InplaceOr = InplaceOr;
        type.InplaceXor = InplaceXor;
        type.InplaceAnd = InplaceAnd;
    }

    private static PyObject? VarargsUpdate(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, Func<PySet, PyObject, bool> update)
    {
        if (!Args.NoKeywords($"set.{name}", kwnames))
        {
            return null;
        }

        var s = (PySet)self;
        foreach (var other in args)
        {
            if (!update(s, other))
            {
                return null;
            }
        }

        return PyNone.Instance;
    }

    private static void InitMembers(PyType type)
    {
        InitCommonMembers(type);
        type.AddValue("__hash__", PyNone.Instance);
        type.AddMethod("add", static (self, args, kw) =>
            Args.ExactlyOne("set.add", args, kw) && ((PySet)self).Add(args[0]) ? PyNone.Instance : null);
        type.AddMethod("clear", static (self, args, kw) =>
        {
            if (!Args.NoArgs("set.clear", args, kw))
            {
                return null;
            }

            ((PySet)self).ClearTable();
            return PyNone.Instance;
        });
        type.AddMethod("copy", static (self, args, kw) =>
            Args.NoArgs("set.copy", args, kw) ? ((PySet)self).CopyAsBase() : null);
        type.AddMethod("discard", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne("set.discard", args, kw))
            {
                return null;
            }

            return ((PySet)self).DiscardWithFrozenRetry(args[0]) < 0 ? null : PyNone.Instance;
        });
        type.AddMethod("remove", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne("set.remove", args, kw))
            {
                return null;
            }

            int rv = ((PySet)self).DiscardWithFrozenRetry(args[0]);
            if (rv < 0)
            {
                return null;
            }

            return rv == 0 ? PyErr.KeyError(args[0]) : PyNone.Instance;
        });
        type.AddMethod("pop", static (self, args, kw) =>
            Args.NoArgs("set.pop", args, kw) ? ((PySet)self).PopEntry() : null);
        type.AddMethod("update", static (self, args, kw) =>
            VarargsUpdate(self, args, kw, "update", static (s, o) => s.UpdateInternal(o)));
        type.AddMethod("difference_update", static (self, args, kw) =>
            VarargsUpdate(self, args, kw, "difference_update", static (s, o) => s.DifferenceUpdate(o)));
        type.AddMethod("intersection_update", static (self, args, kw) =>
        {
            if (!Args.NoKeywords("set.intersection_update", kw))
            {
                return null;
            }

            var s = (PySet)self;
            var tmp = s.IntersectionMulti(args);
            if (tmp is null)
            {
                return null;
            }

            SwapBodies(s, (PyAnySet)tmp);
            return PyNone.Instance;
        });
        type.AddMethod("symmetric_difference_update", static (self, args, kw) =>
            Args.ExactlyOne("set.symmetric_difference_update", args, kw) && ((PySet)self).SymmetricDifferenceUpdate(args[0]) ? PyNone.Instance : null);
    }

    // set.remove / set.discard of an unhashable set key look for the equal frozenset.
    private int DiscardWithFrozenRetry(PyObject key)
    {
        int rv = DiscardKey(key);
        if (rv < 0 && key is PySet && PyErr.ExceptionMatches(PyExc.TypeError))
        {
            PyErr.Clear();
            var tmp = NewFrozenSet(key);
            if (tmp is null)
            {
                return -1;
            }

            rv = DiscardKey(tmp);
        }

        return rv;
    }
}

/// <summary>An instance of a Python subclass of set.</summary>
public sealed class PySetSubclass : PySet, IInstanceDict
{
    public PySetSubclass(PyType type)
        : base(type)
    {
    }

    public PyDict? Dict { get; set; }
}
