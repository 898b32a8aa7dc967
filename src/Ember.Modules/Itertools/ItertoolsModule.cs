using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Modules.Itertools;

/// <summary>
/// The <c>itertools</c> module (Modules/itertoolsmodule.c). Each iterator
/// is a <see cref="PyItertool"/> whose state machine is its <c>Step</c>;
/// the types are immutable builtin types made once.
/// </summary>
public static partial class ItertoolsModule
{
    private const string Doc = "Functional tools for creating and using iterators.";

    public static PyModule Create(PyInterpreterState interp)
    {
        var m = ModuleHelpers.NewModule("itertools", Doc);
        foreach (var type in Types.All)
        {
            m.AddType(type);
        }

        m.AddFunction("tee", Tee.Function);
        return m;
    }

    /// <summary>The iterator of <paramref name="o"/>, or null with the error pending.</summary>
    internal static PyObject? Iter(PyObject o) => PyIter.GetIter(o);

    /// <summary>The next item: null at the end (no error) or on error (pending); a StopIteration from Python counts as the end.</summary>
    internal static PyObject? Next(PyObject it)
    {
        var r = (it.Type.Next ?? Ember.Runtime.Protocols.PyIter.NextNotImplemented)(it);
        if (r is null)
        {
            PyErr.Clear(PyExc.StopIteration);
        }

        return r;
    }

    internal static PyObject[] Positional(ReadOnlySpan<PyObject> args, PyTuple? kw) => args[..(args.Length - ModuleHelpers.KeywordCount(kw))].ToArray();
}

/// <summary>The base of the itertools iterators: iter(x) is x, next(x) is <see cref="Step"/>.</summary>
public abstract class PyItertool : PyObject
{
    protected PyItertool(PyType type)
        : base(type)
    {
    }

    /// <summary>The next item, or null at the end (nothing pending) or on error.</summary>
    public abstract PyObject? Step();

    internal static PyType Make(string name, NewSlot create, Action<PyType>? members = null, UnarySlot? repr = null, bool baseType = true) =>
        PyType.CreateBuiltin(name, null, baseType ? TypeFlags.BaseType : TypeFlags.None, t =>
        {
            t.New = create;
            t.Iter = static self => self;
            t.Next = static self => ((PyItertool)self).Step();
            if (repr is not null)
            {
                t.Repr = repr;
            }
        }, members, "itertools");
}
