using System.Runtime.CompilerServices;
using Ember.Runtime.Shapes;

namespace Ember.Runtime.Objects;

/// <summary>
/// An instance of a class defined in Python whose layout is <c>object</c>'s
/// (CPython's heap-type objects with a managed dict, Objects/typeobject.c and
/// Objects/dictobject.c's shared keys).
/// <para>
/// Attributes live in <see cref="Slots"/> at the indexes <see cref="Shape"/>
/// gives (DESIGN.md rule 2), until something needs a real dict: reading
/// <c>__dict__</c>, deleting an attribute, a non-str or surrogate name, or
/// more than <see cref="Shape.MaxAttributes"/> attributes. Then the values
/// move into <see cref="Dict"/>, <see cref="Shape"/> becomes null (dict mode)
/// and every access goes through the dict, so the dict and the attributes can
/// never disagree. <c>__slots__</c> members live apart, in
/// <see cref="MemberSlots"/>, at indexes fixed by the class.
/// </para>
/// </summary>
public class PyInstance : PyObject, IInstanceDict
{
    private static readonly PyObject?[] s_noSlots = [];

    public PyInstance(PyType type)
        : base(type)
    {
        Shape = type.HasFlag(Types.TypeFlags.HasDict) ? type.InstanceShape : null;
        Slots = s_noSlots;
        int members = type.MemberSlotCount;
        if (members > 0)
        {
            MemberSlots = new PyObject?[members];
        }
    }

    /// <summary>The shape of the inline attributes; null in dict mode or when the class gives no __dict__.</summary>
    public Shape? Shape;

    /// <summary>Attribute values by the shape's slot index; entries past Shape.Count are unused room.</summary>
    public PyObject?[] Slots;

    /// <summary>The attribute dict once materialized (dict mode); null before.</summary>
    public PyDict? DictOrNull;

    /// <summary>The values of the class's <c>__slots__</c> members; null (unset) entries raise AttributeError on read.</summary>
    public PyObject?[]? MemberSlots;

    /// <summary>Whether instances of the class have a __dict__ at all.</summary>
    public bool HasDict => Type.HasFlag(Types.TypeFlags.HasDict);

    PyDict? IInstanceDict.Dict
    {
        get => HasDict ? GetDict() : null;
        set => SetDict(value ?? new PyDict());
    }

    /// <summary>
    /// Finds an instance attribute. True with the value when present; false
    /// when absent (never raises: shape lookups compare names, and a
    /// materialized dict holds str keys whose comparison cannot run code
    /// unless a str subclass key was stored).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetAttribute(PyStr name, out PyObject value)
    {
        var shape = Shape;
        if (shape is not null)
        {
            int i = shape.IndexOf(name.Value);
            if (i >= 0 && name.CodePoints is null)
            {
                value = Slots[i]!;
                return true;
            }

            value = null!;
            return false;
        }

        return TryGetFromDict(name, out value);
    }

    private bool TryGetFromDict(PyStr name, out PyObject value)
    {
        var dict = DictOrNull;
        if (dict is not null)
        {
            var v = ReferenceEquals(name.Type, PyStr.TypeObject) ? dict.GetItemStr(name) : dict.GetItem(name);
            if (v is not null)
            {
                value = v;
                return true;
            }
        }

        value = null!;
        return false;
    }

    /// <summary>
    /// Sets an instance attribute (the class allows a __dict__). False only
    /// when the dict's key comparison raised.
    /// </summary>
    public bool SetAttribute(PyStr name, PyObject value)
    {
        var shape = Shape;
        if (shape is not null && name.CodePoints is null && ReferenceEquals(name.Type, PyStr.TypeObject))
        {
            int i = shape.IndexOf(name.Value);
            if (i >= 0)
            {
                Slots[i] = value;
                return true;
            }

            var next = shape.WithAdded(name.Value);
            if (next is not null)
            {
                int slot = shape.Count;
                if (slot >= Slots.Length)
                {
                    Array.Resize(ref Slots, Math.Max(4, Slots.Length * 2));
                }

                Slots[slot] = value;
                Shape = next;
                return true;
            }
        }

        return GetDict().SetItem(name, value);
    }

    /// <summary>Deletes an instance attribute: 1 deleted, 0 absent, -1 error.</summary>
    public int DeleteAttribute(PyStr name)
    {
        var shape = Shape;
        if (shape is not null && shape.IndexOf(name.Value) < 0)
        {
            return 0;
        }

        return GetDict().DelItem(name);
    }

    /// <summary>The attribute dict, materializing it from the slots (the instance enters dict mode).</summary>
    public PyDict GetDict()
    {
        var dict = DictOrNull;
        if (dict is not null)
        {
            return dict;
        }

        return Materialize();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private PyDict Materialize()
    {
        var shape = Shape;
        int n = shape?.Count ?? 0;
        var dict = new PyDict(n);
        if (shape is not null)
        {
            var names = shape.Names;
            for (int i = 0; i < n; i++)
            {
                dict.SetItemStr(names[i], Slots[i]!);
            }
        }

        DictOrNull = dict;
        Shape = null;
        Slots = s_noSlots;
        return dict;
    }

    /// <summary><c>obj.__dict__ = d</c>: the instance uses <paramref name="dict"/> from now on.</summary>
    public void SetDict(PyDict dict)
    {
        DictOrNull = dict;
        Shape = null;
        Slots = s_noSlots;
    }
}
