using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Builtins;

public static partial class BuiltinsModule
{
    private static readonly PyStr s_instancecheck = new("__instancecheck__");
    private static readonly PyStr s_subclasscheck = new("__subclasscheck__");

    private static void AddObjectFunctions(PyDict d)
    {
        Add(d, "repr", static (args, kw) => Args.ExactlyOne("repr", args, kw) ? PyOps.Repr(args[0]) : null);
        Add(d, "len", Len);
        Add(d, "callable", static (args, kw) => Args.ExactlyOne("callable", args, kw) ? PyBool.From(args[0].Type.Call is not null) : null);
        Add(d, "hash", static (args, kw) =>
        {
            if (!Args.ExactlyOne("hash", args, kw))
            {
                return null;
            }

            long h = PyOps.Hash(args[0]);
            return h == -1 ? null : PyInt.From(h);
        });
        Add(d, "id", static (args, kw) => Args.ExactlyOne("id", args, kw) ? PyInt.From(ObjectIds.Id(args[0])) : null);
        Add(d, "breakpoint", Breakpoint);
        Add(d, "isinstance", static (args, kw) =>
        {
            if (!Args.Positional("isinstance", args, kw, 2, 2))
            {
                return null;
            }

            int r = PyTypeCheck.IsInstance(args[0], args[1]);
            return r < 0 ? null : PyBool.From(r == 1);
        });
        Add(d, "issubclass", static (args, kw) =>
        {
            if (!Args.Positional("issubclass", args, kw, 2, 2))
            {
                return null;
            }

            int r = PyTypeCheck.IsSubclass(args[0], args[1]);
            return r < 0 ? null : PyBool.From(r == 1);
        });
    }

    /// <summary>breakpoint(*args, **kws): calls sys.breakpointhook with the same arguments.</summary>
    private static PyObject? Breakpoint(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var hook = Modules.Sys.SysModule.GetObject(PyThreadState.Current.Interpreter, "breakpointhook");
        if (hook is null)
        {
            return PyErr.RuntimeError("lost sys.breakpointhook");
        }

        return PyCall.Call(hook, args, kwnames);
    }

    private static PyObject? Len(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.ExactlyOne("len", args, kwnames))
        {
            return null;
        }

        long n = PySequence.Length(args[0]);
        return n < 0 ? null : PyInt.From(n);
    }

    /// <summary>
    /// isinstance(obj, cls) (PyObject_IsInstance): 1, 0, or -1 with an
    /// exception pending. Tuples are searched; a class with
    /// <c>__instancecheck__</c> on its metaclass decides for itself.
    /// </summary>
    public static int IsInstance(PyObject obj, PyObject cls)
    {
        if (ReferenceEquals(obj.Type, cls))
        {
            return 1;
        }

        if (cls is PyType t && ReferenceEquals(cls.Type, PyType.TypeType))
        {
            return obj.Type.IsSubtypeOf(t) ? 1 : 0;
        }

        var ts = PyThreadState.Current;
        if (cls is PyTuple tuple && ReferenceEquals(cls.Type, PyTuple.TypeObject))
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

        var checker = PyCall.LookupSpecial(cls, s_instancecheck);
        if (checker is not null)
        {
            if (!PyErr.EnterRecursiveCall(ts, " in __instancecheck__"))
            {
                return -1;
            }

            var res = PyCall.Call(checker, obj);
            PyErr.LeaveRecursiveCall(ts);
            return res is null ? -1 : PyOps.IsTrue(res);
        }

        if (PyErr.Occurred)
        {
            return -1;
        }

        if (cls is PyType other)
        {
            return obj.Type.IsSubtypeOf(other) ? 1 : 0;
        }

        PyErr.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }

    /// <summary>issubclass(derived, cls) (PyObject_IsSubclass): 1, 0, or -1 with an exception pending.</summary>
    public static int IsSubclass(PyObject derived, PyObject cls)
    {
        var ts = PyThreadState.Current;
        if (cls is PyType t && ReferenceEquals(cls.Type, PyType.TypeType))
        {
            if (derived is PyType dt)
            {
                return dt.IsSubtypeOf(t) ? 1 : 0;
            }

            PyErr.TypeError("issubclass() arg 1 must be a class");
            return -1;
        }

        if (cls is PyTuple tuple && ReferenceEquals(cls.Type, PyTuple.TypeObject))
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

        var checker = PyCall.LookupSpecial(cls, s_subclasscheck);
        if (checker is not null)
        {
            if (!PyErr.EnterRecursiveCall(ts, " in __subclasscheck__"))
            {
                return -1;
            }

            var res = PyCall.Call(checker, derived);
            PyErr.LeaveRecursiveCall(ts);
            return res is null ? -1 : PyOps.IsTrue(res);
        }

        if (PyErr.Occurred)
        {
            return -1;
        }

        if (derived is not PyType d)
        {
            PyErr.TypeError("issubclass() arg 1 must be a class");
            return -1;
        }

        if (cls is not PyType c)
        {
            PyErr.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
            return -1;
        }

        return d.IsSubtypeOf(c) ? 1 : 0;
    }
}
