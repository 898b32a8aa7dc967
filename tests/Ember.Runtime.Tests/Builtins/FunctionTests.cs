using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Xunit;
using static Ember.Runtime.Tests.Builtins.BuiltinsHost;

namespace Ember.Runtime.Tests.Builtins;

public sealed class FunctionTests
{
    [Theory]
    [InlineData("len", "len() takes exactly one argument (0 given)")]
    [InlineData("repr", "repr() takes exactly one argument (0 given)")]
    [InlineData("min", "min expected at least 1 argument, got 0")]
    [InlineData("iter", "iter expected at least 1 argument, got 0")]
    [InlineData("next", "next expected at least 1 argument, got 0")]
    [InlineData("sorted", "sorted expected 1 argument, got 0")]
    [InlineData("sum", "sum() takes at least 1 positional argument (0 given)")]
    [InlineData("round", "round() missing required argument 'number' (pos 1)")]
    [InlineData("format", "format expected at least 1 argument, got 0")]
    [InlineData("all", "all() takes exactly one argument (0 given)")]
    [InlineData("callable", "callable() takes exactly one argument (0 given)")]
    [InlineData("id", "id() takes exactly one argument (0 given)")]
    public void CalledWithoutArgumentsGivesCPythonsMessage(string name, string message)
    {
        var h = new BuiltinsHost();
        Assert.Null(h.Call(name, []));
        h.AssertRaised(PyExc.TypeError, message);
    }

