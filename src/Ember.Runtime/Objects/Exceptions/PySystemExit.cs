using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>SystemExit (Objects/exceptions.c): <c>code</c> is None, the single argument, or the args tuple.</summary>
public sealed class PySystemExit : PyBaseException
{
    public PySystemExit(PyType type, PyTuple args)
        : base(type, args)
    {
        // The field is set by __init__, as in CPython: a subclass whose __init__ skips super's leaves it None.
    }

    /// <summary>The exit status (null = None).</summary>
    public PyObject? Code;

    private static PyObject? CodeOf(PyTuple args) => args.Count switch
    {
        0 => null,
        1 => args.Items[0],
        _ => args,
    };

    internal static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) => new PySystemExit(cls, PyTuple.Create(Positional(args, kw)));
        type.Init = static (self, args, kw) =>
        {
            var e = (PySystemExit)self;
            if (!e.InitArgs(args, kw))
            {
                return false;
            }

            e.Code = CodeOf(e.Args);
            return true;
        };
    }

    internal static void InitMembers(PyType type) =>
        PyExc.AddMember<PySystemExit>(type, "code", static e => e.Code, static (e, v) => e.Code = v);
}
