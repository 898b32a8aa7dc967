using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public sealed partial class PyBuiltinFunction
{
    private static partial void InitSlots(PyType type)
    {
        type.Call = static (self, args, kwnames) => ((PyBuiltinFunction)self).Invoke(args, kwnames);
        type.Repr = static self =>
        {
            var f = (PyBuiltinFunction)self;
            return new PyStr(f.Self is null
                ? $"<built-in function {f.Name}>"
                : $"<built-in method {f.Name} of {f.Self.Type.Name} object>");
        };
    }

    private static partial void InitMembers(PyType type)
    {
    }
}

public sealed partial class PyMethodDescriptor
{
    private static partial void InitSlots(PyType type)
    {
        type.Call = static (self, args, kwnames) => ((PyMethodDescriptor)self).CallUnbound(args, kwnames);
        type.DescrGet = static (descr, instance, owner) =>
        {
            var d = (PyMethodDescriptor)descr;
            if (instance is null)
            {
                return d;
            }

            if (!instance.Type.IsSubtypeOf(d.Owner))
            {
                return PyErr.TypeError($"descriptor '{d.Name}' for '{d.Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
            }

            return new PyBuiltinFunction(d.Name, d.Impl, instance, d.Doc);
        };
        type.Repr = static self =>
        {
            var d = (PyMethodDescriptor)self;
            return new PyStr($"<method '{d.Name}' of '{d.Owner.Name}' objects>");
        };
    }

    private static partial void InitMembers(PyType type)
    {
    }
}

public sealed partial class PyGetSetDescriptor
{
    private static partial void InitSlots(PyType type)
    {
        type.DescrGet = static (descr, instance, owner) =>
        {
            var d = (PyGetSetDescriptor)descr;
            return instance is null ? d : d.Getter(instance);
        };
        type.DescrSet = static (descr, instance, value) =>
        {
            var d = (PyGetSetDescriptor)descr;
            if (d.Setter is null)
            {
                PyErr.AttributeError($"attribute '{d.Name}' of '{d.Owner.Name}' objects is not writable");
                return false;
            }

            return d.Setter(instance, value);
        };
        type.Repr = static self =>
        {
            var d = (PyGetSetDescriptor)self;
            return new PyStr($"<attribute '{d.Name}' of '{d.Owner.Name}' objects>");
        };
    }

    private static partial void InitMembers(PyType type)
    {
    }
}

public sealed partial class PyClassMethodDescriptor
{
    private static partial void InitSlots(PyType type)
    {
        type.DescrGet = static (descr, instance, owner) =>
        {
            var d = (PyClassMethodDescriptor)descr;
            var cls = owner ?? instance?.Type;
            if (cls is null)
            {
                return PyErr.TypeError($"descriptor '{d.Name}' for type '{d.Owner.Name}' needs a type, not None as arg 2");
            }

            return new PyBuiltinFunction(d.Name, d.Impl, cls, d.Doc);
        };
        type.Repr = static self =>
        {
            var d = (PyClassMethodDescriptor)self;
            return new PyStr($"<method '{d.Name}' of '{d.Owner.Name}' objects>");
        };
    }

    private static partial void InitMembers(PyType type)
    {
    }
}
