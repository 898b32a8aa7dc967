namespace Ember.Runtime.Objects;

/// <summary>An instance of a Python subclass of float: the value plus an attribute dict.</summary>
public sealed class PyFloatSubclass : PyFloat, IInstanceDict
{
    public PyFloatSubclass(PyType type, double value)
        : base(type, value)
    {
    }

    public PyDict? Dict { get; set; }
}
