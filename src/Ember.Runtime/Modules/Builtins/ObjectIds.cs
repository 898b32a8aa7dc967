using System.Runtime.CompilerServices;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Modules.Builtins;

/// <summary>
/// id() numbers: unique among the objects alive at the same time and stable
/// for an object's life, per interpreter (CPython uses the address; .NET
/// objects move, so each object gets the next number on first use). The
/// table holds its objects weakly.
/// </summary>
public sealed class ObjectIds
{
    private readonly ConditionalWeakTable<PyObject, object> _ids = new();
    private long _next = 0x7f0000001000 >> 4;

    public static ObjectIds Of(PyInterpreterState interp) => interp.GetState(static _ => new ObjectIds());

    /// <summary>The id of <paramref name="o"/>, a positive number that looks like CPython's (a multiple of 16).</summary>
    public long IdOf(PyObject o)
    {
        if (_ids.TryGetValue(o, out var boxed))
        {
            return (long)boxed;
        }

        lock (_ids)
        {
            if (_ids.TryGetValue(o, out boxed))
            {
                return (long)boxed;
            }

            long id = ++_next << 4;
            _ids.Add(o, id);
            return id;
        }
    }

    public static long Id(PyObject o) => Of(PyThreadState.Current.Interpreter).IdOf(o);
}
