using System.Runtime.CompilerServices;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Types;

/// <summary>
/// The slot functions of classes defined in Python (typeobject.c's slot_*):
/// each finds the dunder on the instance's class at call time and calls it,
/// so assigning a new method to the class takes effect at once.
/// </summary>
public static partial class HeapSlots
{
    private static readonly PyStr s_getattr = new("__getattr__");
    private static readonly PyStr s_getattribute = new("__getattribute__");
    private static readonly PyStr s_setattr = new("__setattr__");
    private static readonly PyStr s_delattr = new("__delattr__");
    private static readonly PyStr s_bool = new("__bool__");
    private static readonly PyStr s_len = new("__len__");
    private static readonly PyStr s_new = new("__new__");
    private static readonly PyStr s_get = new("__get__");
    private static readonly PyStr s_set = new("__set__");
    private static readonly PyStr s_delete = new("__delete__");
    private static readonly PyStr s_setitem = new("__setitem__");
    private static readonly PyStr s_delitem = new("__delitem__");
    private static readonly PyStr s_contains = new("__contains__");
    private static readonly PyStr s_hash = new("__hash__");
    private static readonly PyStr s_iter = new("__iter__");
    private static readonly PyStr s_getitem = new("__getitem__");

    private static readonly PyStr[] s_compareNames =
    [
        new("__lt__"), new("__le__"), new("__eq__"), new("__ne__"), new("__gt__"), new("__ge__"),
    ];

    /// <summary>Gives every def its slot_* function; binary pairs (__add__/__radd__) share one.</summary>
    internal static void AssignGenerics(SlotDef[] defs)
    {
        var binaryPairs = new Dictionary<SlotField, Delegate>();
        foreach (var d in defs)
        {
            d.Generic = d.Wrapper switch
            {
                WrapperKind.BinaryLeft or WrapperKind.BinaryRight when IsBinaryNumber(d.Field) => Pair(binaryPairs, d, defs),
                WrapperKind.TernaryLeft or WrapperKind.TernaryRight => Pair(binaryPairs, d, defs),
                _ => MakeGeneric(d),
            };
        }
    }

    private static bool IsBinaryNumber(SlotField f) => f is SlotField.Add or SlotField.Subtract or SlotField.Multiply
        or SlotField.Remainder or SlotField.Divmod or SlotField.LShift or SlotField.RShift or SlotField.And
        or SlotField.Xor or SlotField.Or or SlotField.FloorDivide or SlotField.TrueDivide or SlotField.MatrixMultiply;

    private static Delegate Pair(Dictionary<SlotField, Delegate> made, SlotDef d, SlotDef[] defs)
    {
        if (made.TryGetValue(d.Field, out var existing))
        {
            return existing;
        }

        SlotDef? left = null, right = null;
        foreach (var x in defs)
        {
            if (x.Field == d.Field && x.Wrapper is WrapperKind.BinaryLeft or WrapperKind.TernaryLeft)
            {
                left ??= x;
            }
            else if (x.Field == d.Field && x.Wrapper is WrapperKind.BinaryRight or WrapperKind.TernaryRight)
            {
                right ??= x;
            }
        }

        var field = d.Field;
        var leftName = left!.NameStr;
        var rightName = right!.NameStr;
        Delegate result;
        if (field == SlotField.Power)
        {
            TernarySlot? self = null;
            self = (a, b, c) => Power(a, b, c, leftName, rightName, self!);
            result = self;
        }
        else
        {
            BinarySlot? self = null;
            self = (a, b) => BinaryFull(a, b, field, leftName, rightName, self!);
            result = self;
        }

        made[field] = result;
        return result;
    }

