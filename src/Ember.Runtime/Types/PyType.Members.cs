using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>The attributes and methods of <c>type</c> (type_getsets, type_methods, type_members).</summary>
public sealed partial class PyType
{
    private static void InitTypeMembers(PyType t)
    {
        t.AddGetter("__name__", static self => new PyStr(((PyType)self).Name), SetName);
        t.AddGetter("__qualname__", static self => new PyStr(((PyType)self).QualName), SetQualName);
        t.AddGetter("__bases__", static self => new PyTuple([.. ((PyType)self).Bases]), SetBases);
        t.AddReadonlyMember("__base__", static self => (PyObject?)((PyType)self).BaseForPython() ?? PyNone.Instance);
        t.AddReadonlyMember("__mro__", static self => new PyTuple([.. ((PyType)self).Mro]));
        t.AddGetter("__module__", GetModule, SetModule);
        t.AddGetter("__abstractmethods__", GetAbstractMethods, SetAbstractMethods);
        t.AddGetter("__dict__", static self => new PyMappingProxy(((PyType)self).Dict));
        t.AddGetter("__doc__", GetDoc, SetDoc);
        t.AddGetter("__text_signature__", static self => PyNone.Instance);
        t.AddGetter("__annotations__", GetAnnotations, SetAnnotations);
        t.AddReadonlyMember("__basicsize__", static self => PyInt.From(BasicSize((PyType)self)));
        t.AddReadonlyMember("__itemsize__", static self => PyInt.Zero);
        t.AddReadonlyMember("__flags__", static self => PyInt.From((long)(uint)((PyType)self).Flags));
        t.AddReadonlyMember("__weakrefoffset__", static self => PyInt.From(((PyType)self).HasFlag(TypeFlags.HasWeakref) ? 16 : 0));
        t.AddReadonlyMember("__dictoffset__", static self => PyInt.From(((PyType)self).HasFlag(TypeFlags.HasDict) ? -1 : 0));
        t.AddMethod("mro", static (self, args, kw) =>
        {
            if (!((args.Length == 0 && kw is null) || Args.NoArgs(((PyType)self).QualName + ".mro", args, kw)))
            {
                return null;
            }

            var mro = ComputeMro((PyType)self);
            return mro is null ? null : PyList.Create(mro);
        }, "Return a type's method resolution order.");
        t.AddMethod("__subclasses__", static (self, args, kw) =>
        {
            if (!((args.Length == 0 && kw is null) || Args.NoArgs(((PyType)self).QualName + ".__subclasses__", args, kw)))
            {
                return null;
            }

            var subs = ((PyType)self).Subclasses();
            var list = new PyList(subs.Count);
            foreach (var s in subs)
            {
                list.Append(s);
            }

            return list;
        }, "Return a list of immediate subclasses.");
        t.AddMethod("__instancecheck__", static (self, args, kw) =>
        {
            if (!((args.Length == 1 && kw is null) || Args.ExactlyOne(((PyType)self).QualName + ".__instancecheck__", args, kw)))
            {
                return null;
            }

            int r = PyTypeCheck.RecursiveIsInstance(args[0], self);
            return r < 0 ? null : PyBool.From(r != 0);
        }, "Check if an object is an instance.");
        t.AddMethod("__subclasscheck__", static (self, args, kw) =>
        {
            if (!((args.Length == 1 && kw is null) || Args.ExactlyOne(((PyType)self).QualName + ".__subclasscheck__", args, kw)))
            {
                return null;
            }

            int r = PyTypeCheck.RecursiveIsSubclass(args[0], self);
            return r < 0 ? null : PyBool.From(r != 0);
        }, "Check if a class is a subclass.");
        t.AddMethod("__dir__", static (self, args, kw) =>
        {
            if (!((args.Length == 0 && kw is null) || Args.NoArgs(((PyType)self).QualName + ".__dir__", args, kw)))
            {
                return null;
            }

            var names = new PyDict();
            if (!MergeClassDict(names, self))
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
        }, "Specialized __dir__ implementation for types.");
        t.AddMethod("__sizeof__", static (self, args, kw) =>
            ((args.Length == 0 && kw is null) || Args.NoArgs(((PyType)self).QualName + ".__sizeof__", args, kw)) ? PyInt.From(((PyType)self).IsHeapType ? 920 : 400) : null,
            "Return memory consumption of the type object.");
        t.AddClassMethod("__prepare__", static (self, args, kw) => new PyDict(), "Create the namespace for the class statement.");
    }

    // __base__ of object is None.
    private PyType? BaseForPython() => ReferenceEquals(this, ObjectType) ? null : Base;

    private static long BasicSize(PyType type)
    {
        if (ReferenceEquals(type, ObjectType))
        {
            return 16;
        }

        long size = 16 + (8L * type.MemberSlotCount);
        if (type.IsHeapType && type.HasFlag(TypeFlags.HasWeakref))
        {
            size += 8;
        }

        return size;
    }

    private static bool CheckSettable(PyType type, string attribute, PyObject? value)
    {
        if (!type.IsHeapType || type.HasFlag(TypeFlags.Immutable))
        {
            PyErr.TypeError($"cannot set '{attribute}' attribute of immutable type '{type.DisplayName}'");
            return false;
        }

        if (value is null)
        {
            PyErr.TypeError($"cannot delete '{attribute}' attribute of immutable type '{type.DisplayName}'");
            return false;
        }

        return true;
    }

