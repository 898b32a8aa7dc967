using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>NameError (Objects/exceptions.c): the keyword-only <c>name</c>; UnboundLocalError shares it.</summary>
public sealed class PyNameError : PyBaseException
{
    private static readonly string[] s_keywords = ["name"];

    public PyNameError(PyType type, PyTuple args)
        : base(type, args)
    {
    }

    /// <summary>The name that was not found (null = None).</summary>
    public PyObject? Name;

    internal static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) => new PyNameError(cls, PyTuple.Create(Positional(args, kw)));
        type.Init = static (self, args, kw) =>
        {
            var e = (PyNameError)self;
            Span<PyObject?> values = [null];
            if (!PyExc.ParseKeywordOnly("NameError", args, kw, s_keywords, values))
            {
                return false;
            }

            e.Args = PyTuple.Create(Positional(args, kw));
            e.Name = values[0];
            return true;
        };
    }

    internal static void InitMembers(PyType type) =>
        PyExc.AddMember<PyNameError>(type, "name", static e => e.Name, static (e, v) => e.Name = v);
}
