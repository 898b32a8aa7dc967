using Ember.Bytecode;
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
            return new PyStr(f.Self is null || f.Self is PyModule
                ? $"<built-in function {f.Name}>"
                : $"<built-in method {f.Name} of {f.Self.Type.Name} object at {PyBaseObject.Address(f.Self)}>");
        };

        // Two bound builtins are equal when they call the same code on the same object (meth_richcompare).
        type.RichCompare = static (self, other, op) =>
        {
            if (other is not PyBuiltinFunction b || op is not (CompareOp.Eq or CompareOp.Ne))
            {
                return PyNotImplemented.Instance;
            }

            var a = (PyBuiltinFunction)self;
            bool eq = ReferenceEquals(a.Self, b.Self) && Equals(a.Method, b.Method) && Equals(a.Function, b.Function);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        type.Hash = static self =>
        {
            var f = (PyBuiltinFunction)self;
            long h = (f.Self is null ? 0 : PyBaseObject.Hash(f.Self)) ^ ((Delegate?)f.Method ?? f.Function)!.GetHashCode();
            return h == -1 ? -2 : h;
        };
    }

    private static partial void InitMembers(PyType type)
    {
        type.AddGetter("__name__", static self => new PyStr(((PyBuiltinFunction)self).Name));
        type.AddGetter("__qualname__", static self => new PyStr(((PyBuiltinFunction)self).QualName));
        type.AddGetter("__self__", static self => ((PyBuiltinFunction)self).Self ?? (PyObject?)((PyBuiltinFunction)self).ModuleObject ?? PyNone.Instance);
        type.AddMember("__module__", static self =>
        {
            var f = (PyBuiltinFunction)self;
            return f.ModuleAttr ?? (f.ModuleName is null ? PyNone.Instance : new PyStr(f.ModuleName));
        }, static (self, value) =>
        {
            // A T_OBJECT member: deleting it leaves NULL, read back as None.
            ((PyBuiltinFunction)self).ModuleAttr = value ?? PyNone.Instance;
            return true;
        });
        type.AddGetter("__doc__", static self => DocOrNone(((PyBuiltinFunction)self).Doc));
        type.AddGetter("__text_signature__", static self => DocOrNone(((PyBuiltinFunction)self).TextSignature));
    }

    /// <summary>__qualname__: "len" for a module function, "list.append" for a method, "int.__new__" for a type's.</summary>
    public string QualName => Self switch
    {
        null or PyModule => Name,
        PyType t => t.QualName + "." + Name,
        _ => Self.Type.QualName + "." + Name,
    };

    internal static PyObject DocOrNone(string? text) => text is null ? PyNone.Instance : new PyStr(text);
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

            return new PyBuiltinFunction(d.Name, d.Impl, instance, d.Doc) { TextSignature = d.TextSignature };
        };
        type.Repr = static self =>
        {
            var d = (PyMethodDescriptor)self;
            return new PyStr($"<method '{d.Name}' of '{d.Owner.Name}' objects>");
        };
    }

    private static partial void InitMembers(PyType type)
    {
        type.AddReadonlyMember("__name__", static self => new PyStr(((PyMethodDescriptor)self).Name));
        type.AddGetter("__qualname__", static self =>
        {
            var d = (PyMethodDescriptor)self;
            return new PyStr(d.Owner.QualName + "." + d.Name);
        });
        type.AddReadonlyMember("__objclass__", static self => ((PyMethodDescriptor)self).Owner);
        type.AddGetter("__doc__", static self => PyBuiltinFunction.DocOrNone(((PyMethodDescriptor)self).Doc));
        type.AddGetter("__text_signature__", static self => PyBuiltinFunction.DocOrNone(((PyMethodDescriptor)self).TextSignature));
    }
}

