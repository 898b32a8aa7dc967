using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Builtins;

/// <summary>
/// <c>callable_iterator</c> (Objects/iterobject.c), made by iter(callable,
/// sentinel): calls the callable until it returns something equal to the
/// sentinel; a StopIteration from the callable also ends it.
/// </summary>
public sealed class PyCallIter : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("callable_iterator", null, TypeFlags.None, static t =>
    {
        t.Iter = static self => self;
        t.Next = static self => ((PyCallIter)self).NextItem();
    });

    private PyObject? _callable;
    private PyObject? _sentinel;

    public PyCallIter(PyObject callable, PyObject sentinel)
        : base(TypeObject)
    {
        _callable = callable;
        _sentinel = sentinel;
    }

    private PyObject? NextItem()
    {
        if (_callable is null)
        {
            return null;
        }

        var result = PyCall.Call(_callable);
        if (result is null)
        {
            if (PyErr.Clear(PyExc.StopIteration))
            {
                _callable = _sentinel = null;
            }

            return null;
        }

        int eq = PyOps.RichCompareBool(result, _sentinel!, CompareOp.Eq);
        if (eq == 0)
        {
            return result;
        }

        if (eq > 0)
        {
            _callable = _sentinel = null;
        }

        return null;
    }
}
