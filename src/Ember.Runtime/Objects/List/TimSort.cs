using Ember.Bytecode;
using Ember.Runtime.Protocols;

namespace Ember.Runtime.Objects;

/// <summary>
/// CPython 3.11's list sort (Objects/listobject.c, listsort.txt): natural
/// runs (strictly descending ones reversed) extended to the minimum run length
/// by binary insertion, merged in powersort order, with galloping and the
/// adaptive gallop threshold. The <c>&lt;</c> comparisons it makes are
/// CPython's, one for one, so key functions and <c>__lt__</c> methods with
/// side effects see what they see under CPython. Keys are sorted with their
/// values (the items, when a key function was given) moved alongside.
/// A failing comparison stops the sort with every item still present.
/// </summary>
internal sealed class TimSort
{
    private const int MinGallop = 7;

    private readonly PyObject[] _keys;
    private readonly PyObject[]? _values;
    private readonly int _length;
    private PyObject[] _tmpKeys = [];
    private PyObject[]? _tmpValues;
    private int _minGallop = MinGallop;

    private readonly List<Run> _pending = new();

    private struct Run
    {
        public int Base;
        public int Length;
        public int Power;
    }

    private TimSort(PyObject[] keys, PyObject[]? values, int length)
    {
        _keys = keys;
        _values = values;
        _length = length;
    }

    /// <summary>Sorts keys[0..n) (and values alongside); false with the comparison's exception pending.</summary>
    public static bool Sort(PyObject[] keys, PyObject[]? values, int n) => new TimSort(keys, values, n).SortAll();

    // ISLT: 1, 0, or -1 on error.
    private static int Less(PyObject a, PyObject b) => PyOps.RichCompareBool(a, b, CompareOp.Lt);

    private bool SortAll()
    {
        int n = _length;
        if (n < 2)
        {
            return true;
        }

        int minRun = MinRun(n);
        int lo = 0;
        int remaining = n;
        do
        {
            int run = CountRun(lo, lo + remaining, out bool descending);
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
                int force = Math.Min(remaining, minRun);
                if (!BinarySort(lo, lo + force, lo + run))
                {
                    return false;
                }

                run = force;
            }

            if (!FoundNewRun(run))
            {
                return false;
            }

            _pending.Add(new Run { Base = lo, Length = run });
            lo += run;
            remaining -= run;
        }
        while (remaining > 0);

        // merge_force_collapse
        while (_pending.Count > 1)
        {
            int i = _pending.Count - 2;
            if (i > 0 && _pending[i - 1].Length < _pending[i + 1].Length)
            {
                i--;
            }

            if (!MergeAt(i))
            {
                return false;
            }
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

    // powerloop: the depth of the node between two adjacent runs in the powersort tree.
    private static int PowerLoop(long s1, long n1, long n2, long n)
    {
        int result = 0;
        long a = (2 * s1) + n1;
        long b = a + n1 + n2;
        while (true)
        {
            result++;
            if (a >= n)
            {
                a -= n;
                b -= n;
            }
            else if (b >= n)
            {
                break;
            }

            a <<= 1;
            b <<= 1;
        }

        return result;
    }

    private bool FoundNewRun(int n2)
    {
        int count = _pending.Count;
        if (count == 0)
        {
            return true;
        }

        var top = _pending[count - 1];
        int power = PowerLoop(top.Base, top.Length, n2, _length);
        while (_pending.Count > 1 && _pending[_pending.Count - 2].Power > power)
        {
            if (!MergeAt(_pending.Count - 2))
            {
                return false;
            }
        }

        var last = _pending[^1];
        last.Power = power;
        _pending[^1] = last;
        return true;
    }

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

    private PyObject[] KeysOf(bool tmp) => tmp ? _tmpKeys : _keys;

    // gallop_left: k in [0, n] with a[k-1] < key <= a[k], searching a = arr[start..start+n) from hint.
    private int GallopLeft(PyObject key, bool tmp, int start, int n, int hint)
    {
        var a = KeysOf(tmp);
        int lastOfs = 0, ofs = 1, k;
        int cmp = Less(a[start + hint], key);
        if (cmp < 0)
        {
            return -1;
        }

        if (cmp > 0)
        {
            int maxOfs = n - hint;
            while (ofs < maxOfs)
            {
                cmp = Less(a[start + hint + ofs], key);
                if (cmp < 0)
                {
                    return -1;
                }

                if (cmp == 0)
                {
                    break;
                }

                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0)
                {
                    ofs = maxOfs;
                }
            }

            if (ofs > maxOfs)
            {
                ofs = maxOfs;
            }

            lastOfs += hint;
            ofs += hint;
        }
        else
        {
            int maxOfs = hint + 1;
            while (ofs < maxOfs)
            {
                cmp = Less(a[start + hint - ofs], key);
                if (cmp < 0)
                {
                    return -1;
                }

                if (cmp > 0)
                {
                    break;
                }

                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0)
                {
                    ofs = maxOfs;
                }
            }

            if (ofs > maxOfs)
            {
                ofs = maxOfs;
            }

            k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        }