    [Fact]
    public void IsinstanceChecksTuplesAndRefusesNonTypes()
    {
        var h = new BuiltinsHost();
        Assert.Same(PyBool.True, h.Call("isinstance", [PyBool.True, PyInt.TypeObject]));
        Assert.Same(PyBool.True, h.Call("isinstance", [PyNone.Instance, new PyTuple([PyStr.TypeObject, PyNone.TypeObject])]));
        Assert.Same(PyBool.False, h.Call("isinstance", [PyNone.Instance, PyInt.TypeObject]));
        Assert.Null(h.Call("isinstance", [PyNone.Instance, I(3)]));
        h.AssertRaised(PyExc.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        Assert.Null(h.Call("issubclass", [I(1), PyInt.TypeObject]));
        h.AssertRaised(PyExc.TypeError, "issubclass() arg 1 must be a class");
        Assert.Same(PyBool.True, h.Call("issubclass", [PyExc.KeyError, PyExc.LookupError]));
    }

    [Fact]
    public void ChrAndOrdRoundTripAstralCodePoints()
    {
        var h = new BuiltinsHost();
        var s = (PyStr)h.Call("chr", [I(0x1F600)])!;
        Assert.Equal(1, s.Length);
        Assert.Equal(0x1F600, ((PyInt)h.Call("ord", [s])!).Small);
        Assert.Null(h.Call("chr", [I(0x110000)]));
        h.AssertRaised(PyExc.ValueError, "chr() arg not in range(0x110000)");
        Assert.Null(h.Call("ord", [S("ab")]));
        h.AssertRaised(PyExc.TypeError, "ord() expected a character, but string of length 2 found");
        Assert.Null(h.Call("ord", [I(1)]));
        h.AssertRaised(PyExc.TypeError, "ord() expected string of length 1, but int found");
    }

    [Fact]
    public void BinOctHexUseThePrefixAfterTheSign()
    {
        var h = new BuiltinsHost();
        Assert.Equal("0b101", AsText(h.Call("bin", [I(5)])!));
        Assert.Equal("-0o10", AsText(h.Call("oct", [I(-8)])!));
        Assert.Equal("0xff", AsText(h.Call("hex", [I(255)])!));
    }

    [Fact]
    public void AsciiEscapesNonAsciiOfTheRepr()
    {
        var h = new BuiltinsHost();
        var module = new PyModule("\u00e9\U0001F600");
        Assert.Equal("<module '\\xe9\\U0001f600'>", AsText(h.Call("ascii", [module])!));
    }

    [Fact]
    public void SumRefusesStringStartsWithItsAdvice()
    {
        var h = new BuiltinsHost();
        Assert.Null(h.Call("sum", [new PyList()], ("start", S(""))));
        h.AssertRaised(PyExc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    }

    [Fact]
    public void SumAddsSmallIntsAndFloats()
    {
        var h = new BuiltinsHost();
        Assert.Equal(6, ((PyInt)h.Call("sum", [PyList.Create([I(1), I(2), I(3)])])!).Small);
        Assert.Equal(10, ((PyInt)h.Call("sum", [PyList.Create([I(1), I(2)]), I(7)])!).Small);
        var f = (PyFloat)h.Call("sum", [PyList.Create([new PyFloat(0.5), I(2)])])!;
        Assert.Equal(2.5, f.Value);
    }

    [Fact]
    public void MinMaxWithDefaultsAndEmptyInput()
    {
        var h = new BuiltinsHost();
        Assert.Same(PyNone.Instance, h.Call("max", [new PyList()], ("default", PyNone.Instance)));
        Assert.Null(h.Call("max", [new PyList()]));
        h.AssertRaised(PyExc.ValueError, "max() arg is an empty sequence");
        Assert.Null(h.Call("max", [I(1), I(2)], ("default", I(3))));
        h.AssertRaised(PyExc.TypeError, "Cannot specify a default for max() with multiple positional arguments");
        Assert.Null(h.Call("min", [new PyList()], ("x", I(1))));
        h.AssertRaised(PyExc.TypeError, "'x' is an invalid keyword argument for min()");
    }

    [Fact]
    public void NextRaisesStopIterationOrGivesTheDefault()
    {
        var h = new BuiltinsHost();
        var f = new PyBuiltinFunction("f", static (args, kw) => PyNone.Instance);
        var it = h.Call("iter", [f, PyNone.Instance])!;
        Assert.Same(PyNone.Instance, h.Call("next", [it, PyNone.Instance]));
        Assert.Null(h.Call("next", [it]));
        Assert.Same(PyExc.StopIteration, PyErr.Fetch()!.Type);
        Assert.Null(h.Call("next", [I(1)]));
        h.AssertRaised(PyExc.TypeError, "'int' object is not an iterator");
    }

    [Fact]
    public void IterWithSentinelStopsAtTheSentinel()
    {
        var h = new BuiltinsHost();
        var items = PyList.Create([PyBool.True, PyBool.True, PyNone.Instance, PyBool.True]);
        int index = 0;
        var f = new PyBuiltinFunction("f", (args, kw) => items[index++]);
        var it = h.Call("iter", [f, PyNone.Instance])!;
        var list = Protocols.PyIter.ToList(it)!;
        Assert.Equal(2, list.Count);
        Assert.Null(h.Call("iter", [I(1), I(2)]));
        h.AssertRaised(PyExc.TypeError, "iter(v, w): v must be callable");
    }

    [Fact]
    public void AllAndAnyStopAtTheFirstDecidingItem()
    {
        var h = new BuiltinsHost();
        Assert.Same(PyBool.True, h.Call("all", [new PyList()]));
        Assert.Same(PyBool.False, h.Call("any", [new PyList()]));
        Assert.Same(PyBool.False, h.Call("all", [PyList.Create([PyBool.True, PyNone.Instance])]));
        Assert.Same(PyBool.True, h.Call("any", [PyList.Create([PyNone.Instance, PyBool.True])]));
    }

    [Fact]
    public void IdIsStableAndDistinctForLiveObjects()
    {
        var h = new BuiltinsHost();
        var a = new PyModule("a");
        var b = new PyModule("b");
        long ia = ((PyInt)h.Call("id", [a])!).Small;
        Assert.Equal(ia, ((PyInt)h.Call("id", [a])!).Small);
        Assert.NotEqual(ia, ((PyInt)h.Call("id", [b])!).Small);
    }

    [Fact]
    public void GetattrDefaultReplacesOnlyAttributeError()
    {
        var h = new BuiltinsHost();
        var m = new PyModule("m");
        Assert.Same(PyNone.Instance, h.Call("getattr", [m, S("nope"), PyNone.Instance]));
        Assert.Same(PyBool.False, h.Call("hasattr", [m, S("nope")]));
        Assert.Null(h.Call("getattr", [m, I(1)]));
        h.AssertRaised(PyExc.TypeError, "attribute name must be string, not 'int'");
        Assert.Same(PyNone.Instance, h.Call("setattr", [m, S("v"), PyBool.True]));
        Assert.Same(PyBool.True, h.Call("getattr", [m, S("v")]));
    }

    [Fact]
    public void OpenOfAMissingFileRaisesFileNotFoundErrorWithErrnoAndName()
    {
        var h = new BuiltinsHost();
        Assert.Null(h.Call("open", [S("/nonexistent-dir-for-ember-tests/f")]));
        var e = Assert.IsType<PyOSError>(PyErr.Fetch());
        Assert.Same(PyExc.FileNotFoundError, e.Type);
        Assert.Equal(2, ((PyInt)e.Errno!).Small);
        Assert.Equal("/nonexistent-dir-for-ember-tests/f", ((PyStr)e.Filename!).Value);
    }
}
