using System.Globalization;
using Ember.Bytecode;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Xunit;

namespace Ember.Runtime.Tests.Containers;

/// <summary>dict, its views and iterators, and range.</summary>
public sealed class MappingTests
{
    private static PyDict Dict(params long[] keys)
    {
        var d = new PyDict();
        foreach (var k in keys)
        {
            Assert.True(d.SetItem(new Key(k), new Key(k * 10)));
        }

        return d;
    }

    [Fact]
    public void PopItemIsLastInFirstOut()
    {
        C.Enter();
        var d = Dict(1, 2, 3);
        var item = (PyTuple)C.Call(d, "popitem")!;
        Assert.Equal(3, ((Key)item.Items[0]).Value);
        Assert.NotNull(C.Call(d, "popitem"));
        Assert.NotNull(C.Call(d, "popitem"));
        Assert.Null(C.Call(d, "popitem"));
        C.AssertRaised(PyExc.KeyError, "popitem(): dictionary is empty");
    }

    [Fact]
    public void MissingKeyIsAKeyErrorCarryingTheKey()
    {
        C.Enter();
        var d = Dict(1);
        Assert.Null(PySequence.GetItem(d, new Key(5)));
        C.AssertRaised(PyExc.KeyError, "5");
        Assert.Null(C.Call(d, "pop", new Key(6)));
        C.AssertRaised(PyExc.KeyError, "6");
        Assert.Same(PyNone.Instance, C.Call(d, "get", new Key(6)));
    }

    [Fact]
    public void ResizeDuringIterationRaisesRuntimeError()
    {
        C.Enter();
        var d = Dict(1, 2);
        var it = PyIter.GetIter(d)!;
        Assert.NotNull(PyIter.Next(it));
        Assert.True(d.SetItem(new Key(9), PyNone.Instance));
        Assert.Null(PyIter.Next(it));
        C.AssertRaised(PyExc.RuntimeError, "dictionary changed size during iteration");

        var d2 = Dict(1, 2, 3);
        var it2 = PyIter.GetIter(d2)!;
        Assert.NotNull(PyIter.Next(it2));
        Assert.Equal(1, d2.DelItem(new Key(1)));
        Assert.True(d2.SetItem(new Key(4), PyNone.Instance));
        Assert.Equal([2L, 3], C.Values(PyList.Create([PyIter.Next(it2)!, PyIter.Next(it2)!])));
        Assert.Null(PyIter.Next(it2));
        C.AssertRaised(PyExc.RuntimeError, "dictionary keys changed during iteration");

        // Deleting a key not yet reached and adding one keeps the count: the new key is seen.
        var d3 = Dict(1, 2, 3);
        var it3 = PyIter.GetIter(d3)!;
        Assert.NotNull(PyIter.Next(it3));
        Assert.Equal(1, d3.DelItem(new Key(3)));
        Assert.True(d3.SetItem(new Key(4), PyNone.Instance));
        Assert.Equal([2L, 4], C.Values(it3));
    }

    [Fact]
    public void ViewsReprAndSetOperations()
    {
        C.Enter();
        var d = Dict(1, 2);
        var keys = C.Call(d, "keys")!;
        Assert.Equal("dict_keys([1, 2])", C.Repr(keys));
        Assert.Equal("dict_values([10, 20])", C.Repr(C.Call(d, "values")!));
        Assert.Equal("dict_items([(1, 10), (2, 20)])", C.Repr(C.Call(d, "items")!));
        var other = (PyObject)PyAnySet.NewSet(C.KeyList([2, 3]))!;
        Assert.Equal([1L, 2, 3], C.Values(PyNumber.Binary(keys, other, BinaryOp.Or)!));
        Assert.Equal([2L], C.Values(PyNumber.Binary(keys, other, BinaryOp.And)!));
        Assert.Equal([1L], C.Values(PyNumber.Binary(keys, other, BinaryOp.Subtract)!));
        Assert.Equal([1L, 3], C.Values(PyNumber.Binary(keys, other, BinaryOp.Xor)!));
        Assert.Equal(1, PyOps.RichCompareBool(keys, PyAnySet.NewSet(C.KeyList([2, 1]))!, CompareOp.Eq));
        Assert.Same(PyBool.False, C.Call(keys, "isdisjoint", C.KeyList([2])));
        Assert.Equal([2L, 1], C.Values(C.Call(keys, "__reversed__")!));
    }

    [Fact]
    public void UpdateFromPairsChecksEachElement()
    {
        C.Enter();
        var d = new PyDict();
        Assert.Null(C.Call(d, "update", PyList.Create([PyTuple.Create([new Key(1), new Key(2), new Key(3)])])));
        C.AssertRaised(PyExc.ValueError, "dictionary update sequence element #0 has length 3; 2 is required");
        Assert.Null(C.Call(d, "update", PyList.Create([new Key(1)])));
        C.AssertRaised(PyExc.TypeError, "cannot convert dictionary update sequence element #0 to a sequence");
        Assert.NotNull(C.Call(d, "update", PyList.Create([PyTuple.Create(new Key(1), new Key(2))])));
        Assert.Equal("{1: 2}", C.Repr(d));
    }

