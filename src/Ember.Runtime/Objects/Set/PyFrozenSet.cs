using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>Python's <c>frozenset</c> (Objects/setobject.c): an immutable, hashable set.</summary>
public class PyFrozenSet : PyAnySet
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "frozenset", null, TypeFlags.BaseType | TypeFlags.HasWeakref, InitSlots, InitMembers);

    public PyFrozenSet()
        : base(TypeObject)
    {
    }

    protected PyFrozenSet(PyType type)
        : base(type)
    {
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if ((ReferenceEquals(type, TypeObject) || type.Init == TypeObject.Init) && !Args.NoKeywords("frozenset", kwnames))
        {
            return null;
        }

        int nkw = kwnames?.Count ?? 0;
        var positional = args[..(args.Length - nkw)];
        if (!Args.Positional(type.Name, positional, null, 0, 1))
        {
            return null;
        }

        var iterable = positional.Length == 1 ? positional[0] : null;
        if (ReferenceEquals(type, TypeObject) && iterable is not null && ReferenceEquals(iterable.Type, TypeObject))
        {
            // frozenset(f) is f.
            return iterable;
        }

        var result = NewOfType(type);
        return iterable is null || result.UpdateInternal(iterable) ? result : null;
    }

    private static void InitSlots(PyType type)
    {
        InitCommonSlots(type);
        type.New = New;
        type.Hash = static self => ((PyAnySet)self).FrozenHash();
    }

    private static void InitMembers(PyType type)
    {
        InitCommonMembers(type);
        type.AddMethod("copy", static (self, args, kw) =>
        {
            if (!Args.NoArgs("frozenset.copy", args, kw))
            {
                return null;
            }

            return ReferenceEquals(self.Type, TypeObject) ? self : ((PyAnySet)self).CopyAsBase();
        });
    }
}

/// <summary>An instance of a Python subclass of frozenset.</summary>
public sealed class PyFrozenSetSubclass : PyFrozenSet, IInstanceDict
{
    public PyFrozenSetSubclass(PyType type)
        : base(type)
    {
    }

    public PyDict? Dict { get; set; }
}
