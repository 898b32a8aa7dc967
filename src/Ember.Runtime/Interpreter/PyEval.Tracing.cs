using System.Runtime.CompilerServices;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Interpreter;

/// <summary>
/// sys.settrace and sys.setprofile as 3.11's ceval.c and sysmodule.c do
/// them: the loop tests <see cref="PyThreadState.UseTracing"/> once per
/// instruction and everything else is here, out of line. Events: 'call' at
/// RESUME (a frame's start and every resumption of a generator), 'line' and
/// 'opcode' (maybe_call_line_trace), 'return' at RETURN_VALUE, YIELD_VALUE and
/// when an exception leaves the frame, 'exception' where the error label adds
/// a traceback entry, and 'c_call'/'c_return'/'c_exception' to the profile
/// function around builtin functions called by CALL and CALL_FUNCTION_EX.
/// </summary>
public static partial class PyEval
{
    // ORDER TRACE: PyTrace_CALL ... PyTrace_OPCODE, the indexes of whatstrings.
    public const int TraceCall = 0, TraceException = 1, TraceLine = 2, TraceReturn = 3,
        TraceCCall = 4, TraceCException = 5, TraceCReturn = 6, TraceOpcode = 7;

    private static readonly string[] s_whatNames = ["call", "exception", "line", "return", "c_call", "c_exception", "c_return", "opcode"];

    /// <summary>sys.settrace: <paramref name="func"/> (null is None) becomes this thread's trace function (_PyEval_SetTrace).</summary>
    public static void SetTrace(PyThreadState ts, PyObject? func)
    {
        ts.TraceFunc = func;
        ts.UpdateTracingState();
    }

    /// <summary>sys.setprofile: <paramref name="func"/> (null is None) becomes this thread's profile function (_PyEval_SetProfile).</summary>
    public static void SetProfile(PyThreadState ts, PyObject? func)
    {
        ts.ProfileFunc = func;
        ts.UpdateTracingState();
    }

    /// <summary>
    /// sys.call_tracing (_PyEval_CallTracing): calls <paramref name="func"/> with the
    /// tracing counter cleared. As measured on 3.11.2, frames it runs from inside a
    /// trace or profile function still report no events (the loops they run in
    /// keep tracing off), so only the counter changes here.
    /// </summary>
    public static PyObject? CallTracing(PyThreadState ts, PyObject func, PyTuple args)
    {
        int saved = ts.Tracing;
        ts.Tracing = 0;
        var result = PyCall.Call(func, args.Items, null);
        ts.Tracing = saved;
        return result;
    }

    /// <summary>
    /// DO_TRACING: before the instruction at <paramref name="pc"/> runs. A RESUME
    /// reports 'call'; another instruction may report 'line' and 'opcode'. The
    /// frame's <see cref="Frame.StackPointer"/> and <see cref="Frame.NextInstr"/>
    /// are current; a jump made by setting f_lineno changes them. False with the
    /// exception pending when a trace function failed.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TraceInstruction(PyThreadState ts, Frame f, int pc)
    {
        var co = f.CodeObject;
        int first = FirstTraceable(co);
        if (pc < first)
        {
            return true;
        }

        int previous = f.Lasti;
        f.Lasti = pc;
        if (OpcodeInfo.OpOf(co.Instructions[pc]) == Opcode.Resume)
        {
            return TraceFunctionEntry(ts, f);
        }

        if (ts.TraceFunc is null || ts.Tracing != 0)
        {
            return true;
        }

        return MaybeCallLineTrace(ts, f, previous, first);
    }

    /// <summary>The index of the first RESUME (_co_firsttraceable): the prologue before it is never traced.</summary>
    internal static int FirstTraceable(CodeObject co)
    {
        var code = co.Instructions;
        for (int i = 0; i < code.Length; i += 1 + s_cacheSize[code[i] & 0xFF])
        {
            if (OpcodeInfo.OpOf(code[i]) == Opcode.Resume)
            {
                return i;
            }
        }

        return 0;
    }

    // maybe_call_line_trace: a new line, or a backward jump (except SEND's in 'yield from'); 'opcode' always when asked.
    private static bool MaybeCallLineTrace(PyThreadState ts, Frame f, int previous, int first)
    {
        var co = f.CodeObject;
        int lastLine = previous <= first ? -1 : co.PositionAt(previous).Line;
        int lasti = f.Lasti;
        int line = co.PositionAt(lasti).Line;
        var fo = f.FrameObject;
        bool ok = true;
        if (line != -1 && fo.TraceLines)
        {
            bool trace = line != lastLine || (lasti < previous && OpcodeInfo.OpOf(co.Instructions[lasti]) != Opcode.Send);
            if (trace)
            {
                ok = CallTrace(ts, f, profile: false, TraceLine, PyNone.Instance);
            }
        }

        if (ok && fo.TraceOpcodes)
        {
            ok = CallTrace(ts, f, profile: false, TraceOpcode, PyNone.Instance);
        }

        return ok;
    }

    /// <summary>trace_function_entry: 'call' to the trace function, then to the profile function.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TraceFunctionEntry(PyThreadState ts, Frame f)
    {
        if (ts.TraceFunc is not null && !CallTraceProtected(ts, f, profile: false, TraceCall, PyNone.Instance))
        {
            return false;
        }

        return ts.ProfileFunc is null || CallTraceProtected(ts, f, profile: true, TraceCall, PyNone.Instance);
    }

