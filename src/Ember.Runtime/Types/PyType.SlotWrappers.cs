using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// Slots and dunders, both ways (typeobject.c's add_operators,
/// fixup_slot_dispatchers, update_one_slot, update_slot): a builtin type's
/// filled slots appear in its dict as slot wrappers, and a Python class's
/// slots are derived from the dunders along its MRO.
/// </summary>
public sealed partial class PyType
{
    /// <summary>The implementation behind every builtin <c>__new__</c> (tp_new_wrapper); the machinery recognizes it by identity.</summary>
    public static readonly MethodImpl NewWrapper = TpNewWrapper;

    // Called by EnsureDict for builtin types: one wrapper per slot this type
    // fills itself (not inherited unchanged from its base), unless the dict
    // already has a member of that name.
    partial void AddSlotWrappers()
    {
        var dict = _dictInProgress ?? _dict!;
        var baseType = Base;
        foreach (var def in SlotDefs.All)
        {
            if (def.Wrapper == WrapperKind.None)
            {
                continue;
            }

            var slot = GetSlot(def.Field);
            if (slot is null || (baseType is not null && ReferenceEquals(slot, baseType.GetSlot(def.Field))))
            {
                continue;
            }

            if (dict.GetItemStr(def.NameStr) is not null)
            {
                continue;
            }

            if (ReferenceEquals(slot, CoreSlots.HashNotImplemented))
            {
                dict.SetItemStr(def.NameStr, PyNone.Instance);
                continue;
            }

            dict.SetItemStr(def.NameStr, new PySlotWrapper(this, def, slot));
        }

        if (New is { } newSlot && (baseType is null || !ReferenceEquals(newSlot, baseType.New)) && dict.GetItemStr("__new__") is null)
        {
            dict.SetItemStr("__new__", new PyBuiltinFunction("__new__", NewWrapper, this, "Create and return a new object.  See help(type) for accurate signature."));
        }
    }

    /// <summary>
    /// <c>T.__new__(S, *args)</c> (tp_new_wrapper): S must be a subtype of T
    /// whose nearest builtin ancestor creates instances with T's __new__.
    /// </summary>
    private static PyObject? TpNewWrapper(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var type = (PyType)self;
        int nkw = kwnames?.Count ?? 0;
        if (args.Length - nkw < 1)
        {
            return PyErr.TypeError($"{type.Name}.__new__(): not enough arguments");
        }

        if (args[0] is not PyType subtype)
        {
            return PyErr.TypeError($"{type.Name}.__new__(X): X is not a type object ({args[0].Type.Name})");
        }

        if (!subtype.IsSubtypeOf(type))
        {
            return PyErr.TypeError($"{type.Name}.__new__({subtype.Name}): {subtype.Name} is not a subtype of {type.Name}");
        }

        // The most derived base that is not a Python class overriding __new__ must share T's __new__.
        var staticBase = subtype;
        while (staticBase is not null && staticBase.IsHeapType && staticBase.New is { } n && IsGenericNew(n))
        {
            staticBase = staticBase.Base;
        }

        if (staticBase is not null && !ReferenceEquals(staticBase.New, type.New))
        {
            return PyErr.TypeError($"{type.Name}.__new__({subtype.Name}) is not safe, use {staticBase.Name}.__new__()");
        }

        return type.New!(subtype, args[1..], kwnames);
    }

    private static bool IsGenericNew(NewSlot slot)
    {
        foreach (var (field, defs) in SlotDefs.ByField)
        {
            if (field == SlotField.New)
            {
                return ReferenceEquals(slot, defs[0].Generic);
            }
        }

        return false;
    }

    /// <summary>Fills every slot of a Python class from the dunders along its MRO (fixup_slot_dispatchers).</summary>
    internal void FixupSlots()
    {
        foreach (var (field, defs) in SlotDefs.ByField)
        {
            UpdateOneSlot(field, defs);
        }
    }

    /// <summary>
    /// Re-derives the slots a dunder name feeds after it was set or deleted
    /// on this class (update_slot), here and in every subclass that does not
    /// define the name itself.
    /// </summary>
    internal void UpdateSlotsFor(string name)
    {
        var defs = SlotDefs.ForName(name);
        if (defs.Length == 0)
        {
            return;
        }

        UpdateSubtree(this, defs, name, 0);
    }

    private static void UpdateSubtree(PyType type, SlotDef[] named, string name, int depth)
    {
        if (depth > 10_000)
        {
            return;
        }

        foreach (var def in named)
        {
            foreach (var (field, defs) in SlotDefs.ByField)
            {
                if (field == def.Field)
                {
                    type.UpdateOneSlot(field, defs);
                    break;
                }
            }
        }

        foreach (var sub in type.Subclasses())
        {
            if (sub.Dict.GetItemStr(name) is null)
            {
                UpdateSubtree(sub, named, name, depth + 1);
            }
        }
    }

    // update_one_slot: a wrapper of the same slot inherited unchanged gives the
    // builtin's slot function itself ("specific"); anything else defined in
    // Python gives the generic slot_* function.
    private void UpdateOneSlot(SlotField field, SlotDef[] defs)
    {
        Delegate? generic = null;
        Delegate? specific = null;
        bool useGeneric = false;
        foreach (var p in defs)
        {
            var descr = LookupUncached(p.NameStr);
            if (descr is null)
            {
                continue;
            }

            if (descr is PySlotWrapper w && w.Def.Name == p.Name)
            {
                var dup = ResolveSlotDups(p.Name);
                if (dup is null || dup == field)
                {
                    generic = p.Generic;
                }

                if ((specific is null || ReferenceEquals(specific, w.Wrapped)) && w.Def.Field == field && w.Def.Wrapper == p.Wrapper && IsSubtypeOf(w.Owner))
                {
                    specific = w.Wrapped;
                }
                else
                {
                    useGeneric = true;
                }
            }
            else if (descr is PyBuiltinFunction bf && ReferenceEquals(bf.Method, NewWrapper) && field == SlotField.New)
            {
                specific = ((PyType)bf.Self!).New;
            }
            else if (ReferenceEquals(descr, PyNone.Instance) && field == SlotField.Hash)
            {
                specific = CoreSlots.HashNotImplemented;
            }
            else
            {
                useGeneric = true;
                generic = p.Generic;
            }
        }

        SetSlot(field, specific is not null && !useGeneric ? specific : generic);
    }

    // resolve_slotdups: the one slot that a name shared by several slots
    // (__add__ → nb_add, sq_concat) currently fills in this type, or null
    // when none or more than one is filled.
    private SlotField? ResolveSlotDups(string name)
    {
        SlotField? result = null;
        foreach (var d in SlotDefs.ForName(name))
        {
            if (GetSlot(d.Field) is null)
            {
                continue;
            }

            if (result is not null && result != d.Field)
            {
                return null;
            }

            result = d.Field;
        }

        return result;
    }

    /// <summary>The MRO lookup without caches (find_name_in_mro).</summary>
    internal PyObject? LookupUncached(PyStr name)
    {
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
        {
            var value = mro[i].Dict.GetItemStr(name);
            if (value is not null)
            {
                return value;
            }
        }

        return null;
    }
}
