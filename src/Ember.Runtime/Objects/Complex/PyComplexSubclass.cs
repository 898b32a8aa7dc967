namespace Ember.Runtime.Objects;

/// <summary>An instance of a Python subclass of complex: the value plus an attribute dict.</summary>
public sealed class PyComplexSubclass : PyComplex, IInstanceDict
{
    public PyComplexSubclass(PyType type, double real, double imag)
        : base(type, real, imag)
    {
    }

    public PyDict? Dict { get; set; }
}
