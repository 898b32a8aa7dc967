using Ember.Runtime.Objects;
using Ember.Runtime.Threading;

namespace Ember.Modules.Itertools;

public static partial class ItertoolsModule
{
    public static PyModule Create(PyInterpreterState interp)
    {
        var m = ModuleHelpers.NewModule("itertools", "Functional tools for creating and using iterators.");
        AddTypes(m);
        return m;
    }

    static partial void AddTypes(PyModule m);
}
