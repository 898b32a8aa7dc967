using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// A traceback entry (Python/traceback.c): one frame an exception passed
/// through, with the instruction it was at. The chain runs from the outermost
/// frame (the first entry) to the one that raised.
/// </summary>
public sealed partial class PyTraceback : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("traceback", null, TypeFlags.None, InitSlots, InitMembers);

    public PyTraceback(PyTraceback? next, PyFrame frame, int lasti, int lineNo)
        : base(TypeObject)
    {
        Next = next;
        Frame = frame;
        Lasti = lasti;
        LineNo = lineNo;
    }

    /// <summary>tb_next (assignable, with checks against cycles).</summary>
    public PyTraceback? Next;

    public PyFrame Frame { get; }

    /// <summary>tb_lasti: the code unit index of the instruction.</summary>
    public int Lasti { get; }

    /// <summary>tb_lineno; -1 when the instruction has no line (None).</summary>
    public int LineNo { get; }

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