        lastOfs++;
        while (lastOfs < ofs)
        {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            cmp = Less(a[start + m], key);
            if (cmp < 0)
            {
                return -1;
            }

            if (cmp > 0)
            {
                lastOfs = m + 1;
            }
            else
            {
                ofs = m;
            }
        }

        return ofs;
    }

    // gallop_right: k in [0, n] with a[k-1] <= key < a[k].
    private int GallopRight(PyObject key, bool tmp, int start, int n, int hint)
    {
        var a = KeysOf(tmp);
        int lastOfs = 0, ofs = 1, k;
        int cmp = Less(key, a[start + hint]);
        if (cmp < 0)
        {
            return -1;
        }

        if (cmp > 0)
        {
            int maxOfs = hint + 1;
            while (ofs < maxOfs)
            {
                cmp = Less(key, a[start + hint - ofs]);
                if (cmp < 0)
                {
                    return -1;
                }

                if (cmp == 0)
                {
                    break;
                }

                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0)
                {
                    ofs = maxOfs;
                }
            }

            if (ofs > maxOfs)
            {
                ofs = maxOfs;
            }

            k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        }
        else
        {
            int maxOfs = n - hint;
            while (ofs < maxOfs)
            {
                cmp = Less(key, a[start + hint + ofs]);
                if (cmp < 0)
                {
                    return -1;
                }

                if (cmp > 0)
                {
                    break;
                }

                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0)
                {
                    ofs = maxOfs;
                }
            }

            if (ofs > maxOfs)
            {
                ofs = maxOfs;
            }

            lastOfs += hint;
            ofs += hint;
        }

        lastOfs++;
        while (lastOfs < ofs)
        {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            cmp = Less(key, a[start + m]);
            if (cmp < 0)
            {
                return -1;
            }

            if (cmp > 0)
            {
                ofs = m;
            }
            else
            {
                lastOfs = m + 1;
            }
        }

        return ofs;
    }

    private void EnsureTemp(int n)
    {
        if (_tmpKeys.Length < n)
        {
            _tmpKeys = new PyObject[Math.Max(n, 256)];
            _tmpValues = _values is null ? null : new PyObject[_tmpKeys.Length];
        }
    }

    // Moves count items (keys and values) between the main arrays and the temporary ones.
    private void Move(bool fromTmp, int src, bool toTmp, int dst, int count)
    {
        if (count <= 0)
        {
            return;
        }

        Array.Copy(fromTmp ? _tmpKeys : _keys, src, toTmp ? _tmpKeys : _keys, dst, count);
        if (_values is not null)
        {
            Array.Copy(fromTmp ? _tmpValues! : _values, src, toTmp ? _tmpValues! : _values, dst, count);
        }
    }

    private bool MergeAt(int i)
    {
        var a = _pending[i];
        var b = _pending[i + 1];
        int baseA = a.Base, na = a.Length, baseB = b.Base, nb = b.Length;
        a.Length = na + nb;
        _pending[i] = a;
        if (i == _pending.Count - 3)
        {
            _pending[i + 1] = _pending[i + 2];
        }

        _pending.RemoveAt(_pending.Count - 1);

        // Items of a before b's first item are already in place.
        int k = GallopRight(_keys[baseB], false, baseA, na, 0);
        if (k < 0)
        {
            return false;
        }

        baseA += k;
        na -= k;
        if (na == 0)
        {
            return true;
        }

        // Items of b after a's last item are already in place.
        nb = GallopLeft(_keys[baseA + na - 1], false, baseB, nb, nb - 1);
        if (nb <= 0)
        {
            return nb == 0;
        }

        return na <= nb ? MergeLo(baseA, na, baseB, nb) : MergeHi(baseA, na, baseB, nb);
    }

    private bool MergeLo(int pa, int na, int pb, int nb)
    {
        EnsureTemp(na);
        Move(false, pa, true, 0, na);
        int dest = pa, ia = 0, ib = pb;
        int minGallop = _minGallop;
        bool ok = true;

        Move(false, ib++, false, dest++, 1);
        nb--;
        if (nb == 0)
        {
            goto Done;
        }

        if (na == 1)
        {
            goto CopyB;
        }

        while (true)
        {
            int acount = 0, bcount = 0;
            while (true)
            {
                int k = Less(_keys[ib], _tmpKeys[ia]);
                if (k < 0)
                {
                    ok = false;
                    goto Done;
                }

                if (k > 0)
                {
                    Move(false, ib++, false, dest++, 1);
                    bcount++;
                    acount = 0;
                    nb--;
                    if (nb == 0)
                    {
                        goto Done;
                    }

                    if (bcount >= minGallop)
                    {
                        break;
                    }
                }
                else
                {
                    Move(true, ia++, false, dest++, 1);
                    acount++;
                    bcount = 0;
                    na--;
                    if (na == 1)
                    {
                        goto CopyB;
                    }

                    if (acount >= minGallop)
                    {
                        break;
                    }
                }
            }

            minGallop++;
            do
            {
                minGallop -= minGallop > 1 ? 1 : 0;
                _minGallop = minGallop;
                int k = GallopRight(_keys[ib], true, ia, na, 0);
                acount = k;
                if (k != 0)
                {
                    if (k < 0)
                    {
                        ok = false;
                        goto Done;
                    }

                    Move(true, ia, false, dest, k);
                    dest += k;
                    ia += k;
                    na -= k;
                    if (na == 1)
                    {
                        goto CopyB;
                    }

                    // Impossible for a consistent order, possible for others.
                    if (na == 0)
                    {
                        goto Done;
                    }
                }

                Move(false, ib++, false, dest++, 1);
                nb--;
                if (nb == 0)
                {
                    goto Done;
                }

                k = GallopLeft(_tmpKeys[ia], false, ib, nb, 0);
                bcount = k;
                if (k != 0)
                {
                    if (k < 0)
                    {
                        ok = false;
                        goto Done;
                    }

                    Move(false, ib, false, dest, k);
                    dest += k;
                    ib += k;
                    nb -= k;
                    if (nb == 0)
                    {
                        goto Done;
                    }
                }

                Move(true, ia++, false, dest++, 1);
                na--;
                if (na == 1)
                {
                    goto CopyB;
                }
            }
            while (acount >= MinGallop || bcount >= MinGallop);

            minGallop++;
            _minGallop = minGallop;
        }

    Done:
        Move(true, ia, false, dest, na);
        return ok;

    CopyB:
        // The last item of a belongs after the rest of b.
        Move(false, ib, false, dest, nb);
        Move(true, ia, false, dest + nb, 1);
        return true;
    }

    private bool MergeHi(int pa, int na, int pb, int nb)
    {
        EnsureTemp(nb);
        Move(false, pb, true, 0, nb);
        int dest = pb + nb - 1, ia = pa + na - 1, ib = nb - 1;
        int minGallop = _minGallop;
        bool ok = true;

        Move(false, ia--, false, dest--, 1);
        na--;
        if (na == 0)
        {
            goto Done;
        }

        if (nb == 1)
        {
            goto CopyA;
        }

        while (true)
        {
            int acount = 0, bcount = 0;
            while (true)
            {
                int k = Less(_tmpKeys[ib], _keys[ia]);
                if (k < 0)
                {
                    ok = false;
                    goto Done;
                }

                if (k > 0)
                {
                    Move(false, ia--, false, dest--, 1);
                    acount++;
                    bcount = 0;
                    na--;
                    if (na == 0)
                    {
                        goto Done;
                    }

                    if (acount >= minGallop)
                    {
                        break;
                    }
                }
                else
                {
                    Move(true, ib--, false, dest--, 1);
                    bcount++;
                    acount = 0;
                    nb--;
                    if (nb == 1)
                    {
                        goto CopyA;
                    }

                    if (bcount >= minGallop)
                    {
                        break;
                    }
                }
            }

            minGallop++;
            do
            {
                minGallop -= minGallop > 1 ? 1 : 0;
                _minGallop = minGallop;
                int k = GallopRight(_tmpKeys[ib], false, pa, na, na - 1);
                if (k < 0)
                {
                    ok = false;
                    goto Done;
                }

                k = na - k;
                acount = k;
                if (k != 0)
                {
                    dest -= k;
                    ia -= k;
                    Move(false, ia + 1, false, dest + 1, k);
                    na -= k;
                    if (na == 0)
                    {
                        goto Done;
                    }
                }

                Move(true, ib--, false, dest--, 1);
                nb--;
                if (nb == 1)
                {
                    goto CopyA;
                }

                k = GallopLeft(_keys[ia], true, 0, nb, nb - 1);
                if (k < 0)
                {
                    ok = false;
                    goto Done;
                }

                k = nb - k;
                bcount = k;
                if (k != 0)
                {
                    dest -= k;
                    ib -= k;
                    Move(true, ib + 1, false, dest + 1, k);
                    nb -= k;
                    if (nb == 1)
                    {
                        goto CopyA;
                    }

                    // Impossible for a consistent order, possible for others.
                    if (nb == 0)
                    {
                        goto Done;
                    }
                }

                Move(false, ia--, false, dest--, 1);
                na--;
                if (na == 0)
                {
                    goto Done;
                }
            }
            while (acount >= MinGallop || bcount >= MinGallop);

            minGallop++;
            _minGallop = minGallop;
        }

    Done:
        Move(true, 0, false, dest - (nb - 1), nb);
        return ok;

    CopyA:
        // The first item of b belongs before the rest of a.
        dest -= na;
        ia -= na;
        Move(false, ia + 1, false, dest + 1, na);
        Move(true, ib, false, dest, 1);
        return true;
    }
}
