using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public sealed partial class PyFrame
{
    private static partial void InitSlots(PyType type)
    {
        type.Repr = static self =>
        {
            var f = ((PyFrame)self).Frame;
            return new PyStr($"<frame at {ObjectAddress.Hex(self)}, file '{f.CodeObject.Filename}', line {f.LineNo}, code {f.CodeObject.Name}>");
        };
    }

    // A generator frame reporting its yield's 'return' event is still on the thread's stack, linked to its caller.
    private static bool IsYieldingUnderTrace(Frame f)
    {
        if (f.State is not FrameState.Suspended)
        {
            return false;
        }

        for (var g = PyThreadState.CurrentOrNull?.CurrentFrame as Frame; g is not null; g = g.Back)
        {
            if (ReferenceEquals(g, f))
            {
                return true;
            }
        }

        return false;
    }

    private static partial void InitMembers(PyType type)
    {
        type.AddGetter("f_code", static self => ((PyFrame)self).Frame.Code);
        type.AddGetter("f_globals", static self => ((PyFrame)self).Frame.Globals);
        type.AddGetter("f_builtins", static self => ((PyFrame)self).Frame.Builtins);
        type.AddGetter("f_locals", static self => ((PyFrame)self).Locals());
        type.AddGetter("f_lineno", static self => PyInt.From(((PyFrame)self).Frame.LineNo), SetLineNo);
        type.AddGetter("f_lasti", static self => PyInt.From(((PyFrame)self).Frame.Lasti is var i && i < 0 ? -1 : 2 * i));
        type.AddGetter("f_back", static self =>
        {
            var f = ((PyFrame)self).Frame;
            // A finished function frame keeps its caller, as take_ownership links f_back; a
            // suspended generator frame has none.
            return (f.State is FrameState.Executing || (f.Owner is null && f.State is FrameState.Completed) || IsYieldingUnderTrace(f))
                && f.Back is { } back ? back.FrameObject : PyNone.Instance;
        });
        type.AddGetter("f_trace", static self => ((PyFrame)self).Trace ?? PyNone.Instance, static (self, value) =>
        {
            ((PyFrame)self).Trace = value is null || ReferenceEquals(value, PyNone.Instance) ? null : value;
            return true;
        });
        type.AddMember("f_trace_lines", static self => PyBool.From(((PyFrame)self).TraceLines), static (self, value) =>
        {
            if (!TypeMembers.MemberBool(value, out bool b))
            {
                return false;
            }

            ((PyFrame)self).TraceLines = b;
            return true;
        });
        type.AddMember("f_trace_opcodes", static self => PyBool.From(((PyFrame)self).TraceOpcodes), static (self, value) =>
        {
            if (!TypeMembers.MemberBool(value, out bool b))
            {
                return false;
            }

            ((PyFrame)self).TraceOpcodes = b;
            return true;
        });
        type.AddMethod("clear", static (self, args, kw) =>
        {
            var f = ((PyFrame)self).Frame;
            if (f.State == FrameState.Executing)
            {
                return PyErr.RuntimeError("cannot clear an executing frame");
            }

            if (f.Owner is PyGenBase gen && !gen.IsFinished)
            {
                if (gen.Close() is null)
                {
                    return null;
                }
            }

            Array.Clear(f.Values);
            return PyNone.Instance;
        });
    }

    /// <summary>
    /// f_locals: the real mapping of module and class frames; for function
    /// frames one dict per frame, brought up to date on each call
    /// (PyFrame_FastToLocalsWithError): bound locals written (cells read
    /// through), unbound ones removed, other keys left as they are.
    /// </summary>
    public PyObject Locals()
    {
        var f = Frame;
        if (f.Locals is not null)
        {
            return f.Locals;
        }

        var co = f.CodeObject;
        var names = f.Code.LocalsPlusNames;
        var dict = _fastLocals ??= new PyDict();
        for (int i = 0; i < co.NLocalsPlus; i++)
        {
            var value = f.Values[i];
            var kind = co.LocalsPlusKinds[i];
            if ((kind & (LocalKind.Cell | LocalKind.Free)) != 0 && value is PyCell cell)
            {
                value = cell.Contents!;
            }

            if (value is not null)
            {
                dict.SetItemStr(names[i], value);
            }
            else if (dict.GetItemStr(names[i]) is not null)
            {
                dict.DelItem(names[i]);
            }
        }

        return dict;
    }

    /// <summary>
    /// PyFrame_LocalsToFast(f, 1), run after a trace function: what it wrote into
    /// a function frame's f_locals goes back into the fast locals and cells; a
    /// name it removed unbinds a cell (CPython unbinds plain locals too).
    /// </summary>
    public void LocalsToFast()
    {
        var f = Frame;
        var dict = _fastLocals;
        if (f.Locals is not null || dict is null)
        {
            return;
        }

        var co = f.CodeObject;
        var names = f.Code.LocalsPlusNames;
        for (int i = 0; i < co.NLocalsPlus; i++)
        {
            var value = dict.GetItemStr(names[i]);
            var old = f.Values[i];
            var kind = co.LocalsPlusKinds[i];
            if ((kind & (LocalKind.Cell | LocalKind.Free)) != 0 && old is PyCell cell)
            {
                if (!ReferenceEquals(cell.Contents, value))
                {
                    cell.Contents = value;
                }
            }
            else if (value is not null && !ReferenceEquals(old, value))
            {
                // A name removed from f_locals stays bound: LOAD_FAST may assume a slot the compiler proved bound.
                f.Values[i] = value;
            }
        }
    }
}