    private static Delegate? MakeGeneric(SlotDef d)
    {
        var name = d.NameStr;
        switch (d.Wrapper)
        {
            case WrapperKind.Unary when d.Field == SlotField.Repr:
                return (UnarySlot)Repr;
            case WrapperKind.Unary when d.Field == SlotField.Iter:
                return (UnarySlot)Iter;
            case WrapperKind.Unary:
                return (UnarySlot)(self => CallNoArgs(self, name));
            case WrapperKind.BinaryLeft:
                return (BinarySlot)((self, other) => CallOneArg(self, name, other));
            case WrapperKind.InplaceTernary:
                return (TernarySlot)((self, other, _) => CallOneArg(self, name, other));
            case WrapperKind.Hash:
                return (HashSlot)Hash;
            case WrapperKind.RichCompare:
                return (RichCompareSlot)RichCompare;
            case WrapperKind.GetAttr:
            case WrapperKind.None when d.Field == SlotField.GetAttr:
                return CoreSlots.GetAttrHook;
            case WrapperKind.SetAttr:
            case WrapperKind.DelAttr:
                return (SetAttrSlot)SetAttr;
            case WrapperKind.Call:
                return (CallSlot)Call;
            case WrapperKind.Next:
                return (NextSlot)(self => CallNoArgs(self, name));
            case WrapperKind.DescrGet:
                return (DescrGetSlot)DescrGet;
            case WrapperKind.DescrSet:
            case WrapperKind.DescrDelete:
                return (DescrSetSlot)DescrSet;
            case WrapperKind.Init:
                return (InitSlot)Init;
            case WrapperKind.None when d.Field == SlotField.New:
                return (NewSlot)New;
            case WrapperKind.Bool:
                return (InquirySlot)Bool;
            case WrapperKind.Length:
                return (LengthSlot)Length;
            case WrapperKind.Contains:
                return (ContainsSlot)Contains;
            case WrapperKind.SetItem:
            case WrapperKind.DelItem:
                return (SetItemSlot)SetItem;
            case WrapperKind.Finalize:
                return (FinalizeSlot)Finalize;
            default:
                // The sequence-only slots (sq_concat, sq_repeat, ...): a Python
                // class reaches __add__/__mul__ through the number slots.
                return null;
        }
    }

    /// <summary>Calls type(self).name(self) found on the class; AttributeError when it is gone.</summary>
    private static PyObject? CallNoArgs(PyObject self, PyStr name)
    {
        var descr = self.Type.Lookup(name);
        if (descr is null)
        {
            return PyErr.SetObject(PyExc.AttributeError, name);
        }

        return PyAttr.CallUnbound(descr, self);
    }

    private static PyObject? CallOneArg(PyObject self, PyStr name, PyObject arg)
    {
        var descr = self.Type.Lookup(name);
        if (descr is null)
        {
            return PyErr.SetObject(PyExc.AttributeError, name);
        }

        return PyAttr.CallUnbound(descr, self, arg);
    }

    /// <summary>Like CallOneArg, but a missing method gives NotImplemented (vectorcall_maybe).</summary>
    private static PyObject? CallMaybe(PyObject self, PyStr name, PyObject arg)
    {
        var descr = self.Type.Lookup(name);
        if (descr is null)
        {
            return PyNotImplemented.Instance;
        }

        return PyAttr.CallUnbound(descr, self, arg);
    }

    /// <summary>
    /// SLOT1BINFULL: <c>a op b</c> where a's or b's class (or both) defines the
    /// dunders in Python. The right operand's reflected method goes first when
    /// its class is a proper subclass of the left's that overrides it.
    /// </summary>
    private static PyObject? BinaryFull(PyObject self, PyObject other, SlotField field, PyStr name, PyStr rname, BinarySlot me)
    {
        bool doOther = !ReferenceEquals(self.Type, other.Type) && ReferenceEquals(other.Type.GetSlot(field), me);
        if (ReferenceEquals(self.Type.GetSlot(field), me))
        {
            if (doOther && other.Type.IsSubtypeOf(self.Type) && MethodIsOverloaded(self.Type, other.Type, rname))
            {
                var r = CallMaybe(other, rname, self);
                if (r is null || !ReferenceEquals(r, PyNotImplemented.Instance))
                {
                    return r;
                }

                doOther = false;
            }

            var result = CallMaybe(self, name, other);
            if (result is null || !ReferenceEquals(result, PyNotImplemented.Instance) || ReferenceEquals(other.Type, self.Type))
            {
                return result;
            }
        }

        if (doOther)
        {
            return CallMaybe(other, rname, self);
        }

        return PyNotImplemented.Instance;
    }

