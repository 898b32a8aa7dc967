using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Xunit;
using static Ember.Runtime.Tests.Types.T;

namespace Ember.Runtime.Tests.Types;

public sealed class AttributeTests
{
    [Fact]
    public void MissingInstanceAttributeNamesTheClass()
    {
        Enter();
        var a = New(Class("A"));
        Fails(PyOps.GetAttr(a, S("x")), "AttributeError: 'A' object has no attribute 'x'");
    }

    [Fact]
    public void InstanceAttributeShadowsClassAttribute()
    {
        Enter();
        var cls = Class("A", null, ("x", I(1)));
        var a = New(cls);
        Assert.Same(I(1), Get(a, "x"));
        Set(a, "x", I(2));
        Assert.Equal(2, ((PyInt)Get(a, "x")).Small);
        Assert.Equal(1, ((PyInt)Get(cls, "x")).Small);
    }

    [Fact]
    public void DataDescriptorOnTheClassWinsOverTheInstanceDict()
    {
        Enter();
        var prop = new PyProperty(F("get", _ => S("from property")));
        var cls = Class("A", null, ("x", prop));
        var a = (PyInstance)New(cls);
        a.GetDict().SetItemStr("x", S("from dict"));
        Assert.Equal("from property", ((PyStr)Get(a, "x")).Value);
    }

    [Fact]
    public void InstanceDictWinsOverNonDataDescriptor()
    {
        Enter();
        var method = F("m", _ => S("method"));
        var cls = Class("A", null, ("m", method));
        var a = New(cls);
        Set(a, "m", S("shadow"));
        Assert.Equal("shadow", ((PyStr)Get(a, "m")).Value);
    }

    [Fact]
    public void SettingAttributesOnBuiltinsGivesCPythonsMessages()
    {
        Enter();
        Fails(PyOps.SetAttr(I(1), S("x"), I(2)), "AttributeError: 'int' object has no attribute 'x'");
        Fails(PyOps.SetAttr(PyType.ObjectType, S("x"), I(2)), "TypeError: cannot set 'x' attribute of immutable type 'object'");
        var o = New(PyType.ObjectType);
        Fails(PyOps.SetAttr(o, S("x"), I(2)), "AttributeError: 'object' object has no attribute 'x'");
        Fails(PyOps.GetAttr(o, S("__dict__")), "AttributeError: 'object' object has no attribute '__dict__'");
    }

    [Fact]
    public void DeletingAMissingAttributeRaises()
    {
        Enter();
        var a = New(Class("A"));
        Fails(PyOps.SetAttr(a, S("x"), null), "AttributeError: 'A' object has no attribute 'x'");
        var cls = Class("B");
        Fails(PyOps.SetAttr(cls, S("x"), null), "AttributeError: type object 'B' has no attribute 'x'");
    }

    [Fact]
    public void TryGetAttrReportsMissingWithoutAnException()
    {
        Enter();
        var a = New(Class("A"));
        Assert.Equal(0, PyAttr.TryGetAttr(a, S("nope"), out var v));
        Assert.Null(v);
        Assert.Equal("", ErrorText());
        Assert.Equal(0, PyAttr.TryGetAttr(PyType.ObjectType, S("nope"), out _));
        Assert.Equal("", ErrorText());
    }

    [Fact]
    public void GetAttrHookIsCalledOnlyWhenTheNormalLookupMisses()
    {
        Enter();
        int calls = 0;
        var cls = Class("A", null, ("y", I(5)), ("__getattr__", F("__getattr__", args =>
        {
            calls++;
            return new PyStr("hooked " + ((PyStr)args[1]).Value);
        })));
        var a = New(cls);
        Assert.Equal(5, ((PyInt)Get(a, "y")).Small);
        Assert.Equal(0, calls);
        Assert.Equal("hooked zz", ((PyStr)Get(a, "zz")).Value);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void GetMethodReturnsTheUnboundFunctionWhenNotShadowed()
    {
        Enter();
        var f = F("m", _ => PyNone.Instance);
        var cls = Class("A", null, ("m", f));
        var a = New(cls);
        Assert.True(PyAttr.GetMethod(a, S("m"), out var method));
        Assert.Same(f, method);
        Set(a, "m", I(3));
        Assert.False(PyAttr.GetMethod(a, S("m"), out method));
        Assert.Same(I(3), method);
    }

    [Fact]
    public void GetMethodOnBuiltinMethodDescriptorsSkipsBinding()
    {
        Enter();
        var cls = Class("A");
        var a = New(cls);
        Assert.True(PyAttr.GetMethod(a, S("__reduce_ex__"), out var method));
        Assert.IsType<PyMethodDescriptor>(method);
    }

    [Fact]
    public void ClassAttributeLookupBindsDescriptorsToNoInstance()
    {
        Enter();
        var cls = Class("A", null, ("c", new PyClassMethod(F("c", args => args[0]))));
        var bound = Get(cls, "c");
        var r = PyCall.Call(bound);
        Assert.Same(cls, r);
        var viaInstance = PyCall.Call(Get(New(cls), "c"));
        Assert.Same(cls, viaInstance);
    }

    [Fact]
    public void SetAttrDunderOnClassUpdatesTheSlot()
    {
        Enter();
        var cls = Class("A");
        var a = New(cls);
        Assert.StartsWith("<__main__.A object at 0x", Repr(a));
        Set(cls, "__repr__", F("__repr__", _ => S("custom")));
        Assert.Equal("custom", Repr(a));
        Assert.True(PyOps.SetAttr(cls, S("__repr__"), null));
        Assert.StartsWith("<__main__.A object at 0x", Repr(a));
    }

    [Fact]
    public void ChangingABaseUpdatesSubclassSlotsAndVersions()
    {
        Enter();
        var baseCls = Class("B");
        var sub = Class("C", [baseCls]);
        int v = sub.VersionTag;
        Set(baseCls, "__len__", F("__len__", _ => I(7)));
        Assert.NotEqual(v, sub.VersionTag);
        Assert.Equal(7, sub.Length!(New(sub)));
    }

    [Fact]
    public void LookupCacheSeesChangesInBasesAndMetaclassDescriptors()
    {
        Enter();
        var a = Class("A", null, ("x", I(1)));
        var b = Class("B", [a]);
        Assert.Same(I(1), b.Lookup(S("x")));
        Assert.Null(b.Lookup(S("y")));
        Set(a, "x", I(2));
        Set(a, "y", I(3));
        Assert.Same(I(2), b.Lookup(S("x")));
        Assert.Same(I(3), b.Lookup(S("y")));
        Set(b, "x", I(4));
        Assert.Same(I(4), b.Lookup(S("x")));
        Assert.True(PyOps.SetAttr(b, S("x"), null));
        Assert.Same(I(2), b.Lookup(S("x")));
        var c = Class("C");
        Set(b, "__bases__", new PyTuple([c]));
        Assert.Null(b.Lookup(S("y")));
    }

    [Fact]
    public void SubclassOfABuiltinGetsADictOnFirstStore()
    {
        Enter();
        var cls = Class("L", [PyList.TypeObject]);
        var l = New(cls);
        Assert.IsAssignableFrom<IInstanceDict>(l);
        Set(l, "x", S("attr"));
        Assert.Equal("attr", ((PyStr)Get(l, "x")).Value);
        Fails(PyOps.SetAttr(New(cls), S("y"), null), "AttributeError: 'L' object has no attribute 'y'");
    }
}
