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

        var sorter = new Sorter(keys, values);
        bool ok = sorter.Sort(n);

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

    /// <summary>
    /// A stable merge sort in the shape of CPython's timsort: natural runs
    /// (strictly descending ones reversed), short runs extended to the
    /// minimum run length by binary insertion, then merged. For fewer than
    /// 64 items it makes exactly the comparisons CPython makes.
    /// </summary>
    private sealed class Sorter
    {
        private readonly PyObject[] _keys;
        private readonly PyObject[]? _values;
        private PyObject[]? _tmpKeys;
        private PyObject[]? _tmpValues;

        public Sorter(PyObject[] keys, PyObject[]? values)
        {
            _keys = keys;
            _values = values;
        }

        /// <summary>1 if a &lt; b, 0 if not, -1 on error.</summary>
        private static int Less(PyObject a, PyObject b) => PyOps.RichCompareBool(a, b, CompareOp.Lt);

        public bool Sort(int n)
        {
            int minRun = MinRun(n);
            var runs = new List<(int Start, int Length)>();
            int lo = 0;
            while (lo < n)
            {
                int run = CountRun(lo, n, out bool descending);
                if (run < 0)
                {
                    return false;
                }

                if (descending)
                {
                    ReverseRange(lo, lo + run);
                }

                if (run < minRun)
                {
                    int force = Math.Min(minRun, n - lo);
                    if (!BinarySort(lo, lo + force, lo + run))
                    {
                        return false;
                    }

                    run = force;
                }

                runs.Add((lo, run));
                lo += run;
            }

            while (runs.Count > 1)
            {
                var merged = new List<(int Start, int Length)>((runs.Count + 1) / 2);
                for (int i = 0; i < runs.Count; i += 2)
                {
                    if (i + 1 == runs.Count)
                    {
                        merged.Add(runs[i]);
                        break;
                    }

                    var (a, na) = runs[i];
                    var (_, nb) = runs[i + 1];
                    if (!Merge(a, na, nb))
                    {
                        return false;
                    }

                    merged.Add((a, na + nb));
                }

                runs = merged;
            }

            return true;
        }

        private static int MinRun(int n)
        {
            int r = 0;
            while (n >= 64)
            {
                r |= n & 1;
                n >>= 1;
            }

            return n + r;
        }

        // count_run: the length of the run at lo; a strictly descending run is reported as such.
        private int CountRun(int lo, int hi, out bool descending)
        {
            descending = false;
            if (lo + 1 == hi)
            {
                return 1;
            }

            int k = Less(_keys[lo + 1], _keys[lo]);
            if (k < 0)
            {
                return -1;
            }

            int n = 2;
            if (k > 0)
            {
                descending = true;
                for (int i = lo + 2; i < hi; i++, n++)
                {
                    k = Less(_keys[i], _keys[i - 1]);
                    if (k < 0)
                    {
                        return -1;
                    }

                    if (k == 0)
                    {
                        break;
                    }
                }
            }
            else
            {
                for (int i = lo + 2; i < hi; i++, n++)
                {
                    k = Less(_keys[i], _keys[i - 1]);
                    if (k < 0)
                    {
                        return -1;
                    }

                    if (k > 0)
                    {
                        break;
                    }
                }
            }

            return n;
        }

        private void ReverseRange(int lo, int hi)
        {
            Array.Reverse(_keys, lo, hi - lo);
            if (_values is not null)
            {
                Array.Reverse(_values, lo, hi - lo);
            }
        }

        // binarysort: [lo, start) is sorted; insert each of [start, hi) after its equals.
        private bool BinarySort(int lo, int hi, int start)
        {
            if (lo == start)
            {
                start++;
            }

            for (; start < hi; start++)
            {
                var pivot = _keys[start];
                int l = lo, r = start;
                do
                {
                    int p = l + ((r - l) >> 1);
                    int k = Less(pivot, _keys[p]);
                    if (k < 0)
                    {
                        return false;
                    }

                    if (k > 0)
                    {
                        r = p;
                    }
                    else
                    {
                        l = p + 1;
                    }
                }
                while (l < r);

                Array.Copy(_keys, l, _keys, l + 1, start - l);
                _keys[l] = pivot;
                if (_values is not null)
                {
                    var v = _values[start];
                    Array.Copy(_values, l, _values, l + 1, start - l);
                    _values[l] = v;
                }
            }

            return true;
        }

        // Merges [a, a+na) and [a+na, a+na+nb). On an error every item is still in the array.
        private bool Merge(int a, int na, int nb)
        {
            if (_tmpKeys is null || _tmpKeys.Length < na)
            {
                _tmpKeys = new PyObject[Math.Max(na, 16)];
                _tmpValues = _values is null ? null : new PyObject[_tmpKeys.Length];
            }

            Array.Copy(_keys, a, _tmpKeys, 0, na);
            if (_values is not null)
            {
                Array.Copy(_values, a, _tmpValues!, 0, na);
            }

            int i = 0, j = a + na, end = a + na + nb, dest = a;
            bool ok = true;
            while (i < na && j < end)
            {
                int k = Less(_keys[j], _tmpKeys[i]);
                if (k < 0)
                {
                    ok = false;
                    break;
                }

                if (k > 0)
                {
                    _keys[dest] = _keys[j];
                    if (_values is not null)
                    {
                        _values[dest] = _values[j];
                    }

                    j++;
                }
                else
                {
                    _keys[dest] = _tmpKeys[i];
                    if (_values is not null)
                    {
                        _values[dest] = _tmpValues![i];
                    }

                    i++;
                }

                dest++;
            }

            // The rest of the left run goes into the gap left before j.
            int rest = na - i;
            Array.Copy(_tmpKeys, i, _keys, dest, rest);
            if (_values is not null)
            {
                Array.Copy(_tmpValues!, i, _values, dest, rest);
            }

            Array.Clear(_tmpKeys, 0, na);
            if (_tmpValues is not null)
            {
                Array.Clear(_tmpValues, 0, na);
            }

            return ok;
        }
    }
}
