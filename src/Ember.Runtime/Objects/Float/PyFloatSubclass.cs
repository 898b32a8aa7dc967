namespace Ember.Runtime.Objects;

/// <summary>An instance of a Python subclass of float: the value plus an attribute dict.</summary>
public sealed class PyFloatSubclass : PyFloat, IInstanceDict
{
    public PyFloatSubclass(PyType type, double value)
        : base(type, value)
    {
    }

    private PyDict? _dict;

    /// <summary>The attribute dict, made on first use when the class gives its instances one (no empty <c>__slots__</c>).</summary>
    public PyDict? Dict
    {
        get => _dict ??= Type.HasFlag(Types.TypeFlags.HasDict) ? new PyDict() : null;
        set => _dict = value;
    }
}
