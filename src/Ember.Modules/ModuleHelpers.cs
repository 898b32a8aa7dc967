using Ember.Runtime.Objects;
using Ember.Runtime.Types;

namespace Ember.Modules;

/// <summary>Small pieces every module here uses to fill its dict.</summary>
internal static class ModuleHelpers
{
    /// <summary>A new module object named <paramref name="name"/>, shown as built-in.</summary>
    public static PyModule NewModule(string name, string doc)
    {
        var module = new PyModule(name) { Origin = "built-in" };
        module.Dict.SetItemStr("__doc__", new PyStr(doc));
        return module;
    }

    public static void AddFunction(this PyModule module, string name, FunctionImpl impl, string? doc = null) =>
        module.Dict.SetItemStr(name, new PyBuiltinFunction(name, impl, module.Name, doc));

    public static void AddType(this PyModule module, PyType type) => module.Dict.SetItemStr(type.Name, type);

    /// <summary>
    /// PyErr_NewException: a heap exception class <paramref name="qualifiedName"/>
    /// ("struct.error") deriving from <paramref name="baseType"/>, or null with an error pending.
    /// </summary>
    public static PyType? NewException(string qualifiedName, PyType baseType, string? doc = null)
    {
        int dot = qualifiedName.LastIndexOf('.');
        var dict = new PyDict();
        dict.SetItemStr("__module__", new PyStr(qualifiedName[..dot]));
        if (doc is not null)
        {
            dict.SetItemStr("__doc__", new PyStr(doc));
        }

        return Ember.Runtime.Protocols.PyCall.Call(PyType.TypeType, [new PyStr(qualifiedName[(dot + 1)..]), PyTuple.Create(baseType), dict], null) as PyType;
    }

    public static int KeywordCount(PyTuple? kwnames) => kwnames?.Count ?? 0;
}
