using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;

namespace Ember.Runtime.Types;

/// <summary>Binding a callable that has no <c>__get__</c> of its own to an object (PyMethod_New's use by classmethod).</summary>
internal static class BoundMethods
{
    public static PyObject? Create(PyObject callable, PyObject self)
    {
        string name = PyAttr.TryGetAttr(callable, new PyStr("__name__"), out var n) > 0 && n is PyStr s ? s.Value : "?";
        Errors.PyErr.Clear();
        return new PyBuiltinFunction(name, (bound, args, kwnames) =>
        {
            var all = new PyObject[args.Length + 1];
            all[0] = bound;
            args.CopyTo(all.AsSpan(1));
            return PyCall.Call(callable, all, kwnames);
        }, self);
    }
}
