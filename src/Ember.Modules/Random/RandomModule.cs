using Ember.Runtime.Objects;
using Ember.Runtime.Threading;

namespace Ember.Modules.Random;

/// <summary>The <c>_random</c> module (Modules/_randommodule.c): the Random type that random.py builds on.</summary>
public static class RandomModule
{
    public static PyModule Create(PyInterpreterState interp)
    {
        var m = ModuleHelpers.NewModule("_random", "Module implements the Mersenne Twister random number generator.");
        m.AddType(PyRandom.TypeObject);
        return m;
    }
}
