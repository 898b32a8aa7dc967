using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// <c>property</c> (Objects/descrobject.c): a data descriptor calling
/// fget/fset/fdel, with 3.11's messages naming the property
/// ("property 'x' of 'Foo' object has no setter") once <c>__set_name__</c>
/// told it its name. Subclasses of property get a dict.
/// </summary>
public class PyProperty : PyObject, IInstanceDict
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("property", null, TypeFlags.BaseType, InitSlots, InitMembers);

    private static readonly ArgSpec s_init = new("property", ["fget", "fset", "fdel", "doc"]);

    private PyDict? _dict;

    protected PyProperty(PyType type)
        : base(type)
    {
    }

    public PyProperty(PyObject? fget, PyObject? fset = null, PyObject? fdel = null, PyObject? doc = null)
        : base(TypeObject)
    {
        Init(fget, fset, fdel, doc);
    }

    public PyObject? Getter;

    public PyObject? Setter;

    public PyObject? Deleter;

    public PyObject? Doc;

    /// <summary>The attribute name given by __set_name__, for messages.</summary>
    public PyObject? Name;

    // The doc came from fget's __doc__ (a copy made by getter() takes the new getter's).
    private bool _getterDoc;

    PyDict? IInstanceDict.Dict
    {
        get => ReferenceEquals(Type, TypeObject) ? null : _dict ??= new PyDict();
        set => _dict = value;
    }

    private bool Init(PyObject? fget, PyObject? fset, PyObject? fdel, PyObject? doc)
    {
        Getter = None(fget);
        Setter = None(fset);
        Deleter = None(fdel);
        Doc = None(doc);
        _getterDoc = false;
        if (Doc is null && Getter is not null)
        {
            int found = PyAttr.TryGetAttr(Getter, new PyStr("__doc__"), out var getterDoc);
            if (found < 0)
            {
                return false;
            }

            if (found > 0 && !ReferenceEquals(getterDoc, PyNone.Instance))
            {
                Doc = getterDoc;
                _getterDoc = true;
            }
        }

        if (!ReferenceEquals(Type, TypeObject) && Doc is not null)
        {
            // A subclass keeps the doc in its instance dict, where help() finds it.
            ((IInstanceDict)this).Dict!.SetItemStr("__doc__", Doc);
        }

        return true;
    }

    private static PyObject? None(PyObject? o) => o is null || ReferenceEquals(o, PyNone.Instance) ? null : o;

    private static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kwnames) => new PyProperty(cls);
        type.Init = static (self, args, kwnames) =>
        {
            Span<PyObject?> slots = new PyObject?[4];
            if (!s_init.Parse(args, kwnames, slots))
            {
                return false;
            }

            return ((PyProperty)self).Init(slots[0], slots[1], slots[2], slots[3]);
        };
        type.DescrGet = static (descr, instance, owner) =>
        {
            var p = (PyProperty)descr;
            if (instance is null || ReferenceEquals(instance, PyNone.Instance))
            {
                return p;
            }

            if (p.Getter is null)
            {
                return p.Missing(instance, "getter");
            }

            return PyCall.Call(p.Getter, instance);
        };
        type.DescrSet = static (descr, instance, value) =>
        {
            var p = (PyProperty)descr;
            var func = value is null ? p.Deleter : p.Setter;
            if (func is null)
            {
                p.Missing(instance, value is null ? "deleter" : "setter");
                return false;
            }

            var r = value is null ? PyCall.Call(func, instance) : PyCall.Call(func, instance, value);
            return r is not null;
        };
    }

    private PyObject? Missing(PyObject instance, string what)
    {
        string qualname = instance.Type.QualName;
        if (Name is not null)
        {
            var name = PyOps.ReprString(Name);
            if (name is null)
            {
                return null;
            }

            return PyErr.AttributeError($"property {name} of '{qualname}' object has no {what}");
        }

        return PyErr.AttributeError($"property of '{qualname}' object has no {what}");
    }

    private static void InitMembers(PyType type)
    {
        type.AddReadonlyMember("fget", static self => ((PyProperty)self).Getter ?? PyNone.Instance);
        type.AddReadonlyMember("fset", static self => ((PyProperty)self).Setter ?? PyNone.Instance);
        type.AddReadonlyMember("fdel", static self => ((PyProperty)self).Deleter ?? PyNone.Instance);
        type.AddMember("__doc__", static self => ((PyProperty)self).Doc ?? PyNone.Instance, static (self, value) =>
        {
            ((PyProperty)self).Doc = value is null || ReferenceEquals(value, PyNone.Instance) ? null : value;
            return true;
        });
        type.AddGetter("__isabstractmethod__", static self =>
        {
            var p = (PyProperty)self;
            foreach (var f in (ReadOnlySpan<PyObject?>)[p.Getter, p.Setter, p.Deleter])
            {
                var r = PyClassMethod.IsAbstract(f);
                if (r is null || ReferenceEquals(r, PyBool.True))
                {
                    return r;
                }
            }

            return PyBool.False;
        });
        type.AddMethod("getter", static (self, args, kw) => Args.ExactlyOne("getter", args, kw) ? ((PyProperty)self).Copy(args[0], null, null) : null,
            "Descriptor to obtain a copy of the property with a different getter.");
        type.AddMethod("setter", static (self, args, kw) => Args.ExactlyOne("setter", args, kw) ? ((PyProperty)self).Copy(null, args[0], null) : null,
            "Descriptor to obtain a copy of the property with a different setter.");
        type.AddMethod("deleter", static (self, args, kw) => Args.ExactlyOne("deleter", args, kw) ? ((PyProperty)self).Copy(null, null, args[0]) : null,
            "Descriptor to obtain a copy of the property with a different deleter.");
        type.AddMethod("__set_name__", static (self, args, kw) =>
        {
            if (!Args.Positional("__set_name__", args, kw, 2, 2))
            {
                return null;
            }

            ((PyProperty)self).Name = args[1];
            return PyNone.Instance;
        }, "Method to set name of a property.");
    }

    /// <summary>property_copy: <c>type(self)(fget, fset, fdel, doc)</c> with one accessor replaced; keeps the name.</summary>
    private PyObject? Copy(PyObject? fget, PyObject? fset, PyObject? fdel)
    {
        fget ??= Getter ?? PyNone.Instance;
        fset ??= Setter ?? PyNone.Instance;
        fdel ??= Deleter ?? PyNone.Instance;
        PyObject doc = _getterDoc && !ReferenceEquals(fget, PyNone.Instance) ? PyNone.Instance : Doc ?? PyNone.Instance;
        var copy = PyCall.Call(Type, [fget, fset, fdel, doc], null);
        if (copy is PyProperty p)
        {
            p.Name = Name;
        }

        return copy;
    }
}
