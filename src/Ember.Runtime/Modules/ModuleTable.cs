using System.Collections.Frozen;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Modules;

/// <summary>
/// An immutable table of builtin modules that a host gives an interpreter on
/// top of the runtime's own (<see cref="ModuleRegistry"/>): the part of
/// CPython's inittab that lives outside the core. The runtime cannot name
/// those modules' assemblies, so the host (the CLI, the test harness) passes
/// the table in; each factory creates its module for one interpreter.
/// </summary>
public sealed class ModuleTable
{
    private readonly FrozenDictionary<string, Func<PyInterpreterState, PyModule>> _factories;

    public ModuleTable(IEnumerable<KeyValuePair<string, Func<PyInterpreterState, PyModule>>> factories)
    {
        _factories = factories.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>No extra modules.</summary>
    public static readonly ModuleTable Empty = new([]);

    public bool Contains(string name) => _factories.ContainsKey(name);

    public bool TryGet(string name, out Func<PyInterpreterState, PyModule> factory) =>
        _factories.TryGetValue(name, out factory!);

    public IEnumerable<string> Names => _factories.Keys;
}
