using Ember.Runtime.Errors;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>State of an asend/athrow awaitable (genobject.c's AwaitableState).</summary>
internal enum AwaitableState : byte
{
    Init,
    Iter,
    Closed,
}

/// <summary>Helpers the awaitables share: one step of the async generator with Python-level results.</summary>
internal static class AsyncGenSteps
{
    /// <summary>gen_send: a yielded value, or null with StopAsyncIteration (finished) or the error pending.</summary>
    public static PyObject? Send(PyAsyncGenerator gen, PyObject arg)
    {
        var status = gen.Send(PyThreadState.Current, arg, out var r);
        return Finish(status, r);
    }

    /// <summary>_gen_throw with throw()'s arguments.</summary>
    public static PyObject? Throw(PyAsyncGenerator gen, bool closeOnGeneratorExit, PyObject type, PyObject? value, PyObject? tb)
    {
        if (!PyGenBase.Normalize(type, value, tb))
        {
            return null;
        }

        var status = gen.ThrowPending(PyThreadState.Current, closeOnGeneratorExit, out var r);
        return Finish(status, r);
    }

    private static PyObject? Finish(SendResult status, PyObject? r)
    {
        if (status == SendResult.Yielded)
        {
            return r;
        }

        if (status == SendResult.Returned)
        {
            PyErr.SetObject(PyExc.StopAsyncIteration, null);
        }

        return null;
    }

    /// <summary>async_gen_unwrap_value: a wrapped value ends this awaitable with StopIteration(value).</summary>
    public static PyObject? Unwrap(PyAsyncGenerator gen, PyObject? result)
    {
        if (result is null)
        {
            if (!PyErr.Occurred)
            {
                PyErr.SetObject(PyExc.StopAsyncIteration, null);
            }

            if (PyErr.ExceptionMatches(PyExc.StopAsyncIteration) || PyErr.ExceptionMatches(PyExc.GeneratorExit))
            {
                gen.Closed = true;
            }

            gen.RunningAsync = false;
            return null;
        }

        if (result is PyAsyncGenWrappedValue wrapped)
        {
            PyErr.StopIteration(wrapped.Value);
            gen.RunningAsync = false;
            return null;
        }

        return result;
    }
}

/// <summary>The awaitable <c>__anext__()</c> and <c>asend(v)</c> return (async_generator_asend).</summary>
public sealed partial class PyAsyncGenASend : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("async_generator_asend", null, TypeFlags.None, InitSlots, InitMembers);

    private readonly PyAsyncGenerator _gen;
    private readonly PyObject _sendValue;
    private AwaitableState _state;

    internal PyAsyncGenASend(PyAsyncGenerator gen, PyObject sendValue)
        : base(TypeObject)
    {
        _gen = gen;
        _sendValue = sendValue;
    }

    internal PyObject? SendStep(PyObject? arg)
    {
        if (_state == AwaitableState.Closed)
        {
            return PyErr.RuntimeError("cannot reuse already awaited __anext__()/asend()");
        }

        if (_state == AwaitableState.Init)
        {
            if (_gen.RunningAsync)
            {
                return PyErr.RuntimeError("anext(): asynchronous generator is already running");
            }

            if (arg is null || ReferenceEquals(arg, PyNone.Instance))
            {
                arg = _sendValue;
            }

            _state = AwaitableState.Iter;
        }

        _gen.RunningAsync = true;
        var result = AsyncGenSteps.Unwrap(_gen, AsyncGenSteps.Send(_gen, arg ?? PyNone.Instance));
        if (result is null)
        {
            _state = AwaitableState.Closed;
        }

        return result;
    }

    internal PyObject? ThrowStep(PyObject type, PyObject? value, PyObject? tb)
    {
        if (_state == AwaitableState.Closed)
        {
            return PyErr.RuntimeError("cannot reuse already awaited __anext__()/asend()");
        }

        var result = AsyncGenSteps.Unwrap(_gen, AsyncGenSteps.Throw(_gen, true, type, value, tb));
        if (result is null)
        {
            _state = AwaitableState.Closed;
        }

        return result;
    }

    internal void CloseStep() => _state = AwaitableState.Closed;

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}

