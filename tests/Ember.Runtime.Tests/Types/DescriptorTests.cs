using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Xunit;
using static Ember.Runtime.Tests.Types.T;

namespace Ember.Runtime.Tests.Types;

public sealed class DescriptorTests
{
    [Fact]
    public void PropertyMessagesNameThePropertyAfterSetName()
    {
        Enter();
        var cls = Class("P", null, ("x", new PyProperty(F("x", _ => I(1)))), ("q", PyCall.Call(PyProperty.TypeObject)!));
        var p = New(cls);
        Assert.Same(I(1), Get(p, "x"));
        Fails(PyOps.SetAttr(p, S("x"), I(2)), "AttributeError: property 'x' of 'P' object has no setter");
        Fails(PyOps.SetAttr(p, S("x"), null), "AttributeError: property 'x' of 'P' object has no deleter");
        Fails(PyOps.GetAttr(p, S("q")), "AttributeError: property 'q' of 'P' object has no getter");
    }

    [Fact]
    public void PropertySetterCopiesKeepTheGetter()
    {
        Enter();
        PyObject? stored = null;
        var prop = new PyProperty(F("v", _ => stored ?? PyNone.Instance));
        var withSetter = PyCall.Call(Get(prop, "setter"), F("v", args => { stored = args[1]; return PyNone.Instance; }))!;
        var cls = Class("P", null, ("v", withSetter));
        var p = New(cls);
        Set(p, "v", I(9));
        Assert.Same(I(9), Get(p, "v"));
        Assert.NotSame(prop, withSetter);
    }

    [Fact]
    public void StaticMethodIsCallableAndUnbound()
    {
        Enter();
        var f = F("f", args => I(args.Length));
        var sm = new PyStaticMethod(f);
        var cls = Class("S", null, ("f", sm));
        Assert.Same(f, Get(cls, "f"));
        Assert.Same(f, Get(New(cls), "f"));
        Assert.Equal(2, ((PyInt)PyCall.Call(sm, I(1), I(2))!).Small);
        Assert.Same(f, Get(sm, "__func__"));
        Assert.Same(f, Get(sm, "__wrapped__"));
        Assert.Same(PyBool.False, Get(sm, "__isabstractmethod__"));
    }

    [Fact]
    public void ClassMethodArgumentCheck()
    {
        Enter();
        Fails(PyCall.Call(PyClassMethod.TypeObject), "TypeError: classmethod expected 1 argument, got 0");
    }

    [Fact]
    public void SuperSkipsTheGivenClass()
    {
        Enter();
        var a = Class("A", null, ("who", F("who", _ => S("A"))));
        var b = Class("B", [a], ("who", F("who", _ => S("B"))));
        var obj = New(b);
        var sup = PySuper.Create(b, obj)!;
        Assert.Equal("A", ((PyStr)PyCall.Call(Get(sup, "who"))!).Value);
        Assert.Equal("<super: <class 'B'>, <B object>>", Repr(sup));
        Assert.Same(b, Get(sup, "__thisclass__"));
        Assert.Same(obj, Get(sup, "__self__"));
        Assert.Null(PySuper.Create(b, I(1)));
        Assert.Equal("TypeError: super(type, obj): obj must be an instance or subtype of type", ErrorText());
        Fails(PyCall.Call(PySuper.TypeObject, I(1), I(1)), "TypeError: super() argument 1 must be a type, not int");
        Assert.Equal("<super: <class 'B'>, NULL>", Repr(PyCall.Call(PySuper.TypeObject, b)!));
    }

    [Fact]
    public void MappingProxyIsReadOnly()
    {
        Enter();
        var proxy = Get(Class("A"), "__dict__");
        Assert.Equal("mappingproxy", proxy.Type.Name);
        Assert.Null(proxy.Type.SetItem);
        Assert.Equal(1, proxy.Type.Contains!(proxy, S("__module__")));
    }

    [Fact]
    public void UnionsFlattenDeduplicateAndCompareUnordered()
    {
        Enter();
        var ab = PyNumber.Binary(PyInt.TypeObject, PyStr.TypeObject, Bytecode.BinaryOp.Or)!;
        Assert.Equal("int | str", Repr(ab));
        var ba = PyNumber.Binary(PyStr.TypeObject, PyInt.TypeObject, Bytecode.BinaryOp.Or)!;
        Assert.Equal(1, PyOps.RichCompareBool(ab, ba, Bytecode.CompareOp.Eq));
        Assert.Equal(PyOps.Hash(ab), PyOps.Hash(ba));
        var same = PyNumber.Binary(PyInt.TypeObject, PyInt.TypeObject, Bytecode.BinaryOp.Or)!;
        Assert.Same(PyInt.TypeObject, same);
        var withNone = PyNumber.Binary(PyInt.TypeObject, PyNone.Instance, Bytecode.BinaryOp.Or)!;
        Assert.Equal("int | None", Repr(withNone));
        Fails(PyNumber.Binary(PyInt.TypeObject, I(1), Bytecode.BinaryOp.Or), "TypeError: unsupported operand type(s) for |: 'type' and 'int'");
        Assert.Equal("types", ((PyUnionType)ab).Type.ModuleName);
    }
}
