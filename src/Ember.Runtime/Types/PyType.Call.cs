using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public sealed partial class PyType
{
    /// <summary>
    /// Calling a class (type_call, Objects/typeobject.c): <c>type(x)</c> with
    /// one argument gives x's class; otherwise __new__, then __init__ when the
    /// result is an instance of the class.
    /// </summary>
    public static PyObject? TypeCall(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var type = (PyType)self;
        if (ReferenceEquals(type, TypeType))
        {
            int nkw = kwnames?.Count ?? 0;
            int npos = args.Length - nkw;
            if (npos == 1)
            {
                // type_vectorcall: the one-argument form refuses keywords before anything else.
                return nkw == 0 ? args[0].Type : PyErr.TypeError("type() takes no keyword arguments");
            }

            if (npos != 1 && npos != 3)
            {
                return PyErr.TypeError("type() takes 1 or 3 arguments");
            }
        }

        if (type.New is not { } newSlot || type.HasFlag(TypeFlags.DisallowInstantiation))
        {
            return PyErr.TypeError($"cannot create '{type.DisplayName}' instances");
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
