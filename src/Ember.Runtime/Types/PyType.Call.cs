using Ember.Runtime.Errors;

namespace Ember.Runtime.Objects;

public sealed partial class PyType
{
    // The type machinery (Types/) fills in object's and type's other slots.
    static partial void InitCoreSlots();

    /// <summary>
    /// Calling a class (type_call, Objects/typeobject.c): <c>type(x)</c> with
    /// one argument gives x's class; otherwise __new__, then __init__ when the
    /// result is an instance of the class.
    /// </summary>
    public static PyObject? TypeCall(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var type = (PyType)self;
        if (ReferenceEquals(type, TypeType) && args.Length == 1 && (kwnames is null || kwnames.Count == 0))
        {
            return args[0].Type;
        }

        if (type.New is not { } newSlot)
        {
            return PyErr.TypeError($"cannot create '{type.Name}' instances");
        }

        var obj = newSlot(type, args, kwnames);
        if (obj is null || !obj.Type.IsSubtypeOf(type))
        {
            return obj;
        }

        if (obj.Type.Init is { } init && !init(obj, args, kwnames))
        {
            return null;
        }

        return obj;
    }
}
