using Ember.Bytecode;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Xunit;

namespace Ember.Runtime.Tests.Containers;

/// <summary>Smaller behaviours of the containers, each with CPython's answer.</summary>
public sealed class MoreContainerTests
{
    [Fact]
    public void FrozensetOfAnExactFrozensetIsTheSameObject()
    {
        C.Enter();
        var f = PyCall.Call(PyFrozenSet.TypeObject, C.KeyList([1, 2]))!;
        Assert.Same(f, PyCall.Call(PyFrozenSet.TypeObject, f));
        Assert.Same(f, C.Call(f, "copy"));
        var s = PyCall.Call(PySet.TypeObject, f)!;
        Assert.NotSame(s, C.Call(s, "copy"));
    }

    [Fact]
    public void IntersectionUpdateKeepsCommonItemsInPlace()
    {
        C.Enter();
        var s = PyAnySet.NewSet(C.KeyList([1, 2, 3, 4]))!;
        Assert.Same(PyNone.Instance, C.Call(s, "intersection_update", C.KeyList([4, 2, 9]), C.KeyList([2, 4])));
        Assert.Equal([2L, 4], C.Values(s));
        var r = PyNumber.Binary(s, PyAnySet.NewSet(C.KeyList([4]))!, BinaryOp.InplaceAnd);
        Assert.Same(s, r);
        Assert.Equal([4L], C.Values(s));
    }

    [Fact]
    public void SetKeysAreFoundAsFrozensets()
    {
        C.Enter();
        var inner = PyAnySet.NewFrozenSet(C.KeyList([1]))!;
        var outer = new PySet();
        Assert.True(outer.Add(inner));
        Assert.Equal(1, outer.Contains(PyAnySet.NewSet(C.KeyList([1]))!));
        Assert.Same(PyNone.Instance, C.Call(outer, "remove", PyAnySet.NewSet(C.KeyList([1]))!));
        Assert.Equal(0, outer.Count);
    }

    [Fact]
    public void FromKeysFillsEveryKeyWithTheValue()
    {
        C.Enter();
        var d = C.CallClass(PyDict.TypeObject, "fromkeys", C.KeyList([3, 1, 3]), new Key(0))!;
        Assert.Equal("{3: 0, 1: 0}", C.Repr(d));
        var none = C.CallClass(PyDict.TypeObject, "fromkeys", C.KeyList([5]))!;
        Assert.Equal("{5: None}", C.Repr(none));
    }

    [Fact]
    public void GenericAliasReprArgsAndEquality()
    {
        C.Enter();
        var a = ContainerHelpers.ClassGetItem(PyList.TypeObject, [PyInt.TypeObject], null)!;
        Assert.Equal("list[int]", C.Repr(a));
        var d = ContainerHelpers.ClassGetItem(PyDict.TypeObject, [PyTuple.Create(PyStr.TypeObject, a)], null)!;
        Assert.Equal("dict[str, list[int]]", C.Repr(d));
        Assert.Equal("tuple[int, ...]", C.Repr(new PyGenericAlias(PyTuple.TypeObject, PyTuple.Create(PyInt.TypeObject, PyEllipsis.Instance))));
        Assert.Equal("tuple[()]", C.Repr(new PyGenericAlias(PyTuple.TypeObject, PyTuple.Empty)));
        var ga = (PyGenericAlias)a;
        Assert.Same(PyList.TypeObject, ga.Origin);
        Assert.Equal(0, ga.Parameters!.Count);
        var b = new PyGenericAlias(PyList.TypeObject, PyInt.TypeObject);
        Assert.Equal(1, PyOps.RichCompareBool(a, b, CompareOp.Eq));
        Assert.Equal(0, PyOps.RichCompareBool(a, new PyGenericAlias(PyList.TypeObject, PyStr.TypeObject), CompareOp.Eq));
        Assert.Null(PySequence.GetItem(a, PyStr.TypeObject));
        C.AssertRaised(PyExc.TypeError, "list[int] is not a generic class");
    }

