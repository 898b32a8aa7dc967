namespace Ember.Runtime.Objects;

/// <summary>An instance of a Python subclass of int: the value plus an attribute dict.</summary>
public sealed class PyIntSubclass : PyInt, IInstanceDict
{
    public PyIntSubclass(PyType type, PyInt value)
        : base(type, value)
    {
    }

    public PyDict? Dict { get; set; }
}
