using Ember.Runtime.Interpreter;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// The <c>frame</c> type (Objects/frameobject.c): the Python view of an
/// interpreter <see cref="Interpreter.Frame"/>, made only when Python code or a
/// traceback needs it.
/// </summary>
public sealed partial class PyFrame : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("frame", null, TypeFlags.None, InitSlots, InitMembers);

    internal PyFrame(Frame frame)
        : base(TypeObject)
    {
        Frame = frame;
    }

    public Frame Frame { get; }

    /// <summary>f_trace: stored, not called (tracing comes with sys.settrace).</summary>
    public PyObject? Trace;

    public bool TraceLines = true;

    public bool TraceOpcodes;

    // The dict locals() and f_locals give for a function frame (CPython's f_locals field).
    private PyDict? _fastLocals;

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
