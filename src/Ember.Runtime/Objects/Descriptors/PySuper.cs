using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// <c>super</c> (Objects/typeobject.c's super_*): a proxy that looks
/// attributes up in the MRO of <see cref="ObjType"/> starting after
/// <see cref="ThisClass"/>, binding what it finds to <see cref="Obj"/>.
/// Zero-argument <c>super()</c> reads the calling frame (<see cref="FromFrame"/>).
/// </summary>
public class PySuper : PyObject, IInstanceDict
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("super", null, TypeFlags.BaseType, InitSlots, InitMembers);

    private PyDict? _dict;

    protected PySuper(PyType type)
        : base(type)
    {
    }

    /// <summary>__thisclass__: the class whose successors are searched.</summary>
    public PyType? ThisClass;

    /// <summary>__self__: the object (or class) methods are bound to; null for an unbound super.</summary>
    public PyObject? Obj;

    /// <summary>__self_class__: the class whose MRO is searched.</summary>
    public PyType? ObjType;

    PyDict? IInstanceDict.Dict
    {
        get => ReferenceEquals(Type, TypeObject) ? null : _dict ??= new PyDict();
        set => _dict = value;
    }

    /// <summary>super(type, obj); null with TypeError pending when obj is neither an instance nor a subclass of type.</summary>
    public static PySuper? Create(PyType type, PyObject? obj)
    {
        var s = new PySuper(TypeObject);
        return s.Initialize(type, obj) ? s : null;
    }

    /// <summary>
    /// Zero-argument <c>super()</c> (super_init_without_args): the calling
    /// frame's first argument and its <c>__class__</c> cell, which the
    /// compiler creates for methods that use super or __class__.
    /// </summary>
    public static bool FromFrame(Interpreter.Frame? frame, out PyType type, out PyObject obj)
    {
        type = null!;
        obj = null!;
        if (frame is null)
        {
            PyErr.RuntimeError("super(): no current frame");
            return false;
        }

        var co = frame.CodeObject;
        if (co.ArgCount == 0)
        {
            PyErr.RuntimeError("super(): no arguments");
            return false;
        }

        var first = frame.Values[0];
        if ((co.LocalsPlusKinds[0] & Bytecode.LocalKind.Cell) != 0 && first is PyCell firstCell)
        {
            first = firstCell.Contents!;
        }

        if (first is null)
        {
            PyErr.RuntimeError("super(): arg[0] deleted");
            return false;
        }

        var names = co.LocalsPlusNames;
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i] != "__class__" || (co.LocalsPlusKinds[i] & Bytecode.LocalKind.Free) == 0)
            {
                continue;
            }

            if (frame.Values[i] is not PyCell cell)
            {
                PyErr.RuntimeError("super(): bad __class__ cell");
                return false;
            }

            if (cell.Contents is null)
            {
                PyErr.RuntimeError("super(): empty __class__ cell");
                return false;
            }

            if (cell.Contents is not PyType t)
            {
                PyErr.RuntimeError($"super(): __class__ is not a type ({cell.Contents.Type.Name})");
                return false;
            }

            type = t;
            obj = first;
            return true;
        }

        PyErr.RuntimeError("super(): __class__ cell not found");
        return false;
    }

    private bool Initialize(PyType type, PyObject? obj)
    {
        PyType? objType = null;
        if (obj is not null)
        {
            objType = CheckSuper(type, obj);
            if (objType is null)
            {
                return false;
            }
        }

        ThisClass = type;
        Obj = obj;
        ObjType = objType;
        return true;
    }

    // supercheck: obj is an instance of type, a subclass of type, or has a __class__ that is a subclass.
    private static PyType? CheckSuper(PyType type, PyObject obj)
    {
        if (obj is PyType t && t.IsSubtypeOf(type))
        {
            return t;
        }

        if (obj.Type.IsSubtypeOf(type))
        {
            return obj.Type;
        }

        int found = PyAttr.TryGetAttr(obj, new PyStr("__class__"), out var cls);
        if (found < 0)
        {
            return null;
        }

        if (found > 0 && cls is PyType ct && !ReferenceEquals(ct, obj.Type) && ct.IsSubtypeOf(type))
        {
            return ct;
        }

        PyErr.TypeError("super(type, obj): obj must be an instance or subtype of type");
        return null;
    }

    private static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kwnames) => new PySuper(cls);
        type.Init = static (self, args, kwnames) =>
        {
            if (!Args.NoKeywords("super", kwnames))
            {
                return false;
            }

            if (args.Length > 2)
            {
                PyErr.TypeError($"super() expected at most 2 arguments, got {args.Length}");
                return false;
            }

            var s = (PySuper)self;
            if (args.Length == 0)
            {
                if (!FromFrame(Threading.PyThreadState.Current.CurrentFrame as Interpreter.Frame, out var cls, out var first))
                {
                    return false;
                }

                return s.Initialize(cls, first);
            }

            if (args[0] is not PyType t)
            {
                PyErr.TypeError($"super() argument 1 must be a type, not {args[0].Type.Name}");
                return false;
            }

            var obj = args.Length > 1 && !ReferenceEquals(args[1], PyNone.Instance) ? args[1] : null;
            return s.Initialize(t, obj);
        };
        type.GetAttr = static (self, name) => ((PySuper)self).GetAttribute(name);
        type.DescrGet = static (descr, instance, owner) =>
        {
            var s = (PySuper)descr;
            if (instance is null || ReferenceEquals(instance, PyNone.Instance) || s.Obj is not null)
            {
                return s;
            }

            if (!ReferenceEquals(s.Type, TypeObject))
            {
                return PyCall.Call(s.Type, s.ThisClass!, instance);
            }

            return Create(s.ThisClass!, instance);
        };
        type.Repr = static self =>
        {
            var s = (PySuper)self;
            string cls = s.ThisClass is null ? "NULL" : $"<class '{s.ThisClass.Name}'>";
            return new PyStr(s.ObjType is not null ? $"<super: {cls}, <{s.ObjType.Name} object>>" : $"<super: {cls}, NULL>");
        };
    }

    private static void InitMembers(PyType type)
    {
        type.AddReadonlyMember("__thisclass__", static self => (PyObject?)((PySuper)self).ThisClass ?? PyNone.Instance);
        type.AddReadonlyMember("__self__", static self => ((PySuper)self).Obj ?? PyNone.Instance);
        type.AddReadonlyMember("__self_class__", static self => (PyObject?)((PySuper)self).ObjType ?? PyNone.Instance);
    }

    /// <summary>super_getattro: the MRO of __self_class__ after __thisclass__; __class__ is the super object's own.</summary>
    private PyObject? GetAttribute(PyStr name)
    {
        var start = ObjType;
        if (start is not null && ThisClass is not null && name.Value != "__class__")
        {
            var mro = start.Mro;
            int i = 0;
            while (i < mro.Length && !ReferenceEquals(mro[i], ThisClass))
            {
                i++;
            }

            for (i++; i < mro.Length; i++)
            {
                var res = mro[i].Dict.GetItemStr(name);
                if (res is null)
                {
                    continue;
                }

                if (res.Type.DescrGet is { } get)
                {
                    return get(res, ReferenceEquals(Obj, start) ? null : Obj, start);
                }

                return res;
            }
        }

        return PyAttr.GenericGetAttr(this, name, suppress: false);
    }
}
