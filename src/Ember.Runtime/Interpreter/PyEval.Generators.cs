using System.Runtime.CompilerServices;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Interpreter;

// SEND and the instructions of await, yield from and async for.
public static partial class PyEval
{
    private static readonly PyStr s_send = new("send");

    /// <summary>PyIter_Send: one step of a yield from / await loop.</summary>
    internal static SendResult Send(PyThreadState ts, PyObject receiver, PyObject value, out PyObject? result)
    {
        if (receiver is PyGenBase gen && receiver is not PyAsyncGenerator)
        {
            var status = gen.Send(ts, value, out result);
            return status == SendResult.Returned && ts.TraceFunc is not null ? TraceSendReturned(ts, receiver, value, ref result) : status;
        }

        if (ReferenceEquals(value, PyNone.Instance) && receiver.Type.Next is { } next)
        {
            result = next(receiver);
        }
        else
        {
            result = PyCall.CallMethod(receiver, s_send, [value]);
        }

        if (result is not null)
        {
            return SendResult.Yielded;
        }

        if (ts.CurrentException is null)
        {
            result = PyNone.Instance;
            return SendResult.Returned;
        }

        if (ts.CurrentException.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            if (ts.TraceFunc is not null && !TraceStopIteration(ts))
            {
                return SendResult.Raised;
            }

            result = PyGenBase.StopIterationValue(PyErr.Fetch()!);
            return SendResult.Returned;
        }

        return SendResult.Raised;
    }

    /// <summary>
    /// 3.11's SEND under a trace function goes through tp_iternext or send(), so
    /// a generator's return is a StopIteration, reported as 'exception' in the
    /// delegating frame (none when iternext returns None: it sets no exception).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SendResult TraceSendReturned(PyThreadState ts, PyObject receiver, PyObject value, ref PyObject? result)
    {
        bool viaNext = ReferenceEquals(value, PyNone.Instance) && receiver.Type.Next is not null;
        if (viaNext && result is PyNone)
        {
            return SendResult.Returned;
        }

        PyErr.SetObject(PyExc.StopIteration, result is PyNone ? null : PyTuple.Create(result!));
        if (!TraceStopIteration(ts))
        {
            result = null;
            return SendResult.Raised;
        }

        result = PyGenBase.StopIterationValue(PyErr.Fetch()!);
        return SendResult.Returned;
    }

    // call_exc_trace for SEND's StopIteration: false when the trace function's error replaced it.
    private static bool TraceStopIteration(PyThreadState ts)
    {
        if (ts.CurrentFrame is Frame f)
        {
            CallExceptionTrace(ts, f);
        }

        return ts.CurrentException is { } exc && exc.Type.IsSubtypeOf(PyExc.StopIteration);
    }

    private static PyObject? GetYieldFromIter(CodeObject co, PyObject o)
    {
        if (o is PyCoroutine)
        {
            if ((co.Flags & (CodeFlags.Coroutine | CodeFlags.IterableCoroutine)) == 0)
            {
                return PyErr.TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }

            return o;
        }

        if (o is PyGenerator)
        {
            return o;
        }

        return PyIter.GetIter(o);
    }

    /// <summary>_PyCoro_GetAwaitableIter plus GET_AWAITABLE's messages.</summary>
    private static PyObject? GetAwaitable(PyObject o, int where)
    {
        var it = AwaitableIter(o);
        if (it is null)
        {
            if (o.Type.Await is null && PyErr.ExceptionMatches(PyExc.TypeError))
            {
                if (where == 1)
                {
                    PyErr.Clear();
                    return PyErr.TypeError($"'async with' received an object from __aenter__ that does not implement __await__: {o.Type.Name}");
                }

                if (where == 2)
                {
                    PyErr.Clear();
                    return PyErr.TypeError($"'async with' received an object from __aexit__ that does not implement __await__: {o.Type.Name}");
                }
            }

            return null;
        }

        if (it is PyCoroutine coro && coro.YieldFrom is not null)
        {
            return PyErr.RuntimeError("coroutine is being awaited already");
        }

        return it;
    }

    private static PyObject? AwaitableIter(PyObject o)
    {
        if (o is PyCoroutine || (o is PyGenerator g && (g.Frame.CodeObject.Flags & CodeFlags.IterableCoroutine) != 0))
        {
            return o;
        }

        if (o.Type.Await is { } await)
        {
            var res = await(o);
            if (res is null)
            {
                return null;
            }

            if (res is PyCoroutine || (res is PyGenerator rg && (rg.Frame.CodeObject.Flags & CodeFlags.IterableCoroutine) != 0))
            {
                return PyErr.TypeError("__await__() returned a coroutine");
            }

            if (res.Type.Next is null)
            {
                return PyErr.TypeError($"__await__() returned non-iterator of type '{res.Type.Name}'");
            }

            return res;
        }

        return PyErr.TypeError($"object {o.Type.Name} can't be used in 'await' expression");
    }

    private static PyObject? GetAIter(PyObject o)
    {
        if (o.Type.AIter is not { } aiter)
        {
            return PyErr.TypeError($"'async for' requires an object with __aiter__ method, got {o.Type.Name}");
        }

        var it = aiter(o);
        if (it is null)
        {
            return null;
        }

        if (it.Type.ANext is null)
        {
            return PyErr.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {it.Type.Name}");
        }

        return it;
    }

    private static PyObject? GetANext(PyObject aiter)
    {
        if (aiter is PyAsyncGenerator gen && ReferenceEquals(aiter.Type, PyAsyncGenerator.TypeObject))
        {
            return new PyAsyncGenASend(gen, PyNone.Instance);
        }

        if (aiter.Type.ANext is not { } anext)
        {
            return PyErr.TypeError($"'async for' requires an iterator with __anext__ method, got {aiter.Type.Name}");
        }

        var next = anext(aiter);
        if (next is null)
        {
            return null;
        }

        var awaitable = AwaitableIter(next);
        if (awaitable is null)
        {
            PyErr.Clear();
            return PyErr.TypeError($"'async for' received an invalid object from __anext__: {next.Type.Name}");
        }

        return awaitable;
    }
}
