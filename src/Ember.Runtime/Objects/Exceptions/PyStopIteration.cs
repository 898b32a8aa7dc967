using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>StopIteration (Objects/exceptions.c): <c>value</c> is the first argument, None without one.</summary>
public sealed class PyStopIteration : PyBaseException
{
    public PyStopIteration(PyType type, PyTuple args)
        : base(type, args)
    {
        // The field is set by __init__, as in CPython: a subclass whose __init__ skips super's leaves it None.
    }

    /// <summary>The generator's return value (null = None).</summary>
    public PyObject? Value;

    internal static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) => new PyStopIteration(cls, PyTuple.Create(Positional(args, kw)));
        type.Init = static (self, args, kw) =>
        {
            var e = (PyStopIteration)self;
            if (!e.InitArgs(args, kw))
            {
                return false;
            }

            e.Value = e.Args.Count > 0 ? e.Args.Items[0] : null;
            return true;
        };
    }

    internal static void InitMembers(PyType type) =>
        PyExc.AddMember<PyStopIteration>(type, "value", static e => e.Value, static (e, v) => e.Value = v);
}
