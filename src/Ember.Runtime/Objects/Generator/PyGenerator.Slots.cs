using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public abstract partial class PyGenBase
{
    /// <summary>The members generators, coroutines and async generators share, under their prefix (gi_, cr_, ag_).</summary>
    internal static void AddCommonMembers(PyType type, string prefix)
    {
        type.AddGetter("__name__", static self => ((PyGenBase)self).Name, static (self, value) =>
        {
            if (value is not PyStr)
            {
                PyErr.TypeError("__name__ must be set to a string object");
                return false;
            }

            ((PyGenBase)self).Name = value;
            return true;
        });
        type.AddGetter("__qualname__", static self => ((PyGenBase)self).QualName, static (self, value) =>
        {
            if (value is not PyStr)
            {
                PyErr.TypeError("__qualname__ must be set to a string object");
                return false;
            }

            ((PyGenBase)self).QualName = value;
            return true;
        });
        type.AddGetter(prefix + "frame", static self => ((PyGenBase)self).IsFinished ? PyNone.Instance : ((PyGenBase)self).Frame.FrameObject);
        type.AddGetter(prefix + "running", static self => PyBool.From(((PyGenBase)self).IsRunning));
        type.AddReadonlyMember(prefix + "code", static self => ((PyGenBase)self).Frame.Code);
        if (prefix != "ag_")
        {
            // 3.11 has gi_suspended and cr_suspended; ag_suspended came later.
            type.AddGetter(prefix + "suspended", static self => PyBool.From(((PyGenBase)self).Frame.State == Interpreter.FrameState.Suspended));
        }
    }
}

public sealed partial class PyGenerator
{
    private static partial void InitSlots(PyType type)
    {
        type.Iter = static self => self;
        type.Next = static self => ((PyGenerator)self).IterNext();
        type.Repr = static self => new PyStr(((PyGenerator)self).ReprText("generator"));
    }

    private static partial void InitMembers(PyType type)
    {
        AddCommonMembers(type, "gi_");
        type.AddGetter("gi_yieldfrom", static self => ((PyGenerator)self).YieldFrom ?? PyNone.Instance);
        type.AddMethod("send", static (self, args, kw) => Args.ExactlyOne("generator.send", args, kw) ? ((PyGenerator)self).SendMethod(args[0]) : null);
        type.AddMethod("throw", static (self, args, kw) => ((PyGenerator)self).ThrowMethod(args, kw));
        type.AddMethod("close", static (self, args, kw) => Args.NoArgs("close", args, kw) ? ((PyGenerator)self).Close() : null);
    }
}

public sealed partial class PyCoroutine
{
    private static partial void InitSlots(PyType type)
    {
        type.Await = static self => new PyCoroWrapper((PyCoroutine)self);
        type.Repr = static self => new PyStr(((PyCoroutine)self).ReprText("coroutine"));
    }

    private static partial void InitMembers(PyType type)
    {
        AddCommonMembers(type, "cr_");
        type.AddGetter("cr_await", static self => ((PyCoroutine)self).YieldFrom ?? PyNone.Instance);
        type.AddReadonlyMember("cr_origin", static self => PyNone.Instance);
        type.AddMethod("send", static (self, args, kw) => Args.ExactlyOne("coroutine.send", args, kw) ? ((PyCoroutine)self).SendMethod(args[0]) : null);
        type.AddMethod("throw", static (self, args, kw) => ((PyCoroutine)self).ThrowMethod(args, kw));
        type.AddMethod("close", static (self, args, kw) => Args.NoArgs("close", args, kw) ? ((PyCoroutine)self).Close() : null);
        type.AddMethod("__await__", static (self, args, kw) => Args.NoArgs("__await__", args, kw) ? new PyCoroWrapper((PyCoroutine)self) : null);
    }
}

public sealed partial class PyCoroWrapper
{
    private static partial void InitSlots(PyType type)
    {
        type.Iter = static self => self;
        type.Next = static self =>
        {
            var coro = ((PyCoroWrapper)self).Coroutine;
            var status = coro.Send(Threading.PyThreadState.Current, null, out var r);
            if (status == SendResult.Yielded)
            {
                return r;
            }

            if (status == SendResult.Returned && r is not null && !ReferenceEquals(r, PyNone.Instance))
            {
                PyErr.StopIteration(r);
            }

            return null;
        };
    }

