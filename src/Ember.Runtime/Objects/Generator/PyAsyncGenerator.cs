using Ember.Runtime.Interpreter;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// An async generator (PyAsyncGen_Type): <c>async def</c> with <c>yield</c>.
/// Its values come out through the awaitables <c>__anext__</c>/<c>asend</c>
/// (<see cref="PyAsyncGenASend"/>) and <c>athrow</c>/<c>aclose</c>
/// (<see cref="PyAsyncGenAThrow"/>).
/// </summary>
public sealed partial class PyAsyncGenerator : PyGenBase
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("async_generator", null, TypeFlags.HasWeakref, InitSlots, InitMembers);

    internal PyAsyncGenerator(Frame frame)
        : base(TypeObject, frame)
    {
    }

    protected override string Kind => "async generator";

    /// <summary>ag_running: an asend/athrow of this generator is being awaited.</summary>
    public bool RunningAsync;

    /// <summary>Set once the generator has been closed or has finished (ag_closed).</summary>
    public bool Closed;

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}

/// <summary>A value yielded by an async generator's own <c>yield</c> (ASYNC_GEN_WRAP), as opposed to one passed through by <c>await</c>.</summary>
public sealed class PyAsyncGenWrappedValue : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("async_generator_wrapped_value", null, TypeFlags.None);

    public PyAsyncGenWrappedValue(PyObject value)
        : base(TypeObject)
    {
        Value = value;
    }

    public PyObject Value { get; }
}
