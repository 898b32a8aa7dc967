using Ember.Runtime.Objects;

namespace Ember.Runtime.Types;

/// <summary>Binding a callable that has no <c>__get__</c> of its own to an object (PyMethod_New's use by classmethod).</summary>
internal static class BoundMethods
{
    public static PyObject Create(PyObject callable, PyObject self) => new PyMethod(callable, self);
}
