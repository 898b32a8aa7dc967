using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>Python's <c>bool</c> (Objects/boolobject.c): an int subclass with exactly two instances.</summary>
public sealed partial class PyBool : PyInt
{
    public static new readonly PyType TypeObject = PyType.CreateBuiltin(
        "bool", PyInt.TypeObject, TypeFlags.None, InitSlots, InitMembers);

    public static readonly PyBool True = new(true);
    public static readonly PyBool False = new(false);

    private PyBool(bool value)
        : base(TypeObject, value ? 1 : 0)
    {
        Value = value;
    }

    public readonly bool Value;

    public static PyBool From(bool value) => value ? True : False;

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
