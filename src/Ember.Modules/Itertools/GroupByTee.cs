using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Modules.Itertools;

/// <summary>groupby and its _grouper (groupby_next, groupby_step, _grouper_next).</summary>
internal sealed class GroupBy : PyItertool
{
    public static readonly PyType TypeObject = Make("groupby", New);
    private static readonly ArgSpec s_spec = new("groupby", ["iterable", "key"], required: 1);

    private readonly PyObject _it;
    private readonly PyObject? _keyFunc;
    internal PyObject? TargetKey;
    internal PyObject? CurrentKey;
    internal PyObject? CurrentValue;
    internal Grouper? CurrentGrouper;

    private GroupBy(PyType type, PyObject it, PyObject? keyFunc)
        : base(type)
    {
        _it = it;
        _keyFunc = keyFunc;
    }

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> slots = new PyObject?[2];
        if (!s_spec.Parse(args, kw, slots))
        {
            return null;
        }

        var it = ItertoolsModule.Iter(slots[0]!);
        return it is null ? null : new GroupBy(type, it, slots[1] is PyNone ? null : slots[1]);
    }

    /// <summary>groupby_step: 1 with a new current value and key, 0 at the end, -1 on error.</summary>
    internal int Advance()
    {
        var value = ItertoolsModule.Next(_it);
        if (value is null)
        {
            return PyErr.Occurred ? -1 : 0;
        }

        var key = _keyFunc is null ? value : PyCall.Call(_keyFunc, value);
        if (key is null)
        {
            return -1;
        }

        CurrentValue = value;
        CurrentKey = key;
        return 1;
    }

    public override PyObject? Step()
    {
        CurrentGrouper = null;
        while (true)
        {
            if (CurrentKey is not null)
            {
                if (TargetKey is null)
                {
                    break;
                }

                int eq = PyOps.RichCompareBool(TargetKey, CurrentKey, CompareOp.Eq);
                if (eq < 0)
                {
                    return null;
                }

                if (eq == 0)
                {
                    break;
                }
            }

            if (Advance() <= 0)
            {
                return null;
            }
        }

        TargetKey = CurrentKey;
        var grouper = new Grouper(this, TargetKey!);
        CurrentGrouper = grouper;
        return PyTuple.Create(CurrentKey!, grouper);
    }
}

internal sealed class Grouper : PyItertool
{
    public static readonly PyType TypeObject = Make("_grouper", New, baseType: false);

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Types.PositionalOnly("_grouper", args, kw, 2, 2))
        {
            return null;
        }

        if (args[0] is not GroupBy parent)
        {
            return PyErr.TypeError($"_grouper() argument 1 must be itertools.groupby, not {args[0].Type.Name}");
        }

        return new Grouper(parent, args[1]);
    }

    private readonly GroupBy _parent;
    private readonly PyObject _targetKey;

    public Grouper(GroupBy parent, PyObject targetKey)
        : base(TypeObject)
    {
        _parent = parent;
        _targetKey = targetKey;
    }

    public override PyObject? Step()
    {
        var gb = _parent;
        if (!ReferenceEquals(gb.CurrentGrouper, this))
        {
            return null;
        }

        if (gb.CurrentValue is null && gb.Advance() <= 0)
        {
            return null;
        }

        int eq = PyOps.RichCompareBool(_targetKey, gb.CurrentKey!, CompareOp.Eq);
        if (eq <= 0)
        {
            return null;
        }

        var r = gb.CurrentValue;
        gb.CurrentValue = null;
        gb.CurrentKey = null;
        return r;
    }
}

/// <summary>tee(): _tee iterators sharing a linked list of _tee_dataobject blocks of 57 items.</summary>
internal sealed class Tee : PyItertool
{
    private const int LinkCells = 57;

    public static readonly PyType TypeObject = Make("_tee", New, static t =>
    {
        t.AddMethod("__copy__", static (self, a, k) =>
        {
            if (!Args.NoArgs("_tee.__copy__", a, k))
            {
                return null;
            }

            var tee = (Tee)self;
            return new Tee(tee._data, tee._index);
        });
    }, baseType: false);

    public static readonly PyType DataType = PyType.CreateBuiltin("_tee_dataobject", null, TypeFlags.None, null, null, "itertools");

    private TeeData _data;
    private int _index;

    private Tee(TeeData data, int index)
        : base(TypeObject)
    {
        _data = data;
        _index = index;
    }

    private sealed class TeeData : PyObject
    {
        public readonly PyObject It;
        public readonly List<PyObject> Values = new(LinkCells);
        public TeeData? NextLink;
        public bool Running;

        public TeeData(PyObject it)
            : base(DataType)
        {
            It = it;
        }

        public PyObject? Get(int i)
        {
            if (i < Values.Count)
            {
                return Values[i];
            }

            if (Running)
            {
                return PyErr.RuntimeError("cannot re-enter the tee iterator");
            }

            Running = true;
            var value = ItertoolsModule.Next(It);
            Running = false;
            if (value is not null)
            {
                Values.Add(value);
            }

            return value;
        }
    }

    private static Tee FromIterator(PyObject it) => new(new TeeData(it), 0);

    private static PyObject? New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Types.PositionalOnly("_tee", args, kw, 1, 1))
        {
            return null;
        }

        var it = ItertoolsModule.Iter(args[0]);
        if (it is null)
        {
            return null;
        }

        return it is Tee t ? new Tee(t._data, t._index) : FromIterator(it);
    }

    public override PyObject? Step()
    {
        if (_index >= LinkCells)
        {
            _data = _data.NextLink ??= new TeeData(_data.It);
            _index = 0;
        }

        var value = _data.Get(_index);
        if (value is null)
        {
            return null;
        }

        _index++;
        return value;
    }

    private static readonly PyStr s_copy = new("__copy__");

    public static PyObject? Function(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Args.Positional("tee", "itertools.tee", args, kw, 1, 2))
        {
            return null;
        }

        long n = 2;
        if (args.Length == 2)
        {
            if (!ContainerHelpers.HasIndex(args[1]))
            {
                return PyErr.TypeError($"'{args[1].Type.Name}' object cannot be interpreted as an integer");
            }

            if (!PyNumber.AsSsize(args[1], out n))
            {
                return null;
            }
        }

        if (n < 0)
        {
            return PyErr.ValueError("n must be >= 0");
        }

        if (n == 0)
        {
            return PyTuple.Empty;
        }

        var it = ItertoolsModule.Iter(args[0]);
        if (it is null)
        {
            return null;
        }

        int found = PyAttr.TryGetAttr(it, s_copy, out var copyMethod);
        if (found < 0)
        {
            return null;
        }

        var result = new PyObject[n];
        PyObject first = found > 0 ? it : FromIterator(it);
        result[0] = first;
        for (int i = 1; i < n; i++)
        {
            var copy = PyCall.CallMethod(first, s_copy, []);
            if (copy is null)
            {
                return null;
            }

            result[i] = copy;
        }

        _ = copyMethod;
        return new PyTuple(result);
    }
}
