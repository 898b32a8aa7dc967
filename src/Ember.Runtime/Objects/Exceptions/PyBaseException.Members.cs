using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;
using ArgCheck = Ember.Runtime.Types.Args;

namespace Ember.Runtime.Objects;

// BaseException's behaviour (Objects/exceptions.c, BaseException_*): the
// constructor keeps the positional arguments as args; str and repr follow
// the number of args; __traceback__, __cause__, __context__ and
// __suppress_context__ check what is assigned; add_note keeps notes in
// the instance's __notes__ list.
public partial class PyBaseException
{
    private static readonly PyStr s_notes = new("__notes__");

    internal static void InitBaseSlots(PyType type)
    {
        type.New = static (cls, args, kwnames) => new PyBaseException(cls, PyTuple.Create(Positional(args, kwnames)));
        type.Init = static (self, args, kwnames) => ((PyBaseException)self).InitArgs(args, kwnames);
        type.Str = static self => ((PyBaseException)self).StrOfArgs();
        type.Repr = static self => ((PyBaseException)self).ReprOfArgs();
    }

    internal static void InitBaseMembers(PyType type)
    {
        type.AddMethod("with_traceback", static (self, args, kw) =>
        {
            if (!ArgCheck.ExactlyOne("BaseException.with_traceback", args, kw) || !((PyBaseException)self).SetTraceback(args[0]))
            {
                return null;
            }

            return self;
        });
        type.AddMethod("add_note", static (self, args, kw) =>
            ArgCheck.ExactlyOne("BaseException.add_note", args, kw) ? ((PyBaseException)self).AddNote(args[0]) : null);
        type.AddMethod("__reduce__", static (self, args, kw) =>
            ArgCheck.NoArgs("BaseException.__reduce__", args, kw) ? ((PyBaseException)self).Reduce() : null);
        type.AddMethod("__setstate__", static (self, args, kw) =>
            ArgCheck.ExactlyOne("BaseException.__setstate__", args, kw) ? ((PyBaseException)self).SetState(args[0]) : null);
        type.AddGetter("args", static self => ((PyBaseException)self).Args, static (self, value) =>
        {
            if (value is null)
            {
                PyErr.TypeError("args may not be deleted");
                return false;
            }

            var items = PyExc.ItemsOf(value);
            if (items is null)
            {
                return false;
            }

            ((PyBaseException)self).Args = value is PyTuple t && ReferenceEquals(t.Type, PyTuple.TypeObject) ? t : new PyTuple(items);
            return true;
        });
        type.AddGetter("__traceback__", static self => ((PyBaseException)self).Traceback ?? PyNone.Instance, static (self, value) =>
        {
            if (value is null)
            {
                PyErr.TypeError("__traceback__ may not be deleted");
                return false;
            }

            return ((PyBaseException)self).SetTraceback(value);
        });
        type.AddGetter("__context__", static self => ((PyBaseException)self).Context ?? PyNone.Instance, static (self, value) =>
        {
            if (value is null)
            {
                PyErr.TypeError("__context__ may not be deleted");
                return false;
            }

            if (value is PyNone)
            {
                ((PyBaseException)self).Context = null;
                return true;
            }

            if (value is not PyBaseException)
            {
                PyErr.TypeError("exception context must be None or derive from BaseException");
                return false;
            }

            ((PyBaseException)self).Context = value;
            return true;
        });
        type.AddGetter("__cause__", static self => ((PyBaseException)self).Cause ?? PyNone.Instance, static (self, value) =>
        {
            if (value is null)
            {
                PyErr.TypeError("__cause__ may not be deleted");
                return false;
            }

            if (value is not PyNone and not PyBaseException)
            {
                PyErr.TypeError("exception cause must be None or derive from BaseException");
                return false;
            }

            var exc = (PyBaseException)self;
            exc.Cause = value is PyNone ? null : value;
            exc.SuppressContext = true;
            return true;
        });
        type.AddMember("__suppress_context__", static self => PyBool.From(((PyBaseException)self).SuppressContext), static (self, value) =>
        {
            if (!TypeMembers.MemberBool(value, out bool b))
            {
                return false;
            }

            ((PyBaseException)self).SuppressContext = b;
            return true;
        });
        type.AddGetter("__dict__", static self => ((PyBaseException)self).EnsureDict(), static (self, value) =>
        {
            if (value is null)
            {
                PyErr.TypeError("cannot delete __dict__");
                return false;
            }

            if (value is not PyDict d)
            {
                PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
                return false;
            }

            ((PyBaseException)self).Dict = d;
            return true;
        });
    }

