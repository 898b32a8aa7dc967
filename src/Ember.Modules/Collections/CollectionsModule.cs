using Ember.Runtime.Objects;
using Ember.Runtime.Threading;

namespace Ember.Modules.Collections;

public static partial class CollectionsModule
{
    public static PyModule Create(PyInterpreterState interp)
    {
        var m = ModuleHelpers.NewModule("_collections", "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n");
        AddTypes(m);
        return m;
    }

    static partial void AddTypes(PyModule m);
}