    /// <summary>trace_function_exit: 'return' with the value returned or yielded (None when an exception leaves).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TraceFunctionExit(PyThreadState ts, Frame f, PyObject? value)
    {
        var arg = value ?? PyNone.Instance;
        if (ts.TraceFunc is not null && !CallTraceProtected(ts, f, profile: false, TraceReturn, arg))
        {
            return false;
        }

        return ts.ProfileFunc is null || CallTraceProtected(ts, f, profile: true, TraceReturn, arg);
    }

    /// <summary>call_exc_trace: 'exception' with (type, value, traceback); a failing trace function's error replaces the exception.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CallExceptionTrace(PyThreadState ts, Frame f)
    {
        var exc = ts.CurrentException;
        if (exc is null || ts.Tracing != 0)
        {
            return;
        }

        ts.CurrentException = null;
        var arg = new PyTuple([exc.Type, exc, exc.Traceback ?? PyNone.Instance]);
        if (CallTrace(ts, f, profile: false, TraceException, arg))
        {
            ts.CurrentException = exc;
        }
    }

    // call_trace_protected: the pending exception is kept aside while the function runs.
    private static bool CallTraceProtected(PyThreadState ts, Frame f, bool profile, int what, PyObject arg)
    {
        var saved = ts.CurrentException;
        ts.CurrentException = null;
        if (CallTrace(ts, f, profile, what, arg))
        {
            ts.CurrentException = saved;
            return true;
        }

        return false;
    }

    /// <summary>call_trace: runs the trampoline with tracing off on this thread; nothing while a trace function runs.</summary>
    private static bool CallTrace(PyThreadState ts, Frame f, bool profile, int what, PyObject arg)
    {
        if (ts.Tracing != 0)
        {
            return true;
        }

        var fo = f.FrameObject;
        int oldWhat = ts.TracingWhat;
        ts.TracingWhat = what;
        ts.Tracing++;
        ts.UseTracing = false;
        bool ok;
        try
        {
            ok = profile ? ProfileTrampoline(ts, fo, what, arg) : TraceTrampoline(ts, fo, what, arg);
        }
        finally
        {
            ts.Tracing--;
            ts.UpdateTracingState();
            ts.TracingWhat = oldWhat;
        }

        return ok;
    }

    // trace_trampoline: 'call' goes to the global function, the rest to f_trace; its result becomes f_trace unless None.
    private static bool TraceTrampoline(PyThreadState ts, PyFrame fo, int what, PyObject arg)
    {
        var callback = what == TraceCall ? ts.TraceFunc : fo.Trace;
        if (callback is null)
        {
            return true;
        }

        var result = CallTrampoline(ts, callback, fo, what, arg);
        if (result is null)
        {
            SetTrace(ts, null);
            fo.Trace = null;
            return false;
        }

        if (result is not PyNone)
        {
            fo.Trace = result;
        }

        return true;
    }

    // profile_trampoline: every event goes to the profile function; its result is ignored.
    private static bool ProfileTrampoline(PyThreadState ts, PyFrame fo, int what, PyObject arg)
    {
        var callback = ts.ProfileFunc;
        if (callback is null)
        {
            return true;
        }

        if (CallTrampoline(ts, callback, fo, what, arg) is null)
        {
            SetProfile(ts, null);
            return false;
        }

        return true;
    }

    // call_trampoline: f_locals brought up to date before the call and written back after (PyFrame_LocalsToFast(f, 1)).
    private static PyObject? CallTrampoline(PyThreadState ts, PyObject callback, PyFrame fo, int what, PyObject arg)
    {
        fo.Locals();
        var result = PyCall.Call(callback, [fo, new PyStr(s_whatNames[what]), arg], null);
        fo.LocalsToFast();
        if (result is null)
        {
            AddTraceback(ts, fo.Frame);
        }

        return result;
    }

    /// <summary>
    /// trace_call_function and C_TRACE: a builtin function, or a method descriptor
    /// bound to its first argument, is reported to the profile function as
    /// 'c_call', then 'c_return' or 'c_exception' with the function as argument.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject? TraceCFunctionCall(PyThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (ts.CurrentFrame is not Frame f || ts.ProfileFunc is null)
        {
            return PyCall.Call(callable, args, kwnames);
        }

        if (ReferenceEquals(callable.Type, PyBuiltinFunction.TypeObject))
        {
            return ProfileCCall(ts, f, callable, callable, args, kwnames);
        }

        int npos = args.Length - (kwnames?.Count ?? 0);
        if (ReferenceEquals(callable.Type, PyMethodDescriptor.TypeObject) && npos > 0)
        {
            var self = args[0];
            var bound = PyMethodDescriptor.TypeObject.DescrGet!(callable, self, self.Type);
            if (bound is null)
            {
                return null;
            }

            return ProfileCCall(ts, f, bound, bound, args[1..], kwnames);
        }

        return PyCall.Call(callable, args, kwnames);
    }

    private static PyObject? ProfileCCall(PyThreadState ts, Frame f, PyObject reported, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!CallTrace(ts, f, profile: true, TraceCCall, reported))
        {
            return null;
        }

        var result = PyCall.Call(callable, args, kwnames);
        if (ts.ProfileFunc is not null)
        {
            if (result is null)
            {
                CallTraceProtected(ts, f, profile: true, TraceCException, reported);
            }
            else if (!CallTrace(ts, f, profile: true, TraceCReturn, reported))
            {
                result = null;
            }
        }

        return result;
    }
}