/// <summary>The awaitable <c>athrow(...)</c> and <c>aclose()</c> return (async_generator_athrow); no arguments means aclose.</summary>
public sealed partial class PyAsyncGenAThrow : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("async_generator_athrow", null, TypeFlags.None, InitSlots, InitMembers);

    private readonly PyAsyncGenerator _gen;
    private readonly PyObject[]? _args;
    private AwaitableState _state;

    internal PyAsyncGenAThrow(PyAsyncGenerator gen, PyObject[]? args)
        : base(TypeObject)
    {
        _gen = gen;
        _args = args;
    }

    private bool IsClose => _args is null;

    internal PyObject? SendStep(PyObject? arg)
    {
        arg ??= PyNone.Instance;
        if (_state == AwaitableState.Closed)
        {
            return PyErr.RuntimeError("cannot reuse already awaited aclose()/athrow()");
        }

        if (_gen.IsFinished)
        {
            _state = AwaitableState.Closed;
            return PyErr.StopIteration(null);
        }

        PyObject? retval;
        if (_state == AwaitableState.Init)
        {
            if (_gen.RunningAsync)
            {
                _state = AwaitableState.Closed;
                return PyErr.RuntimeError(IsClose ? "aclose(): asynchronous generator is already running" : "athrow(): asynchronous generator is already running");
            }

            if (_gen.Closed)
            {
                _state = AwaitableState.Closed;
                return PyErr.SetObject(PyExc.StopAsyncIteration, null);
            }

            if (!ReferenceEquals(arg, PyNone.Instance))
            {
                return PyErr.RuntimeError("can't send non-None value to a just-started coroutine");
            }

            _state = AwaitableState.Iter;
            _gen.RunningAsync = true;
            if (IsClose)
            {
                _gen.Closed = true;
                retval = AsyncGenSteps.Throw(_gen, false, PyExc.GeneratorExit, null, null);
                if (retval is PyAsyncGenWrappedValue)
                {
                    return YieldClose();
                }
            }
            else
            {
                // As 3.11, a bad count leaves the generator marked running and this awaitable iterating.
                if (!Args.Positional("athrow", _args, null, 1, 3))
                {
                    return null;
                }

                retval = AsyncGenSteps.Unwrap(_gen, AsyncGenSteps.Throw(_gen, false, _args![0], _args.Length > 1 ? _args[1] : null, _args.Length > 2 ? _args[2] : null));
            }

            return retval ?? CheckError();
        }

        retval = AsyncGenSteps.Send(_gen, arg);
        if (!IsClose)
        {
            return AsyncGenSteps.Unwrap(_gen, retval);
        }

        if (retval is PyAsyncGenWrappedValue)
        {
            return YieldClose();
        }

        return retval ?? CheckError();
    }

    internal PyObject? ThrowStep(PyObject type, PyObject? value, PyObject? tb)
    {
        if (_state == AwaitableState.Closed)
        {
            return PyErr.RuntimeError("cannot reuse already awaited aclose()/athrow()");
        }

        var retval = AsyncGenSteps.Throw(_gen, true, type, value, tb);
        if (!IsClose)
        {
            return AsyncGenSteps.Unwrap(_gen, retval);
        }

        if (retval is PyAsyncGenWrappedValue)
        {
            return YieldClose();
        }

        if (retval is null && (PyErr.ExceptionMatches(PyExc.StopAsyncIteration) || PyErr.ExceptionMatches(PyExc.GeneratorExit)))
        {
            PyErr.Clear();
            PyErr.StopIteration(null);
        }

        return retval;
    }

    internal void CloseStep() => _state = AwaitableState.Closed;

    private PyObject? YieldClose()
    {
        _gen.RunningAsync = false;
        _state = AwaitableState.Closed;
        return PyErr.RuntimeError("async generator ignored GeneratorExit");
    }

    private PyObject? CheckError()
    {
        _gen.RunningAsync = false;
        _state = AwaitableState.Closed;
        if (IsClose && (PyErr.ExceptionMatches(PyExc.StopAsyncIteration) || PyErr.ExceptionMatches(PyExc.GeneratorExit)))
        {
            PyErr.Clear();
            PyErr.StopIteration(null);
        }

        return null;
    }

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
