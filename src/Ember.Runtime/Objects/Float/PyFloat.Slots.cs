using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public partial class PyFloat
{
    private static partial void InitSlots(PyType type)
    {
    }

    private static partial void InitMembers(PyType type)
    {
    }
}
