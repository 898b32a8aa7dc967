namespace Ember.Compiler.CodeGen;

/// <summary>An insertion-ordered set of names with their indexes (the dicts CPython's compiler keeps per unit).</summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _names = new();

    public int Count => _names.Count;

    public IReadOnlyList<string> Names => _names;

    public int Add(string name)
    {
        if (!_index.TryGetValue(name, out int i))
        {
            i = _names.Count;
            _index.Add(name, i);
            _names.Add(name);
        }

        return i;
    }

    public bool TryGet(string name, out int index) => _index.TryGetValue(name, out index);

    public bool Contains(string name) => _index.ContainsKey(name);
}
