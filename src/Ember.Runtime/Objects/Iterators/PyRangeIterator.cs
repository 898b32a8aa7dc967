using System.Numerics;
using Ember.Runtime.Errors;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// <c>range_iterator</c> and <c>longrange_iterator</c> (rangeobject.c): the
/// first when start, step, length and the end all fit in 64 bits, the
/// second otherwise; which one you get is visible from Python.
/// </summary>
public sealed class PyRangeIterator : PyObject
{
    public static readonly PyType TypeObject = Make("range_iterator");
    public static readonly PyType LongTypeObject = Make("longrange_iterator");

    private readonly long _start, _step, _len;
    private long _index;
    private readonly BigInteger _bigStart, _bigStep, _bigLen;
    private BigInteger _bigIndex;

    private PyRangeIterator(long start, long step, long len)
        : base(TypeObject)
    {
        _start = start;
        _step = step;
        _len = len;
    }

    private PyRangeIterator(BigInteger start, BigInteger step, BigInteger len)
        : base(LongTypeObject)
    {
        _bigStart = start;
        _bigStep = step;
        _bigLen = len;
    }

    private bool IsLong => ReferenceEquals(Type, LongTypeObject);

    /// <summary>An iterator over <paramref name="len"/> items from <paramref name="start"/> by <paramref name="step"/>.</summary>
    public static PyRangeIterator Create(BigInteger start, BigInteger step, BigInteger len)
    {
        if (len.IsZero)
        {
            start = BigInteger.Zero;
            step = BigInteger.One;
        }

        BigInteger end = start + (len * step);
        if (Fits(start) && Fits(step) && Fits(len) && Fits(end) && Fits(start + ((len - 1) * step)))
        {
            return new PyRangeIterator((long)start, (long)step, (long)len);
        }

        return new PyRangeIterator(start, step, len);
    }

    private static bool Fits(BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    public PyObject? NextItem()
    {
        if (!IsLong)
        {
            if (_index < _len)
            {
                return PyInt.From(_start + (_index++ * _step));
            }

            return null;
        }

        if (_bigIndex < _bigLen)
        {
            var v = _bigStart + (_bigIndex * _bigStep);
            _bigIndex++;
            return PyInt.From(v);
        }

        return null;
    }

    private static PyType Make(string name) => PyType.CreateBuiltin(name, null, TypeFlags.None, static t =>
    {
        t.Iter = static self => self;
        t.Next = static self => ((PyRangeIterator)self).NextItem();
    }, InitMembers);

    private static void InitMembers(PyType type)
    {
        type.AddMethod("__length_hint__", static (self, args, kw) =>
        {
            if (!Args.NoArgs($"{self.Type.Name}.__length_hint__", args, kw))
            {
                return null;
            }

            var it = (PyRangeIterator)self;
            return it.IsLong ? PyInt.From(it._bigLen - it._bigIndex) : PyInt.From(it._len - it._index);
        });
        type.AddMethod("__reduce__", static (self, args, kw) =>
        {
            if (!Args.NoArgs($"{self.Type.Name}.__reduce__", args, kw))
            {
                return null;
            }

            var it = (PyRangeIterator)self;
            var iter = BuiltinLookup.Get("iter");
            if (iter is null)
            {
                return null;
            }

            BigInteger start = it.IsLong ? it._bigStart : it._start;
            BigInteger step = it.IsLong ? it._bigStep : it._step;
            BigInteger len = it.IsLong ? it._bigLen : it._len;
            var range = new PyRange(PyInt.From(start), PyInt.From(start + (len * step)), PyInt.From(step));
            return new PyTuple([iter, PyTuple.Create(range), it.IsLong ? PyInt.From(it._bigIndex) : PyInt.From(it._index)]);
        });
        type.AddMethod("__setstate__", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne($"{self.Type.Name}.__setstate__", args, kw))
            {
                return null;
            }

            var it = (PyRangeIterator)self;
            var n = Protocols.PyNumber.Index(args[0]);
            if (n is null)
            {
                return null;
            }

            var index = n.ToBigInteger();
            if (it.IsLong)
            {
                it._bigIndex = index.Sign < 0 ? BigInteger.Zero : index > it._bigLen ? it._bigLen : index;
            }
            else
            {
                it._index = index.Sign < 0 ? 0 : index > it._len ? it._len : (long)index;
            }

            return PyNone.Instance;
        });
    }
}
