using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// <c>wrapper_descriptor</c> (Objects/descrobject.c): a builtin type's slot
/// seen as a dunder in its dict, <c>int.__add__</c>. Calling it calls the
/// slot the way <see cref="SlotDef.Wrapper"/> says; binding it gives a
/// <see cref="PyMethodWrapper"/>. The machinery also reads
/// <see cref="Wrapped"/> back: a Python class that inherits this dunder gets
/// the slot itself, not a trip through Python.
/// </summary>
public sealed class PySlotWrapper : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("wrapper_descriptor", null, TypeFlags.MethodDescriptor, InitSlots, InitMembers);

    public PySlotWrapper(PyType owner, SlotDef def, Delegate wrapped)
        : base(TypeObject)
    {
        Owner = owner;
        Def = def;
        Wrapped = wrapped;
    }

    /// <summary>The type whose dict holds this wrapper (__objclass__).</summary>
    public PyType Owner { get; }

    public SlotDef Def { get; }

    /// <summary>The slot function called (of the delegate type of <see cref="SlotDef.Field"/>).</summary>
    public Delegate Wrapped { get; }

    public string Name => Def.Name;

    private static void InitSlots(PyType type)
    {
        type.Call = static (self, args, kwnames) => ((PySlotWrapper)self).CallUnbound(args, kwnames);
        type.DescrGet = static (descr, instance, owner) =>
        {
            var d = (PySlotWrapper)descr;
            if (instance is null)
            {
                return d;
            }

            if (!instance.Type.IsSubtypeOf(d.Owner))
            {
                return PyErr.TypeError($"descriptor '{d.Name}' for '{d.Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
            }

            return new PyMethodWrapper(d, instance);
        };
        type.Repr = static self =>
        {
            var d = (PySlotWrapper)self;
            return new PyStr($"<slot wrapper '{d.Name}' of '{d.Owner.Name}' objects>");
        };
    }

    private static void InitMembers(PyType type)
    {
        type.AddReadonlyMember("__name__", static self => new PyStr(((PySlotWrapper)self).Name));
        type.AddGetter("__qualname__", static self =>
        {
            var d = (PySlotWrapper)self;
            return new PyStr(d.Owner.QualName + "." + d.Name);
        });
        type.AddReadonlyMember("__objclass__", static self => ((PySlotWrapper)self).Owner);
        type.AddGetter("__doc__", static self => new PyStr(((PySlotWrapper)self).Def.Doc));
        type.AddGetter("__text_signature__", static self => new PyStr(((PySlotWrapper)self).Def.TextSignature));
    }

    private PyObject? CallUnbound(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        if (args.Length - nkw < 1)
        {
            return PyErr.TypeError($"descriptor '{Name}' of '{Owner.Name}' object needs an argument");
        }

        var self = args[0];
        if (!self.Type.IsSubtypeOf(Owner))
        {
            return PyErr.TypeError($"descriptor '{Name}' requires a '{Owner.Name}' object but received a '{self.Type.Name}'");
        }

        return SlotCall.Invoke(Def, Wrapped, self, args[1..], kwnames);
    }
}

/// <summary>
/// <c>method-wrapper</c>: a slot wrapper bound to an object, <c>(1).__add__</c>.
/// Equal to another when both wrap the same slot of the same object.
/// </summary>
public sealed class PyMethodWrapper : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("method-wrapper", null, TypeFlags.None, InitSlots, InitMembers);

    public PyMethodWrapper(PySlotWrapper descriptor, PyObject self)
        : base(TypeObject)
    {
        Descriptor = descriptor;
        Self = self;
    }

    public PySlotWrapper Descriptor { get; }

    public PyObject Self { get; }

    private static void InitSlots(PyType type)
    {
        type.Call = static (self, args, kwnames) =>
        {
            var m = (PyMethodWrapper)self;
            return SlotCall.Invoke(m.Descriptor.Def, m.Descriptor.Wrapped, m.Self, args, kwnames);
        };
        type.Repr = static self =>
        {
            var m = (PyMethodWrapper)self;
            return new PyStr($"<method-wrapper '{m.Descriptor.Name}' of {m.Self.Type.Name} object at {PyBaseObject.Address(m.Self)}>");
        };
        type.RichCompare = static (self, other, op) =>
        {
            if (other is not PyMethodWrapper b || op is not (Bytecode.CompareOp.Eq or Bytecode.CompareOp.Ne))
            {
                return PyNotImplemented.Instance;
            }

            var a = (PyMethodWrapper)self;
            bool eq = ReferenceEquals(a.Descriptor, b.Descriptor) && ReferenceEquals(a.Self, b.Self);
            return PyBool.From(op == Bytecode.CompareOp.Eq ? eq : !eq);
        };
        type.Hash = static self =>
        {
            var m = (PyMethodWrapper)self;
            long h = PyBaseObject.Hash(m.Self) ^ PyBaseObject.Hash(m.Descriptor);
            return h == -1 ? -2 : h;
        };
    }

    private static void InitMembers(PyType type)
    {
        type.AddGetter("__self__", static self => ((PyMethodWrapper)self).Self);
        type.AddGetter("__name__", static self => new PyStr(((PyMethodWrapper)self).Descriptor.Name));
        type.AddGetter("__qualname__", static self =>
        {
            var d = ((PyMethodWrapper)self).Descriptor;
            return new PyStr(d.Owner.QualName + "." + d.Name);
        });
        type.AddGetter("__objclass__", static self => ((PyMethodWrapper)self).Descriptor.Owner);
        type.AddGetter("__doc__", static self => new PyStr(((PyMethodWrapper)self).Descriptor.Def.Doc));
        type.AddGetter("__text_signature__", static self => new PyStr(((PyMethodWrapper)self).Descriptor.Def.TextSignature));
    }
}
