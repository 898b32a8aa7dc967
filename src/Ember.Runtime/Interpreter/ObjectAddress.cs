using System.Runtime.CompilerServices;
using Ember.Runtime.Objects;

namespace Ember.Runtime.Interpreter;

/// <summary>
/// The "address" shown in reprs such as <c>&lt;function f at 0x7f...&gt;</c>.
/// .NET objects move, so the object's id() stands in for CPython's pointer
/// (stable for the object's life, unique among live objects); off a Python
/// thread, the identity hash does.
/// </summary>
public static class ObjectAddress
{
    /// <summary>The "address" reprs show: the object's id(), so that repr and hex(id(o)) agree as in CPython.</summary>
    public static long Of(PyObject o) => Threading.PyThreadState.CurrentOrNull is { } ts
        ? Modules.Builtins.ObjectIds.Of(ts.Interpreter).IdOf(o)
        : 0x7f0000000000L + ((long)(uint)RuntimeHelpers.GetHashCode(o) << 4);

    public static string Hex(PyObject o) => "0x" + Of(o).ToString("x", System.Globalization.CultureInfo.InvariantCulture);
}
