using System.Runtime.CompilerServices;
using Ember.Runtime.Objects;

namespace Ember.Runtime.Interpreter;

/// <summary>
/// The "address" shown in reprs such as <c>&lt;function f at 0x7f...&gt;</c>.
/// .NET objects move, so the identity hash stands in for CPython's pointer:
/// stable for the object's life, distinct enough to tell objects apart.
/// </summary>
public static class ObjectAddress
{
    public static long Of(PyObject o) => 0x7f0000000000L + ((long)(uint)RuntimeHelpers.GetHashCode(o) << 4);

    public static string Hex(PyObject o) => "0x" + Of(o).ToString("x", System.Globalization.CultureInfo.InvariantCulture);
}