    [Fact]
    public void SelfContainingDictPrintsEllipsis()
    {
        C.Enter();
        var d = new PyDict();
        Assert.True(d.SetItem(new Key(1), d));
        Assert.Equal("{1: {...}}", C.Repr(d));
    }

    [Fact]
    public void OrMergesIntoACopy()
    {
        C.Enter();
        var a = Dict(1, 2);
        var b = Dict(2, 3);
        var r = PyNumber.Binary(a, b, BinaryOp.Or)!;
        Assert.Equal("{1: 10, 2: 20, 3: 30}", C.Repr(r));
        Assert.Equal(2, a.Count);
    }

    [Fact]
    public void RangeLengthItemsAndSlicesMatchCPython()
    {
        C.Enter();
        var lines = C.Oracle("""
for args in [(5,), (1, 10, 3), (10, 1, -3), (0,), (5, 5), (-7, 7, 2), (2**64, 2**64 + 10, 3), (-2**63, 2**63, 2**62)]:
    r = range(*args)
    print(len(r), " ".join(map(str, r[:6])), r[::-1], r[1:4:2], repr(r))
""");
        var cases = new[]
        {
            new[] { "5" }, ["1", "10", "3"], ["10", "1", "-3"], ["0"], ["5", "5"], ["-7", "7", "2"],
            ["18446744073709551616", "18446744073709551626", "3"], ["-9223372036854775808", "9223372036854775808", "4611686018427387904"],
        };
        for (int i = 0; i < cases.Length; i++)
        {
            var args = cases[i].Select(static a => (PyObject)PyInt.From(System.Numerics.BigInteger.Parse(a, CultureInfo.InvariantCulture))).ToArray();
            var r = (PyRange)PyCall.Call(PyRange.TypeObject, args, null)!;
            var head = (PyRange)PySequence.GetItem(r, new PySlice(PyNone.Instance, PyInt.From(6), PyNone.Instance))!;
            var items = string.Join(" ", PyIter.ToList(head)!.Select(static o => o.ToString()));
            var rev = PySequence.GetItem(r, new PySlice(PyNone.Instance, PyNone.Instance, PyInt.From(-1)))!;
            var mid = PySequence.GetItem(r, new PySlice(PyInt.From(1), PyInt.From(4), PyInt.From(2)))!;
            Assert.Equal(lines[i], $"{r.Length} {items} {C.Repr(rev)} {C.Repr(mid)} {C.Repr(r)}");
        }
    }

    [Fact]
    public void RangeErrorsHaveCPythonsMessages()
    {
        C.Enter();
        Assert.Null(PyCall.Call(PyRange.TypeObject, [PyInt.One, PyInt.From(2), PyInt.Zero], null));
        C.AssertRaised(PyExc.ValueError, "range() arg 3 must not be zero");
        var huge = PyCall.Call(PyRange.TypeObject, [PyInt.From(System.Numerics.BigInteger.Pow(2, 64))], null)!;
        Assert.Equal(-1, PySequence.Length(huge));
        C.AssertRaised(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
        Assert.Equal("longrange_iterator", PyIter.GetIter(huge)!.Type.Name);
        Assert.Null(PySequence.GetItem(PyRange.FromLongs(0, 10, 1), PyInt.From(20)));
        C.AssertRaised(PyExc.IndexError, "range object index out of range");
    }

    [Fact]
    public void ZipStrictReportsWhichArgumentDiffers()
    {
        C.Enter();
        var names = PyTuple.Create(new PyStr("strict"));
        var z = PyCall.Call(PyZip.TypeObject, [C.KeyList([1]), C.KeyList([1]), C.KeyList([1, 2]), PyBool.True], names)!;
        Assert.NotNull(PyIter.Next(z));
        Assert.Null(PyIter.Next(z));
        C.AssertRaised(PyExc.ValueError, "zip() argument 3 is longer than arguments 1-2");
        var z2 = PyCall.Call(PyZip.TypeObject, [C.KeyList([1, 2]), C.KeyList([1]), PyBool.True], names)!;
        Assert.NotNull(PyIter.Next(z2));
        Assert.Null(PyIter.Next(z2));
        C.AssertRaised(PyExc.ValueError, "zip() argument 2 is shorter than argument 1");
    }

    [Fact]
    public void ReversedUsesDunderReversedAndRefusesNonSequences()
    {
        C.Enter();
        var r = PyCall.Call(PyReversed.TypeObject, [C.KeyList([1, 2, 3])], null)!;
        Assert.Equal("list_reverseiterator", r.Type.Name);
        Assert.Equal([3L, 2, 1], C.Values(r));
        Assert.Null(PyCall.Call(PyReversed.TypeObject, [new PySet()], null));
        C.AssertRaised(PyExc.TypeError, "'set' object is not reversible");
        var e = PyCall.Call(PyEnumerate.TypeObject, [C.KeyList([7]), PyInt.From(5)], null)!;
        var pair = (PyTuple)PyIter.Next(e)!;
        Assert.Equal(5, ((PyInt)pair.Items[0]).Small);
    }
}
