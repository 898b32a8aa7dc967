using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary><c>None</c>, the only instance of NoneType (Objects/object.c).</summary>
public sealed partial class PyNone : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("NoneType", null, TypeFlags.None, InitSlots, InitMembers);

    public static readonly PyNone Instance = new();

    private PyNone()
        : base(TypeObject)
    {
    }

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}

/// <summary><c>NotImplemented</c>, returned by binary operations that do not handle their operands.</summary>
public sealed partial class PyNotImplemented : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("NotImplementedType", null, TypeFlags.None, InitSlots, InitMembers);

    public static readonly PyNotImplemented Instance = new();

    private PyNotImplemented()
        : base(TypeObject)
    {
    }

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}

/// <summary><c>Ellipsis</c> (<c>...</c>).</summary>
public sealed partial class PyEllipsis : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("ellipsis", null, TypeFlags.None, InitSlots, InitMembers);

    public static readonly PyEllipsis Instance = new();

    private PyEllipsis()
        : base(TypeObject)
    {
    }

    private static partial void InitSlots(PyType type);

    private static partial void InitMembers(PyType type);
}
