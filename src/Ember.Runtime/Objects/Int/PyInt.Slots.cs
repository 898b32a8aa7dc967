using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public partial class PyInt
{
    private static partial void InitSlots(PyType type)
    {
    }

    private static partial void InitMembers(PyType type)
    {
    }
}
