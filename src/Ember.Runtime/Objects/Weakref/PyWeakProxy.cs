using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// A weak proxy (Objects/weakrefobject.c's proxy types, what
/// <c>_weakref.proxy</c> makes): every operation is forwarded to the
/// referent, and raises ReferenceError once the referent has died.
/// <c>weakref.CallableProxyType</c> is the kind made for callable referents.
/// Proxies are unhashable and cannot be subclassed.
/// </summary>
public sealed class PyWeakProxy : PyWeakref
{
    public static readonly PyType ProxyType = PyType.CreateBuiltin(
        "ProxyType", null, TypeFlags.None, static t => InitProxySlots(t, callable: false), InitProxyMembers, module: "weakref");

    public static readonly PyType CallableProxyType = PyType.CreateBuiltin(
        "CallableProxyType", null, TypeFlags.None, static t => InitProxySlots(t, callable: true), InitProxyMembers, module: "weakref");

    private PyWeakProxy(PyType type, PyObject referent, PyObject? callback)
        : base(type, referent, callback)
    {
    }

    public bool IsCallable => ReferenceEquals(Type, CallableProxyType);

    public override bool IsBasicProxy => Callback is null;

    /// <summary>proxy(object[, callback]) (PyWeakref_NewProxy): the basic proxy is shared when there is no callback.</summary>
    public static PyObject? NewProxy(PyObject referent, PyObject? callback)
    {
        if (!SupportsWeakrefs(referent.Type))
        {
            return PyErr.TypeError($"cannot create weak reference to '{referent.Type.TpName}' object");
        }

        if (callback is PyNone)
        {
            callback = null;
        }

        bool callable = referent.Type.Call is not null;
        var list = WeakrefList.For(PyThreadState.Current.Interpreter, referent);
        if (callback is null && list.BasicProxy(callable) is { } basic)
        {
            return basic;
        }

        var proxy = new PyWeakProxy(callable ? CallableProxyType : ProxyType, referent, callback);
        list.Insert(proxy);
        return proxy;
    }

    /// <summary>UNWRAP: a proxy's referent (ReferenceError once it has died); any other object itself.</summary>
    private static bool Unwrap(ref PyObject o)
    {
        if (o is not PyWeakProxy p)
        {
            return true;
        }

        var target = p.Target;
        if (target is null)
        {
            PyErr.SetString(PyExc.ReferenceError, "weakly-referenced object no longer exists");
            return false;
        }

        o = target;
        return true;
    }

    private static PyObject? Unary(PyObject self, Func<PyObject, PyObject?> op) => Unwrap(ref self) ? op(self) : null;

    private static PyObject? Binary(PyObject a, PyObject b, BinaryOp op) =>
        Unwrap(ref a) && Unwrap(ref b) ? PyNumber.Binary(a, b, op) : null;

