using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Functools;

/// <summary>
/// <c>functools.KeyWrapper</c>, what cmp_to_key returns: calling it wraps an
/// object; wrapped objects compare by mycmp(a, b) against 0.
/// </summary>
public sealed class PyKeyWrapper : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("KeyWrapper", null, TypeFlags.None, static t =>
    {
        t.Call = Call;
        t.RichCompare = RichCompare;
        t.Hash = ContainerHelpers.HashNotImplemented;
    }, static t =>
    {
        t.AddReadonlyMember("obj", static self => ((PyKeyWrapper)self)._object ?? PyNone.Instance, "Value wrapped by a key function.");
    }, "functools");

    private readonly PyObject _cmp;
    private readonly PyObject? _object;

    public PyKeyWrapper(PyObject cmp, PyObject? obj)
        : base(TypeObject)
    {
        _cmp = cmp;
        _object = obj;
    }

    private static readonly ArgSpec s_callSpec = new("K", ["obj"], required: 1);

    private static PyObject? Call(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[1];
        return s_callSpec.Parse(args, kwnames, slots) ? new PyKeyWrapper(((PyKeyWrapper)self)._cmp, slots[0]) : null;
    }

    private static PyObject? RichCompare(PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyKeyWrapper o)
        {
            return PyErr.TypeError("other argument must be K instance");
        }

        var k = (PyKeyWrapper)self;
        if (k._object is null || o._object is null)
        {
            return PyErr.AttributeError("object");
        }

        var res = PyCall.Call(k._cmp, k._object, o._object);
        return res is null ? null : PyOps.RichCompare(res, PyInt.Zero, op);
    }
}
