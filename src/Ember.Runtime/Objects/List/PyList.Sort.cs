using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

public partial class PyList
{
    private static readonly ArgSpec s_sortSpec = new("sort", ["key", "reverse"], posOnly: 0, maxPositional: 0);

    // The list's items while it is being sorted: a mutation during the sort
    // replaces this array, which is how "list modified during sort" is seen.
    private static readonly PyObject[] s_sorting = new PyObject[0];

    private static PyObject? SortMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var slots = new PyObject?[2];
        if (!s_sortSpec.Parse(args, kwnames, slots))
        {
            return null;
        }

        var key = slots[0];
        bool reverse = false;
        if (slots[1] is { } r)
        {
            if (r is PyFloat)
            {
                return PyErr.TypeError("'float' object cannot be interpreted as an integer");
            }

            if (!PySlice.AsSsizeArg(r, out long rv))
            {
                return null;
            }

            reverse = rv != 0;
        }

        return ((PyList)self).Sort(key is null || ReferenceEquals(key, PyNone.Instance) ? null : key, reverse) ? PyNone.Instance : null;
    }

    /// <summary>
    /// list.sort(key=, reverse=) (listsort): stable; comparisons are <c>&lt;</c>
    /// through the protocol layer. The list looks empty while sorting; a
    /// change made meanwhile is discarded and reported as ValueError. On an
    /// error the list keeps all its items in some order. False with an
    /// exception pending.
    /// </summary>
    public bool Sort(PyObject? key, bool reverse)
    {
        var saved = _items;
        int n = _count;
        _items = s_sorting;
        _count = 0;

        bool ok = SortItems(saved, n, key, reverse);

        bool modified = !ReferenceEquals(_items, s_sorting) || _count != 0;
        _items = saved;
        _count = n;
        if (ok && modified)
        {
            PyErr.ValueError("list modified during sort");
            return false;
        }

        return ok;
    }

    private static bool SortItems(PyObject[] items, int n, PyObject? keyFunc, bool reverse)
    {
        if (n < 2)
        {
            if (n == 1 && keyFunc is not null)
            {
                return PyCall.Call(keyFunc, items[0]) is not null;
            }

            return true;
        }

        PyObject[] keys;
        PyObject[]? values = null;
        if (keyFunc is null)
        {
            keys = items;
        }
        else
        {
            keys = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                var k = PyCall.Call(keyFunc, items[i]);
                if (k is null)
                {
                    return false;
                }

                keys[i] = k;
            }

            values = items;
        }

        // Sorting the reversed list and reversing back keeps equal items in
        // their original order (the stability rule of reverse=True).
        if (reverse)
        {
            Array.Reverse(keys, 0, n);
            if (values is not null)
            {
                Array.Reverse(values, 0, n);
            }
        }

        bool ok = TimSort.Sort(keys, values, n);

        if (reverse)
        {
            Array.Reverse(keys, 0, n);
            if (values is not null)
            {
                Array.Reverse(values, 0, n);
            }
        }

        return ok;
    }
}
