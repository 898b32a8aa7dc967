using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Itertools;

/// <summary>product, permutations, combinations and combinations_with_replacement, with CPython's index algorithms.</summary>
internal abstract class IndexIterator : PyItertool
{
    protected readonly PyObject[] Pool;
    protected readonly int R;
    protected int[] Indices = [];
    protected bool Started;
    protected bool Stopped;

    protected IndexIterator(PyType type, PyObject[] pool, int r)
        : base(type)
    {
        Pool = pool;
        R = r;
    }

    protected static PyObject[]? PoolOf(PyObject iterable)
    {
        var items = PyIter.ToList(iterable);
        return items?.ToArray();
    }

    protected static bool ParseR(PyObject o, out int r)
    {
        r = 0;
        if (!ContainerHelpers.HasIndex(o))
        {
            PyErr.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
            return false;
        }

        if (!PyNumber.AsSsize(o, out long v))
        {
            return false;
        }

        if (v < 0)
        {
            PyErr.ValueError("r must be non-negative");
            return false;
        }

        r = (int)System.Math.Min(v, int.MaxValue);
        return true;
    }

    protected PyTuple Current()
    {
        var result = new PyObject[R];
        for (int i = 0; i < R; i++)
        {
            result[i] = Pool[Indices[i]];
        }

        return new PyTuple(result);
    }
}

internal sealed class Combinations : IndexIterator
{
    public static readonly PyType TypeObject = Make("combinations", New);
    private static readonly ArgSpec s_spec = new("combinations", ["iterable", "r"], required: 2);

    private Combinations(PyType type, PyObject[] pool, int r)
        : base(type, pool, r)
    {
        Stopped = r > pool.Length;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> slots = new PyObject?[2];
        if (!s_spec.Parse(args, kw, slots))
        {
            return null;
        }

        var pool = PoolOf(slots[0]!);
        return pool is null || !ParseR(slots[1]!, out int r) ? null : new Combinations(type, pool, r);
    }

    public override PyObject? Step()
    {
        if (Stopped)
        {
            return null;
        }

        int n = Pool.Length;
        if (!Started)
        {
            Started = true;
            Indices = new int[R];
            for (int k = 0; k < R; k++)
            {
                Indices[k] = k;
            }

            return Current();
        }

        int i = R - 1;
        while (i >= 0 && Indices[i] == i + n - R)
        {
            i--;
        }

        if (i < 0)
        {
            Stopped = true;
            return null;
        }

        Indices[i]++;
        for (int j = i + 1; j < R; j++)
        {
            Indices[j] = Indices[j - 1] + 1;
        }

        return Current();
    }
}

internal sealed class CombinationsWithReplacement : IndexIterator
{
    public static readonly PyType TypeObject = Make("combinations_with_replacement", New);
    private static readonly ArgSpec s_spec = new("combinations_with_replacement", ["iterable", "r"], required: 2);

    private CombinationsWithReplacement(PyType type, PyObject[] pool, int r)
        : base(type, pool, r)
    {
        Stopped = pool.Length == 0 && r > 0;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> slots = new PyObject?[2];
        if (!s_spec.Parse(args, kw, slots))
        {
            return null;
        }

        var pool = PoolOf(slots[0]!);
        return pool is null || !ParseR(slots[1]!, out int r) ? null : new CombinationsWithReplacement(type, pool, r);
    }

    public override PyObject? Step()
    {
        if (Stopped)
        {
            return null;
        }

        int n = Pool.Length;
        if (!Started)
        {
            Started = true;
            Indices = new int[R];
            return Current();
        }

        int i = R - 1;
        while (i >= 0 && Indices[i] == n - 1)
        {
            i--;
        }

        if (i < 0)
        {
            Stopped = true;
            return null;
        }

        int v = Indices[i] + 1;
        for (int j = i; j < R; j++)
        {
            Indices[j] = v;
        }

        return Current();
    }
}

internal sealed class Permutations : IndexIterator
{
    public static readonly PyType TypeObject = Make("permutations", New);
    private static readonly ArgSpec s_spec = new("permutations", ["iterable", "r"], required: 1);

    private int[] _cycles = [];

