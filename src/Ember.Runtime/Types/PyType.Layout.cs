using Ember.Runtime.Shapes;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// Instance layout (Objects/typeobject.c: solid_base, extra_ivars,
/// compatible_for_assignment): which .NET representation a class's
/// instances have, how many <c>__slots__</c> members they carry, and the root
/// shape of their attributes.
/// </summary>
public sealed partial class PyType
{
    private Shape? _instanceShape;

    /// <summary>
    /// The nearest type in the base chain that fixes the instance layout
    /// (CPython's solid_base): a builtin with its own representation, or a
    /// class that adds <c>__slots__</c> members. Two bases with unrelated
    /// solid bases cannot be combined ("instance lay-out conflict").
    /// </summary>
    public PyType SolidBase = null!;

    /// <summary>The nearest builtin type on the base chain (this type when builtin): it decides the .NET class of instances.</summary>
    public PyType BuiltinBase
    {
        get
        {
            var t = this;
            while (t.IsHeapType && t.Base is not null)
            {
                t = t.Base;
            }

            return t;
        }
    }

    /// <summary>How many <c>__slots__</c> members instances carry, the bases' included.</summary>
    public int MemberSlotCount;

    /// <summary>The <c>__slots__</c> names this class itself declared (mangled), in order; null when none.</summary>
    public string[]? OwnSlotNames;

    /// <summary>The empty shape new instances start from; instances of one class share its transitions.</summary>
    public Shape InstanceShape => _instanceShape ?? CreateInstanceShape();

    private Shape CreateInstanceShape()
    {
        lock (_initLock)
        {
            return _instanceShape ??= Shape.NewRoot();
        }
    }

    // A builtin exception class shares its base's representation unless it
    // makes its own instances (the classes with fields: OSError,
    // AttributeError, ...); every other builtin type is its own layout.
    // Runs after the type's own slots are set and before inheritance.
    private static bool SharesLayout(PyType type, PyType baseType) =>
        type.HasFlag(TypeFlags.BaseExceptionSubclass) && baseType.HasFlag(TypeFlags.BaseExceptionSubclass) && type.New is null;

    /// <summary>
    /// Whether instances of <paramref name="oldType"/> can become instances of
    /// <paramref name="newType"/> by <c>__class__</c> assignment: same solid
    /// base, same members, same dict and weakref support.
    /// </summary>
    public static bool CompatibleForAssignment(PyType oldType, PyType newType)
    {
        var a = oldType;
        var b = newType;
        while (a.IsHeapType && a.OwnSlotNames is null && a.Base is not null && HasInstanceDict(a) == HasInstanceDict(a.Base)
            && a.HasFlag(TypeFlags.HasWeakref) == a.Base.HasFlag(TypeFlags.HasWeakref))
        {
            a = a.Base;
        }

        while (b.IsHeapType && b.OwnSlotNames is null && b.Base is not null && HasInstanceDict(b) == HasInstanceDict(b.Base)
            && b.HasFlag(TypeFlags.HasWeakref) == b.Base.HasFlag(TypeFlags.HasWeakref))
        {
            b = b.Base;
        }

        // Same slot names in the same places (CPython's same_slots_added).
        // same_slots_added refuses builtins (a module against a plain class).
        if (!ReferenceEquals(a, b) && (!a.IsHeapType || !b.IsHeapType || !ReferenceEquals(a.Base, b.Base) || !SameSlots(a.OwnSlotNames, b.OwnSlotNames)
            || HasInstanceDict(a) != HasInstanceDict(b) || a.HasFlag(TypeFlags.HasWeakref) != b.HasFlag(TypeFlags.HasWeakref)))
        {
            return false;
        }

        // Over a variable-sized base (int, tuple, bytes, type: tp_itemsize != 0)
        // an added __dict__ sits at a negative offset, which same_slots_added
        // never counts, so two sibling subclasses with dicts are incompatible.
        if (!ReferenceEquals(a, b) && IsVarSized(a.Base!) && HasInstanceDict(a) && !HasInstanceDict(a.Base!))
        {
            return false;
        }

        return HasInstanceDict(oldType) == HasInstanceDict(newType);
    }

    // A module keeps its attributes in its own dict (md_dict, a tp_dictoffset
    // in CPython), so a ModuleType subclass adds no dict to it.
    private static bool HasInstanceDict(PyType t) =>
        t.HasFlag(TypeFlags.HasDict) || t.IsSubtypeOf(PyModule.TypeObject);

    /// <summary>The builtins whose CPython instances are variable-sized (a non-zero tp_itemsize).</summary>
    private static bool IsVarSized(PyType t)
    {
        var b = t.BuiltinBase;
        return ReferenceEquals(b, PyInt.TypeObject) || ReferenceEquals(b, PyBool.TypeObject) || ReferenceEquals(b, PyTuple.TypeObject)
            || ReferenceEquals(b, PyBytes.TypeObject) || ReferenceEquals(b, TypeType);
    }

    /// <summary>
    /// Whether CPython allocates instances of <paramref name="type"/> with the GC
    /// (Py_TPFLAGS_HAVE_GC): every class made by a class statement and most
    /// builtin containers; object, the numbers, str, bytes and bytearray are not.
    /// Two types that differ here have different tp_free, which __bases__ and
    /// __class__ assignment refuse first ("deallocator differs").
    /// </summary>
    public static bool IsGcAllocated(PyType type)
    {
        if (type.IsHeapType)
        {
            return true;
        }

        var t = type;
        return !(ReferenceEquals(t, ObjectType) || ReferenceEquals(t, PyInt.TypeObject) || ReferenceEquals(t, PyBool.TypeObject)
            || ReferenceEquals(t, PyFloat.TypeObject) || ReferenceEquals(t, PyComplex.TypeObject) || ReferenceEquals(t, PyStr.TypeObject)
            || ReferenceEquals(t, PyBytes.TypeObject) || ReferenceEquals(t, PyByteArray.TypeObject) || ReferenceEquals(t, PyRange.TypeObject));
    }

    private static bool SameSlots(string[]? a, string[]? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        return a.AsSpan().SequenceEqual(b);
    }

    /// <summary>Every <c>__slots__</c> member name along the MRO (copyreg._slotnames without its cache).</summary>
    public List<PyStr> SlotNames()
    {
        var names = new List<PyStr>();
        foreach (var t in Mro)
        {
            if (t.OwnSlotNames is { } own)
            {
                foreach (var n in own)
                {
                    names.Add(new PyStr(n));
                }
            }
        }

        return names;
    }

    /// <summary>The type's module as text: a heap type's <c>__module__</c> when it is a str, else the builtin's module.</summary>
    public string? ModuleText()
    {
        if (IsHeapType)
        {
            return Dict.GetItemStr("__module__") is PyStr s ? s.Value : null;
        }

        return ModuleName;
    }
}
