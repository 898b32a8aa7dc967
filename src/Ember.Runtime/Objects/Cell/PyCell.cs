using Ember.Runtime.Interpreter;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// A cell (Objects/cellobject.c): the box a closed-over variable lives in,
/// shared by the defining frame and every closure that reads it.
/// </summary>
public sealed partial class PyCell : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("cell", null, TypeFlags.None, InitSlots, InitMembers);

    public PyCell(PyObject? contents)
        : base(TypeObject)
    {
        Contents = contents;
    }

    /// <summary>The variable's value; null when unbound.</summary>
    public PyObject? Contents;

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