    // Whether the right operand's class has its own reflected method rather than the left's (method_is_overloaded).
    private static bool MethodIsOverloaded(PyType left, PyType right, PyStr name)
    {
        var b = right.Lookup(name);
        if (b is null)
        {
            return false;
        }

        var a = left.Lookup(name);
        return a is null || !ReferenceEquals(a, b);
    }

    private static PyObject? Power(PyObject self, PyObject other, PyObject modulus, PyStr name, PyStr rname, TernarySlot me)
    {
        if (ReferenceEquals(modulus, PyNone.Instance))
        {
            bool doOther = !ReferenceEquals(self.Type, other.Type) && ReferenceEquals(other.Type.Power, me);
            if (ReferenceEquals(self.Type.Power, me))
            {
                if (doOther && other.Type.IsSubtypeOf(self.Type) && MethodIsOverloaded(self.Type, other.Type, rname))
                {
                    var r = CallMaybe(other, rname, self);
                    if (r is null || !ReferenceEquals(r, PyNotImplemented.Instance))
                    {
                        return r;
                    }

                    doOther = false;
                }

                var result = CallMaybe(self, name, other);
                if (result is null || !ReferenceEquals(result, PyNotImplemented.Instance) || ReferenceEquals(other.Type, self.Type))
                {
                    return result;
                }
            }

            return doOther ? CallMaybe(other, rname, self) : PyNotImplemented.Instance;
        }

        // Three-argument pow calls only the left operand's __pow__.
        if (ReferenceEquals(self.Type.Power, me))
        {
            var descr = self.Type.Lookup(name);
            if (descr is null)
            {
                return PyNotImplemented.Instance;
            }

            return PyAttr.CallUnbound(descr, self, [other, modulus]);
        }

        return PyNotImplemented.Instance;
    }

    private static PyObject? Repr(PyObject self)
    {
        var descr = self.Type.Lookup("__repr__");
        if (descr is null)
        {
            return PyBaseObject.Repr(self);
        }

        return PyAttr.CallUnbound(descr, self);
    }

    /// <summary>
    /// slot_tp_iter: __iter__ = None makes the object not iterable; a class
    /// without __iter__ (deleted after the slot was set) falls back to __getitem__.
    /// </summary>
    private static PyObject? Iter(PyObject self)
    {
        var descr = self.Type.Lookup(s_iter);
        if (descr is not null && ReferenceEquals(descr, PyNone.Instance))
        {
            return PyErr.TypeError($"'{self.Type.Name}' object is not iterable");
        }

        if (descr is not null)
        {
            return PyAttr.CallUnbound(descr, self);
        }

        if (self.Type.Lookup(s_getitem) is null)
        {
            return PyErr.TypeError($"'{self.Type.Name}' object is not iterable");
        }

        return new PySeqIter(self);
    }

    private static long Hash(PyObject self)
    {
        var descr = self.Type.Lookup(s_hash);
        if (descr is null || ReferenceEquals(descr, PyNone.Instance))
        {
            PyErr.TypeError($"unhashable type: '{self.Type.Name}'");
            return -1;
        }

        var r = PyAttr.CallUnbound(descr, self);
        if (r is null)
        {
            return -1;
        }

        if (r is not PyInt i)
        {
            PyErr.TypeError("__hash__ method should return an integer");
            return -1;
        }

        if (i.IsSmall)
        {
            return i.Small == -1 ? -2 : i.Small;
        }

        // A big hash is reduced the way hash() of that int is.
        return PyOps.Hash(PyInt.From(i.ToBigInteger()));
    }

    private static PyObject? RichCompare(PyObject self, PyObject other, CompareOp op)
    {
        var descr = self.Type.Lookup(s_compareNames[(int)op]);
        if (descr is null)
        {
            return PyNotImplemented.Instance;
        }

        return PyAttr.CallUnbound(descr, self, other);
    }

