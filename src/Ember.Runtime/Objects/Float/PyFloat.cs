using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>Python's <c>float</c> (Objects/floatobject.c): an IEEE 754 double.</summary>
public partial class PyFloat : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "float", null, TypeFlags.BaseType, InitSlots, InitMembers);

    public readonly double Value;

    public PyFloat(double value)
        : base(TypeObject)
    {
        Value = value;
    }

    protected PyFloat(PyType type, double value)
        : base(type)
    {
        Value = value;
    }

    public static PyFloat From(double value) => new(value);

    public override string ToString() => Ember.Syntax.Text.PyRepr.Float(Value);

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
