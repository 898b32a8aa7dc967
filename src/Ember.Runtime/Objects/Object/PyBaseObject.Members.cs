using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public static partial class PyBaseObject
{
    /// <summary>object's dict entries other than the slot wrappers (object_methods, object_getsets).</summary>
    internal static void InitMembers(PyType type)
    {
        type.AddGetter("__class__", static self => self.Type, SetClass, "the object's class");
        type.AddMethod("__dir__", Dir, "Default dir() implementation.");
        type.AddMethod("__format__", Format, "Default object formatter.");
        type.AddMethod("__reduce__", static (self, args, kw) =>
            Args.NoArgs("object.__reduce__", args, kw) ? Reduce.ReduceEx(self, 0) : null, "Helper for pickle.");
        type.AddMethod("__reduce_ex__", ReduceEx, "Helper for pickle.");
        type.AddMethod("__getstate__", static (self, args, kw) =>
            Args.NoArgs("object.__getstate__", args, kw) ? Reduce.GetState(self, required: false) : null, "Helper for pickle.");
        type.AddMethod("__sizeof__", static (self, args, kw) =>
            Args.NoArgs("object.__sizeof__", args, kw) ? PyInt.From(SizeOf(self)) : null, "Size of object in memory, in bytes.");
        type.AddClassMethod("__init_subclass__", static (cls, args, kw) =>
            Args.NoArgs(((PyType)cls).QualName + ".__init_subclass__", args, kw) ? PyNone.Instance : null,
            "This method is called when a class is subclassed.");
        type.AddClassMethod("__subclasshook__", static (cls, args, kw) => PyNotImplemented.Instance, "Abstract classes can override this to customize issubclass().");
        type.AddValue("__doc__", new PyStr("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
    }

    /// <summary>__class__ assignment (object_set_class) with CPython's compatibility checks.</summary>
    private static bool SetClass(PyObject self, PyObject? value)
    {
        if (value is null)
        {
            PyErr.TypeError("can't delete __class__ attribute");
            return false;
        }

        if (value is not PyType newType)
        {
            PyErr.TypeError($"__class__ must be set to a class, not '{value.Type.Name}' object");
            return false;
        }

        var oldType = self.Type;
        bool modules = newType.IsSubtypeOf(PyModule.TypeObject) && oldType.IsSubtypeOf(PyModule.TypeObject);
        if (!modules && (newType.HasFlag(TypeFlags.Immutable) || oldType.HasFlag(TypeFlags.Immutable)))
        {
            PyErr.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            return false;
        }

        if (PyType.IsGcAllocated(oldType) != PyType.IsGcAllocated(newType))
        {
            PyErr.TypeError($"__class__ assignment: '{newType.Name}' deallocator differs from '{oldType.Name}'");
            return false;
        }

        if (!PyType.CompatibleForAssignment(oldType, newType))
        {
            PyErr.TypeError($"__class__ assignment: '{newType.Name}' object layout differs from '{oldType.Name}'");
            return false;
        }

        self.Type = newType;
        return true;
    }

    /// <summary>object.__dir__: the instance's __dict__ keys and every attribute of its class and bases.</summary>
    private static PyObject? Dir(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.NoArgs("object.__dir__", args, kwnames))
        {
            return null;
        }

        var names = new PyDict();
        int found = PyAttr.TryGetAttr(self, new PyStr("__dict__"), out var dict);
        if (found < 0)
        {
            return null;
        }

        if (found > 0 && dict is PyDict d)
        {
            names = d.Copy();
        }

        int got = PyAttr.TryGetAttr(self, new PyStr("__class__"), out var cls);
        if (got < 0)
        {
            return null;
        }

        if (got > 0 && cls is not null && !PyType.MergeClassDict(names, cls))
        {
            return null;
        }

        var list = new PyList(names.Count);
        int pos = 0;
        while (names.Next(ref pos, out var key, out _))
        {
            list.Append(key);
        }

        return list;
    }

    /// <summary>object.__format__: str(self) for an empty spec, else TypeError.</summary>
    private static PyObject? Format(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("object.__format__", args, kwnames))
        {
            return null;
        }

        if (args[0] is not PyStr spec)
        {
            return PyErr.TypeError($"__format__() argument must be str, not {StrArgs.TypeNameForError(args[0])}");
        }

        if (spec.Value.Length > 0)
        {
            return PyErr.TypeError($"unsupported format string passed to {self.Type.Name}.__format__");
        }

        return PyOps.Str(self);
    }

    /// <summary>
    /// object.__reduce_ex__(protocol): a class's own __reduce__ wins when it
    /// overrides object's; otherwise the copyreg protocol.
    /// </summary>
    private static PyObject? ReduceEx(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("object.__reduce_ex__", args, kwnames))
        {
            return null;
        }

        if (!PyNumber.AsSsize(args[0], out long protocol))
        {
            return null;
        }

        var reduce = self.Type.Lookup("__reduce__");
        var objectReduce = PyType.ObjectType.Dict.GetItemStr("__reduce__");
        if (reduce is not null && !ReferenceEquals(reduce, objectReduce))
        {
            var bound = PyAttr.GetAttr(self, new PyStr("__reduce__"));
            return bound is null ? null : PyCall.Call(bound);
        }

        return Reduce.ReduceEx(self, protocol);
    }

    /// <summary>An estimate of CPython's tp_basicsize for <c>__sizeof__</c>: a header, one word per __slots__ member, one for __weakref__.</summary>
    public static long SizeOf(PyObject self)
    {
        var type = self.Type;
        long size = 16 + (8L * type.MemberSlotCount);
        if (type.IsHeapType && type.HasFlag(TypeFlags.HasWeakref))
        {
            size += 8;
        }

        return size;
    }
}