    /// <summary>
    /// slot_tp_getattr_hook: __getattribute__, then __getattr__ on
    /// AttributeError. When __getattribute__ is object's, the generic lookup
    /// runs in its quiet form so a miss that __getattr__ answers never builds
    /// an AttributeError.
    /// </summary>
    public static PyObject? GetAttrHook(PyObject self, PyStr name, bool suppress)
    {
        var type = self.Type;
        var getattr = type.Lookup(s_getattr);
        var getattribute = type.Lookup(s_getattribute);
        PyObject? result;
        if (getattribute is null || (getattribute is PySlotWrapper w && ReferenceEquals(w.Wrapped, CoreSlots.GenericGetAttr)))
        {
            result = PyAttr.GenericGetAttr(self, name, suppress: getattr is not null || suppress);
            if (result is not null || PyErr.Occurred || getattr is null)
            {
                return result;
            }
        }
        else
        {
            result = PyAttr.CallUnbound(getattribute, self, name);
            if (result is not null || getattr is null || !PyErr.ExceptionMatches(PyExc.AttributeError))
            {
                if (result is null && suppress && PyErr.ExceptionMatches(PyExc.AttributeError))
                {
                    PyErr.Clear();
                }

                return result;
            }

            PyErr.Clear();
        }

        result = PyAttr.CallUnbound(getattr, self, name);
        if (result is null && suppress && PyErr.ExceptionMatches(PyExc.AttributeError))
        {
            PyErr.Clear();
        }

        return result;
    }

    private static bool SetAttr(PyObject self, PyStr name, PyObject? value)
    {
        var descr = self.Type.Lookup(value is null ? s_delattr : s_setattr);
        if (descr is null)
        {
            PyErr.SetObject(PyExc.AttributeError, value is null ? s_delattr : s_setattr);
            return false;
        }

        var r = value is null ? PyAttr.CallUnbound(descr, self, name) : PyAttr.CallUnbound(descr, self, [name, value]);
        return r is not null;
    }

    private static PyObject? Call(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var descr = self.Type.Lookup("__call__");
        if (descr is null)
        {
            return PyErr.TypeError($"'{self.Type.TpName}' object is not callable");
        }

        // _PyObject_Call guards tp_call: an instance whose __call__ is another such instance recurses here.
        var ts = PyThreadState.Current;
        if (!PyErr.EnterRecursiveCall(ts, " while calling a Python object"))
        {
            return null;
        }

        var result = CallWithSelf(descr, self, args, kwnames);
        PyErr.LeaveRecursiveCall(ts);
        return result;
    }

    /// <summary>Calls a descriptor found on a class with self first and keyword names kept.</summary>
    internal static PyObject? CallWithSelf(PyObject descr, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (PyAttr.IsMethodDescriptor(descr))
        {
            var all = new PyObject[args.Length + 1];
            all[0] = self;
            args.CopyTo(all.AsSpan(1));
            return PyCall.Call(descr, all, kwnames);
        }

        var bound = PyAttr.Bind(descr, self);
        return bound is null ? null : PyCall.Call(bound, args, kwnames);
    }

    private static PyObject? DescrGet(PyObject self, PyObject? instance, PyObject? owner)
    {
        var get = self.Type.Lookup(s_get);
        if (get is null)
        {
            return self;
        }

        // slot_tp_descr_get calls what it found as it is, never binding it.
        return PyCall.Call(get, [self, instance ?? PyNone.Instance, owner ?? PyNone.Instance], null);
    }

    private static bool DescrSet(PyObject self, PyObject instance, PyObject? value)
    {
        var name = value is null ? s_delete : s_set;
        var descr = self.Type.Lookup(name);
        if (descr is null)
        {
            PyErr.SetObject(PyExc.AttributeError, name);
            return false;
        }

        var r = value is null ? PyAttr.CallUnbound(descr, self, instance) : PyAttr.CallUnbound(descr, self, [instance, value]);
        return r is not null;
    }

