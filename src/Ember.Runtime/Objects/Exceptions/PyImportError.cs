using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// ImportError and ModuleNotFoundError (Objects/exceptions.c): <c>msg</c> is
/// the single argument, <c>name</c> and <c>path</c> are keyword-only; str is
/// msg when it is a str; pickling keeps name and path in the state.
/// </summary>
public sealed class PyImportError : PyBaseException
{
    private static readonly string[] s_keywords = ["name", "path"];

    public PyImportError(PyType type, PyTuple args)
        : base(type, args)
    {
        // The field is set by __init__, as in CPython: a subclass whose __init__ skips super's leaves it None.
    }

    public PyObject? Msg;

    public PyObject? Name;

    public PyObject? Path;

    internal static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) => new PyImportError(cls, PyTuple.Create(Positional(args, kw)));
        type.Init = static (self, args, kw) =>
        {
            var e = (PyImportError)self;
            Span<PyObject?> values = [null, null];
            if (!PyExc.ParseKeywordOnly("ImportError", args, kw, s_keywords, values))
            {
                return false;
            }

            e.Args = PyTuple.Create(Positional(args, kw));
            e.Name = values[0];
            e.Path = values[1];
            e.Msg = e.Args.Count == 1 ? e.Args.Items[0] : null;
            return true;
        };
        type.Str = static self =>
        {
            var e = (PyImportError)self;
            return e.Msg is PyStr s && ReferenceEquals(s.Type, PyStr.TypeObject) ? s : e.StrOfArgs();
        };
    }

    internal static void InitMembers(PyType type)
    {
        PyExc.AddMember<PyImportError>(type, "msg", static e => e.Msg, static (e, v) => e.Msg = v);
        PyExc.AddMember<PyImportError>(type, "name", static e => e.Name, static (e, v) => e.Name = v);
        PyExc.AddMember<PyImportError>(type, "path", static e => e.Path, static (e, v) => e.Path = v);
    }

    /// <summary>(type, args[, state]) where state is the instance dict plus name and path when set.</summary>
    internal override PyObject? Reduce()
    {
        PyDict? state = Dict is { Count: > 0 } ? Dict : null;
        if (Name is not null || Path is not null)
        {
            state = Dict?.Copy() ?? new PyDict();
            if (Name is not null)
            {
                state.SetItemStr("name", Name);
            }

            if (Path is not null)
            {
                state.SetItemStr("path", Path);
            }
        }

        return state is null ? PyTuple.Create(Type, Args) : new PyTuple([Type, Args, state]);
    }
}
