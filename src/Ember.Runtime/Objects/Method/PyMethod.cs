using Ember.Runtime.Errors;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>A bound method (Objects/classobject.c's PyMethod_Type): a function and the instance it was looked up on.</summary>
public sealed partial class PyMethod : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("method", null, TypeFlags.HasWeakref, InitSlots, InitMembers);

    public PyMethod(PyObject function, PyObject self)
        : base(TypeObject)
    {
        Function = function;
        Self = self;
    }

    public PyObject Function { get; }

    public PyObject Self { get; }

    /// <summary>Calls the function with self prepended (method_vectorcall).</summary>
    public PyObject? Invoke(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var all = new PyObject[args.Length + 1];
        all[0] = Self;
        args.CopyTo(all.AsSpan(1));
        return Function is PyFunction f
            ? FunctionCalls.Call(PyThreadState.Current, f, all, kwnames)
            : PyCall.Call(Function, all, kwnames);
    }

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}

public sealed partial class PyMethod
{
    private static readonly PyStr s_qualname = new("__qualname__");
    private static readonly PyStr s_name = new("__name__");
    private static readonly PyStr s_doc = new("__doc__");

    private static partial void InitSlots(PyType type)
    {
        type.Call = static (self, args, kw) => ((PyMethod)self).Invoke(args, kw);
        type.New = static (cls, args, kw) =>
        {
            // method_new: method(function, instance), positional only.
            if (!Args.Positional("method", args, kw, 2, 2))
            {
                return null;
            }

            if (args[0].Type.Call is null)
            {
                return PyErr.TypeError("first argument must be callable");
            }

            if (ReferenceEquals(args[1], PyNone.Instance))
            {
                return PyErr.TypeError("instance must not be None");
            }

            return new PyMethod(args[0], args[1]);
        };
        type.DescrGet = static (descr, instance, owner) => descr;
        type.Repr = static self =>
        {
            var m = (PyMethod)self;
            var name = PyOps.GetAttrOrNull(m.Function, s_qualname) ?? PyOps.GetAttrOrNull(m.Function, s_name);
            if (name is null && PyErr.Occurred)
            {
                return null;
            }

            var selfRepr = PyOps.Repr(m.Self) as PyStr;
            if (selfRepr is null)
            {
                return null;
            }

            return new PyStr($"<bound method {(name as PyStr)?.Value ?? "?"} of {selfRepr.Value}>");
        };
        type.RichCompare = static (self, other, op) =>
        {
            if (other is not PyMethod b || op is not (Bytecode.CompareOp.Eq or Bytecode.CompareOp.Ne))
            {
                return PyNotImplemented.Instance;
            }

            var a = (PyMethod)self;
            int eq = PyOps.RichCompareBool(a.Function, b.Function, Bytecode.CompareOp.Eq);
            if (eq < 0)
            {
                return null;
            }

            bool same = eq == 1 && ReferenceEquals(a.Self, b.Self);
            return PyBool.From(op == Bytecode.CompareOp.Eq ? same : !same);
        };
        type.Hash = static self =>
        {
            var m = (PyMethod)self;
            long h = PyOps.Hash(m.Function);
            if (h == -1)
            {
                return -1;
            }

            long r = h ^ ObjectAddress.Of(m.Self);
            return r == -1 ? -2 : r;
        };
        type.GetAttr = static (self, name) =>
        {
            // Attributes not defined on the method come from the function (method_getattro).
            var m = (PyMethod)self;
            var descr = LookupOnType(self.Type, name);
            if (descr is not null)
            {
                if (descr.Type.DescrGet is { } get)
                {
                    return get(descr, self, self.Type);
                }

                return descr;
            }

            return PyOps.GetAttr(m.Function, name);
        };
    }

    private static PyObject? LookupOnType(PyType type, PyStr name) => type.Lookup(name);

    private static partial void InitMembers(PyType type)
    {
        type.AddReadonlyMember("__func__", static self => ((PyMethod)self).Function);
        type.AddReadonlyMember("__self__", static self => ((PyMethod)self).Self);
        type.AddGetter("__doc__", static self => PyOps.GetAttr(((PyMethod)self).Function, s_doc));
    }
}