    private Permutations(PyType type, PyObject[] pool, int r)
        : base(type, pool, r)
    {
        Stopped = r > pool.Length;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> slots = new PyObject?[2];
        if (!s_spec.Parse(args, kw, slots))
        {
            return null;
        }

        var pool = PoolOf(slots[0]!);
        if (pool is null)
        {
            return null;
        }

        int r = pool.Length;
        if (slots[1] is { } ro && ro is not PyNone)
        {
            if (ro is not PyInt)
            {
                return PyErr.TypeError("Expected int as r");
            }

            if (!PyNumber.AsSsize(ro, out long v))
            {
                return null;
            }

            if (v < 0)
            {
                return PyErr.ValueError("r must be non-negative");
            }

            r = (int)System.Math.Min(v, int.MaxValue);
        }

        return new Permutations(type, pool, r);
    }

    public override PyObject? Step()
    {
        if (Stopped)
        {
            return null;
        }

        int n = Pool.Length;
        if (!Started)
        {
            Started = true;
            Indices = new int[n];
            for (int k = 0; k < n; k++)
            {
                Indices[k] = k;
            }

            _cycles = new int[R];
            for (int k = 0; k < R; k++)
            {
                _cycles[k] = n - k;
            }

            return Current();
        }

        if (n == 0)
        {
            Stopped = true;
            return null;
        }

        for (int i = R - 1; i >= 0; i--)
        {
            _cycles[i]--;
            if (_cycles[i] == 0)
            {
                int first = Indices[i];
                for (int j = i; j < n - 1; j++)
                {
                    Indices[j] = Indices[j + 1];
                }

                Indices[n - 1] = first;
                _cycles[i] = n - i;
            }
            else
            {
                int j = _cycles[i];
                (Indices[i], Indices[n - j]) = (Indices[n - j], Indices[i]);
                return Current();
            }
        }

        Stopped = true;
        return null;
    }
}

internal sealed class Product : PyItertool
{
    public static readonly PyType TypeObject = Make("product", New);

    private readonly PyObject[][] _pools;
    private int[] _indices = [];
    private bool _started;
    private bool _stopped;

    private Product(PyType type, PyObject[][] pools)
        : base(type)
    {
        _pools = pools;
        foreach (var p in pools)
        {
            _stopped |= p.Length == 0;
        }
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = ModuleHelpers.KeywordCount(kw);
        long repeat = 1;
        for (int k = 0; k < nkw; k++)
        {
            string name = ((PyStr)kw!.Items[k]).Value;
            if (name != "repeat")
            {
                return PyErr.TypeError($"'{name}' is an invalid keyword argument for product()");
            }

            var value = args[args.Length - nkw + k];
            if (!ContainerHelpers.HasIndex(value))
            {
                return PyErr.TypeError($"'{value.Type.Name}' object cannot be interpreted as an integer");
            }

            if (!PyNumber.AsSsize(value, out repeat))
            {
                return null;
            }

            if (repeat < 0)
            {
                return PyErr.ValueError("repeat argument cannot be negative");
            }
        }

        var positional = args[..(args.Length - nkw)];
        if (positional.Length > 0 && repeat > int.MaxValue / positional.Length)
        {
            return PyErr.OverflowError("repeat argument too large");
        }

        var basePools = new PyObject[positional.Length][];
        for (int i = 0; i < positional.Length; i++)
        {
            var pool = PyIter.ToList(positional[i]);
            if (pool is null)
            {
                return null;
            }

            basePools[i] = [.. pool];
        }

        var pools = new PyObject[basePools.Length * (int)repeat][];
        for (int i = 0; i < pools.Length; i++)
        {
            pools[i] = basePools[i % basePools.Length];
        }

        return new Product(type, pools);
    }

    public override PyObject? Step()
    {
        if (_stopped)
        {
            return null;
        }

        int n = _pools.Length;
        if (!_started)
        {
            _started = true;
            _indices = new int[n];
        }
        else
        {
            int i = n - 1;
            for (; i >= 0; i--)
            {
                _indices[i]++;
                if (_indices[i] < _pools[i].Length)
                {
                    break;
                }

                _indices[i] = 0;
            }

            if (i < 0)
            {
                _stopped = true;
                return null;
            }
        }

        var result = new PyObject[n];
        for (int k = 0; k < n; k++)
        {
            result[k] = _pools[k][_indices[k]];
        }

        return new PyTuple(result);
    }
}
