using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>What resuming a generator-like frame gave (3.11's PySendResult).</summary>
public enum SendResult
{
    Yielded,
    Returned,
    Raised,
}

/// <summary>
/// The frame-owning half shared by generators, coroutines and async
/// generators (Objects/genobject.c). <see cref="Send"/> reports yielded /
/// returned / raised and never builds a StopIteration (DESIGN.md rule 1);
/// the Python-level methods turn a return into StopIteration only for Python
/// callers.
/// </summary>
public abstract partial class PyGenBase : PyObject
{
    protected PyGenBase(PyType type, Frame frame)
        : base(type)
    {
        Frame = frame;
        frame.Owner = this;
        var func = frame.Function;
        Name = func?.Name ?? frame.Code.NameStr;
        QualName = func?.QualName ?? frame.Code.QualNameStr;
    }

    public Frame Frame { get; }

    public PyObject Name;

    public PyObject QualName;

    /// <summary>The exception being handled inside this frame (gi_exc_state), kept across suspensions.</summary>
    internal PyBaseException? ExcItem;

    /// <summary>The caller's handled exception while the frame runs: what sys.exc_info() sees when the frame handles none.</summary>
    internal PyBaseException? OuterHandled;

    /// <summary>"generator", "coroutine" or "async generator", as messages name it.</summary>
    protected abstract string Kind { get; }

    public bool IsRunning => Frame.State == FrameState.Executing;

    public bool IsFinished => Frame.State == FrameState.Completed;

    /// <summary>Creates the generator, coroutine or async generator for a frame that reached RETURN_GENERATOR.</summary>
    internal static PyObject Create(Frame frame)
    {
        var flags = frame.CodeObject.Flags;
        if ((flags & CodeFlags.Coroutine) != 0)
        {
            return new PyCoroutine(frame);
        }

        if ((flags & CodeFlags.AsyncGenerator) != 0)
        {
            return new PyAsyncGenerator(frame);
        }

        return new PyGenerator(frame);
    }

    /// <summary>Resumes the frame with <paramref name="value"/> (null is None, as __next__ sends).</summary>
    public SendResult Send(PyThreadState ts, PyObject? value, out PyObject? result)
    {
        result = null;
        var f = Frame;
        if (f.State == FrameState.Executing)
        {
            PyErr.ValueError($"{Kind} already executing");
            return SendResult.Raised;
        }

        if (f.State == FrameState.Completed)
        {
            if (this is PyCoroutine)
            {
                PyErr.RuntimeError("cannot reuse already awaited coroutine");
                return SendResult.Raised;
            }

            if (value is not null)
            {
                result = PyNone.Instance;
                return SendResult.Returned;
            }

            return SendResult.Raised;
        }

        if (f.State == FrameState.Created && value is not null && !ReferenceEquals(value, PyNone.Instance))
        {
            PyErr.TypeError($"can't send non-None value to a just-started {Kind}");
            return SendResult.Raised;
        }

        f.Values[f.StackPointer++] = value ?? PyNone.Instance;
        return Resume(ts, throwing: false, out result);
    }

    /// <summary>Runs the frame; with <paramref name="throwing"/> the pending exception is raised where it is suspended.</summary>
    protected SendResult Resume(PyThreadState ts, bool throwing, out PyObject? result)
    {
        var f = Frame;
        var saved = ts.HandledException;
        var savedOuter = OuterHandled;
        OuterHandled = saved;
        ts.HandledException = ExcItem ?? saved;
        if (throwing && ExcItem is not null && ts.CurrentException is { } thrown)
        {
            // gen_send_ex2's _PyErr_ChainStackItem: the generator's own handled exception is the context.
            PyErr.Raise(thrown);
        }

        var r = PyEval.Execute(ts, f, throwing);
        ts.HandledException = saved;
        OuterHandled = savedOuter;
        if (f.State == FrameState.Suspended)
        {
            result = r;
            return SendResult.Yielded;
        }

        ExcItem = null;
        f.State = FrameState.Completed;
        if (r is not null)
        {
            result = r;
            return SendResult.Returned;
        }

        result = null;
        if (PyErr.ExceptionMatches(PyExc.StopIteration))
        {
            RaiseFromCause($"{Kind} raised StopIteration");
        }
        else if (this is PyAsyncGenerator && PyErr.ExceptionMatches(PyExc.StopAsyncIteration))
        {
            RaiseFromCause("async generator raised StopAsyncIteration");
        }

        return SendResult.Raised;
    }

    /// <summary>Replaces the pending exception by RuntimeError(message) caused by it (_PyErr_FormatFromCause).</summary>
    private static void RaiseFromCause(string message)
    {
        var cause = PyErr.Fetch();
        PyErr.RuntimeError(message);
        if (PyThreadState.Current.CurrentException is { } exc)
        {
            exc.Cause = cause;
            exc.Context = cause;
            exc.SuppressContext = true;
        }
    }

    /// <summary>The object this frame delegates to (gi_yieldfrom / cr_await), or null.</summary>
    public PyObject? YieldFrom
    {
        get
        {
            var f = Frame;
            if (f.State != FrameState.Suspended)
            {
                return null;
            }

            int unit = f.CodeObject.Instructions[f.NextInstr];
            if (OpcodeInfo.OpOf(unit) == Opcode.Resume && OpcodeInfo.ArgOf(unit) >= 2)
            {
                return f.Values[f.StackPointer - 1];
            }

            return null;
        }
    }

    /// <summary>The next item for __next__: null at the end (a return value other than None is left as StopIteration).</summary>
    protected PyObject? IterNext()
    {
        var status = Send(PyThreadState.Current, null, out var r);
        if (status == SendResult.Yielded)
        {
            return r;
        }

        if (status == SendResult.Returned && r is not null && !ReferenceEquals(r, PyNone.Instance))
        {
            PyErr.StopIteration(r);
        }

        return null;
    }

    /// <summary>send(value) for Python callers: a return becomes StopIteration(value).</summary>
    public PyObject? SendMethod(PyObject value)
    {
        var status = Send(PyThreadState.Current, value, out var r);
        if (status == SendResult.Yielded)
        {
            return r;
        }

        if (status == SendResult.Returned)
        {
            PyErr.StopIteration(ReferenceEquals(r, PyNone.Instance) ? null : r);
        }
        else if (!PyErr.Occurred)
        {
            PyErr.StopIteration(null);
        }

        return null;
    }

    private static readonly PyStr s_throw = new("throw");
    private static readonly PyStr s_close = new("close");

    /// <summary>throw(exc) with the pending exception already set: 3.11's _gen_throw after normalization.</summary>
    public SendResult ThrowPending(PyThreadState ts, bool closeOnGeneratorExit, out PyObject? result)
    {
        if (Frame.State == FrameState.Executing)
        {
            PyErr.Clear();
            PyErr.ValueError($"{Kind} already executing");
            result = null;
            return SendResult.Raised;
        }

        if (Frame.State == FrameState.Completed && this is PyCoroutine)
        {
            PyErr.Clear();
            PyErr.RuntimeError("cannot reuse already awaited coroutine");
            result = null;
            return SendResult.Raised;
        }

        var yf = YieldFrom;
        if (yf is not null)
        {
            var exc = ts.CurrentException!;
            SendResult sub;
            PyObject? subResult;
            if (closeOnGeneratorExit && exc.Type.IsSubtypeOf(PyExc.GeneratorExit))
            {
                var pending = PyErr.Fetch();
                Frame.State = FrameState.Executing;
                bool ok = CloseIter(yf);
                Frame.State = FrameState.Suspended;
                if (ok)
                {
                    PyErr.Restore(pending);
                }

                return ThrowHere(ts, out result);
            }

            Frame.State = FrameState.Executing;
            if (yf is PyGenBase inner && yf is not PyAsyncGenerator)
            {
                sub = inner.ThrowPending(ts, closeOnGeneratorExit, out subResult);
            }
            else
            {
                var pending = PyErr.Fetch()!;
                var meth = PyOps.GetAttrOrNull(yf, s_throw);
                if (meth is null)
                {
                    Frame.State = FrameState.Suspended;
                    if (PyErr.Occurred)
                    {
                        return ThrowHere(ts, out result);
                    }

                    PyErr.Restore(pending);
                    return ThrowHere(ts, out result);
                }

                subResult = PyCall.Call(meth, [pending.Type, pending, (PyObject?)pending.Traceback ?? PyNone.Instance], null);
                sub = subResult is not null ? SendResult.Yielded : SendResult.Raised;
                if (sub == SendResult.Raised && PyErr.ExceptionMatches(PyExc.StopIteration))
                {
                    subResult = StopIterationValue(PyErr.Fetch()!);
                    sub = SendResult.Returned;
                }
            }

            Frame.State = FrameState.Suspended;
            if (sub == SendResult.Yielded)
            {
                result = subResult;
                return SendResult.Yielded;
            }

            if (sub == SendResult.Returned)
            {
                // The receiver finished: pop it, push its value and continue after the SEND loop.
                var f = Frame;
                f.Values[f.StackPointer - 1] = subResult ?? PyNone.Instance;
                int send = f.Lasti - 1;
                f.NextInstr = OpcodeInfo.ArgOf(f.CodeObject.Instructions[send]);
                return Resume(ts, throwing: false, out result);
            }

            return ThrowHere(ts, out result);
        }

        return ThrowHere(ts, out result);
    }

    private SendResult ThrowHere(PyThreadState ts, out PyObject? result)
    {
        var f = Frame;
        if (f.State == FrameState.Completed)
        {
            result = null;
            return SendResult.Raised;
        }

        if (f.State == FrameState.Created)
        {
            // Thrown into before the first instruction: the exception leaves at once.
            f.State = FrameState.Completed;
            f.Lasti = Math.Max(0, f.NextInstr - 1);
        }

        return Resume(ts, throwing: true, out result);
    }

    internal static PyObject StopIterationValue(PyBaseException stop) =>
        stop is PyStopIteration s ? s.Value ?? PyNone.Instance : stop.Args.Count > 0 ? stop.Args.Items[0] : PyNone.Instance;

    /// <summary>Closes a delegate: close() of a generator or a "close" method if there is one (gen_close_iter).</summary>
    private static bool CloseIter(PyObject yf)
    {
        if (yf is PyGenBase g && yf is not PyAsyncGenerator)
        {
            return g.Close() is not null;
        }

        var meth = PyOps.GetAttrOrNull(yf, s_close);
        if (meth is null)
        {
            return !PyErr.Occurred;
        }

        return PyCall.Call(meth) is not null;
    }

    /// <summary>close(): throws GeneratorExit in; None when the frame exits by it or by StopIteration.</summary>
    public PyObject? Close()
    {
        var f = Frame;
        if (f.State == FrameState.Executing)
        {
            return PyErr.ValueError($"{Kind} already executing");
        }

        if (f.State == FrameState.Created)
        {
            f.State = FrameState.Completed;
            return PyNone.Instance;
        }

        if (f.State == FrameState.Completed)
        {
            return PyNone.Instance;
        }

        var ts = PyThreadState.Current;
        bool ok = true;
        var yf = YieldFrom;
        if (yf is not null)
        {
            f.State = FrameState.Executing;
            ok = CloseIter(yf);
            f.State = FrameState.Suspended;
        }

        if (ok)
        {
            PyErr.SetObject(PyExc.GeneratorExit, null);
        }

        var status = Resume(ts, throwing: true, out _);
        if (status == SendResult.Yielded)
        {
            PyErr.RuntimeError($"{Kind} ignored GeneratorExit");
            return null;
        }

        if (status == SendResult.Returned || PyErr.Clear(PyExc.StopIteration) || PyErr.Clear(PyExc.GeneratorExit))
        {
            return PyNone.Instance;
        }

        return null;
    }

    /// <summary>throw(type[, value[, traceback]]) for Python callers (gen_throw's argument handling).</summary>
    public PyObject? ThrowMethod(ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool closeOnGeneratorExit = true)
    {
        if (!Args.Positional("throw", args, kwnames, 1, 3))
        {
            return null;
        }

        if (!Normalize(args[0], args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null))
        {
            return null;
        }

        var status = ThrowPending(PyThreadState.Current, closeOnGeneratorExit, out var r);
        if (status == SendResult.Yielded)
        {
            return r;
        }

        if (status == SendResult.Returned)
        {
            PyErr.StopIteration(ReferenceEquals(r, PyNone.Instance) ? null : r);
        }

        return null;
    }

    /// <summary>Makes the exception described by throw()'s arguments pending, without chaining.</summary>
    internal static bool Normalize(PyObject type, PyObject? value, PyObject? tb)
    {
        if (tb is not null && ReferenceEquals(tb, PyNone.Instance))
        {
            tb = null;
        }

        if (tb is not null && tb is not PyTraceback)
        {
            PyErr.TypeError("throw() third argument must be a traceback object");
            return false;
        }

        PyBaseException exc;
        if (type is PyType cls && cls.IsSubtypeOf(PyExc.BaseException))
        {
            if (value is PyBaseException given && given.Type.IsSubtypeOf(cls))
            {
                exc = given;
            }
            else
            {
                ReadOnlySpan<PyObject> ctorArgs = value is null || ReferenceEquals(value, PyNone.Instance) ? []
                    : value is PyTuple t ? t.Items : [value];
                var created = PyErr.CreateException(cls, ctorArgs);
                if (created is null)
                {
                    return false;
                }

                exc = created;
            }
        }
        else if (type is PyBaseException instance)
        {
            if (value is not null && !ReferenceEquals(value, PyNone.Instance))
            {
                PyErr.TypeError("instance exception may not have a separate value");
                return false;
            }

            exc = instance;
            tb ??= instance.Traceback;
        }
        else
        {
            PyErr.TypeError($"exceptions must be classes or instances deriving from BaseException, not {type.Type.Name}");
            return false;
        }

        if (tb is not null)
        {
            exc.Traceback = tb;
        }

        PyErr.Restore(exc);
        return true;
    }

    protected string ReprText(string kind) =>
        $"<{kind} object {(QualName as PyStr)?.Value ?? "?"} at {ObjectAddress.Hex(this)}>";
}

/// <summary>A generator (Objects/genobject.c's PyGen_Type).</summary>
public sealed partial class PyGenerator : PyGenBase
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("generator", null, TypeFlags.HasWeakref, InitSlots, InitMembers);

    internal PyGenerator(Frame frame)
        : base(TypeObject, frame)
    {
    }

    protected override string Kind => "generator";

    internal static new PyObject Create(Frame frame) => PyGenBase.Create(frame);

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
