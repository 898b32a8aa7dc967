using Ember.Runtime.Interpreter;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>A coroutine made by an <c>async def</c> (PyCoro_Type). Not iterable; <c>__await__</c> gives a <see cref="PyCoroWrapper"/>.</summary>
public sealed partial class PyCoroutine : PyGenBase
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("coroutine", null, TypeFlags.HasWeakref, InitSlots, InitMembers);

    internal PyCoroutine(Frame frame)
        : base(TypeObject, frame)
    {
    }

    protected override string Kind => "coroutine";

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}

/// <summary>What <c>coroutine.__await__()</c> returns (coroutine_wrapper): an iterator driving the coroutine.</summary>
public sealed partial class PyCoroWrapper : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("coroutine_wrapper", null, TypeFlags.None, InitSlots, InitMembers);

    internal PyCoroWrapper(PyCoroutine coroutine)
        : base(TypeObject)
    {
        Coroutine = coroutine;
    }

    public PyCoroutine Coroutine { get; }

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
