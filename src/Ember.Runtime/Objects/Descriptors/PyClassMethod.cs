using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// <c>classmethod</c> and <c>staticmethod</c> (Objects/funcobject.c). Both
/// wrap a callable, copy its <c>__name__</c>, <c>__qualname__</c>,
/// <c>__module__</c> and <c>__doc__</c> into their own dict (3.10+), and
/// expose it as <c>__func__</c> and <c>__wrapped__</c>. A classmethod binds
/// to the class; in 3.11 it chains through the callable's own <c>__get__</c>,
/// so <c>classmethod(property(...))</c> works.
/// </summary>
public class PyClassMethod : PyObject, IInstanceDict
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("classmethod", null, TypeFlags.BaseType | TypeFlags.HasDict, InitSlots, InitMembers);

    public PyClassMethod(PyObject callable)
        : this(TypeObject, callable)
    {
    }

    protected PyClassMethod(PyType type, PyObject? callable)
        : base(type)
    {
        Callable = callable;
        if (callable is not null)
        {
            CopyWrapperAttributes(this, callable);
        }
    }

    /// <summary>The wrapped callable; null until __init__ ran on an instance made by __new__ alone.</summary>
    public PyObject? Callable;

    public PyDict? Dict { get; set; }

    /// <summary>functools_wraps: copies the attributes that make the wrapper look like the function.</summary>
    internal static bool CopyWrapperAttributes(IInstanceDict wrapper, PyObject callable)
    {
        var dict = wrapper.Dict ??= new PyDict();
        foreach (var name in (ReadOnlySpan<string>)["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"])
        {
            int found = PyAttr.TryGetAttr(callable, new PyStr(name), out var value);
            if (found < 0)
            {
                return false;
            }

            if (found > 0)
            {
                dict.SetItemStr(name, value!);
            }
        }

        return true;
    }

    private static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kwnames) => new PyClassMethod(cls, null);
        type.Init = static (self, args, kwnames) =>
        {
            if (!Args.Positional("classmethod", args, kwnames, 1, 1))
            {
                return false;
            }

            var cm = (PyClassMethod)self;
            cm.Callable = args[0];
            return CopyWrapperAttributes(cm, args[0]);
        };
        type.DescrGet = static (descr, instance, owner) =>
        {
            var cm = (PyClassMethod)descr;
            if (cm.Callable is not { } callable)
            {
                return PyErr.RuntimeError("uninitialized classmethod object");
            }

            var cls = owner ?? instance!.Type;
            if (callable.Type.DescrGet is { } get)
            {
                return get(callable, cls, cls);
            }

            return BoundMethods.Create(callable, cls);
        };
        type.Repr = static self =>
        {
            var cm = (PyClassMethod)self;
            var inner = cm.Callable is null ? "NULL" : PyOps.ReprString(cm.Callable);
            return inner is null ? null : new PyStr($"<classmethod({inner})>");
        };
    }

    private static void InitMembers(PyType type)
    {
        AddCommonMembers(type, static self => ((PyClassMethod)self).Callable);
        type.AddValue("__doc__", new PyStr("classmethod(function) -> method\n\nConvert a function to be a class method: it receives its class as the first argument."));
    }

    internal static void AddCommonMembers(PyType type, Func<PyObject, PyObject?> callable)
    {
        type.AddReadonlyMember("__func__", self => callable(self) ?? PyErr.RuntimeError("uninitialized object"));
        type.AddReadonlyMember("__wrapped__", self => callable(self) ?? PyErr.RuntimeError("uninitialized object"));
        type.AddGetter("__isabstractmethod__", self => IsAbstract(callable(self)));
        type.AddGetter("__dict__", static self =>
        {
            var owner = (IInstanceDict)self;
            return owner.Dict ??= new PyDict();
        }, static (self, value) =>
        {
            // PyObject_GenericSetDict's checks and words.
            if (value is null)
            {
                PyErr.TypeError("cannot delete __dict__");
                return false;
            }

            if (value is not PyDict d)
            {
                PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.TpName}'");
                return false;
            }

            ((IInstanceDict)self).Dict = d;
            return true;
        });
    }

    /// <summary>__isabstractmethod__ of a wrapper: the truth of the wrapped object's (_PyObject_IsAbstract).</summary>
    internal static PyObject? IsAbstract(PyObject? o)
    {
        if (o is null)
        {
            return PyBool.False;
        }

        int found = PyAttr.TryGetAttr(o, new PyStr("__isabstractmethod__"), out var value);
        if (found < 0)
        {
            return null;
        }

        if (found == 0)
        {
            return PyBool.False;
        }

        int truth = PyOps.IsTrue(value!);
        return truth < 0 ? null : PyBool.From(truth != 0);
    }
}

/// <summary><c>staticmethod</c>: the callable itself from both class and instance; callable directly since 3.10.</summary>
public class PyStaticMethod : PyObject, IInstanceDict
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("staticmethod", null, TypeFlags.BaseType | TypeFlags.HasDict, InitSlots, InitMembers);

    public PyStaticMethod(PyObject callable)
        : this(TypeObject, callable)
    {
    }

    protected PyStaticMethod(PyType type, PyObject? callable)
        : base(type)
    {
        Callable = callable;
        if (callable is not null)
        {
            PyClassMethod.CopyWrapperAttributes(this, callable);
        }
    }

    public PyObject? Callable;

    public PyDict? Dict { get; set; }

    private static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kwnames) => new PyStaticMethod(cls, null);
        type.Init = static (self, args, kwnames) =>
        {
            if (!Args.Positional("staticmethod", args, kwnames, 1, 1))
            {
                return false;
            }

            var sm = (PyStaticMethod)self;
            sm.Callable = args[0];
            return PyClassMethod.CopyWrapperAttributes(sm, args[0]);
        };
        type.DescrGet = static (descr, instance, owner) =>
            ((PyStaticMethod)descr).Callable ?? PyErr.RuntimeError("uninitialized staticmethod object");
        type.Call = static (self, args, kwnames) =>
        {
            var callable = ((PyStaticMethod)self).Callable;
            return callable is null ? PyErr.RuntimeError("uninitialized staticmethod object") : PyCall.Call(callable, args, kwnames);
        };
        type.Repr = static self =>
        {
            var sm = (PyStaticMethod)self;
            var inner = sm.Callable is null ? "NULL" : PyOps.ReprString(sm.Callable);
            return inner is null ? null : new PyStr($"<staticmethod({inner})>");
        };
    }

    private static void InitMembers(PyType type)
    {
        PyClassMethod.AddCommonMembers(type, static self => ((PyStaticMethod)self).Callable);
        type.AddValue("__doc__", new PyStr("staticmethod(function) -> method\n\nConvert a function to be a static method: it receives no implicit first argument."));
    }
}
