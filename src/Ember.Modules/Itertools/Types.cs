using System.Numerics;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Itertools;

/// <summary>Every itertools type, in the module's order.</summary>
internal static class Types
{
    public static PyType[] All =>
    [
        Accumulate.TypeObject, Chain.TypeObject, Combinations.TypeObject, CombinationsWithReplacement.TypeObject,
        Compress.TypeObject, Count.TypeObject, Cycle.TypeObject, DropWhile.TypeObject, FilterFalse.TypeObject,
        GroupBy.TypeObject, Grouper.TypeObject, ISlice.TypeObject, Pairwise.TypeObject, Permutations.TypeObject,
        Product.TypeObject, Repeat.TypeObject, StarMap.TypeObject, TakeWhile.TypeObject, Tee.TypeObject,
        Tee.DataType, ZipLongest.TypeObject,
    ];

    /// <summary>A positional-only clinic signature: "NAME expected 2 arguments, got 1", "NAME() takes no keyword arguments".</summary>
    public static bool PositionalOnly(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int min, int max) =>
        Args.Positional(name, args, kw, min, max);

    public static PyObject? OwnNext(PyObject it) => ItertoolsModule.Next(it);
}

internal sealed class Count : PyItertool
{
    public static readonly PyType TypeObject = Make("count", New, null, Repr);
    private static readonly ArgSpec s_spec = new("count", ["start", "step"]);

    private PyObject _current;
    private readonly PyObject _step;

    private Count(PyType type, PyObject start, PyObject step)
        : base(type)
    {
        _current = start;
        _step = step;
    }

    private static bool IsNumber(PyObject o) =>
        o.Type.Index is not null || o.Type.Int is not null || o.Type.Float is not null || o is PyComplex;

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> slots = new PyObject?[2];
        if (!s_spec.Parse(args, kw, slots))
        {
            return null;
        }

        var start = slots[0] ?? PyInt.Zero;
        var step = slots[1] ?? PyInt.One;
        if (!IsNumber(start) || !IsNumber(step))
        {
            return PyErr.TypeError("a number is required");
        }

        // count_new's fast mode (an int start, step 1) counts in plain ints.
        if (start is PyInt si && step is PyInt { IsSmall: true, Small: 1 })
        {
            start = si.AsExact();
        }

        return new Count(type, start, step);
    }

    public override PyObject? Step()
    {
        var result = _current;
        var next = PyNumber.Add(_current, _step);
        if (next is null)
        {
            return null;
        }

        _current = next;
        return result;
    }

    private static PyObject? Repr(PyObject self)
    {
        var c = (Count)self;
        var start = PyOps.ReprString(c._current);
        if (start is null)
        {
            return null;
        }

        if (c._step is PyInt si && si.IsSmall && si.Small == 1)
        {
            return new PyStr($"{c.Type.Name}({start})");
        }

        var step = PyOps.ReprString(c._step);
        return step is null ? null : new PyStr($"{c.Type.Name}({start}, {step})");
    }
}

internal sealed class Repeat : PyItertool
{
    public static readonly PyType TypeObject = Make("repeat", New, static t =>
    {
        t.AddMethod("__length_hint__", static (self, a, k) =>
        {
            var r = (Repeat)self;
            return r._remaining < 0 ? PyErr.TypeError("len() of unsized object") : PyInt.From(r._remaining);
        });
    }, Repr);

    private static readonly ArgSpec s_spec = new("repeat", ["object", "times"], required: 1);

    private readonly PyObject _element;
    private long _remaining;

    private Repeat(PyType type, PyObject element, long remaining)
        : base(type)
    {
        _element = element;
        _remaining = remaining;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> slots = new PyObject?[2];
        if (!s_spec.Parse(args, kw, slots))
        {
            return null;
        }

        long times = -1;
        if (slots[1] is { } t)
        {
            if (!ContainerHelpers.HasIndex(t))
            {
                return PyErr.TypeError($"'{t.Type.Name}' object cannot be interpreted as an integer");
            }

            if (!PyNumber.AsSsize(t, out times))
            {
                return null;
            }

            times = System.Math.Max(0, times);
        }

        return new Repeat(type, slots[0]!, times);
    }

    public override PyObject? Step()
    {
        if (_remaining == 0)
        {
            return null;
        }

        if (_remaining > 0)
        {
            _remaining--;
        }

        return _element;
    }

    private static PyObject? Repr(PyObject self)
    {
        var r = (Repeat)self;
        var e = PyOps.ReprString(r._element);
        if (e is null)
        {
            return null;
        }

        return new PyStr(r._remaining < 0 ? $"{r.Type.Name}({e})" : $"{r.Type.Name}({e}, {r._remaining})");
    }
}

internal sealed class Cycle : PyItertool
{
    public static readonly PyType TypeObject = Make("cycle", New);

