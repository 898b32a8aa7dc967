using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>Python's <c>tuple</c> (Objects/tupleobject.c): an immutable array of objects.</summary>
public partial class PyTuple : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "tuple", null, TypeFlags.BaseType | TypeFlags.TupleSubclass | TypeFlags.Sequence, InitSlots, InitMembers);

    public static readonly PyTuple Empty = new([]);

    /// <summary>The items; never mutated once the tuple is visible to Python code.</summary>
    public readonly PyObject[] Items;

    public PyTuple(PyObject[] items)
        : base(TypeObject)
    {
        Items = items;
    }

    protected PyTuple(PyType type, PyObject[] items)
        : base(type)
    {
        Items = items;
    }

    public int Count => Items.Length;

    public PyObject this[int index] => Items[index];

    public static PyTuple Create(ReadOnlySpan<PyObject> items) => items.Length == 0 ? Empty : new PyTuple(items.ToArray());

    public static PyTuple Create(PyObject item) => new([item]);

    public static PyTuple Create(PyObject a, PyObject b) => new([a, b]);

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