    private static void InitProxySlots(PyType t, bool callable)
    {
        t.Repr = static self =>
        {
            var target = ((PyWeakProxy)self).Target ?? PyNone.Instance;
            return new PyStr($"<weakproxy at {ObjectAddress.Hex(self)} to {target.Type.TpName} at {ObjectAddress.Hex(target)}>");
        };
        t.Str = static self => Unary(self, PyOps.Str);
        t.Hash = static self =>
        {
            PyErr.TypeError($"unhashable type: '{self.Type.TpName}'");
            return -1;
        };
        t.GetAttr = static (self, name) => Unwrap(ref self) ? PyOps.GetAttr(self, name) : null;
        t.SetAttr = static (self, name, value) => Unwrap(ref self) && PyOps.SetAttr(self, name, value);
        t.RichCompare = static (self, other, op) => Unwrap(ref self) && Unwrap(ref other) ? PyOps.RichCompare(self, other, op) : null;
        t.Bool = static self => Unwrap(ref self) ? PyOps.IsTrue(self) : -1;
        t.Length = static self => Unwrap(ref self) ? PySequence.Length(self) : -1;
        t.Contains = static (self, item) => Unwrap(ref self) ? PySequence.Contains(self, item) : -1;
        t.GetItem = static (self, key) => Unwrap(ref self) ? PySequence.GetItem(self, key) : null;
        t.SetItem = static (self, key, value) => Unwrap(ref self) && PySequence.SetItem(self, key, value);
        t.Iter = static self => Unary(self, PyIter.GetIter);
        t.Next = static self =>
        {
            if (!Unwrap(ref self))
            {
                return null;
            }

            if (self.Type.Next is null)
            {
                return PyErr.TypeError($"Weakref proxy referenced a non-iterator '{self.Type.TpName}' object");
            }

            return self.Type.Next(self);
        };
        if (callable)
        {
            t.Call = static (self, args, kw) => Unwrap(ref self) ? PyCall.Call(self, args, kw) : null;
        }

        t.Negative = static self => Unary(self, PyNumber.Negative);
        t.Positive = static self => Unary(self, PyNumber.Positive);
        t.Absolute = static self => Unary(self, PyNumber.Absolute);
        t.Invert = static self => Unary(self, PyNumber.Invert);
        t.Int = static self => Unary(self, static o => PyCall.Call(PyInt.TypeObject, o));
        t.Float = static self => Unary(self, static o => PyCall.Call(PyFloat.TypeObject, o));
        t.Index = static self => Unary(self, static o => PyNumber.Index(o));
        t.Add = static (a, b) => Binary(a, b, BinaryOp.Add);
        t.Subtract = static (a, b) => Binary(a, b, BinaryOp.Subtract);
        t.Multiply = static (a, b) => Binary(a, b, BinaryOp.Multiply);
        t.Remainder = static (a, b) => Binary(a, b, BinaryOp.Remainder);
        t.Divmod = static (a, b) => Unwrap(ref a) && Unwrap(ref b) ? PyNumber.Divmod(a, b) : null;
        t.LShift = static (a, b) => Binary(a, b, BinaryOp.LShift);
        t.RShift = static (a, b) => Binary(a, b, BinaryOp.RShift);
        t.And = static (a, b) => Binary(a, b, BinaryOp.And);
        t.Xor = static (a, b) => Binary(a, b, BinaryOp.Xor);
        t.Or = static (a, b) => Binary(a, b, BinaryOp.Or);
        t.FloorDivide = static (a, b) => Binary(a, b, BinaryOp.FloorDivide);
        t.TrueDivide = static (a, b) => Binary(a, b, BinaryOp.TrueDivide);
        t.MatrixMultiply = static (a, b) => Binary(a, b, BinaryOp.MatrixMultiply);
        t.Power = static (a, b, c) => Unwrap(ref a) && Unwrap(ref b) && Unwrap(ref c) ? PyNumber.Power(a, b, c) : null;
        t.InplaceAdd = static (a, b) => Binary(a, b, BinaryOp.InplaceAdd);
        t.InplaceSubtract = static (a, b) => Binary(a, b, BinaryOp.InplaceSubtract);
        t.InplaceMultiply = static (a, b) => Binary(a, b, BinaryOp.InplaceMultiply);
        t.InplaceRemainder = static (a, b) => Binary(a, b, BinaryOp.InplaceRemainder);
        t.InplaceLShift = static (a, b) => Binary(a, b, BinaryOp.InplaceLShift);
        t.InplaceRShift = static (a, b) => Binary(a, b, BinaryOp.InplaceRShift);
        t.InplaceAnd = static (a, b) => Binary(a, b, BinaryOp.InplaceAnd);
        t.InplaceXor = static (a, b) => Binary(a, b, BinaryOp.InplaceXor);
        t.InplaceOr = static (a, b) => Binary(a, b, BinaryOp.InplaceOr);
        t.InplaceFloorDivide = static (a, b) => Binary(a, b, BinaryOp.InplaceFloorDivide);
        t.InplaceTrueDivide = static (a, b) => Binary(a, b, BinaryOp.InplaceTrueDivide);
        t.InplaceMatrixMultiply = static (a, b) => Binary(a, b, BinaryOp.InplaceMatrixMultiply);
        t.InplacePower = static (a, b, c) => Unwrap(ref a) && Unwrap(ref b) ? PyNumber.InplacePower(a, b) : null;
    }

    private static void InitProxyMembers(PyType t)
    {
        t.AddMethod("__bytes__", static (self, args, kw) =>
            Types.Args.NoArgs("__bytes__", args, kw) && Unwrap(ref self) ? PyCall.CallMethod(self, "__bytes__", []) : null);
        t.AddMethod("__reversed__", static (self, args, kw) =>
            Types.Args.NoArgs("__reversed__", args, kw) && Unwrap(ref self) ? PyCall.CallMethod(self, "__reversed__", []) : null);
    }
}
