using System.Runtime.CompilerServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// <c>member_descriptor</c> (Objects/descrobject.c, structmember.c's
/// T_OBJECT_EX): one name from a class's <c>__slots__</c>, stored at a fixed
/// index in the instance. An unset member reads as AttributeError.
/// </summary>
public sealed class PyMemberDescriptor : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("member_descriptor", null, TypeFlags.None, InitSlots, InitMembers);

    public PyMemberDescriptor(PyType owner, string name, int index)
        : base(TypeObject)
    {
        Owner = owner;
        Name = name;
        Index = index;
    }

    /// <summary>
    /// A member of a builtin type (a field of its C struct): read through <paramref name="getter"/>,
    /// written through <paramref name="setter"/>, READONLY when that is null.
    /// </summary>
    public PyMemberDescriptor(PyType owner, string name, GetterImpl getter, SetterImpl? setter, string? doc = null)
        : base(TypeObject)
    {
        Owner = owner;
        Name = name;
        Index = -1;
        Getter = getter;
        Setter = setter;
        Doc = doc;
    }

    /// <summary>For a READONLY member of a builtin type, how it is read; null for a <c>__slots__</c> member.</summary>
    public GetterImpl? Getter { get; }

    /// <summary>For a writable member of a builtin type, how it is written; null when READONLY or a <c>__slots__</c> member.</summary>
    public SetterImpl? Setter { get; }

    public string? Doc { get; }

    public PyType Owner { get; }

    public string Name { get; }

    /// <summary>The member's index in the instance's member storage.</summary>
    public int Index { get; }

    private static void InitSlots(PyType type)
    {
        type.DescrGet = static (descr, instance, owner) =>
        {
            var d = (PyMemberDescriptor)descr;
            if (instance is null)
            {
                return d;
            }

            if (!d.Check(instance))
            {
                return null;
            }

            if (d.Getter is not null)
            {
                return d.Getter(instance);
            }

            var value = d.Storage(instance, create: false)?[d.Index];
            return value ?? PyErr.AttributeError($"'{instance.Type.Name}' object has no attribute '{d.Name}'");
        };
        type.DescrSet = static (descr, instance, value) =>
        {
            var d = (PyMemberDescriptor)descr;
            if (!d.Check(instance))
            {
                return false;
            }

            if (d.Getter is not null)
            {
                if (d.Setter is not null)
                {
                    return d.Setter(instance, value);
                }

                PyErr.AttributeError("readonly attribute");
                return false;
            }

            var storage = d.Storage(instance, create: true)!;
            if (value is null && storage[d.Index] is null)
            {
                PyErr.SetObject(PyExc.AttributeError, new PyStr(d.Name));
                return false;
            }

            storage[d.Index] = value;
            return true;
        };
        type.Repr = static self =>
        {
            var d = (PyMemberDescriptor)self;
            return new PyStr($"<member '{d.Name}' of '{d.Owner.Name}' objects>");
        };
    }

    private static void InitMembers(PyType type)
    {
        type.AddReadonlyMember("__name__", static self => new PyStr(((PyMemberDescriptor)self).Name));
        type.AddGetter("__qualname__", static self =>
        {
            var d = (PyMemberDescriptor)self;
            return new PyStr(d.Owner.QualName + "." + d.Name);
        });
        type.AddReadonlyMember("__objclass__", static self => ((PyMemberDescriptor)self).Owner);
        type.AddGetter("__doc__", static self => ((PyMemberDescriptor)self).Doc is { } doc ? new PyStr(doc) : PyNone.Instance);
    }

    private bool Check(PyObject instance)
    {
        if (instance.Type.IsSubtypeOf(Owner))
        {
            return true;
        }

        PyErr.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
        return false;
    }

    // Instances of classes laid out on object keep members inline; instances
    // of subclasses of other builtins keep them in a side table owned by the
    // interpreter (their .NET class has no room for them).
    private PyObject?[]? Storage(PyObject instance, bool create)
    {
        if (instance is PyInstance inst)
        {
            if (inst.MemberSlots is null || inst.MemberSlots.Length <= Index)
            {
                if (!create)
                {
                    return null;
                }

                var grown = new PyObject?[Math.Max(Index + 1, instance.Type.MemberSlotCount)];
                inst.MemberSlots?.CopyTo(grown, 0);
                inst.MemberSlots = grown;
            }

            return inst.MemberSlots;
        }

        var table = PyThreadState.Current.Interpreter.GetState(static _ => new MemberTable()).Values;
        if (table.TryGetValue(instance, out var values) && values.Length > Index)
        {
            return values;
        }

        if (!create)
        {
            return null;
        }

        var fresh = new PyObject?[Math.Max(Index + 1, instance.Type.MemberSlotCount)];
        values?.CopyTo(fresh, 0);
        table.AddOrUpdate(instance, fresh);
        return fresh;
    }

    private sealed class MemberTable
    {
        public readonly ConditionalWeakTable<PyObject, PyObject?[]> Values = new();
    }
}