    private readonly PyObject _it;
    private readonly List<PyObject> _saved = new();
    private int _index;
    private bool _firstPass = true;

    private Cycle(PyType type, PyObject it)
        : base(type)
    {
        _it = it;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Types.PositionalOnly("cycle", args, kw, 1, 1))
        {
            return null;
        }

        var it = ItertoolsModule.Iter(args[0]);
        return it is null ? null : new Cycle(type, it);
    }

    public override PyObject? Step()
    {
        if (_firstPass)
        {
            var item = ItertoolsModule.Next(_it);
            if (item is not null)
            {
                _saved.Add(item);
                return item;
            }

            if (PyErr.Occurred)
            {
                return null;
            }

            _firstPass = false;
        }

        if (_saved.Count == 0)
        {
            return null;
        }

        var r = _saved[_index];
        _index = (_index + 1) % _saved.Count;
        return r;
    }
}

internal sealed class Chain : PyItertool
{
    public static readonly PyType TypeObject = Make("chain", New, static t =>
    {
        t.AddClassMethod("from_iterable", static (cls, a, k) =>
        {
            if (!Args.ExactlyOne("chain.from_iterable", a, k))
            {
                return null;
            }

            var source = ItertoolsModule.Iter(a[0]);
            return source is null ? null : new Chain((PyType)cls, source);
        });
        t.AddClassMethod("__class_getitem__", ContainerHelpers.ClassGetItem);
    });

    private PyObject? _source;
    private PyObject? _active;

    private Chain(PyType type, PyObject source)
        : base(type)
    {
        _source = source;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.NoKeywords("chain", kw))
        {
            return null;
        }

        var source = PyIter.GetIter(new PyTuple(args.ToArray()));
        return source is null ? null : new Chain(type, source);
    }

    public override PyObject? Step()
    {
        while (_source is not null)
        {
            if (_active is null)
            {
                var iterable = ItertoolsModule.Next(_source);
                if (iterable is null)
                {
                    _source = null;
                    return null;
                }

                _active = ItertoolsModule.Iter(iterable);
                if (_active is null)
                {
                    return null;
                }
            }

            var item = ItertoolsModule.Next(_active);
            if (item is not null)
            {
                return item;
            }

            if (PyErr.Occurred)
            {
                return null;
            }

            _active = null;
        }

        return null;
    }
}

internal sealed class ISlice : PyItertool
{
    public static readonly PyType TypeObject = Make("islice", New);

    private const string StopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private const string IndexMessage = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    private PyObject? _it;
    private long _next;
    private readonly long _stop;
    private readonly long _step;
    private long _count;

    private ISlice(PyType type, PyObject it, long start, long stop, long step)
        : base(type)
    {
        _it = it;
        _next = start;
        _stop = stop;
        _step = step;
    }

    private static long AsSize(PyObject o)
    {
        if (!ContainerHelpers.HasIndex(o) || !PyNumber.AsSsize(o, out long v))
        {
            PyErr.Clear();
            return -1;
        }

        return v;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.NoKeywords("islice", kw))
        {
            return null;
        }

        if (args.Length < 2)
        {
            return PyErr.TypeError($"islice expected at least 2 arguments, got {args.Length}");
        }

        if (args.Length > 4)
        {
            return PyErr.TypeError($"islice expected at most 4 arguments, got {args.Length}");
        }

        long start = 0, stop = -1, step = 1;
        if (args.Length == 2)
        {
            if (args[1] is not PyNone)
            {
                stop = AsSize(args[1]);
                if (stop == -1)
                {
                    return PyErr.ValueError(StopMessage);
                }
            }
        }
        else
        {
            if (args[1] is not PyNone)
            {
                start = AsSize(args[1]);
            }

            if (args[2] is not PyNone)
            {
                stop = AsSize(args[2]);
                if (stop == -1)
                {
                    return PyErr.ValueError(StopMessage);
                }
            }
        }

        if (start < 0 || stop < -1)
        {
            return PyErr.ValueError(IndexMessage);
        }

        if (args.Length == 4 && args[3] is not PyNone)
        {
            step = AsSize(args[3]);
        }

        if (step < 1)
        {
            return PyErr.ValueError("Step for islice() must be a positive integer or None.");
        }

        var it = ItertoolsModule.Iter(args[0]);
        return it is null ? null : new ISlice(type, it, start, stop, step);
    }

    public override PyObject? Step()
    {
        if (_it is null)
        {
            return null;
        }

        while (_count < _next)
        {
            var skipped = ItertoolsModule.Next(_it);
            if (skipped is null)
            {
                _it = null;
                return null;
            }

            _count++;
        }

        if (_stop != -1 && _count >= _stop)
        {
            _it = null;
            return null;
        }

        var item = ItertoolsModule.Next(_it);
        if (item is null)
        {
            _it = null;
            return null;
        }

        _count++;
        long old = _next;
        _next += _step;
        if (_next < old || (_stop != -1 && _next > _stop))
        {
            _next = _stop;
        }

        return item;
    }
}

