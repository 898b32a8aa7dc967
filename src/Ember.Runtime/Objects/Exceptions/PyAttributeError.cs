using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>AttributeError (Objects/exceptions.c): the keyword-only <c>name</c> and <c>obj</c>.</summary>
public sealed class PyAttributeError : PyBaseException
{
    private static readonly string[] s_keywords = ["name", "obj"];

    public PyAttributeError(PyType type, PyTuple args)
        : base(type, args)
    {
    }

    /// <summary>The attribute name (null = None).</summary>
    public PyObject? Name;

    /// <summary>The object that lacked it (null = None).</summary>
    public PyObject? Obj;

    internal static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) => new PyAttributeError(cls, PyTuple.Create(Positional(args, kw)));
        type.Init = static (self, args, kw) =>
        {
            var e = (PyAttributeError)self;
            Span<PyObject?> values = [null, null];
            if (!PyExc.ParseKeywordOnly("AttributeError", args, kw, s_keywords, values))
            {
                return false;
            }

            e.Args = PyTuple.Create(Positional(args, kw));
            e.Name = values[0];
            e.Obj = values[1];
            return true;
        };
    }

    internal static void InitMembers(PyType type)
    {
        PyExc.AddMember<PyAttributeError>(type, "name", static e => e.Name, static (e, v) => e.Name = v);
        PyExc.AddMember<PyAttributeError>(type, "obj", static e => e.Obj, static (e, v) => e.Obj = v);
    }
}
