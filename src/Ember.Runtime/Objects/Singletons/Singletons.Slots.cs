using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

// None, NotImplemented and Ellipsis (Objects/object.c, Objects/sliceobject.c):
// calling their type with no arguments gives the singleton; any argument is
// refused with "<Name>Type takes no arguments"; pickling stores their name.

public sealed partial class PyNone
{
    private static partial void InitSlots(PyType type)
    {
        type.Repr = static self => new PyStr("None");
        type.Bool = static self => 0;
        type.New = static (cls, args, kw) => Singletons.New("NoneType", Instance, args);
    }

    // NoneType has no __reduce__ of its own in 3.11 (object's refuses to pickle it).
    private static partial void InitMembers(PyType type)
    {
    }
}

public sealed partial class PyNotImplemented
{
    private static partial void InitSlots(PyType type)
    {
        type.Repr = static self => new PyStr("NotImplemented");

        // CPython also warns (DeprecationWarning) that NotImplemented should not be used in a boolean context.
        type.Bool = static self => 1;
        type.New = static (cls, args, kw) => Singletons.New("NotImplementedType", Instance, args);
    }

    private static partial void InitMembers(PyType type) => Singletons.AddReduce(type, "NotImplemented");
}

public sealed partial class PyEllipsis
{
    private static partial void InitSlots(PyType type)
    {
        type.Repr = static self => new PyStr("Ellipsis");
        type.New = static (cls, args, kw) => Singletons.New("EllipsisType", Instance, args);
    }

    private static partial void InitMembers(PyType type) => Singletons.AddReduce(type, "Ellipsis");
}

/// <summary>What the three singleton types share.</summary>
internal static class Singletons
{
    public static PyObject? New(string typeName, PyObject instance, ReadOnlySpan<PyObject> args) =>
        args.Length == 0 ? instance : Errors.PyErr.TypeError($"{typeName} takes no arguments");

    public static void AddReduce(PyType type, string name)
    {
        var reduced = new PyStr(name);
        type.AddMethod("__reduce__", (self, args, kw) => Args.NoArgs($"{type.Name}.__reduce__", args, kw) ? reduced : null);
    }
}
