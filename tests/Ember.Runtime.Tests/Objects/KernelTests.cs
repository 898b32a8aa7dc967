using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Xunit;

namespace Ember.Runtime.Tests.Objects;

public sealed class KernelTests
{
    private static PyThreadState Enter()
    {
        var ts = new PyThreadState(new PyInterpreterState());
        ts.Enter();
        return ts;
    }

    [Fact]
    public void DictKeepsInsertionOrderThroughDeletesAndResizes()
    {
        Enter();
        var d = new PyDict();
        for (int i = 0; i < 1000; i++)
        {
            d.SetItemStr("k" + i, PyInt.From(i));
        }

        for (int i = 0; i < 1000; i += 2)
        {
            Assert.Equal(1, d.DelItem(new PyStr("k" + i)));
        }

        Assert.Equal(500, d.Count);
        int pos = 0, expected = 1;
        while (d.Next(ref pos, out var key, out var value))
        {
            Assert.Equal("k" + expected, ((PyStr)key).Value);
            Assert.Equal(expected, ((PyInt)value).Small);
            expected += 2;
        }

        Assert.Equal(1001, expected);
        Assert.Null(d.GetItemStr("k0"));
        Assert.Equal(999, ((PyInt)d.GetItemStr("k999")!).Small);
    }

    [Fact]
    public void DictVersionChangesOnEveryMutation()
    {
        Enter();
        var d = new PyDict();
        uint v0 = d.Version;
        d.SetItemStr("a", PyNone.Instance);
        uint v1 = d.Version;
        d.SetItemStr("a", PyBool.True);
        uint v2 = d.Version;
        d.DelItem(new PyStr("a"));
        Assert.True(v0 != v1 && v1 != v2 && v2 != d.Version);
    }

    [Fact]
    public void RaisingSetsThePendingExceptionWithItsMessage()
    {
        var ts = Enter();
        Assert.Null(PyErr.TypeError("bad"));
        var exc = Assert.IsType<PyBaseException>(ts.CurrentException);
        Assert.Same(PyExc.TypeError, exc.Type);
        Assert.Equal("bad", ((PyStr)exc.Args[0]).Value);
        Assert.True(PyErr.Clear(PyExc.Exception));
        Assert.False(ts.HasException);
    }

    [Fact]
    public void ExceptionRaisedWhileHandlingAnotherGetsItAsContext()
    {
        var ts = Enter();
        PyErr.ValueError("first");
        ts.HandledException = PyErr.Fetch();
        PyErr.KeyError(new PyStr("k"));
        var exc = ts.CurrentException!;
        Assert.Same(ts.HandledException, exc.Context);
    }

    [Fact]
    public void ExceptionGroupHasTwoBasesInCPythonsOrder()
    {
        Assert.Equal(
            ["ExceptionGroup", "BaseExceptionGroup", "Exception", "BaseException", "object"],
            PyExc.ExceptionGroup.Mro.Select(t => t.Name).ToArray());
        Assert.True(PyExc.FileNotFoundError.IsSubtypeOf(PyExc.OSError));
    }

    [Fact]
    public void UnhashableKeyFailsWithCPythonsMessage()
    {
        var ts = Enter();
        var d = new PyDict();
        Assert.False(d.SetItem(new PyList(), PyNone.Instance));
        Assert.Equal("unhashable type: 'list'", ((PyStr)ts.CurrentException!.Args[0]).Value);
    }

    [Fact]
    public void SmallIntsAreShared()
    {
        Assert.Same(PyInt.From(256), PyInt.From(256));
        Assert.Same(PyInt.From(-5), PyInt.From(-5L));
        Assert.NotSame(PyInt.From(257), PyInt.From(257));
        Assert.False(PyInt.From(System.Numerics.BigInteger.Pow(2, 70)).IsSmall);
        Assert.True(PyInt.From(System.Numerics.BigInteger.Pow(2, 40)).IsSmall);
    }
}
