using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>A module object (Objects/moduleobject.c): a name and a dict of globals.</summary>
public partial class PyModule : PyObject, IInstanceDict
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("module", null, TypeFlags.BaseType | TypeFlags.HasWeakref, InitSlots, InitMembers);

    public PyModule(string name, PyDict? dict = null)
        : this(TypeObject, name, dict)
    {
    }

    protected PyModule(PyType type, string name, PyDict? dict)
        : base(type)
    {
        Dict = dict ?? new PyDict();
        if (Dict.GetItemStr("__name__") is null)
        {
            Dict.SetItemStr("__name__", new PyStr(name));
            Dict.SetItemStr("__doc__", PyNone.Instance);
            Dict.SetItemStr("__package__", PyNone.Instance);
            Dict.SetItemStr("__loader__", PyNone.Instance);
            Dict.SetItemStr("__spec__", PyNone.Instance);
        }
    }

    public PyDict Dict { get; set; }

    PyDict? IInstanceDict.Dict
    {
        get => Dict;
        set => Dict = value ?? new PyDict();
    }

    public string Name => (Dict.GetItemStr("__name__") as PyStr)?.Value ?? "?";

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