    private static bool Init(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var descr = self.Type.Lookup("__init__");
        if (descr is null)
        {
            PyErr.SetObject(PyExc.AttributeError, new PyStr("__init__"));
            return false;
        }

        var r = CallWithSelf(descr, self, args, kwnames);
        if (r is null)
        {
            return false;
        }

        if (!ReferenceEquals(r, PyNone.Instance))
        {
            PyErr.TypeError($"__init__() should return None, not '{r.Type.Name}'");
            return false;
        }

        return true;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var func = PyOps.GetAttr(type, s_new);
        if (func is null)
        {
            return null;
        }

        var all = new PyObject[args.Length + 1];
        all[0] = type;
        args.CopyTo(all.AsSpan(1));
        return PyCall.Call(func, all, kwnames);
    }

    private static int Bool(PyObject self)
    {
        var type = self.Type;
        var descr = type.Lookup(s_bool);
        if (descr is not null)
        {
            var r = PyAttr.CallUnbound(descr, self);
            if (r is null)
            {
                return -1;
            }

            if (r is not PyBool b)
            {
                PyErr.TypeError($"__bool__ should return bool, returned {r.Type.Name}");
                return -1;
            }

            return b.Value ? 1 : 0;
        }

        if (type.Lookup(s_len) is not null)
        {
            long n = Length(self);
            return n < 0 ? -1 : n > 0 ? 1 : 0;
        }

        return 1;
    }

    private static long Length(PyObject self)
    {
        var descr = self.Type.Lookup(s_len);
        if (descr is null)
        {
            PyErr.SetObject(PyExc.AttributeError, s_len);
            return -1;
        }

        var r = PyAttr.CallUnbound(descr, self);
        if (r is null)
        {
            return -1;
        }

        var i = PyNumber.Index(r);
        if (i is null)
        {
            return -1;
        }

        if (i.IsSmall && i.Small < 0 || !i.IsSmall && i.ToBigInteger().Sign < 0)
        {
            PyErr.ValueError("__len__() should return >= 0");
            return -1;
        }

        if (!i.IsSmall)
        {
            PyErr.OverflowError("cannot fit 'int' into an index-sized integer");
            return -1;
        }

        return i.Small;
    }

    private static int Contains(PyObject self, PyObject item)
    {
        var descr = self.Type.Lookup(s_contains);
        if (descr is not null && ReferenceEquals(descr, PyNone.Instance))
        {
            PyErr.TypeError($"'{self.Type.Name}' object is not a container");
            return -1;
        }

        if (descr is not null)
        {
            var r = PyAttr.CallUnbound(descr, self, item);
            return r is null ? -1 : PyOps.IsTrue(r);
        }

        return IterSearch(self, item);
    }

    /// <summary>x in obj by iteration (_PySequence_IterSearch's PY_ITERSEARCH_CONTAINS).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int IterSearch(PyObject seq, PyObject item)
    {
        var it = PyIter.GetIter(seq);
        if (it is null)
        {
            if (PyErr.ExceptionMatches(PyExc.TypeError))
            {
                PyErr.Clear();
                PyErr.TypeError($"argument of type '{seq.Type.Name}' is not iterable");
            }

            return -1;
        }

        while (PyIter.TryNext(it, out var x))
        {
            int c = PyOps.RichCompareBool(x, item, CompareOp.Eq);
            if (c != 0)
            {
                return c;
            }
        }

        return PyErr.Occurred ? -1 : 0;
    }

    private static bool SetItem(PyObject self, PyObject key, PyObject? value)
    {
        var name = value is null ? s_delitem : s_setitem;
        var descr = self.Type.Lookup(name);
        if (descr is null)
        {
            PyErr.SetObject(PyExc.AttributeError, name);
            return false;
        }

        var r = value is null ? PyAttr.CallUnbound(descr, self, key) : PyAttr.CallUnbound(descr, self, [key, value]);
        return r is not null;
    }

    // slot_tp_finalize: an exception from __del__ is reported as unraisable, naming __del__.
    private static void Finalize(PyObject self)
    {
        var descr = self.Type.Lookup("__del__");
        if (descr is null)
        {
            return;
        }

        var saved = PyErr.Fetch();
        if (PyAttr.CallUnbound(descr, self) is null)
        {
            Modules.Sys.SysModule.WriteUnraisable(Threading.PyThreadState.Current, null, descr);
        }

        PyErr.Restore(saved);
    }
}
