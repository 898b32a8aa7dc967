using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// <c>mappingproxy</c> (types.MappingProxyType, Objects/descrobject.c): a
/// read-only view of a mapping, what <c>cls.__dict__</c> gives so that a
/// class's dict changes only through setattr (which keeps slots and version
/// tags right).
/// </summary>
public sealed class PyMappingProxy : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("mappingproxy", null, TypeFlags.Mapping, InitSlots, InitMembers);

    public PyMappingProxy(PyObject mapping)
        : base(TypeObject)
    {
        Mapping = mapping;
    }

    public PyObject Mapping { get; }

    private static readonly ArgSpec s_newSpec = new("mappingproxy", ["mapping"], required: 1);

    private static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kwnames) =>
        {
            Span<PyObject?> slots = new PyObject?[1];
            if (!s_newSpec.Parse(args, kwnames, slots))
            {
                return null;
            }

            var m = slots[0]!;
            if (m.Type.GetItem is null || m.Type.IsSubtypeOf(PyList.TypeObject) || m.Type.IsSubtypeOf(PyTuple.TypeObject))
            {
                return PyErr.TypeError($"mappingproxy() argument must be a mapping, not {m.Type.Name}");
            }

            return new PyMappingProxy(m);
        };
        type.GetItem = static (self, key) =>
        {
            var m = ((PyMappingProxy)self).Mapping;
            if (m is PyDict d && ReferenceEquals(d.Type, PyDict.TypeObject))
            {
                var v = d.GetItem(key);
                return v ?? (PyErr.Occurred ? null : PyErr.KeyError(key));
            }

            return PySequence.GetItem(m, key);
        };
        type.Length = static self =>
        {
            var m = ((PyMappingProxy)self).Mapping;
            if (m is PyDict d)
            {
                return d.Count;
            }

            return m.Type.Length is { } len ? len(m) : -1;
        };
        type.Contains = static (self, key) =>
        {
            var m = ((PyMappingProxy)self).Mapping;
            if (m is PyDict d)
            {
                return d.Contains(key);
            }

            return m.Type.Contains is { } c ? c(m, key) : HeapSlots.IterSearch(m, key);
        };
        type.Iter = static self => PyIter.GetIter(((PyMappingProxy)self).Mapping);
        type.Repr = static self =>
        {
            var inner = PyOps.ReprString(((PyMappingProxy)self).Mapping);
            return inner is null ? null : new PyStr($"mappingproxy({inner})");
        };
        type.Str = static self => PyOps.Str(((PyMappingProxy)self).Mapping);
        type.RichCompare = static (self, other, op) => PyOps.RichCompare(((PyMappingProxy)self).Mapping, other, op);
        type.Or = static (left, right) =>
        {
            var l = left is PyMappingProxy lp ? lp.Mapping : left;
            var r = right is PyMappingProxy rp ? rp.Mapping : right;
            return PyNumber.Binary(l, r, BinaryOp.Or);
        };
        type.InplaceOr = static (left, right) =>
            PyErr.TypeError($"'|=' is not supported by mappingproxy; use '|' instead");
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("get", static (self, args, kw) =>
            Args.Positional("get", args, kw, 1, 2) ? Forward(self, "get", args) : null, "Return the value for key if key is in the mapping, else default.");
        type.AddMethod("keys", static (self, args, kw) => Args.NoArgs("keys", args, kw) ? Forward(self, "keys", args) : null, "The mapping's keys.");
        type.AddMethod("values", static (self, args, kw) => Args.NoArgs("values", args, kw) ? Forward(self, "values", args) : null, "The mapping's values.");
        type.AddMethod("items", static (self, args, kw) => Args.NoArgs("items", args, kw) ? Forward(self, "items", args) : null, "The mapping's items.");
        type.AddMethod("copy", static (self, args, kw) => Args.NoArgs("copy", args, kw) ? Forward(self, "copy", args) : null, "A shallow copy of the mapping.");
        type.AddMethod("__reversed__", static (self, args, kw) => Args.NoArgs("__reversed__", args, kw) ? Forward(self, "__reversed__", args) : null, "Reverse iterator over the keys.");
    }

    private static PyObject? Forward(PyObject self, string method, ReadOnlySpan<PyObject> args) =>
        PyCall.CallMethod(((PyMappingProxy)self).Mapping, method, args);
}
