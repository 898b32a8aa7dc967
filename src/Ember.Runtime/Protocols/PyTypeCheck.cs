using System.Runtime.CompilerServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Protocols;

/// <summary>
/// isinstance and issubclass (Objects/abstract.c: PyObject_IsInstance,
/// PyObject_IsSubclass and their helpers): exact-type and MRO fast paths,
/// tuples (nested) and unions, the metaclass's __instancecheck__ and
/// __subclasscheck__, and the abstract protocol (__class__, __bases__) for
/// objects that only pretend to be classes. Results: 1 true, 0 false, -1
/// error pending.
/// </summary>
public static class PyTypeCheck
{
    private static readonly PyStr s_instanceCheck = new("__instancecheck__");
    private static readonly PyStr s_subclassCheck = new("__subclasscheck__");
    private static readonly PyStr s_class = new("__class__");
    private static readonly PyStr s_bases = new("__bases__");

    /// <summary>isinstance(obj, cls).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IsInstance(PyObject obj, PyObject cls)
    {
        if (ReferenceEquals(obj.Type, cls))
        {
            return 1;
        }

        // An exact type's metaclass is type: its __instancecheck__ is the default one.
        if (cls is PyType t && ReferenceEquals(t.Type, PyType.TypeType))
        {
            return obj.Type.IsSubtypeOf(t) ? 1 : ObjectIsInstanceSlow(obj, t);
        }

        return IsInstanceSlow(obj, cls);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int IsInstanceSlow(PyObject obj, PyObject cls)
    {
        if (cls is PyUnionType u)
        {
            cls = u.Args;
        }

        var ts = PyThreadState.Current;
        if (cls is PyTuple tuple)
        {
            if (!PyErr.EnterRecursiveCall(ts, " in __instancecheck__"))
            {
                return -1;
            }

            int r = 0;
            foreach (var item in tuple.Items)
            {
                r = IsInstance(obj, item);
                if (r != 0)
                {
                    break;
                }
            }

            PyErr.LeaveRecursiveCall(ts);
            return r;
        }

        var checker = cls.Type.Lookup(s_instanceCheck);
        if (checker is not null)
        {
            if (!PyErr.EnterRecursiveCall(ts, " in __instancecheck__"))
            {
                return -1;
            }

            var res = PyAttr.CallUnbound(checker, cls, obj);
            PyErr.LeaveRecursiveCall(ts);
            return res is null ? -1 : PyOps.IsTrue(res);
        }

        return RecursiveIsInstance(obj, cls);
    }

    /// <summary>The default isinstance test without __instancecheck__ (object_isinstance, type.__instancecheck__).</summary>
    public static int RecursiveIsInstance(PyObject obj, PyObject cls)
    {
        if (cls is PyType t)
        {
            return obj.Type.IsSubtypeOf(t) ? 1 : ObjectIsInstanceSlow(obj, t);
        }

        if (!CheckClass(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"))
        {
            return -1;
        }

        int found = PyAttr.TryGetAttr(obj, s_class, out var icls);
        if (found <= 0)
        {
            return found;
        }

        return AbstractIsSubclass(icls!, cls);
    }

    // A proxy may claim another class through __class__.
    private static int ObjectIsInstanceSlow(PyObject obj, PyType cls)
    {
        int found = PyAttr.TryGetAttr(obj, s_class, out var c);
        if (found <= 0)
        {
            return found;
        }

        if (!ReferenceEquals(c, obj.Type) && c is PyType ct)
        {
            return ct.IsSubtypeOf(cls) ? 1 : 0;
        }

        return 0;
    }

    /// <summary>issubclass(derived, cls).</summary>
    public static int IsSubclass(PyObject derived, PyObject cls)
    {
        if (cls is PyType t && ReferenceEquals(t.Type, PyType.TypeType))
        {
            if (ReferenceEquals(derived, cls))
            {
                return 1;
            }

            return RecursiveIsSubclass(derived, cls);
        }

        if (cls is PyUnionType u)
        {
            cls = u.Args;
        }

        var ts = PyThreadState.Current;
        if (cls is PyTuple tuple)
        {
            if (!PyErr.EnterRecursiveCall(ts, " in __subclasscheck__"))
            {
                return -1;
            }

            int r = 0;
            foreach (var item in tuple.Items)
            {
                r = IsSubclass(derived, item);
                if (r != 0)
                {
                    break;
                }
            }

            PyErr.LeaveRecursiveCall(ts);
            return r;
        }

        var checker = cls.Type.Lookup(s_subclassCheck);
        if (checker is not null)
        {
            if (!PyErr.EnterRecursiveCall(ts, " in __subclasscheck__"))
            {
                return -1;
            }

            var res = PyAttr.CallUnbound(checker, cls, derived);
            PyErr.LeaveRecursiveCall(ts);
            return res is null ? -1 : PyOps.IsTrue(res);
        }

        return RecursiveIsSubclass(derived, cls);
    }

    /// <summary>The default issubclass test without __subclasscheck__ (recursive_issubclass, type.__subclasscheck__).</summary>
    public static int RecursiveIsSubclass(PyObject derived, PyObject cls)
    {
        if (cls is PyType ct && derived is PyType dt)
        {
            return dt.IsSubtypeOf(ct) ? 1 : 0;
        }

        if (!CheckClass(derived, "issubclass() arg 1 must be a class"))
        {
            return -1;
        }

        if (cls is not PyUnionType && !CheckClass(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        {
            return -1;
        }

        return AbstractIsSubclass(derived, cls);
    }

    // check_class: a class is anything whose __bases__ is a tuple.
    private static bool CheckClass(PyObject cls, string message)
    {
        var bases = AbstractGetBases(cls, out bool error);
        if (bases is null)
        {
            if (!error)
            {
                PyErr.TypeError(message);
            }

            return false;
        }

        return true;
    }

    private static PyTuple? AbstractGetBases(PyObject cls, out bool error)
    {
        int found = PyAttr.TryGetAttr(cls, s_bases, out var bases);
        error = found < 0;
        return found > 0 ? bases as PyTuple : null;
    }

    private static int AbstractIsSubclass(PyObject derived, PyObject cls)
    {
        var ts = PyThreadState.Current;
        int depth = 0;
        int result;
        while (true)
        {
            if (ReferenceEquals(derived, cls))
            {
                result = 1;
                break;
            }

            var bases = AbstractGetBases(derived, out bool error);
            if (bases is null)
            {
                result = error ? -1 : 0;
                break;
            }

            if (bases.Count == 0)
            {
                result = 0;
                break;
            }

            if (bases.Count == 1)
            {
                derived = bases[0];
                continue;
            }

            if (!PyErr.EnterRecursiveCall(ts, " in __issubclass__"))
            {
                return -1;
            }

            depth++;
            result = 0;
            foreach (var b in bases.Items)
            {
                result = AbstractIsSubclass(b, cls);
                if (result != 0)
                {
                    break;
                }
            }

            break;
        }

        while (depth-- > 0)
        {
            PyErr.LeaveRecursiveCall(ts);
        }

        return result;
    }
}