    private static partial void InitMembers(PyType type)
    {
        type.AddMethod("send", static (self, args, kw) => Args.ExactlyOne("coroutine_wrapper.send", args, kw) ? ((PyCoroWrapper)self).Coroutine.SendMethod(args[0]) : null);
        type.AddMethod("throw", static (self, args, kw) => ((PyCoroWrapper)self).Coroutine.ThrowMethod(args, kw));
        type.AddMethod("close", static (self, args, kw) => Args.NoArgs("close", args, kw) ? ((PyCoroWrapper)self).Coroutine.Close() : null);
    }
}

public sealed partial class PyAsyncGenerator
{
    private static partial void InitSlots(PyType type)
    {
        type.AIter = static self => self;
        type.ANext = static self => new PyAsyncGenASend((PyAsyncGenerator)self, PyNone.Instance);
        type.Repr = static self => new PyStr(((PyAsyncGenerator)self).ReprText("async_generator"));
    }

    private static partial void InitMembers(PyType type)
    {
        AddCommonMembers(type, "ag_");
        type.AddGetter("ag_await", static self => ((PyAsyncGenerator)self).YieldFrom ?? PyNone.Instance);
        type.AddReadonlyMember("ag_running", static self => PyBool.From(((PyAsyncGenerator)self).RunningAsync));
        type.AddMethod("__anext__", static (self, args, kw) => Args.NoArgs("__anext__", args, kw) ? new PyAsyncGenASend((PyAsyncGenerator)self, PyNone.Instance) : null);
        type.AddMethod("__aiter__", static (self, args, kw) => Args.NoArgs("__aiter__", args, kw) ? self : null);
        type.AddMethod("asend", static (self, args, kw) => Args.ExactlyOne("asend", args, kw) ? new PyAsyncGenASend((PyAsyncGenerator)self, args[0]) : null);
        // METH_VARARGS: the count is checked when the awaitable first runs (PyArg_UnpackTuple in async_gen_athrow_send).
        type.AddMethod("athrow", static (self, args, kw) => Args.NoKeywords("async_generator.athrow", kw) ? new PyAsyncGenAThrow((PyAsyncGenerator)self, args.ToArray()) : null);
        type.AddMethod("aclose", static (self, args, kw) => Args.NoArgs("aclose", args, kw) ? new PyAsyncGenAThrow((PyAsyncGenerator)self, null) : null);
    }
}

public sealed partial class PyAsyncGenASend
{
    private static partial void InitSlots(PyType type)
    {
        type.Iter = static self => self;
        type.Await = static self => self;
        type.Next = static self => ((PyAsyncGenASend)self).SendStep(null);
    }

    private static partial void InitMembers(PyType type)
    {
        type.AddMethod("send", static (self, args, kw) => Args.ExactlyOne("async_generator_asend.send", args, kw) ? ((PyAsyncGenASend)self).SendStep(args[0]) : null);
        type.AddMethod("throw", static (self, args, kw) => Args.Positional("throw", args, kw, 1, 3)
            ? ((PyAsyncGenASend)self).ThrowStep(args[0], args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null)
            : null);
        type.AddMethod("close", static (self, args, kw) =>
        {
            ((PyAsyncGenASend)self).CloseStep();
            return PyNone.Instance;
        });
        type.AddMethod("__await__", static (self, args, kw) => self);
    }
}

public sealed partial class PyAsyncGenAThrow
{
    private static partial void InitSlots(PyType type)
    {
        type.Iter = static self => self;
        type.Await = static self => self;
        type.Next = static self => ((PyAsyncGenAThrow)self).SendStep(null);
    }

    private static partial void InitMembers(PyType type)
    {
        type.AddMethod("send", static (self, args, kw) => Args.ExactlyOne("async_generator_athrow.send", args, kw) ? ((PyAsyncGenAThrow)self).SendStep(args[0]) : null);
        type.AddMethod("throw", static (self, args, kw) => Args.Positional("throw", args, kw, 1, 3)
            ? ((PyAsyncGenAThrow)self).ThrowStep(args[0], args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null)
            : null);
        type.AddMethod("close", static (self, args, kw) =>
        {
            ((PyAsyncGenAThrow)self).CloseStep();
            return PyNone.Instance;
        });
        type.AddMethod("__await__", static (self, args, kw) => self);
    }
}
