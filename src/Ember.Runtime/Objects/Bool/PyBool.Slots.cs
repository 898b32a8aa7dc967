using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public sealed partial class PyBool
{
    private static partial void InitSlots(PyType type)
    {
    }

    private static partial void InitMembers(PyType type)
    {
    }
}
