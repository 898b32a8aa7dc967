using Ember.Runtime.Errors;
using Ember.Runtime.Objects;

namespace Ember.Runtime.Types;

/// <summary>
/// How a builtin type declares its members, from its members callback:
/// <c>type.AddMethod("append", Append)</c>. The dict entries are the same
/// descriptor objects CPython's type creation makes from PyMethodDef and
/// PyGetSetDef tables.
/// </summary>
public static class TypeMembers
{
    public static void AddMethod(this PyType type, string name, MethodImpl impl, string? doc = null) =>
        type.Dict.SetItemStr(name, new PyMethodDescriptor(type, name, impl, doc));

    public static void AddClassMethod(this PyType type, string name, MethodImpl impl, string? doc = null) =>
        type.Dict.SetItemStr(name, new PyClassMethodDescriptor(type, name, impl, doc));

    public static void AddGetter(this PyType type, string name, GetterImpl getter, SetterImpl? setter = null, string? doc = null) =>
        type.Dict.SetItemStr(name, new PyGetSetDescriptor(type, name, getter, setter, doc));

    /// <summary>A READONLY member (member_descriptor): writing or deleting it is "readonly attribute".</summary>
    public static void AddReadonlyMember(this PyType type, string name, GetterImpl getter, string? doc = null) =>
        type.Dict.SetItemStr(name, new PyMemberDescriptor(type, name, getter, null, doc));

    /// <summary>
    /// A writable member (member_descriptor of a T_OBJECT, T_INT, T_BOOL... field in C):
    /// <paramref name="setter"/> converts and stores the value as structmember.c does, null meaning delete.
    /// </summary>
    public static void AddMember(this PyType type, string name, GetterImpl getter, SetterImpl setter, string? doc = null) =>
        type.Dict.SetItemStr(name, new PyMemberDescriptor(type, name, getter, setter, doc));

    public static void AddValue(this PyType type, string name, PyObject value) => type.Dict.SetItemStr(name, value);

    /// <summary>Converts a value written to a T_BOOL member as structmember.c does (null is a delete).</summary>
    public static bool MemberBool(PyObject? value, out bool result)
    {
        result = false;
        if (value is null)
        {
            PyErr.TypeError("can't delete numeric/char attribute");
            return false;
        }

        if (value is not PyBool b)
        {
            PyErr.TypeError("attribute value type must be bool");
            return false;
        }

        result = b.Value;
        return true;
    }
}
