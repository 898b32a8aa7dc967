using Ember.Bytecode;
using Ember.Runtime.Objects;

namespace Ember.Runtime.Interpreter;

/// <summary>Where a frame is in its life (3.11's gi_frame_state for generators; plain frames go Executing then Completed).</summary>
public enum FrameState : byte
{
    Created,
    Suspended,
    Executing,
    Completed,
}

/// <summary>
/// One activation of a code object (3.11's _PyInterpreterFrame): the
/// locals-plus slots and the value stack share one array, as in CPython, and
/// the interpreter keeps the stack pointer and instruction index in locals
/// while it runs. A Python-visible <see cref="PyFrame"/> is made only when
/// something asks for one (a traceback, sys._getframe, gi_frame).
/// </summary>
public sealed class Frame
{
    public Frame(PyCode code, PyDict globals, PyObject builtins, PyObject? locals, PyFunction? function)
    {
        Code = code;
        var co = code.Code;
        Values = new PyObject[co.NLocalsPlus + co.StackSize];
        StackPointer = co.NLocalsPlus;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        Function = function;
    }

    public readonly PyCode Code;

    /// <summary>Locals-plus slots [0, NLocalsPlus), then the value stack. Empty slots hold null.</summary>
    public readonly PyObject[] Values;

    /// <summary>The index in <see cref="Values"/> one past the top of the stack (saved while the frame is not running).</summary>
    public int StackPointer;

    /// <summary>The code unit index of the instruction executing or last executed (f_lasti); -1 before the first.</summary>
    public int Lasti = -1;

    /// <summary>Where execution continues when the frame is resumed.</summary>
    public int NextInstr;

    public readonly PyDict Globals;

    public readonly PyObject Builtins;

    /// <summary>The locals mapping of module and class frames; null for function frames.</summary>
    public readonly PyObject? Locals;

    public readonly PyFunction? Function;

    /// <summary>The calling frame while this one runs (f_back).</summary>
    public Frame? Back;

    public FrameState State;

    /// <summary>The generator, coroutine or async generator that owns this frame, if any.</summary>
    public PyObject? Owner;

    private PyFrame? _frameObject;

    /// <summary>The frame as a Python object, made on first use.</summary>
    public PyFrame FrameObject => _frameObject ??= new PyFrame(this);

    public CodeObject CodeObject => Code.Code;

    /// <summary>The line being executed (f_lineno), from the positions table; the first line before the frame starts.</summary>
    public int LineNo
    {
        get
        {
            int lasti = Lasti;
            if (lasti < 0)
            {
                return CodeObject.FirstLineNo;
            }

            return CodeObject.PositionAt(lasti).Line;
        }
    }
}
