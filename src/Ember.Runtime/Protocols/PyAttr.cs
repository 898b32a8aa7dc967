using System.Runtime.CompilerServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Types;

namespace Ember.Runtime.Protocols;

/// <summary>
/// Attribute access (Objects/object.c: PyObject_GenericGetAttr,
/// PyObject_GenericSetAttr, _PyObject_GetMethod, _PyObject_LookupAttr).
/// <para>
/// The generic lookup follows the data model's precedence: a data descriptor
/// on the type (one whose type has <c>__set__</c> or <c>__delete__</c>) wins
/// over the instance's own attributes, which win over non-data descriptors
/// and plain class attributes. A miss is reported without creating an
/// AttributeError whenever the caller only wants to know (DESIGN.md rule 1):
/// <see cref="TryGetAttr"/>, <c>hasattr</c>, <c>getattr</c> with a default, and
/// the <c>__getattr__</c> hook.
/// </para>
/// </summary>
public static class PyAttr
{
    /// <summary>getattr(obj, name): null with AttributeError or another error pending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? GetAttr(PyObject obj, PyStr name) => PyOps.GetAttr(obj, name);

    /// <summary>
    /// getattr that tells "missing" apart from "error" without leaving (or,
    /// on the generic paths, ever creating) an AttributeError: 1 found, 0
    /// missing (no exception pending), -1 error (exception pending).
    /// </summary>
    public static int TryGetAttr(PyObject obj, PyStr name, out PyObject? value)
    {
        var slot = obj.Type.GetAttr;
        PyObject? v;
        if (ReferenceEquals(slot, CoreSlots.GenericGetAttr))
        {
            v = GenericGetAttr(obj, name, suppress: true);
        }
        else if (ReferenceEquals(slot, CoreSlots.TypeGetAttr))
        {
            v = PyType.TypeGetAttr((PyType)obj, name, suppress: true);
        }
        else if (ReferenceEquals(slot, CoreSlots.GetAttrHook))
        {
            v = HeapSlots.GetAttrHook(obj, name, suppress: true);
        }
        else if (slot is null)
        {
            value = null;
            return 0;
        }
        else
        {
            v = slot(obj, name);
            if (v is null && PyErr.Clear(PyExc.AttributeError))
            {
                value = null;
                return 0;
            }
        }

        value = v;
        if (v is not null)
        {
            return 1;
        }

        // A descriptor that raised AttributeError counts as missing too (_PyObject_LookupAttr).
        return !PyErr.Occurred || PyErr.Clear(PyExc.AttributeError) ? 0 : -1;
    }

    /// <summary>hasattr(obj, name): 1, 0, or -1 with an error (other than AttributeError) pending.</summary>
    public static int HasAttr(PyObject obj, PyStr name) => TryGetAttr(obj, name, out _);

    /// <summary>
    /// The lookup for LOAD_METHOD (_PyObject_GetMethod). Returns true when
    /// <paramref name="method"/> is an unbound function found on the type
    /// (a type flagged <see cref="TypeFlags.MethodDescriptor"/>) that the
    /// instance does not shadow: the caller then calls it with
    /// <paramref name="obj"/> as the first argument and no bound method is
    /// allocated. Otherwise returns false with <paramref name="method"/> the
    /// attribute's value, or null with an exception pending.
    /// </summary>
    public static bool GetMethod(PyObject obj, PyStr name, out PyObject? method)
    {
        var type = obj.Type;
        if (!ReferenceEquals(type.GetAttr, CoreSlots.GenericGetAttr) || name.Type != PyStr.TypeObject)
        {
            method = PyOps.GetAttr(obj, name);
            return false;
        }

        var descr = type.Lookup(name);
        DescrGetSlot? get = null;
        bool unbound = false;
        if (descr is not null)
        {
            var dtype = descr.Type;
            if (descr is PyFunction || dtype.HasFlag(TypeFlags.MethodDescriptor))
            {
                unbound = true;
            }
            else
            {
                get = dtype.DescrGet;
                if (get is not null && dtype.DescrSet is not null)
                {
                    method = get(descr, obj, type);
                    return false;
                }
            }
        }

        if (TryGetInstanceAttribute(obj, name, out var own) is var found && found != 0)
        {
            method = found > 0 ? own : null;
            return false;
        }

        if (unbound)
        {
            method = descr;
            return true;
        }

        if (get is not null)
        {
            method = get(descr!, obj, type);
            return false;
        }

        if (descr is not null)
        {
            method = descr;
            return false;
        }

        method = null;
        NoAttribute(obj, name);
        return false;
    }

