namespace Ember.Runtime.Objects;

/// <summary>
/// The base of every Python object (CPython's PyObject, Include/object.h): one
/// field, the object's class. Behaviour comes from the class's slots
/// (<see cref="PyType"/>), reached through the protocol layer
/// (<c>Ember.Runtime.Protocols</c>), never from virtual methods here, so that a
/// Python subclass of a builtin can override any of it.
/// </summary>
public abstract class PyObject
{
    protected PyObject(PyType type)
    {
        Type = type;
    }

    /// <summary>The object's class. Writable only through <c>__class__</c> assignment where CPython allows it.</summary>
    public PyType Type;

    /// <summary>A short description for debugging; Python's repr is <c>PyOps.Repr</c>.</summary>
    public override string ToString() => $"<{Type.Name} object>";
}

/// <summary>
/// Implemented by instances of Python subclasses of builtin types (an
/// <c>int</c> subclass, a <c>list</c> subclass, ...): their attributes live in a
/// plain dict. Instances of classes that derive from <c>object</c> alone keep
/// attributes in shapes instead (PyInstance).
/// </summary>
public interface IInstanceDict
{
    PyDict? Dict { get; set; }
}
