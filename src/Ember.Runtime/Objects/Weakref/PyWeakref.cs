using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// A weak reference (Objects/weakrefobject.c, <c>weakref.ReferenceType</c>,
/// what <c>_weakref.ref</c> makes): it reaches its referent while something
/// else keeps the referent alive, and calls its callback with itself once
/// the referent has died. Subclasses defined in Python get an attribute dict.
/// </summary>
public partial class PyWeakref : PyObject, IInstanceDict
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "ReferenceType", null, TypeFlags.BaseType, InitSlots, InitMembers, module: "weakref");

    private WeakReference<PyObject>? _target;
    private long _hash = -1;
    private PyDict? _dict;

    protected PyWeakref(PyType type, PyObject referent, PyObject? callback)
        : base(type)
    {
        _target = new WeakReference<PyObject>(referent);
        Callback = callback;
    }

    /// <summary>The callback, until the reference is cleared.</summary>
    public PyObject? Callback { get; private set; }

    public bool IsCleared => _target is null;

    /// <summary>The referent, or null once it has died.</summary>
    public PyObject? Target => _target is not null && _target.TryGetTarget(out var o) ? o : null;

    /// <summary>A ref CPython shares between callers: exact ReferenceType, no callback.</summary>
    public bool IsBasicRef => ReferenceEquals(Type, TypeObject) && Callback is null;

    /// <summary>A proxy without callback (shared as well).</summary>
    public virtual bool IsBasicProxy => false;

    public PyDict? Dict
    {
        get => _dict ??= Type.HasFlag(TypeFlags.HasDict) ? new PyDict() : null;
        set => _dict = value;
    }

    /// <summary>Forgets the referent and the callback (clear_weakref).</summary>
    internal void Clear()
    {
        _target = null;
        Callback = null;
    }

    /// <summary>Whether instances of <paramref name="type"/> can be weakly referenced (_PyType_SUPPORTS_WEAKREFS).</summary>
    public static bool SupportsWeakrefs(PyType type) => type.HasFlag(TypeFlags.HasWeakref);

    /// <summary>
    /// A weak reference of type <paramref name="type"/> to <paramref name="referent"/>
    /// (weakref___new__): the basic ref is shared when there is no callback.
    /// </summary>
    public static PyObject? New(PyType type, PyObject referent, PyObject? callback)
    {
        if (!SupportsWeakrefs(referent.Type))
        {
            return PyErr.TypeError($"cannot create weak reference to '{referent.Type.TpName}' object");
        }

        if (callback is PyNone)
        {
            callback = null;
        }

        var list = WeakrefList.For(PyThreadState.Current.Interpreter, referent);
        if (callback is null && ReferenceEquals(type, TypeObject) && list.BasicRef is { } basic)
        {
            return basic;
        }

        var r = new PyWeakref(type, referent, callback);
        list.Insert(r);
        return r;
    }

    /// <summary>The <c>__weakref__</c> attribute: the first weak reference to <paramref name="o"/>, or None.</summary>
    public static PyObject WeakrefAttribute(PyObject o)
    {
        var list = WeakrefList.Find(PyThreadState.Current.Interpreter, o);
        var live = list?.Live();
        return live is { Count: > 0 } ? live[0] : PyNone.Instance;
    }

    // weakref_hash: the referent's hash, kept for when it has gone.
    private long Hash()
    {
        if (_hash != -1)
        {
            return _hash;
        }

        var o = Target;
        if (o is null)
        {
            PyErr.TypeError("weak object has gone away");
            return -1;
        }

        long h = PyOps.Hash(o);
        if (h != -1)
        {
            _hash = h;
        }

        return h;
    }

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);

    private string Repr()
    {
        var o = Target;
        if (o is null)
        {
            return $"<weakref at {ObjectAddress.Hex(this)}; dead>";
        }

        int found = PyAttr.TryGetAttr(o, s_name, out var name);
        if (found < 0)
        {
            return null!;
        }

        string head = $"<weakref at {ObjectAddress.Hex(this)}; to '{o.Type.TpName}' at {ObjectAddress.Hex(o)}";
        return found > 0 && name is PyStr s ? $"{head} ({s.Value})>" : head + ">";
    }

    private static readonly PyStr s_name = new("__name__");

    private static partial void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) =>
            Types.Args.Positional("__new__", args, null, 1, 2) ? New(cls, args[0], args.Length > 1 ? args[1] : null) : null;
        type.Init = static (self, args, kw) => Types.Args.Positional("__init__", args, null, 1, 2);
        type.Call = static (self, args, kw) =>
        {
            if (!Types.Args.NoKeywords("weakref", kw) || !Types.Args.Positional("weakref", args, null, 0, 0))
            {
                return null;
            }

            return ((PyWeakref)self).Target ?? PyNone.Instance;
        };
        type.Hash = static self => ((PyWeakref)self).Hash();
        type.Repr = static self =>
        {
            var text = ((PyWeakref)self).Repr();
            return text is null ? null : new PyStr(text);
        };
        type.RichCompare = static (self, other, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyWeakref w)
            {
                return PyNotImplemented.Instance;
            }

            var a = ((PyWeakref)self).Target;
            var b = w.Target;
            if (a is null || b is null)
            {
                bool same = ReferenceEquals(self, other);
                return PyBool.From(op == CompareOp.Eq ? same : !same);
            }

            return PyOps.RichCompare(a, b, op);
        };
    }

    private static partial void InitMembers(PyType type)
    {
        type.AddReadonlyMember("__callback__", static self => ((PyWeakref)self).Callback ?? PyNone.Instance);
        type.AddClassMethod("__class_getitem__", ContainerHelpers.ClassGetItem);
    }
}
