using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public sealed partial class PyNone
{
    private static partial void InitSlots(PyType type)
    {
    }

    private static partial void InitMembers(PyType type)
    {
    }
}

public sealed partial class PyNotImplemented
{
    private static partial void InitSlots(PyType type)
    {
    }

    private static partial void InitMembers(PyType type)
    {
    }
}

public sealed partial class PyEllipsis
{
    private static partial void InitSlots(PyType type)
    {
    }

    private static partial void InitMembers(PyType type)
    {
    }
}
