using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Collections;

/// <summary>
/// <c>collections.defaultdict</c> (Modules/_collectionsmodule.c): a dict
/// whose <c>__missing__</c> stores and returns <c>default_factory()</c>.
/// dict's subscript calls <c>__missing__</c> for any subclass, so only the
/// method is needed here.
/// </summary>
public class PyDefaultDict : PyDict
{
    public static new readonly PyType TypeObject = PyType.CreateBuiltin(
        "defaultdict", PyDict.TypeObject, TypeFlags.BaseType | TypeFlags.DictSubclass | TypeFlags.Mapping, InitSlots, InitMembers, "collections");

    protected PyDefaultDict(PyType type)
        : base(type)
    {
    }

    /// <summary>Null when unset (reads as None).</summary>
    public PyObject? DefaultFactory { get; set; }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        ReferenceEquals(type, TypeObject) ? new PyDefaultDict(type) : new PyDefaultDictSubclass(type);

    private static bool Init(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var dd = (PyDefaultDict)self;
        int npos = args.Length - ModuleHelpers.KeywordCount(kwnames);
        PyObject? factory = null;
        var rest = args;
        if (npos > 0)
        {
            factory = args[0];
            if (factory is not PyNone && factory.Type.Call is null)
            {
                PyErr.TypeError("first argument must be callable or None");
                return false;
            }

            rest = args[1..];
        }

        dd.DefaultFactory = factory is PyNone ? null : factory;
        return PyDict.TypeObject.Init!(self, rest, kwnames);
    }

    private static PyObject? Missing(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.ExactlyOne("defaultdict.__missing__", args, kw))
        {
            return null;
        }

        var dd = (PyDefaultDict)self;
        var key = args[0];
        if (dd.DefaultFactory is null)
        {
            return PyErr.KeyError(key);
        }

        var value = PyCall.Call(dd.DefaultFactory);
        if (value is null || !PySequence.SetItem(self, key, value))
        {
            return null;
        }

        return value;
    }

    /// <summary>new_defdict: type(dd)(dd.default_factory, arg), so subclasses are copied through their constructor.</summary>
    private static PyObject? NewLike(PyDefaultDict dd, PyObject arg) =>
        PyCall.Call(dd.Type, dd.DefaultFactory ?? PyNone.Instance, arg);

    private static PyObject? Repr(PyObject self)
    {
        var dd = (PyDefaultDict)self;
        var baseRepr = PyDict.TypeObject.Repr!(self) as PyStr;
        if (baseRepr is null)
        {
            return null;
        }

        string factoryRepr;
        if (dd.DefaultFactory is not { } factory)
        {
            factoryRepr = "None";
        }
        else if (!ContainerHelpers.ReprEnter(factory))
        {
            factoryRepr = "...";
        }
        else
        {
            var r = PyOps.ReprString(factory);
            ContainerHelpers.ReprLeave(factory);
            if (r is null)
            {
                return null;
            }

            factoryRepr = r;
        }

        return new PyStr($"{dd.Type.Name}({factoryRepr}, {baseRepr.Value})");
    }

    private static PyObject? Or(PyObject left, PyObject right)
    {
        PyObject self, other;
        if (left is PyDefaultDict)
        {
            (self, other) = (left, right);
        }
        else
        {
            (self, other) = (right, left);
        }

        if (other is not PyDict || self is not PyDefaultDict dd)
        {
            return PyNotImplemented.Instance;
        }

        var result = NewLike(dd, left);
        if (result is null)
        {
            return null;
        }

        var update = PyCall.CallMethod(result, "update", [right]);
        return update is null ? null : result;
    }

    private static void InitSlots(PyType t)
    {
        t.New = New;
        t.Init = Init;
        t.Repr = Repr;
        t.Or = Or;
    }

    private static void InitMembers(PyType t)
    {
        t.AddMethod("__missing__", Missing);
        t.AddMethod("copy", static (self, a, k) => Args.NoArgs("defaultdict.copy", a, k) ? NewLike((PyDefaultDict)self, self) : null);
        t.AddMethod("__copy__", static (self, a, k) => Args.NoArgs("defaultdict.__copy__", a, k) ? NewLike((PyDefaultDict)self, self) : null);
        t.AddMethod("__reduce__", static (self, a, k) =>
        {
            if (!Args.NoArgs("defaultdict.__reduce__", a, k))
            {
                return null;
            }

            var dd = (PyDefaultDict)self;
            PyObject args = dd.DefaultFactory is { } f ? PyTuple.Create(f) : PyTuple.Empty;
            var items = PyCall.CallMethod(self, "items", []);
            var it = items is null ? null : PyIter.GetIter(items);
            return it is null ? null : new PyTuple([dd.Type, args, PyNone.Instance, PyNone.Instance, it]);
        });
        t.AddGetter("default_factory", static self => ((PyDefaultDict)self).DefaultFactory ?? PyNone.Instance, static (self, value) =>
        {
            ((PyDefaultDict)self).DefaultFactory = value is PyNone ? null : value;
            return true;
        }, "Factory for default value called by __missing__().");
    }
}

/// <summary>An instance of a Python subclass of defaultdict.</summary>
public sealed class PyDefaultDictSubclass : PyDefaultDict, IInstanceDict
{
    public PyDefaultDictSubclass(PyType type)
        : base(type)
    {
    }

    public PyDict? Dict { get; set; }
}
