using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Builtins;

public static partial class BuiltinsModule
{
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
}
