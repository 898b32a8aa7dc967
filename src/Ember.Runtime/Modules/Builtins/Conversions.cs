using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;

namespace Ember.Runtime.Modules.Builtins;

/// <summary>Argument conversions the builtins and sys share (the "i" and "n" converters of Python/getargs.c).</summary>
internal static class Conversions
{
    /// <summary>A C int from an object with __index__: "Python int too large to convert to C int" when out of range.</summary>
    public static bool AsInt32(PyObject o, out int value)
    {
        value = 0;
        if (o is PyFloat)
        {
            PyErr.TypeError("'float' object cannot be interpreted as an integer");
            return false;
        }

        var i = PyNumber.Index(o);
        if (i is null)
        {
            return false;
        }

        if (!i.IsSmall || i.Small is > int.MaxValue or < int.MinValue)
        {
            PyErr.OverflowError("Python int too large to convert to C int");
            return false;
        }

        value = (int)i.Small;
        return true;
    }

    /// <summary>The type name CPython's messages use for a class: "module.qualname", or just the qualname for builtins and __main__.</summary>
    public static string QualifiedTypeName(PyType type)
    {
        string module = type.IsHeapType
            ? (type.Dict.GetItemStr("__module__") as PyStr)?.Value ?? "builtins"
            : type.ModuleName;
        return module is "builtins" or "__main__" ? type.QualName : module + "." + type.QualName;
    }
}
