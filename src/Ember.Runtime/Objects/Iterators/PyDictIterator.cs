using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// The six dict iterator types (Objects/dictobject.c's dictiterobject):
/// dict_keyiterator, dict_valueiterator, dict_itemiterator and their reverse
/// forms. One class; the Python type says which one it is.
/// </summary>
public sealed class PyDictIterator : PyObject
{
    public enum Kind
    {
        Keys,
        Values,
        Items,
    }

    public static readonly PyType KeyIteratorType = Make("dict_keyiterator");
    public static readonly PyType ValueIteratorType = Make("dict_valueiterator");
    public static readonly PyType ItemIteratorType = Make("dict_itemiterator");
    public static readonly PyType ReverseKeyIteratorType = Make("dict_reversekeyiterator");
    public static readonly PyType ReverseValueIteratorType = Make("dict_reversevalueiterator");
    public static readonly PyType ReverseItemIteratorType = Make("dict_reverseitemiterator");

    private PyDict? _dict;
    private readonly Kind _kind;
    private readonly bool _reverse;
    private long _used;
    private int _pos;
    private long _len;

    public PyDictIterator(PyDict dict, Kind kind, bool reverse)
        : base(TypeFor(kind, reverse))
    {
        _dict = dict;
        _kind = kind;
        _reverse = reverse;
        _used = dict.Count;
        _len = dict.Count;
        _pos = reverse ? dict.UsedSlots - 1 : 0;
    }

    private PyDictIterator(PyDictIterator other)
        : base(other.Type)
    {
        _dict = other._dict;
        _kind = other._kind;
        _reverse = other._reverse;
        _used = other._used;
        _pos = other._pos;
        _len = other._len;
    }

    private static PyType TypeFor(Kind kind, bool reverse) => (kind, reverse) switch
    {
        (Kind.Keys, false) => KeyIteratorType,
        (Kind.Values, false) => ValueIteratorType,
        (Kind.Items, false) => ItemIteratorType,
        (Kind.Keys, true) => ReverseKeyIteratorType,
        (Kind.Values, true) => ReverseValueIteratorType,
        _ => ReverseItemIteratorType,
    };

    private static PyType Make(string name) => PyType.CreateBuiltin(name, null, TypeFlags.None, static t =>
    {
        t.Iter = static self => self;
        t.Next = static self => ((PyDictIterator)self).NextItem();
    }, InitMembers);

    public PyObject? NextItem()
    {
        var d = _dict;
        if (d is null)
        {
            return null;
        }

        if (_used != d.Count)
        {
            _used = -1;
            return PyErr.RuntimeError("dictionary changed size during iteration");
        }

        PyObject key, value;
        if (_reverse)
        {
            int i = _pos;
            while (true)
            {
                if (i < 0)
                {
                    _dict = null;
                    return null;
                }

                if (d.TryGetEntry(i, out key, out value, out _))
                {
                    break;
                }

                i--;
            }

            _pos = i - 1;
        }
        else
        {
            int i = _pos;
            int n = d.UsedSlots;
            while (i < n && !d.TryGetEntry(i, out _, out _, out _))
            {
                i++;
            }

            if (i >= n)
            {
                _dict = null;
                return null;
            }

            d.TryGetEntry(i, out key, out value, out _);

            // An entry was found that the count says should not exist.
            if (_len == 0)
            {
                _dict = null;
                return PyErr.RuntimeError("dictionary keys changed during iteration");
            }

            _pos = i + 1;
        }

        _len--;
        return _kind switch
        {
            Kind.Keys => key,
            Kind.Values => value,
            _ => PyTuple.Create(key, value),
        };
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("__length_hint__", static (self, args, kw) =>
        {
            if (!Args.NoArgs($"{self.Type.Name}.__length_hint__", args, kw))
            {
                return null;
            }

            var it = (PyDictIterator)self;
            return PyInt.From(it._dict is not null && it._used == it._dict.Count ? it._len : 0);
        });
        type.AddMethod("__reduce__", static (self, args, kw) =>
        {
            if (!Args.NoArgs($"{self.Type.Name}.__reduce__", args, kw))
            {
                return null;
            }

            // The rest of the items, taken from a copy so this iterator does not move.
            var copy = new PyDictIterator((PyDictIterator)self);
            var rest = new PyList();
            while (copy.NextItem() is { } item)
            {
                rest.Append(item);
            }

            if (PyErr.Occurred)
            {
                return null;
            }

            var iter = BuiltinLookup.Get("iter");
            return iter is null ? null : PyTuple.Create(iter, PyTuple.Create(rest));
        });
    }
}