    [Fact]
    public void EnumerateCountsPastSixtyFourBits()
    {
        C.Enter();
        var start = PyInt.From(long.MaxValue);
        var e = PyCall.Call(PyEnumerate.TypeObject, [C.KeyList([1, 2]), start], null)!;
        Assert.Equal(long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), ((PyTuple)PyIter.Next(e)!).Items[0].ToString());
        Assert.Equal("9223372036854775808", ((PyTuple)PyIter.Next(e)!).Items[0].ToString());
        Assert.Null(PyCall.Call(PyEnumerate.TypeObject, [], null));
        C.AssertRaised(PyExc.TypeError, "enumerate() missing required argument 'iterable'");
    }

    [Fact]
    public void MapStopsAtTheShortestAndFilterNoneTestsTruth()
    {
        C.Enter();
        var pair = new PyBuiltinFunction("pair", static (args, kw) => PyTuple.Create(args[0], args[1]));
        var m = PyCall.Call(PyMap.TypeObject, [pair, C.KeyList([1, 2, 3]), C.KeyList([4, 5])], null)!;
        Assert.Equal(2, PyIter.ToList(m)!.Count);
        Assert.Null(PyCall.Call(PyMap.TypeObject, [pair], null));
        C.AssertRaised(PyExc.TypeError, "map() must have at least two arguments.");
        var f = PyCall.Call(PyFilter.TypeObject, [PyNone.Instance, PyList.Create([PyBool.False, new Key(3), PyNone.Instance, PyBool.True])], null)!;
        Assert.Equal(2, PyIter.ToList(f)!.Count);
    }

    [Fact]
    public void IndexHonoursStartAndStop()
    {
        C.Enter();
        var l = C.KeyList([5, 6, 5, 6]);
        Assert.Equal(2, ((PyInt)C.Call(l, "index", new Key(5), PyInt.From(1))!).Small);
        Assert.Equal(3, ((PyInt)C.Call(l, "index", new Key(6), PyInt.From(-1))!).Small);
        Assert.Null(C.Call(l, "index", new Key(5), PyInt.From(1), PyInt.From(2)));
        C.AssertRaised(PyExc.ValueError, "5 is not in list");
        var t = PyTuple.Create(C.KeyList([5, 6, 5]).AsSpan());
        Assert.Null(C.Call(t, "index", new Key(9)));
        C.AssertRaised(PyExc.ValueError, "tuple.index(x): x not in tuple");
    }

    [Fact]
    public void SliceReprAndComparison()
    {
        C.Enter();
        var s = (PySlice)PyCall.Call(PySlice.TypeObject, [PyInt.From(3)], null)!;
        Assert.Equal("slice(None, <int object>, None)".Replace("<int object>", C.Repr(PyInt.From(3)), StringComparison.Ordinal), C.Repr(s));
        Assert.Same(PyNone.Instance, s.Start);
        Assert.Equal(-1, PyOps.Hash(s));
        C.AssertRaised(PyExc.TypeError, "unhashable type: 'slice'");
        Assert.Null(PyCall.Call(PySlice.TypeObject, [], null));
        C.AssertRaised(PyExc.TypeError, "slice expected at least 1 argument, got 0");
        var z = new PySlice(PyInt.One, PyInt.From(2), PyInt.Zero);
        Assert.False(z.GetIndices(5, out _, out _, out _, out _));
        C.AssertRaised(PyExc.ValueError, "slice step cannot be zero");
    }

    [Fact]
    public void RangeMembershipIsArithmetic()
    {
        C.Enter();
        var r = PyRange.FromLongs(1, 20, 3);
        Assert.Equal(1, PySequence.Contains(r, PyInt.From(7)));
        Assert.Equal(0, PySequence.Contains(r, PyInt.From(8)));
        Assert.Equal(2, ((PyInt)C.Call(r, "index", PyInt.From(7))!).Small);
        Assert.Equal(0, ((PyInt)C.Call(r, "count", PyInt.From(8))!).Small);
        var huge = new PyRange(PyInt.Zero, PyInt.From(System.Numerics.BigInteger.Pow(10, 30)), PyInt.From(7));
        Assert.Equal(1, PySequence.Contains(huge, PyInt.From(System.Numerics.BigInteger.Pow(10, 29) * 7)));
        Assert.Equal("range(0, 5)", C.Repr(PyRange.FromLongs(0, 5, 1)));
        Assert.Equal("range(3, -1, -2)", C.Repr(PySequence.GetItem(PyRange.FromLongs(1, 5, 2), new PySlice(PyNone.Instance, PyNone.Instance, PyInt.From(-1)))!));
    }

    [Fact]
    public void SubclassInstancesCarryAnAttributeDict()
    {
        C.Enter();
        var sub = new PyType(PyType.TypeType, "L", [PyList.TypeObject], new PyDict(), Ember.Runtime.Types.TypeFlags.BaseType);
        sub.Mro = [sub, PyList.TypeObject, PyType.ObjectType];
        sub.InheritSlots(PyList.TypeObject);
        var obj = sub.New!(sub, [], null)!;
        Assert.IsType<PyListSubclass>(obj);
        Assert.True(sub.Init!(obj, [C.KeyList([1, 2])], null));
        Assert.Equal([1L, 2], C.Values(obj));
        var setSub = new PyType(PyType.TypeType, "S", [PySet.TypeObject], new PyDict(), Ember.Runtime.Types.TypeFlags.BaseType);
        setSub.Mro = [setSub, PySet.TypeObject, PyType.ObjectType];
        setSub.InheritSlots(PySet.TypeObject);
        var s = setSub.New!(setSub, [], null)!;
        Assert.True(((PySet)s).Add(new Key(1)));
        Assert.Equal("S({1})", C.Repr(s));
        var union = PyNumber.Binary(s, new PySet(), BinaryOp.Or)!;
        Assert.Same(PySet.TypeObject, union.Type);
    }
}
