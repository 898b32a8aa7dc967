using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Xunit;
using static Ember.Runtime.Tests.Types.T;

namespace Ember.Runtime.Tests.Types;

public sealed class TypeCheckTests
{
    [Fact]
    public void MroAndTuplesAndUnions()
    {
        Enter();
        var a = Class("A");
        var b = Class("B", [a]);
        var c = Class("C");
        var obj = New(b);
        Assert.Equal(1, PyTypeCheck.IsInstance(obj, a));
        Assert.Equal(0, PyTypeCheck.IsInstance(obj, c));
        Assert.Equal(1, PyTypeCheck.IsInstance(obj, new PyTuple([c, new PyTuple([a])])));
        Assert.Equal(0, PyTypeCheck.IsInstance(obj, PyTuple.Empty));
        var union = PyNumber.Binary(c, a, Bytecode.BinaryOp.Or)!;
        Assert.Equal(1, PyTypeCheck.IsInstance(obj, union));
        Assert.Equal(1, PyTypeCheck.IsSubclass(b, union));
        Assert.Equal(1, PyTypeCheck.IsSubclass(b, a));
        Assert.Equal(0, PyTypeCheck.IsSubclass(a, b));
    }

    [Fact]
    public void BadArgumentsGiveCPythonsMessages()
    {
        Enter();
        var a = Class("A");
        Fails(PyTypeCheck.IsInstance(New(a), I(1)), "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
        Fails(PyTypeCheck.IsSubclass(I(1), a), "TypeError: issubclass() arg 1 must be a class");
        Fails(PyTypeCheck.IsSubclass(a, I(1)), "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    [Fact]
    public void MetaclassHooksAreConsulted()
    {
        Enter();
        var meta = Class("Meta", [PyType.TypeType],
            ("__instancecheck__", F("__instancecheck__", args => PyBool.From(ReferenceEquals(args[1], PyNone.Instance)))),
            ("__subclasscheck__", F("__subclasscheck__", args => PyBool.From(ReferenceEquals(args[1], PyStr.TypeObject)))));
        var magic = PyCall.Call(meta, [S("Magic"), PyTuple.Empty, new PyDict()], null)!;
        Assert.Equal(1, PyTypeCheck.IsInstance(PyNone.Instance, magic));
        Assert.Equal(0, PyTypeCheck.IsInstance(I(1), magic));
        Assert.Equal(1, PyTypeCheck.IsSubclass(PyStr.TypeObject, magic));
        Assert.Equal(0, PyTypeCheck.IsSubclass(PyInt.TypeObject, magic));
    }

    [Fact]
    public void DeeplyNestedTuplesRaiseRecursionError()
    {
        var ts = Enter();
        PyObject t = PyType.ObjectType;
        for (int i = 0; i < 50_000; i++)
        {
            t = new PyTuple([t]);
        }

        Assert.Equal(-1, PyTypeCheck.IsInstance(I(1), new PyTuple([Class("A"), t])));
        Assert.StartsWith("RecursionError: maximum recursion depth exceeded", ErrorText());
        Assert.Equal(0, ts.RecursionDepth);
    }
}
