using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;
using ArgCheck = Ember.Runtime.Types.Args;

namespace Ember.Runtime.Objects;

/// <summary>
/// BaseExceptionGroup and ExceptionGroup (PEP 654, Objects/exceptions.c):
/// a message and a non-empty tuple of exceptions. Constructing
/// BaseExceptionGroup with only Exception instances gives an ExceptionGroup;
/// ExceptionGroup (and subclasses of Exception) refuse BaseExceptions.
/// Splitting is in PyBaseExceptionGroup.Split.cs.
/// </summary>
public sealed partial class PyBaseExceptionGroup : PyBaseException
{
    private PyBaseExceptionGroup(PyType type, PyTuple args, PyStr message, PyTuple exceptions)
        : base(type, args)
    {
        Message = message;
        Exceptions = exceptions;
    }

    public PyStr Message;

    public PyTuple Exceptions;

    /// <summary>BaseExceptionGroup(message, exceptions) as Python calls it; null with an exception pending.</summary>
    public static PyObject? Create(PyStr message, PyObject exceptions) =>
        PyCall.Call(PyExc.BaseExceptionGroup, [message, exceptions], null);

    internal static void InitSlots(PyType type)
    {
        type.New = New;
        type.Init = static (self, args, kw) => ((PyBaseException)self).InitArgs(args, kw);
        type.Str = static self =>
        {
            var eg = (PyBaseExceptionGroup)self;
            int n = eg.Exceptions.Count;
            var msg = PyOps.Str(eg.Message);
            return msg is null ? null : new PyStr($"{((PyStr)msg).Value} ({n} sub-exception{(n > 1 ? "s" : "")})");
        };
    }

    internal static void InitMembers(PyType type)
    {
        type.AddReadonlyMember("message", static self => ((PyBaseExceptionGroup)self).Message);
        type.AddReadonlyMember("exceptions", static self => ((PyBaseExceptionGroup)self).Exceptions);
        type.AddMethod("derive", static (self, args, kw) =>
            ArgCheck.ExactlyOne("BaseExceptionGroup.derive", args, kw) ? Create(((PyBaseExceptionGroup)self).Message, args[0]) : null);
        type.AddMethod("split", static (self, args, kw) =>
        {
            if (!ArgCheck.Positional("split", "BaseExceptionGroup.split", args, kw, 1, 1) || !Matcher.From(args[0], out var matcher))
            {
                return null;
            }

            if (!SplitRecursive(self, matcher, constructRest: true, out var match, out var rest))
            {
                return null;
            }

            return PyTuple.Create(match ?? PyNone.Instance, rest ?? PyNone.Instance);
        });
        type.AddMethod("subgroup", static (self, args, kw) =>
        {
            if (!ArgCheck.Positional("subgroup", "BaseExceptionGroup.subgroup", args, kw, 1, 1) || !Matcher.From(args[0], out var matcher))
            {
                return null;
            }

            if (!SplitRecursive(self, matcher, constructRest: false, out var match, out _))
            {
                return null;
            }

            return match ?? PyNone.Instance;
        });
        type.AddClassMethod("__class_getitem__", ContainerHelpers.ClassGetItem);
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var positional = Positional(args, kwnames);
        if (positional.Length != 2)
        {
            return PyErr.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({positional.Length} given)");
        }

        if (positional[0] is not PyStr message)
        {
            return PyErr.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {StrArgs.TypeNameForError(positional[0])}");
        }

        var seq = positional[1];
        if ((seq.Type.GetItem is null && seq is not PyTuple and not PyList) || seq is PyDict)
        {
            return PyErr.TypeError("second argument (exceptions) must be a sequence");
        }

        var items = PyExc.ItemsOf(seq);
        if (items is null)
        {
            return null;
        }

        if (items.Length == 0)
        {
            return PyErr.ValueError("second argument (exceptions) must be a non-empty sequence");
        }

        bool nestedBase = false;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyBaseException exc)
            {
                return PyErr.ValueError($"Item {i} of second argument (exceptions) is not an exception");
            }

            if (!exc.Type.IsSubtypeOf(PyExc.Exception))
            {
                nestedBase = true;
            }
        }

        var cls = type;
        if (ReferenceEquals(cls, PyExc.ExceptionGroup))
        {
            if (nestedBase)
            {
                return PyErr.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        }
        else if (ReferenceEquals(cls, PyExc.BaseExceptionGroup))
        {
            if (!nestedBase)
            {
                cls = PyExc.ExceptionGroup;
            }
        }
        else if (nestedBase && cls.IsSubtypeOf(PyExc.Exception))
        {
            return PyErr.TypeError($"Cannot nest BaseExceptions in '{cls.Name}'");
        }

        return new PyBaseExceptionGroup(cls, PyTuple.Create(positional), message, new PyTuple(items));
    }
}