public sealed partial class PyGetSetDescriptor
{
    private static partial void InitSlots(PyType type)
    {
        type.DescrGet = static (descr, instance, owner) =>
        {
            var d = (PyGetSetDescriptor)descr;
            if (instance is null)
            {
                return d;
            }

            if (!instance.Type.IsSubtypeOf(d.Owner))
            {
                return PyErr.TypeError($"descriptor '{d.Name}' for '{d.Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
            }

            return d.Getter(instance);
        };
        type.DescrSet = static (descr, instance, value) =>
        {
            var d = (PyGetSetDescriptor)descr;
            if (!instance.Type.IsSubtypeOf(d.Owner))
            {
                PyErr.TypeError($"descriptor '{d.Name}' for '{d.Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
                return false;
            }

            if (d.Setter is null)
            {
                PyErr.AttributeError($"attribute '{d.Name}' of '{d.Owner.TpName}' objects is not writable");
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
        type.AddReadonlyMember("__name__", static self => new PyStr(((PyGetSetDescriptor)self).Name));
        type.AddGetter("__qualname__", static self =>
        {
            var d = (PyGetSetDescriptor)self;
            return new PyStr(d.Owner.QualName + "." + d.Name);
        });
        type.AddReadonlyMember("__objclass__", static self => ((PyGetSetDescriptor)self).Owner);
        type.AddGetter("__doc__", static self => PyBuiltinFunction.DocOrNone(((PyGetSetDescriptor)self).Doc));
    }
}

public sealed partial class PyClassMethodDescriptor
{
    private static partial void InitSlots(PyType type)
    {
        type.DescrGet = static (descr, instance, owner) => Get((PyClassMethodDescriptor)descr, instance, owner);
        type.Call = static (self, args, kwnames) =>
        {
            // classmethoddescr_call: the first argument is the class, bound as classmethod_get binds it.
            var d = (PyClassMethodDescriptor)self;
            int nkw = kwnames?.Count ?? 0;
            if (args.Length - nkw < 1)
            {
                return PyErr.TypeError($"descriptor '{d.Name}' of '{d.Owner.TpName}' object needs an argument");
            }

            if (Get(d, null, args[0]) is null)
            {
                return null;
            }

            return d.Impl(args[0], args[1..], kwnames);
        };
        type.Repr = static self =>
        {
            var d = (PyClassMethodDescriptor)self;
            return new PyStr($"<method '{d.Name}' of '{d.Owner.Name}' objects>");
        };
    }

    /// <summary>classmethod_get: the class (or the instance's type) must be a subtype of the owner.</summary>
    private static PyObject? Get(PyClassMethodDescriptor d, PyObject? instance, PyObject? owner)
    {
        var cls = owner ?? instance?.Type;
        if (cls is null)
        {
            return PyErr.TypeError($"descriptor '{d.Name}' for type '{d.Owner.TpName}' needs either an object or a type");
        }

        if (cls is not PyType t)
        {
            return PyErr.TypeError($"descriptor '{d.Name}' for type '{d.Owner.TpName}' needs a type, not a '{cls.Type.TpName}' as arg 2");
        }

        if (!t.IsSubtypeOf(d.Owner))
        {
            return PyErr.TypeError($"descriptor '{d.Name}' requires a subtype of '{d.Owner.TpName}' but received '{t.TpName}'");
        }

        return new PyBuiltinFunction(d.Name, d.Impl, cls, d.Doc);
    }

    private static partial void InitMembers(PyType type)
    {
        type.AddReadonlyMember("__name__", static self => new PyStr(((PyClassMethodDescriptor)self).Name));
        type.AddGetter("__qualname__", static self =>
        {
            var d = (PyClassMethodDescriptor)self;
            return new PyStr(d.Owner.QualName + "." + d.Name);
        });
        type.AddReadonlyMember("__objclass__", static self => ((PyClassMethodDescriptor)self).Owner);
        type.AddGetter("__doc__", static self => PyBuiltinFunction.DocOrNone(((PyClassMethodDescriptor)self).Doc));
    }
}
