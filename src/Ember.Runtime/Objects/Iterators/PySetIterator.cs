using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary><c>set_iterator</c> (setobject.c's setiterobject): table order; a size change is an error.</summary>
public sealed class PySetIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("set_iterator", null, TypeFlags.None, static t =>
    {
        t.Iter = static self => self;
        t.Next = static self => ((PySetIterator)self).NextItem();
    }, InitMembers);

    private PyAnySet? _set;
    private long _used;
    private long _pos;
    private long _len;

    public PySetIterator(PyAnySet set)
        : base(TypeObject)
    {
        _set = set;
        _used = set.Count;
        _len = set.Count;
    }

    private PySetIterator(PySetIterator other)
        : base(TypeObject)
    {
        _set = other._set;
        _used = other._used;
        _pos = other._pos;
        _len = other._len;
    }

    public PyObject? NextItem()
    {
        var s = _set;
        if (s is null)
        {
            return null;
        }

        if (_used != s.Count)
        {
            _used = -1;
            return PyErr.RuntimeError("Set changed size during iteration");
        }

        long i = _pos;
        long mask = s._mask;
        while (i <= mask)
        {
            var key = s.ActiveKeyAt(i);
            if (key is not null)
            {
                _pos = i + 1;
                _len--;
                return key;
            }

            i++;
        }

        _pos = i + 1;
        _set = null;
        return null;
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("__length_hint__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("set_iterator.__length_hint__", args, kw))
            {
                return null;
            }

            var it = (PySetIterator)self;
            return PyInt.From(it._set is not null && it._used == it._set.Count ? it._len : 0);
        });
        type.AddMethod("__reduce__", static (self, args, kw) =>
        {
            if (!Args.NoArgs("set_iterator.__reduce__", args, kw))
            {
                return null;
            }

            var copy = new PySetIterator((PySetIterator)self);
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
