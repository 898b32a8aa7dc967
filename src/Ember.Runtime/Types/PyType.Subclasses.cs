namespace Ember.Runtime.Objects;

/// <summary>
/// The subclass registry (tp_subclasses): weak references from a class to the
/// classes that name it as a base, so a change to the class reaches every
/// class whose lookups go through it (PyType_Modified, update_subclasses),
/// and <c>__subclasses__()</c> can list them without keeping them alive.
/// </summary>
public sealed partial class PyType
{
    private List<WeakReference<PyType>>? _subclasses;

    // Dead references are swept when the list reaches this length, which is
    // then set to twice what survives: adding stays amortized O(1) however
    // many subclasses `object` collects (sweeping on every add made class
    // creation linear in their number).
    private int _subclassesSweepAt;

    private const int MinSubclassesSweep = 16;

    /// <summary>Records <paramref name="subclass"/> as a direct subclass of this type.</summary>
    public void AddSubclass(PyType subclass)
    {
        lock (_initLock)
        {
            _subclasses ??= [];
            if (_subclasses.Count >= _subclassesSweepAt)
            {
                _subclasses.RemoveAll(static w => !w.TryGetTarget(out _));
                _subclassesSweepAt = System.Math.Max(MinSubclassesSweep, _subclasses.Count * 2);
            }

            _subclasses.Add(new WeakReference<PyType>(subclass));
        }
    }

    /// <summary>Forgets <paramref name="subclass"/> (its __bases__ changed).</summary>
    public void RemoveSubclass(PyType subclass)
    {
        lock (_initLock)
        {
            _subclasses?.RemoveAll(w => !w.TryGetTarget(out var t) || ReferenceEquals(t, subclass));
        }
    }

    /// <summary>The live direct subclasses, in the order they were created.</summary>
    public List<PyType> Subclasses()
    {
        var result = new List<PyType>();
        lock (_initLock)
        {
            if (_subclasses is null)
            {
                return result;
            }

            foreach (var w in _subclasses)
            {
                if (w.TryGetTarget(out var t))
                {
                    result.Add(t);
                }
            }
        }

        return result;
    }

    // Every subclass's lookups pass through this type's dict, so their tags
    // change too. Recursion depth is the depth of the class tree, not data.
    partial void OnModified()
    {
        foreach (var sub in Subclasses())
        {
            sub.Modified();
        }
    }
}