    private static bool SetName(PyObject self, PyObject? value)
    {
        var type = (PyType)self;
        if (!CheckSettable(type, "__name__", value))
        {
            return false;
        }

        if (value is not PyStr s)
        {
            PyErr.TypeError($"can only assign string to {type.Name}.__name__, not '{value!.Type.Name}'");
            return false;
        }

        if (s.Value.Contains('\0'))
        {
            PyErr.ValueError("type name must not contain null characters");
            return false;
        }

        type.Name = s.Value;
        return true;
    }

    private static bool SetQualName(PyObject self, PyObject? value)
    {
        var type = (PyType)self;
        if (!CheckSettable(type, "__qualname__", value))
        {
            return false;
        }

        if (value is not PyStr s)
        {
            PyErr.TypeError($"can only assign string to {type.Name}.__qualname__, not '{value!.Type.Name}'");
            return false;
        }

        type.QualName = s.Value;
        return true;
    }

    private static PyObject? GetModule(PyObject self)
    {
        var type = (PyType)self;
        if (type.IsHeapType)
        {
            var module = type.Dict.GetItemStr("__module__");
            return module ?? PyErr.SetObject(PyExc.AttributeError, new PyStr("__module__"));
        }

        return new PyStr(type.ModuleName);
    }

    private static bool SetModule(PyObject self, PyObject? value)
    {
        var type = (PyType)self;
        if (!CheckSettable(type, "__module__", value))
        {
            return false;
        }

        type.Dict.SetItemStr("__module__", value!);
        type.Modified();
        return true;
    }

    private static PyObject? GetAbstractMethods(PyObject self)
    {
        var type = (PyType)self;

        // type itself has the descriptor in its dict; it is no abstract class.
        var value = ReferenceEquals(type, TypeType) ? null : type.Dict.GetItemStr("__abstractmethods__");
        return value ?? PyErr.SetObject(PyExc.AttributeError, new PyStr("__abstractmethods__"));
    }

    private static bool SetAbstractMethods(PyObject self, PyObject? value)
    {
        var type = (PyType)self;
        bool isAbstract = false;
        if (value is not null)
        {
            int truth = PyOps.IsTrue(value);
            if (truth < 0)
            {
                return false;
            }

            isAbstract = truth != 0;
            type.Dict.SetItemStr("__abstractmethods__", value);
        }
        else if (type.Dict.DelItem(new PyStr("__abstractmethods__")) <= 0)
        {
            if (!PyErr.Occurred)
            {
                PyErr.SetObject(PyExc.AttributeError, new PyStr("__abstractmethods__"));
            }

            return false;
        }

        type.Modified();
        type.Flags = isAbstract ? type.Flags | TypeFlags.IsAbstract : type.Flags & ~TypeFlags.IsAbstract;
        return true;
    }

    private const string TypeDoc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";

    private static PyObject? GetDoc(PyObject self)
    {
        var type = (PyType)self;
        var doc = type.Dict.GetItemStr("__doc__");
        if (doc is null)
        {
            return PyNone.Instance;
        }

        if (!type.IsHeapType)
        {
            // type's own dict holds the __doc__ getset (type_getsets), not its text (tp_doc).
            return doc is PyGetSetDescriptor ? new PyStr(TypeDoc) : doc;
        }

        return doc.Type.DescrGet is { } get ? get(doc, null, type) : doc;
    }

    private static bool SetDoc(PyObject self, PyObject? value)
    {
        var type = (PyType)self;
        if (!CheckSettable(type, "__doc__", value))
        {
            return false;
        }

        type.Dict.SetItemStr("__doc__", value!);
        type.Modified();
        return true;
    }

    private static PyObject? GetAnnotations(PyObject self)
    {
        var type = (PyType)self;
        if (!type.IsHeapType)
        {
            return PyErr.AttributeError($"type object '{type.Name}' has no attribute '__annotations__'");
        }

        var annotations = type.Dict.GetItemStr("__annotations__");
        if (annotations is not null)
        {
            return annotations.Type.DescrGet is { } get ? get(annotations, null, type) : annotations;
        }

        var fresh = new PyDict();
        type.Dict.SetItemStr("__annotations__", fresh);
        type.Modified();
        return fresh;
    }

    private static bool SetAnnotations(PyObject self, PyObject? value)
    {
        var type = (PyType)self;
        if (!type.IsHeapType || type.HasFlag(TypeFlags.Immutable))
        {
            PyErr.TypeError($"cannot set '__annotations__' attribute of immutable type '{type.DisplayName}'");
            return false;
        }

        if (value is null)
        {
            if (type.Dict.DelItem(new PyStr("__annotations__")) <= 0)
            {
                if (!PyErr.Occurred)
                {
                    PyErr.SetObject(PyExc.AttributeError, new PyStr("__annotations__"));
                }

                return false;
            }
        }
        else
        {
            type.Dict.SetItemStr("__annotations__", value);
        }

        type.Modified();
        return true;
    }
}
