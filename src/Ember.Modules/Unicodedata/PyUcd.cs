using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Types;
using Ember.Syntax.Unicode;

namespace Ember.Modules.Unicodedata;

/// <summary>
/// <c>unicodedata.UCD</c> (Modules/unicodedata.c's PreviousDBVersion): the
/// object behind <c>unicodedata.ucd_3_2_0</c>, with the module's functions as
/// methods that answer for Unicode 3.2.0. It cannot be created from Python;
/// being immutable, the one instance is shared by every interpreter.
/// </summary>
public sealed class PyUcd : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("UCD", null, TypeFlags.None, InitSlots, InitMembers, "unicodedata");

    /// <summary>The 3.2.0 view.</summary>
    public static readonly PyUcd Ucd320 = new();

    private PyUcd()
        : base(TypeObject)
    {
    }

    private static void InitSlots(PyType t)
    {
        t.New = static (cls, args, kw) => PyErr.TypeError("cannot create 'unicodedata.UCD' instances");
    }

    private static void InitMembers(PyType t)
    {
        t.Dict.SetItemStr("__module__", new PyStr("unicodedata"));
        t.AddGetter("unidata_version", static self => new PyStr(UnicodeDatabase.OldVersion));
        foreach (var (name, impl, doc) in UnicodedataModule.Functions)
        {
            t.AddMethod(name, (self, args, kw) => impl(new UnicodedataModule.Call(true, "UCD"), args, kw), doc);
        }
    }
}