    /// <summary>
    /// PyObject_GenericGetAttr: object's <c>__getattribute__</c>. With
    /// <paramref name="suppress"/> a miss returns null with no exception.
    /// </summary>
    public static PyObject? GenericGetAttr(PyObject obj, PyStr name, bool suppress)
    {
        var type = obj.Type;
        var descr = type.Lookup(name);
        DescrGetSlot? get = null;
        if (descr is not null)
        {
            var dtype = descr.Type;
            get = dtype.DescrGet;
            if (get is not null && dtype.DescrSet is not null)
            {
                return suppress ? GetSuppressed(get, descr, obj, type) : get(descr, obj, type);
            }
        }

        int found = TryGetInstanceAttribute(obj, name, out var value);
        if (found > 0)
        {
            return value;
        }

        if (found < 0)
        {
            return null;
        }

        if (get is not null)
        {
            return suppress ? GetSuppressed(get, descr!, obj, type) : get(descr!, obj, type);
        }

        if (descr is not null)
        {
            return descr;
        }

        if (!suppress)
        {
            NoAttribute(obj, name);
        }

        return null;
    }

    // A descriptor's AttributeError is a miss too when the caller asked for the quiet form.
    private static PyObject? GetSuppressed(DescrGetSlot get, PyObject descr, PyObject obj, PyType type)
    {
        var result = get(descr, obj, type);
        if (result is null && PyErr.ExceptionMatches(PyExc.AttributeError))
        {
            PyErr.Clear();
        }

        return result;
    }

    /// <summary>The instance's own attribute (shape slots or its dict): 1 found, 0 absent, -1 error.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int TryGetInstanceAttribute(PyObject obj, PyStr name, out PyObject? value)
    {
        if (obj is PyInstance inst)
        {
            if (inst.TryGetAttribute(name, out var v))
            {
                value = v;
                return 1;
            }

            value = null;
            return PyErr.Occurred ? -1 : 0;
        }

        if (obj is IInstanceDict owner && obj is not PyType && owner.Dict is { } dict)
        {
            var v = ReferenceEquals(name.Type, PyStr.TypeObject) ? dict.GetItemStr(name) : dict.GetItem(name);
            value = v;
            return v is not null ? 1 : PyErr.Occurred ? -1 : 0;
        }

        value = null;
        return 0;
    }

    /// <summary>PyObject_GenericSetAttr: object's <c>__setattr__</c> and <c>__delattr__</c> (value null).</summary>
    public static bool GenericSetAttr(PyObject obj, PyStr name, PyObject? value)
    {
        var type = obj.Type;
        var descr = type.Lookup(name);
        if (descr is not null && descr.Type.DescrSet is { } set)
        {
            return set(descr, obj, value);
        }

        if (obj is PyInstance inst)
        {
            if (inst.HasDict)
            {
                if (value is not null)
                {
                    return inst.SetAttribute(name, value);
                }

                int r = inst.DeleteAttribute(name);
                if (r == 0)
                {
                    NoAttributeToSet(obj, name);
                }

                return r > 0;
            }
        }
        else if (obj is IInstanceDict owner && (owner.Dict ?? CreateDict(obj, owner, value)) is { } dict)
        {
            if (value is not null)
            {
                return dict.SetItem(name, value);
            }

            int r = dict.DelItem(name);
            if (r == 0)
            {
                NoAttributeToSet(obj, name);
            }

            return r > 0;
        }

        if (descr is null)
        {
            NoAttributeToSet(obj, name);
        }
        else
        {
            PyErr.AttributeError($"'{type.Name}' object attribute '{name.Value}' is read-only");
        }

        return false;
    }

