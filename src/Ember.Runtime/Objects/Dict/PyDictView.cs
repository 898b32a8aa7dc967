using System.Text;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// dict_keys, dict_values and dict_items (dictobject.c's dictviews): live
/// views of a dict. Keys and items views are set-like: comparisons with
/// sets and other views, | &amp; - ^ giving sets, isdisjoint.
/// </summary>
public sealed class PyDictView : PyObject
{
    public static readonly PyType KeysType = PyType.CreateBuiltin("dict_keys", null, TypeFlags.None, static t => InitSlots(t, setLike: true), InitMembers);
    public static readonly PyType ItemsType = PyType.CreateBuiltin("dict_items", null, TypeFlags.None, static t => InitSlots(t, setLike: true), InitMembers);
    public static readonly PyType ValuesType = PyType.CreateBuiltin("dict_values", null, TypeFlags.None, static t => InitSlots(t, setLike: false), InitMembers);

    public PyDictView(PyDict dict, PyDictIterator.Kind kind)
        : base(kind switch
        {
            PyDictIterator.Kind.Keys => KeysType,
            PyDictIterator.Kind.Items => ItemsType,
            _ => ValuesType,
        })
    {
        Dict = dict;
        ViewKind = kind;
    }

    public PyDict Dict { get; }

    public PyDictIterator.Kind ViewKind { get; }

    /// <summary>Whether <paramref name="o"/> is a keys or items view (PyDictViewSet_Check).</summary>
    public static bool IsSetView(PyObject o) => o is PyDictView v && v.ViewKind != PyDictIterator.Kind.Values;

    private static int Contains(PyObject self, PyObject item)
    {
        var v = (PyDictView)self;
        switch (v.ViewKind)
        {
            case PyDictIterator.Kind.Keys:
                return v.Dict.Contains(item);
            case PyDictIterator.Kind.Items:
                if (item is not PyTuple t || t.Items.Length != 2)
                {
                    return 0;
                }

                var found = v.Dict.GetItem(t.Items[0]);
                if (found is null)
                {
                    return PyErr.Occurred ? -1 : 0;
                }

                return PyOps.RichCompareBool(found, t.Items[1], CompareOp.Eq);
            default:
                return 0;
        }
    }

    private static PyObject? Repr(PyObject self)
    {
        var v = (PyDictView)self;
        if (!ContainerHelpers.ReprEnter(v))
        {
            return new PyStr("...");
        }

        var list = PyList.FromIterable(v);
        if (list is null)
        {
            ContainerHelpers.ReprLeave(v);
            return null;
        }

        var inner = PyOps.ReprString(list);
        ContainerHelpers.ReprLeave(v);
        return inner is null ? null : new PyStr($"{v.Type.Name}({inner})");
    }

    // all_contained_in: every item of a is in b.
    private static int AllContainedIn(PyObject a, PyObject b)
    {
        var it = PyIter.GetIter(a);
        if (it is null)
        {
            return -1;
        }

        while (PyIter.TryNext(it, out var item))
        {
            int k = PySequence.Contains(b, item);
            if (k <= 0)
            {
                return k;
            }
        }

        return PyErr.Occurred ? -1 : 1;
    }

    private static PyObject? RichCompare(PyObject self, PyObject other, CompareOp op)
    {
        if (!PyAnySet.IsAnySet(other) && !IsSetView(other))
        {
            return PyNotImplemented.Instance;
        }

        long lenSelf = PySequence.Length(self);
        if (lenSelf < 0)
        {
            return null;
        }

        long lenOther = PySequence.Length(other);
        if (lenOther < 0)
        {
            return null;
        }

        int ok = 0;
        switch (op)
        {
            case CompareOp.Eq:
            case CompareOp.Ne:
                if (lenSelf == lenOther)
                {
                    ok = AllContainedIn(self, other);
                }

                if (op == CompareOp.Ne && ok >= 0)
                {
                    ok = ok == 0 ? 1 : 0;
                }

                break;
            case CompareOp.Lt:
                if (lenSelf < lenOther)
                {
                    ok = AllContainedIn(self, other);
                }

                break;
            case CompareOp.Le:
                if (lenSelf <= lenOther)
                {
                    ok = AllContainedIn(self, other);
                }

                break;
            case CompareOp.Gt:
                if (lenSelf > lenOther)
                {
                    ok = AllContainedIn(other, self);
                }

                break;
            case CompareOp.Ge:
                if (lenSelf >= lenOther)
                {
                    ok = AllContainedIn(other, self);
                }

                break;
        }

        return ok < 0 ? null : PyBool.From(ok > 0);
    }

    private static PyObject? Sub(PyObject left, PyObject right)
    {
        var result = PyAnySet.NewSet(left);
        return result is null ? null : result.DifferenceUpdate(right) ? result : null;
    }

    private static PyObject? Or(PyObject left, PyObject right)
    {
        var result = PyAnySet.NewSet(left);
        return result is null ? null : result.Update(right) ? result : null;
    }