    /// <summary>The positional part of a vectorcall argument list.</summary>
    internal static ReadOnlySpan<PyObject> Positional(ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        kwnames is null || kwnames.Count == 0 ? args : args[..(args.Length - kwnames.Count)];

    /// <summary>BaseException.__init__: no keywords; the positional arguments become args.</summary>
    internal bool InitArgs(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Count > 0)
        {
            PyErr.TypeError($"{Type.Name}() takes no keyword arguments");
            return false;
        }

        Args = PyTuple.Create(args);
        return true;
    }

    /// <summary>BaseException.__str__: "" for no args, str(arg) for one, str(args) for more.</summary>
    internal PyObject? StrOfArgs() => Args.Count switch
    {
        0 => PyStr.Empty,
        1 => PyOps.Str(Args.Items[0]),
        _ => PyOps.Str(Args),
    };

    /// <summary>BaseException.__repr__: "Name(repr(arg))" for one arg, else "Name" followed by repr(args).</summary>
    internal PyObject? ReprOfArgs()
    {
        string name = Type.Name;
        if (Args.Count == 1)
        {
            var r = PyOps.Repr(Args.Items[0]);
            return r is null ? null : new PyStr($"{name}({((PyStr)r).Value})");
        }

        if (Args.Count == 0)
        {
            return new PyStr(name + "()");
        }

        var sb = new StringBuilder(name).Append('(');
        for (int i = 0; i < Args.Count; i++)
        {
            var r = PyOps.Repr(Args.Items[i]);
            if (r is null)
            {
                return null;
            }

            sb.Append(i > 0 ? ", " : "").Append(((PyStr)r).Value);
        }

        return new PyStr(sb.Append(')').ToString());
    }

    internal bool SetTraceback(PyObject value)
    {
        if (value is PyNone)
        {
            Traceback = null;
            return true;
        }

        if (!PyExc.IsTraceback(value))
        {
            PyErr.TypeError("__traceback__ must be a traceback or None");
            return false;
        }

        Traceback = value;
        return true;
    }

    private PyObject? AddNote(PyObject note)
    {
        if (note is not PyStr)
        {
            return PyErr.TypeError($"note must be a str, not '{note.Type.Name}'");
        }

        var notes = PyOps.GetAttrOrNull(this, s_notes);
        if (notes is null)
        {
            if (PyErr.Occurred)
            {
                return null;
            }

            notes = new PyList();
            if (!PyOps.SetAttr(this, s_notes, notes))
            {
                return null;
            }
        }

        if (notes is not PyList list)
        {
            return PyErr.TypeError("Cannot add note: __notes__ is not a list");
        }

        list.Append(note);
        return PyNone.Instance;
    }

    /// <summary>__reduce__: (type, args) or (type, args, __dict__) when the instance has attributes.</summary>
    internal virtual PyObject? Reduce() =>
        Dict is { Count: > 0 } d ? new PyTuple([Type, Args, d]) : PyTuple.Create(Type, Args);

    private PyObject? SetState(PyObject state)
    {
        if (state is PyNone)
        {
            return PyNone.Instance;
        }

        if (state is not PyDict d)
        {
            return PyErr.TypeError("state is not a dictionary");
        }

        int pos = 0;
        while (d.Next(ref pos, out var key, out var value))
        {
            if (key is not PyStr name)
            {
                return PyErr.TypeError($"attribute name must be string, not '{key.Type.Name}'");
            }

            if (!PyOps.SetAttr(this, name, value))
            {
                return null;
            }
        }

        return PyNone.Instance;
    }
}
