using Ember.Runtime.Errors;

namespace Ember.Runtime.Objects;

/// <summary>Assigning <c>__bases__</c> (type_set_bases): checks, then a new MRO and slots here and in every subclass.</summary>
public sealed partial class PyType
{
    private static bool SetBases(PyObject self, PyObject? value)
    {
        var type = (PyType)self;
        if (!type.IsHeapType || type.HasFlag(Types.TypeFlags.Immutable))
        {
            PyErr.TypeError($"cannot set '__bases__' attribute of immutable type '{type.DisplayName}'");
            return false;
        }

        if (value is null)
        {
            PyErr.TypeError($"cannot delete '__bases__' attribute of immutable type '{type.DisplayName}'");
            return false;
        }

        if (value is not PyTuple tuple)
        {
            PyErr.TypeError($"can only assign tuple to {type.Name}.__bases__, not {value.Type.Name}");
            return false;
        }

        if (tuple.Count == 0)
        {
            PyErr.TypeError($"can only assign non-empty tuple to {type.Name}.__bases__, not ()");
            return false;
        }

        var bases = new PyType[tuple.Count];
        for (int i = 0; i < bases.Length; i++)
        {
            if (tuple[i] is not PyType b)
            {
                PyErr.TypeError($"{type.Name}.__bases__ must be tuple of classes, not '{tuple[i].Type.Name}'");
                return false;
            }

            if (b.IsSubtypeOf(type))
            {
                PyErr.TypeError("a __bases__ item causes an inheritance cycle");
                return false;
            }

            bases[i] = b;
        }

        var best = BestBase(bases);
        if (best is null)
        {
            return false;
        }

        if (IsGcAllocated(type.Base!) != IsGcAllocated(best))
        {
            PyErr.TypeError($"__bases__ assignment: '{best.Name}' deallocator differs from '{type.Base!.Name}'");
            return false;
        }

        if (!CompatibleForAssignment(type.Base!, best))
        {
            PyErr.TypeError($"__bases__ assignment: '{best.Name}' object layout differs from '{type.Base!.Name}'");
            return false;
        }

        var oldBases = type.Bases;
        var oldBase = type.Base;
        type.Bases = bases;
        type.Base = best;
        if (!type.RecomputeMroTree(0))
        {
            type.Bases = oldBases;
            type.Base = oldBase;
            type.RecomputeMroTree(0);
            return false;
        }

        foreach (var b in oldBases)
        {
            b.RemoveSubclass(type);
        }

        foreach (var b in bases)
        {
            b.AddSubclass(type);
        }

        type.Modified();
        return true;
    }

    // mro_hierarchy: the new MRO and slots of this class, then of each subclass.
    private bool RecomputeMroTree(int depth)
    {
        var mro = InvokeMro(this);
        if (mro is null)
        {
            return false;
        }

        Mro = mro;
        for (int i = 1; i < mro.Length; i++)
        {
            InheritSlots(mro[i]);
        }

        FixupSlots();
        if (depth > 10_000)
        {
            return true;
        }

        foreach (var sub in Subclasses())
        {
            if (!sub.RecomputeMroTree(depth + 1))
            {
                return false;
            }
        }

        return true;
    }
}
