using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// The slots of <c>object</c> and <c>type</c>, set while the two are being
/// made (PyBaseObject_Type, PyType_Type). Runs inside PyType's static
/// constructor, before any other builtin type exists: it may only store
/// delegates, and every builtin type made afterwards inherits them.
/// </summary>
public sealed partial class PyType
{
    private static void InitCoreSlots()
    {
        var o = ObjectType;
        o.GetAttr = CoreSlots.GenericGetAttr;
        o.SetAttr = CoreSlots.GenericSetAttr;
        o.Repr = CoreSlots.ObjectRepr;
        o.Str = PyBaseObject.Str;
        o.Hash = CoreSlots.ObjectHash;
        o.RichCompare = PyBaseObject.RichCompare;
        o.New = CoreSlots.ObjectNew;
        o.Init = CoreSlots.ObjectInit;
        o._members = PyBaseObject.InitMembers;
        o.Flags |= TypeFlags.Ready;

        var t = TypeType;
        t.GetAttr = CoreSlots.TypeGetAttr;
        t.SetAttr = CoreSlots.TypeSetAttr;
        t.Repr = TypeRepr;
        t.New = CoreSlots.TypeNew;
        t.Init = TypeInit;
        t.Or = UnionOr;
        t.InheritSlots(o);
        t._members = InitTypeMembers;
        t.Flags |= TypeFlags.Ready | TypeFlags.HasDict;
    }

    /// <summary>The name CPython's messages use for this type (tp_name): module-qualified for builtins outside builtins.</summary>
    public string DisplayName => IsHeapType || ModuleName == "builtins" ? Name : ModuleName + "." + Name;

    /// <summary>type.__repr__: "&lt;class '__main__.Foo'&gt;".</summary>
    private static PyObject? TypeRepr(PyObject self)
    {
        var type = (PyType)self;
        string? module = type.ModuleText();
        if (module is not null && module != "builtins")
        {
            return new PyStr($"<class '{module}.{type.QualName}'>");
        }

        return new PyStr($"<class '{type.QualName}'>");
    }

    /// <summary>type.__init__: accepts what type.__new__ accepted (1 or 3 arguments).</summary>
    private static bool TypeInit(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos == 1 && nkw != 0)
        {
            PyErr.TypeError("type.__init__() takes no keyword arguments");
            return false;
        }

        if (npos != 1 && npos != 3)
        {
            PyErr.TypeError("type.__init__() takes 1 or 3 arguments");
            return false;
        }

        return true;
    }

    /// <summary><c>int | str</c> (type's nb_or): a types.UnionType, or NotImplemented for operands it cannot join.</summary>
    private static PyObject? UnionOr(PyObject left, PyObject right) => PyUnionType.Or(left, right);
}
