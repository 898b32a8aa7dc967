using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Builtins;

/// <summary>
/// <c>anext_awaitable</c> (Objects/iterobject.c), made by anext(it, default):
/// awaits it.__anext__() and turns its StopAsyncIteration into the default
/// (as StopIteration(default), the await protocol's return).
/// </summary>
public sealed class PyANextAwaitable : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("anext_awaitable", null, TypeFlags.None, static t =>
    {
        t.Await = static self => self;
        t.Iter = static self => self;
        t.Next = static self => ((PyANextAwaitable)self).Forward(null, null);
    }, static t =>
    {
        t.AddMethod("send", static (self, args, kw) =>
            Args.ExactlyOne("send", args, kw) ? ((PyANextAwaitable)self).Forward("send", [args[0]]) : null);
        t.AddMethod("throw", static (self, args, kw) =>
            Args.Positional("throw", args, kw, 1, 3) ? ((PyANextAwaitable)self).Forward("throw", args.ToArray()) : null);
        t.AddMethod("close", static (self, args, kw) =>
            Args.NoArgs("close", args, kw) ? ((PyANextAwaitable)self).Forward("close", []) : null);
    });

    private readonly PyObject _awaitable;
    private readonly PyObject _default;
    private PyObject? _iterator;

    public PyANextAwaitable(PyObject awaitable, PyObject dflt)
        : base(TypeObject)
    {
        _awaitable = awaitable;
        _default = dflt;
    }

    /// <summary>The iterator behind the awaitable: its __await__ result, or the awaitable itself when it iterates.</summary>
    private PyObject? Iterator()
    {
        if (_iterator is not null)
        {
            return _iterator;
        }

        var type = _awaitable.Type;
        if (type.Await is { } await)
        {
            var it = await(_awaitable);
            if (it is null)
            {
                return null;
            }

            if (it.Type.Next is null)
            {
                return PyErr.TypeError($"__await__() returned non-iterator of type '{it.Type.Name}'");
            }

            return _iterator = it;
        }

        if (type.Next is not null)
        {
            return _iterator = _awaitable;
        }

        return PyErr.TypeError($"'{type.Name}' object can't be awaited");
    }

    private PyObject? Forward(string? method, PyObject[]? args)
    {
        var it = Iterator();
        if (it is null)
        {
            return null;
        }

        var result = method is null ? PyIter.Next(it) : PyCall.CallMethod(it, method, args);
        if (result is null && PyErr.Clear(PyExc.StopAsyncIteration))
        {
            return PyErr.StopIteration(_default);
        }

        return result;
    }
}
