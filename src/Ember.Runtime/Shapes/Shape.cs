using System.Runtime.CompilerServices;
using Ember.Runtime.Objects;

namespace Ember.Runtime.Shapes;

/// <summary>
/// A hidden class (DESIGN.md rule 2; V8's maps, CPython 3.11's shared-key
/// dicts): the names of an instance's attributes in the order they were
/// added, each mapped to an index into the instance's inline slot array.
/// <para>
/// A shape never changes once made. Adding a name to an instance moves it to
/// the child shape for that name, found in (or added to) this shape's
/// transition table, so instances of one class that set the same attributes
/// in the same order share one shape and an inline cache keyed by the shape
/// stays valid for all of them. Deleting an attribute, or asking for
/// <c>__dict__</c>, moves the instance to dict mode instead (see
/// <see cref="PyInstance"/>); shapes only ever grow.
/// </para>
/// </summary>
public sealed class Shape
{
    /// <summary>Past this many attributes an instance switches to a dict: long chains cost memory and lookups.</summary>
    public const int MaxAttributes = 64;

    // Names in slot order; shared by prefix with the parent (a child copies and appends).
    private readonly string[] _names;

    // Name → slot index; null for shapes small enough to search linearly.
    private readonly Dictionary<string, int>? _index;

    // Transitions are cached per added name. Children are added under the lock;
    // a lookup reads a snapshot reference, so readers never see a half-built table.
    private Dictionary<string, Shape>? _transitions;
    private readonly object _lock = new();

    private Shape(string[] names)
    {
        _names = names;
        if (names.Length > 8)
        {
            _index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
            for (int i = 0; i < names.Length; i++)
            {
                _index[names[i]] = i;
            }
        }
    }

    /// <summary>A new empty root (each class has its own, so shapes never mix classes).</summary>
    public static Shape NewRoot() => new([]);

    /// <summary>How many attributes instances with this shape have; also the number of slots used.</summary>
    public int Count => _names.Length;

    /// <summary>The attribute names in slot order.</summary>
    public ReadOnlySpan<string> Names => _names;

    /// <summary>The slot index of <paramref name="name"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(string name)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(name, out int i) ? i : -1;
        }

        var names = _names;
        for (int i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The shape with <paramref name="name"/> added at slot <see cref="Count"/>; null past <see cref="MaxAttributes"/>.</summary>
    public Shape? WithAdded(string name)
    {
        var transitions = Volatile.Read(ref _transitions);
        if (transitions is not null && transitions.TryGetValue(name, out var cached))
        {
            return cached;
        }

        return AddTransition(name);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Shape? AddTransition(string name)
    {
        if (_names.Length >= MaxAttributes)
        {
            return null;
        }

        lock (_lock)
        {
            if (_transitions is not null && _transitions.TryGetValue(name, out var cached))
            {
                return cached;
            }

            var names = new string[_names.Length + 1];
            _names.CopyTo(names, 0);
            names[^1] = name;
            var child = new Shape(names);

            // Copy-on-write keeps lock-free readers safe.
            var table = _transitions is null
                ? new Dictionary<string, Shape>(StringComparer.Ordinal)
                : new Dictionary<string, Shape>(_transitions, StringComparer.Ordinal);
            table[name] = child;
            Volatile.Write(ref _transitions, table);
            return child;
        }
    }

    public override string ToString() => "Shape(" + string.Join(", ", _names) + ")";
}