internal sealed class Accumulate : PyItertool
{
    public static readonly PyType TypeObject = Make("accumulate", New);
    private static readonly ArgSpec s_spec = new("accumulate", ["iterable", "func", "initial"], maxPositional: 2, required: 1);

    private readonly PyObject _it;
    private readonly PyObject? _func;
    private PyObject? _initial;
    private PyObject? _total;

    private Accumulate(PyType type, PyObject it, PyObject? func, PyObject? initial)
        : base(type)
    {
        _it = it;
        _func = func;
        _initial = initial;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> slots = new PyObject?[3];
        if (!s_spec.Parse(args, kw, slots))
        {
            return null;
        }

        var it = ItertoolsModule.Iter(slots[0]!);
        if (it is null)
        {
            return null;
        }

        var func = slots[1] is PyNone ? null : slots[1];
        var initial = slots[2] is PyNone ? null : slots[2];
        return new Accumulate(type, it, func, initial);
    }

    public override PyObject? Step()
    {
        if (_initial is not null)
        {
            _total = _initial;
            _initial = null;
            return _total;
        }

        var value = ItertoolsModule.Next(_it);
        if (value is null)
        {
            return null;
        }

        if (_total is null)
        {
            _total = value;
        }
        else
        {
            var next = _func is null ? PyNumber.Add(_total, value) : PyCall.Call(_func, _total, value);
            if (next is null)
            {
                return null;
            }

            _total = next;
        }

        return _total;
    }
}

internal sealed class Compress : PyItertool
{
    public static readonly PyType TypeObject = Make("compress", New);
    private static readonly ArgSpec s_spec = new("compress", ["data", "selectors"], required: 2);

    private readonly PyObject _data;
    private readonly PyObject _selectors;

    private Compress(PyType type, PyObject data, PyObject selectors)
        : base(type)
    {
        _data = data;
        _selectors = selectors;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> slots = new PyObject?[2];
        if (!s_spec.Parse(args, kw, slots))
        {
            return null;
        }

        var data = ItertoolsModule.Iter(slots[0]!);
        var selectors = data is null ? null : ItertoolsModule.Iter(slots[1]!);
        return selectors is null ? null : new Compress(type, data!, selectors);
    }

    public override PyObject? Step()
    {
        while (true)
        {
            var datum = ItertoolsModule.Next(_data);
            if (datum is null)
            {
                return null;
            }

            var selector = ItertoolsModule.Next(_selectors);
            if (selector is null)
            {
                return null;
            }

            int ok = PyOps.IsTrue(selector);
            if (ok < 0)
            {
                return null;
            }

            if (ok > 0)
            {
                return datum;
            }
        }
    }
}

/// <summary>dropwhile, takewhile, filterfalse: a predicate and an iterator.</summary>
internal abstract class Predicated : PyItertool
{
    protected readonly PyObject Predicate;
    protected readonly PyObject It;

    protected Predicated(PyType type, PyObject predicate, PyObject it)
        : base(type)
    {
        Predicate = predicate;
        It = it;
    }

    protected static PyObject? Create(string name, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw, Func<PyType, PyObject, PyObject, PyObject> make)
    {
        if (!Types.PositionalOnly(name, args, kw, 2, 2))
        {
            return null;
        }

        var it = ItertoolsModule.Iter(args[1]);
        return it is null ? null : make(type, args[0], it);
    }

    /// <summary>The predicate's truth for <paramref name="item"/>: 1, 0, or -1 on error.</summary>
    protected int Test(PyObject item)
    {
        var r = PyCall.Call(Predicate, item);
        return r is null ? -1 : PyOps.IsTrue(r);
    }
}

internal sealed class DropWhile : Predicated
{
    public static readonly PyType TypeObject = Make("dropwhile", static (t, a, k) => Create("dropwhile", t, a, k, static (t, p, i) => new DropWhile(t, p, i)));

    private bool _dropping = true;

    private DropWhile(PyType type, PyObject predicate, PyObject it)
        : base(type, predicate, it)
    {
    }

    public override PyObject? Step()
    {
        while (true)
        {
            var item = ItertoolsModule.Next(It);
            if (item is null || !_dropping)
            {
                return item;
            }

            int ok = Test(item);
            if (ok < 0)
            {
                return null;
            }

            if (ok == 0)
            {
                _dropping = false;
                return item;
            }
        }
    }
}

