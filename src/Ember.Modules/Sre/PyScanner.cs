using Ember.Runtime.Objects;
using Ember.Runtime.Types;

namespace Ember.Modules.Sre;

/// <summary>
/// <c>_sre.SRE_Scanner</c> (sre.c's ScannerObject): successive matches or
/// searches over one subject, each starting where the previous one ended.
/// <c>finditer</c> iterates its <c>search</c>.
/// </summary>
public sealed class PyScanner : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("SRE_Scanner", null, TypeFlags.None, null, InitMembers, "_sre");

    private readonly PyPattern _pattern;
    private readonly SreState _state;

    internal PyScanner(PyPattern pattern, SreState state)
        : base(TypeObject)
    {
        _pattern = pattern;
        _state = state;
    }

    private static void InitMembers(PyType t)
    {
        t.AddMethod("match", static (self, a, k) => Args.NoArgs("match", a, k) ? ((PyScanner)self).Next(search: false) : null);
        t.AddMethod("search", static (self, a, k) => Args.NoArgs("search", a, k) ? ((PyScanner)self).Next(search: true) : null);
        t.AddReadonlyMember("pattern", static self => ((PyScanner)self)._pattern);
    }

    private PyObject? Next(bool search)
    {
        var state = _state;
        if (state.Exhausted)
        {
            return PyNone.Instance;
        }

        state.Reset();
        int status = state.Run(search);
        if (status < 0)
        {
            return null;
        }

        if (status == 0)
        {
            state.Exhausted = true;
            return PyNone.Instance;
        }

        var match = new PyMatch(_pattern, state);
        state.MustAdvance = state.Ptr == state.Start;
        state.Start = state.Ptr;
        return match;
    }
}