    private static PyObject? Xor(PyObject left, PyObject right)
    {
        if (left is PyDictView a && a.ViewKind == PyDictIterator.Kind.Items && right is PyDictView b && b.ViewKind == PyDictIterator.Kind.Items)
        {
            return ItemsXor(a.Dict, b.Dict);
        }

        var result = PyAnySet.NewSet(left);
        return result is null ? null : result.SymmetricDifferenceUpdate(right) ? result : null;
    }

    // dictitems_xor: pairs whose key is in one dict only, or in both with unequal values.
    private static PyObject? ItemsXor(PyDict d1, PyDict d2)
    {
        var temp = d1.Copy();
        var result = new PySet();
        for (int i = 0; i < d2.UsedSlots; i++)
        {
            if (!d2.TryGetEntry(i, out var key, out var val2, out long hash))
            {
                continue;
            }

            var val1 = temp.GetItemKnownHash(key, hash);
            int toDelete = 0;
            if (val1 is null)
            {
                if (PyErr.Occurred)
                {
                    return null;
                }
            }
            else
            {
                toDelete = PyOps.RichCompareBool(val1, val2, CompareOp.Eq);
                if (toDelete < 0)
                {
                    return null;
                }
            }

            if (toDelete > 0)
            {
                if (temp.DelItemKnownHash(key, hash) < 0)
                {
                    return null;
                }
            }
            else if (!result.Add(PyTuple.Create(key, val2)))
            {
                return null;
            }
        }

        return result.Update(new PyDictView(temp, PyDictIterator.Kind.Items)) ? result : null;
    }

    private static PyObject? And(PyObject self, PyObject other)
    {
        // The interpreter swaps the operands when the view is on the right.
        if (!IsSetView(self))
        {
            (self, other) = (other, self);
        }

        var view = (PyDictView)self;
        long lenSelf = view.Dict.Count;
        if (ReferenceEquals(other.Type, PySet.TypeObject))
        {
            long lenOther = PySequence.Length(other);
            if (lenOther < 0)
            {
                return null;
            }

            if (lenSelf <= lenOther)
            {
                return ((PySet)other).Intersection(self);
            }
        }

        if (IsSetView(other) && ((PyDictView)other).Dict.Count > lenSelf)
        {
            (self, other) = (other, self);
            view = (PyDictView)self;
        }

        var result = new PySet();
        var it = PyIter.GetIter(other);
        if (it is null)
        {
            return null;
        }

        while (PyIter.TryNext(it, out var key))
        {
            int rv = Contains(view, key);
            if (rv < 0)
            {
                return null;
            }

            if (rv > 0 && !result.Add(key))
            {
                return null;
            }
        }

        return PyErr.Occurred ? null : result;
    }

    private static PyObject? IsDisjoint(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne($"{self.Type.Name}.isdisjoint", args, kwnames))
        {
            return null;
        }

        var other = args[0];
        if (ReferenceEquals(self, other))
        {
            return PyBool.From(((PyDictView)self).Dict.Count == 0);
        }

        if (PyAnySet.IsAnySet(other) || IsSetView(other))
        {
            long lenSelf = ((PyDictView)self).Dict.Count;
            long lenOther = PySequence.Length(other);
            if (lenOther < 0)
            {
                return null;
            }

            if (lenOther > lenSelf)
            {
                (self, other) = (other, self);
            }
        }

        var it = PyIter.GetIter(other);
        if (it is null)
        {
            return null;
        }

        while (PyIter.TryNext(it, out var item))
        {
            int k = PySequence.Contains(self, item);
            if (k < 0)
            {
                return null;
            }

            if (k > 0)
            {
                return PyBool.False;
            }
        }

        return PyErr.Occurred ? null : PyBool.True;
    }

    private static void InitSlots(PyType type, bool setLike)
    {
        type.Length = static self => ((PyDictView)self).Dict.Count;
        type.Iter = static self =>
        {
            var v = (PyDictView)self;
            return new PyDictIterator(v.Dict, v.ViewKind, reverse: false);
        };
        type.Repr = Repr;
        if (setLike)
        {
            // Values views test membership by iterating (no Contains slot).
            type.Contains = Contains;
            type.Hash = ContainerHelpers.HashNotImplemented;
            type.RichCompare = RichCompare;
            type.Subtract = Sub;
            type.Or = Or;
            type.Xor = Xor;
            type.And = And;
        }
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("__reversed__", static (self, args, kw) =>
        {
            if (!Args.NoArgs($"{self.Type.Name}.__reversed__", args, kw))
            {
                return null;
            }

            var v = (PyDictView)self;
            return new PyDictIterator(v.Dict, v.ViewKind, reverse: true);
        });
        if (type.Name != "dict_values")
        {
            type.AddMethod("isdisjoint", IsDisjoint);
            type.AddValue("__hash__", PyNone.Instance);
        }
    }
}
