namespace Ember.Runtime.Types;

/// <summary>tp_flags bits that Ember uses (CPython's Py_TPFLAGS_*, Include/object.h).</summary>
[Flags]
public enum TypeFlags
{
    None = 0,

    /// <summary>A class created by a class statement or type(); its dict can change.</summary>
    HeapType = 1 << 9,

    /// <summary>Can be subclassed.</summary>
    BaseType = 1 << 10,

    /// <summary>Attributes cannot be set on the type (builtin types; CPython's Py_TPFLAGS_IMMUTABLETYPE).</summary>
    Immutable = 1 << 8,

    /// <summary>An abstract class (set by ABCMeta through __abstractmethods__).</summary>
    IsAbstract = 1 << 20,

    /// <summary>Instances keep attributes in shapes or a dict and have <c>__dict__</c> (Py_TPFLAGS_MANAGED_DICT).</summary>
    HasDict = 1 << 4,

    /// <summary>Instances can be weakly referenced (the class has <c>__weakref__</c>).</summary>
    HasWeakref = 1 << 3,

    /// <summary>
    /// The type's instances are functions that bind like methods
    /// (Py_TPFLAGS_METHOD_DESCRIPTOR): found on a class, calling them with the
    /// instance first equals calling the bound method, so LOAD_METHOD skips
    /// creating the bound method.
    /// </summary>
    MethodDescriptor = 1 << 17,

    /// <summary>The class was created by <c>type.__new__</c> and its slots are being filled; set when ready.</summary>
    Ready = 1 << 12,

    /// <summary>Calling the type is refused ("cannot create 'X' instances").</summary>
    DisallowInstantiation = 1 << 7,

    /// <summary>Matched by sequence patterns (collections.abc.Sequence registers it).</summary>
    Sequence = 1 << 5,

    /// <summary>Matched by mapping patterns.</summary>
    Mapping = 1 << 6,

    /// <summary>The fast-subclass bits CPython keeps for isinstance checks of the common builtins.</summary>
    LongSubclass = 1 << 24,
    ListSubclass = 1 << 25,
    TupleSubclass = 1 << 26,
    BytesSubclass = 1 << 27,
    UnicodeSubclass = 1 << 28,
    DictSubclass = 1 << 29,
    BaseExceptionSubclass = 1 << 30,
    TypeSubclass = 1 << 31,
}