    // Instances of Python subclasses of builtins start without a dict; the first attribute stored makes it.
    private static PyDict? CreateDict(PyObject obj, IInstanceDict owner, PyObject? value)
    {
        if (value is null || obj is PyType || !obj.Type.HasFlag(TypeFlags.HasDict))
        {
            return null;
        }

        var dict = new PyDict();
        owner.Dict = dict;
        return dict;
    }

    /// <summary>AttributeError "'Foo' object has no attribute 'bar'".</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? NoAttribute(PyObject obj, PyStr name) =>
        RaiseAttributeError($"'{obj.Type.Name}' object has no attribute '{name.Value}'", obj, name);

    /// <summary>The store and delete form: CPython's generic setattr leaves <c>name</c> and <c>obj</c> None.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void NoAttributeToSet(PyObject obj, PyStr name) =>
        PyErr.AttributeError($"'{obj.Type.Name}' object has no attribute '{name.Value}'");

    /// <summary>Raises AttributeError with its <c>name</c> and <c>obj</c> set, as the generic lookups do (the traceback's suggestions read them).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyObject? RaiseAttributeError(string message, PyObject obj, PyStr name)
    {
        PyErr.Raise(new PyAttributeError(PyExc.AttributeError, PyTuple.Create(new PyStr(message))) { Name = name, Obj = obj });
        return null;
    }

    /// <summary>
    /// Whether calling <paramref name="descr"/> with an instance first equals
    /// calling it bound to that instance: Python functions and types flagged
    /// <see cref="TypeFlags.MethodDescriptor"/> (method descriptors, slot wrappers).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsMethodDescriptor(PyObject descr) => descr is PyFunction || descr.Type.HasFlag(TypeFlags.MethodDescriptor);

    /// <summary>
    /// Binds a descriptor found on a type to <paramref name="obj"/> (what
    /// looking it up through the instance gives): <c>__get__(obj, type(obj))</c>
    /// when it has one, else the value itself.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? Bind(PyObject descr, PyObject obj)
    {
        var get = descr.Type.DescrGet;
        return get is null ? descr : get(descr, obj, obj.Type);
    }

    /// <summary>
    /// Calls a method found on the type (a special method's descriptor) with
    /// <paramref name="self"/> first, without allocating a bound method when
    /// it is a plain function.
    /// </summary>
    public static PyObject? CallUnbound(PyObject descr, PyObject self, ReadOnlySpan<PyObject> args)
    {
        if (PyAttr.IsMethodDescriptor(descr))
        {
            var all = new PyObject[args.Length + 1];
            all[0] = self;
            args.CopyTo(all.AsSpan(1));
            return PyCall.Call(descr, all, null);
        }

        var bound = Bind(descr, self);
        return bound is null ? null : PyCall.Call(bound, args, null);
    }

    /// <summary>CallUnbound with no arguments.</summary>
    public static PyObject? CallUnbound(PyObject descr, PyObject self)
    {
        if (PyAttr.IsMethodDescriptor(descr))
        {
            return PyCall.Call(descr, self);
        }

        var bound = Bind(descr, self);
        return bound is null ? null : PyCall.Call(bound);
    }

    /// <summary>CallUnbound with one argument.</summary>
    public static PyObject? CallUnbound(PyObject descr, PyObject self, PyObject arg)
    {
        if (PyAttr.IsMethodDescriptor(descr))
        {
            return PyCall.Call(descr, self, arg);
        }

        var bound = Bind(descr, self);
        return bound is null ? null : PyCall.Call(bound, arg);
    }

    /// <summary>
    /// Looks a special method up on the type of <paramref name="self"/> and
    /// calls it: null with <paramref name="found"/> false and no exception
    /// when the type has no such method.
    /// </summary>
    public static PyObject? CallSpecial(PyObject self, PyStr name, ReadOnlySpan<PyObject> args, out bool found)
    {
        var descr = self.Type.Lookup(name);
        if (descr is null)
        {
            found = false;
            return null;
        }

        found = true;
        return CallUnbound(descr, self, args);
    }
}