internal sealed class TakeWhile : Predicated
{
    public static readonly PyType TypeObject = Make("takewhile", static (t, a, k) => Create("takewhile", t, a, k, static (t, p, i) => new TakeWhile(t, p, i)));

    private bool _stopped;

    private TakeWhile(PyType type, PyObject predicate, PyObject it)
        : base(type, predicate, it)
    {
    }

    public override PyObject? Step()
    {
        if (_stopped)
        {
            return null;
        }

        var item = ItertoolsModule.Next(It);
        if (item is null)
        {
            return null;
        }

        int ok = Test(item);
        if (ok < 0)
        {
            return null;
        }

        if (ok > 0)
        {
            return item;
        }

        _stopped = true;
        return null;
    }
}

internal sealed class FilterFalse : Predicated
{
    public static readonly PyType TypeObject = Make("filterfalse", static (t, a, k) => Create("filterfalse", t, a, k, static (t, p, i) => new FilterFalse(t, p, i)));

    private FilterFalse(PyType type, PyObject predicate, PyObject it)
        : base(type, predicate, it)
    {
    }

    public override PyObject? Step()
    {
        while (true)
        {
            var item = ItertoolsModule.Next(It);
            if (item is null)
            {
                return null;
            }

            int ok = Predicate is PyNone ? PyOps.IsTrue(item) : Test(item);
            if (ok < 0)
            {
                return null;
            }

            if (ok == 0)
            {
                return item;
            }
        }
    }
}

internal sealed class StarMap : Predicated
{
    public static readonly PyType TypeObject = Make("starmap", static (t, a, k) => Create("starmap", t, a, k, static (t, p, i) => new StarMap(t, p, i)));

    private StarMap(PyType type, PyObject function, PyObject it)
        : base(type, function, it)
    {
    }

    public override PyObject? Step()
    {
        var args = ItertoolsModule.Next(It);
        if (args is null)
        {
            return null;
        }

        if (args is not PyTuple t)
        {
            var items = PyIter.ToList(args);
            if (items is null)
            {
                return null;
            }

            t = new PyTuple([.. items]);
        }

        return PyCall.Call(Predicate, t.Items, null);
    }
}

internal sealed class Pairwise : PyItertool
{
    public static readonly PyType TypeObject = Make("pairwise", New);

    private PyObject? _it;
    private PyObject? _old;

    private Pairwise(PyType type, PyObject it)
        : base(type)
    {
        _it = it;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Types.PositionalOnly("pairwise", args, kw, 1, 1))
        {
            return null;
        }

        var it = ItertoolsModule.Iter(args[0]);
        return it is null ? null : new Pairwise(type, it);
    }

    public override PyObject? Step()
    {
        if (_it is null)
        {
            return null;
        }

        if (_old is null)
        {
            _old = ItertoolsModule.Next(_it);
            if (_old is null)
            {
                _it = null;
                return null;
            }
        }

        var item = ItertoolsModule.Next(_it);
        if (item is null)
        {
            _it = null;
            _old = null;
            return null;
        }

        var result = PyTuple.Create(_old, item);
        _old = item;
        return result;
    }
}

internal sealed class ZipLongest : PyItertool
{
    public static readonly PyType TypeObject = Make("zip_longest", New);

    private readonly PyObject?[] _its;
    private readonly PyObject _fill;
    private int _active;

    private ZipLongest(PyType type, PyObject?[] its, PyObject fill)
        : base(type)
    {
        _its = its;
        _fill = fill;
        _active = its.Length;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = ModuleHelpers.KeywordCount(kw);
        PyObject fill = PyNone.Instance;
        if (nkw > 0)
        {
            if (nkw != 1 || ((PyStr)kw!.Items[0]).Value != "fillvalue")
            {
                return PyErr.TypeError("zip_longest() got an unexpected keyword argument");
            }

            fill = args[^1];
        }

        var positional = args[..(args.Length - nkw)];
        var its = new PyObject?[positional.Length];
        for (int i = 0; i < its.Length; i++)
        {
            its[i] = PyIter.GetIter(positional[i]);
            if (its[i] is null)
            {
                return null;
            }
        }

        return new ZipLongest(type, its, fill);
    }

    public override PyObject? Step()
    {
        if (_its.Length == 0 || _active == 0)
        {
            return null;
        }

        var result = new PyObject[_its.Length];
        for (int i = 0; i < _its.Length; i++)
        {
            var it = _its[i];
            PyObject? item = null;
            if (it is not null)
            {
                item = ItertoolsModule.Next(it);
                if (item is null)
                {
                    if (PyErr.Occurred)
                    {
                        _active = 0;
                        return null;
                    }

                    _active--;
                    if (_active == 0)
                    {
                        return null;
                    }

                    _its[i] = null;
                }
            }

            result[i] = item ?? _fill;
        }

        return new PyTuple(result);
    }
}
