using Ember.Bytecode;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Xunit;
using static Ember.Runtime.Tests.Types.T;

namespace Ember.Runtime.Tests.Types;

public sealed class SlotTests
{
    [Fact]
    public void BuiltinSlotsAppearAsSlotWrappers()
    {
        Enter();
        var init = PyType.ObjectType.Dict.GetItemStr("__init__")!;
        Assert.Equal("<slot wrapper '__init__' of 'object' objects>", Repr(init));
        Assert.Equal("<slot wrapper '__getattribute__' of 'object' objects>", Repr(PyType.ObjectType.Dict.GetItemStr("__getattribute__")!));
        Assert.Equal("<slot wrapper '__call__' of 'type' objects>", Repr(PyType.TypeType.Dict.GetItemStr("__call__")!));
        Assert.Equal("wrapper_descriptor", init.Type.Name);
        Assert.Equal("object.__init__", ((PyStr)Get(init, "__qualname__")).Value);
    }

    [Fact]
    public void ObjectDictHasCPythonsNames()
    {
        Enter();
        var names = new List<string>();
        int pos = 0;
        while (PyType.ObjectType.Dict.Next(ref pos, out var k, out _))
        {
            names.Add(((PyStr)k).Value);
        }

        names.Sort(StringComparer.Ordinal);
        Assert.Equal(
            "__class__,__delattr__,__dir__,__doc__,__eq__,__format__,__ge__,__getattribute__,__getstate__,__gt__,__hash__,__init__,__init_subclass__,__le__,__lt__,__ne__,__new__,__reduce__,__reduce_ex__,__repr__,__setattr__,__sizeof__,__str__,__subclasshook__",
            string.Join(",", names));
    }

    [Fact]
    public void TypeDictHasCPythonsNames()
    {
        Enter();
        var names = new List<string>();
        int pos = 0;
        while (PyType.TypeType.Dict.Next(ref pos, out var k, out _))
        {
            names.Add(((PyStr)k).Value);
        }

        names.Sort(StringComparer.Ordinal);
        Assert.Equal(
            "__abstractmethods__,__annotations__,__base__,__bases__,__basicsize__,__call__,__delattr__,__dict__,__dictoffset__,__dir__,__doc__,__flags__,__getattribute__,__init__,__instancecheck__,__itemsize__,__module__,__mro__,__name__,__new__,__or__,__prepare__,__qualname__,__repr__,__ror__,__setattr__,__sizeof__,__subclasscheck__,__subclasses__,__text_signature__,__weakrefoffset__,mro",
            string.Join(",", names));
    }

    [Fact]
    public void NewWrapperChecksItsArgument()
    {
        Enter();
        var newFn = Get(PyType.ObjectType, "__new__");
        Assert.StartsWith("<built-in method __new__ of type object at 0x", Repr(newFn));
        Fails(PyCall.Call(newFn, I(1)), "TypeError: object.__new__(X): X is not a type object (int)");
        Fails(PyCall.Call(newFn), "TypeError: object.__new__(): not enough arguments");
        var a = Class("A");
        Assert.Same(a, New(newFn, a).Type);
    }

    [Fact]
    public void WrapperArgumentChecks()
    {
        Enter();
        var init = PyType.ObjectType.Dict.GetItemStr("__repr__")!;
        Fails(PyCall.Call(init), "TypeError: descriptor '__repr__' of 'object' object needs an argument");
        var getattribute = PyType.ObjectType.Dict.GetItemStr("__getattribute__")!;
        Fails(PyCall.Call(getattribute, New(Class("A")), I(1)), "TypeError: attribute name must be string, not 'int'");
        Fails(PyCall.Call(getattribute, New(Class("A"))), "TypeError: expected 1 argument, got 0");
    }

    [Fact]
    public void BoundSlotWrapperIsAMethodWrapper()
    {
        Enter();
        var a = New(Class("A"));
        var m = Get(a, "__init__");
        Assert.StartsWith("<method-wrapper '__init__' of A object at 0x", Repr(m));
        Assert.Same(a, Get(m, "__self__"));
        Assert.Equal(1, PyOps.RichCompareBool(m, Get(a, "__init__"), CompareOp.Eq));
    }

    [Fact]
    public void ObjectEqualityAndInequality()
    {
        Enter();
        var eq = PyType.ObjectType.Dict.GetItemStr("__eq__")!;
        var ne = PyType.ObjectType.Dict.GetItemStr("__ne__")!;
        Assert.Same(PyBool.True, PyCall.Call(eq, I(1), I(1)));
        var neverEqual = Class("N", null, ("__eq__", F("__eq__", _ => PyBool.False)));
        Assert.Same(PyBool.True, PyCall.Call(ne, New(neverEqual), I(2)));
        var a = New(Class("A"));
        Assert.Same(PyNotImplemented.Instance, PyCall.Call(Get(a, "__ne__"), I(1)));
        Assert.Same(PyNotImplemented.Instance, PyCall.Call(PyType.ObjectType.Dict.GetItemStr("__lt__")!, a, I(1)));
        Fails(PyOps.RichCompare(a, New(Class("B")), CompareOp.Lt), "TypeError: '<' not supported between instances of 'A' and 'B'");
    }

    [Fact]
    public void HashIsIdentityDerivedAndReprShowsTheId()
    {
        Enter();
        var a = New(Class("A"));
        var b = New(Class("A"));
        Assert.Equal(PyOps.Hash(a), PyOps.Hash(a));
        Assert.NotEqual(PyOps.Hash(a), PyOps.Hash(b));
        Assert.Equal($"<__main__.A object at 0x{PyBaseObject.Id(a):x}>", Repr(a));
    }

    [Fact]
    public void ReflectedOperandOfASubclassGoesFirst()
    {
        Enter();
        var log = new List<string>();
        var a = Class("A", null,
            ("__add__", F("__add__", args => { log.Add("A.add"); return S("A.add"); })),
            ("__radd__", F("__radd__", args => { log.Add("A.radd"); return S("A.radd"); })));
        var b = Class("B", [a],
            ("__radd__", F("__radd__", args => { log.Add("B.radd"); return S("B.radd"); })));
        var r = PyNumber.Add(New(a), New(b));
        Assert.Equal("B.radd", ((PyStr)r!).Value);
        r = PyNumber.Add(New(a), New(a));
        Assert.Equal("A.add", ((PyStr)r!).Value);
    }

    [Fact]
    public void NotImplementedFromAddFallsBackToTheOthersRadd()
    {
        Enter();
        var a = Class("A", null, ("__add__", F("__add__", _ => PyNotImplemented.Instance)));
        var c = Class("C", null, ("__radd__", F("__radd__", args => PyTuple.Create(args[0], args[1]))));
        var x = New(a);
        var y = New(c);
        var r = (PyTuple)PyNumber.Add(x, y)!;
        Assert.Same(y, r[0]);
        Assert.Same(x, r[1]);
        Fails(PyNumber.Add(x, x), "TypeError: unsupported operand type(s) for +: 'A' and 'A'");
    }

    [Fact]
    public void PythonDundersFillSlots()
    {
        Enter();
        var cls = Class("C", null,
            ("__len__", F("__len__", _ => I(3))),
            ("__bool__", F("__bool__", _ => I(1))),
            ("__hash__", F("__hash__", _ => I(-1))),
            ("__getitem__", F("__getitem__", args => args[1])),
            ("__contains__", F("__contains__", _ => PyBool.True)),
            ("__call__", F("__call__", args => I(args.Length))),
            ("__neg__", F("__neg__", _ => S("neg"))));
        var c = New(cls);
        Assert.Equal(3, cls.Length!(c));
        Fails(PyOps.IsTrue(c), "TypeError: __bool__ should return bool, returned int");
        Assert.Equal(-2, PyOps.Hash(c));
        Assert.Same(I(9), cls.GetItem!(c, I(9)));
        Assert.Equal(1, cls.Contains!(c, I(0)));
        Assert.Equal(3, ((PyInt)PyCall.Call(c, I(1), I(2))!).Small);
        Assert.Equal("neg", ((PyStr)PyNumber.Negative(c)!).Value);
    }

    [Fact]
    public void LenMustBeNonNegative()
    {
        Enter();
        var cls = Class("C", null, ("__len__", F("__len__", _ => I(-1))));
        Fails(cls.Length!(New(cls)), "ValueError: __len__() should return >= 0");
        var s = Class("S", null, ("__len__", F("__len__", _ => S("x"))));
        Fails(s.Length!(New(s)), "TypeError: 'str' object cannot be interpreted as an integer");
    }

    [Fact]
    public void HashNoneIsUnhashableAndContainsNoneIsNotAContainer()
    {
        Enter();
        var cls = Class("C", null, ("__hash__", PyNone.Instance), ("__contains__", PyNone.Instance));
        var c = New(cls);
        Fails(PyOps.Hash(c), "TypeError: unhashable type: 'C'");
        Fails(cls.Contains!(c, I(1)), "TypeError: 'C' object is not a container");
    }

    [Fact]
    public void InheritedBuiltinWrapperGivesTheBuiltinSlotItself()
    {
        Enter();
        var cls = Class("A");
        Assert.Same(PyType.ObjectType.Repr, cls.Repr);
        Assert.Same(PyType.ObjectType.GetAttr, cls.GetAttr);
        var sub = Class("M", [PyType.TypeType]);
        Assert.Same(PyType.TypeType.GetAttr, sub.GetAttr);
        Assert.Same(PyType.TypeType.Call, sub.Call);
    }

    [Fact]
    public void GetattributeOverrideIsUsed()
    {
        Enter();
        var cls = Class("C",
            null,
            ("__getattribute__", F("__getattribute__", args => Errors.PyErr.AttributeError("no"))),
            ("__getattr__", F("__getattr__", args => S("fallback"))));
        Assert.Equal("fallback", ((PyStr)Get(New(cls), "anything")).Value);
    }

    [Fact]
    public void SetattrOverrideIsUsed()
    {
        Enter();
        var seen = new List<string>();
        var cls = Class("C", null,
            ("__setattr__", F("__setattr__", args => { seen.Add("set " + ((PyStr)args[1]).Value); return PyNone.Instance; })),
            ("__delattr__", F("__delattr__", args => { seen.Add("del " + ((PyStr)args[1]).Value); return PyNone.Instance; })));
        var c = New(cls);
        Set(c, "x", I(1));
        Assert.True(PyOps.SetAttr(c, S("y"), null));
        Assert.Equal(["set x", "del y"], seen);
        Assert.Equal(0, PyAttr.TryGetAttr(c, S("x"), out _));
    }

    [Fact]
    public void DescriptorDundersMakeDataDescriptors()
    {
        Enter();
        var descr = Class("D", null,
            ("__get__", F("__get__", args => PyTuple.Create(args[1], args[2]))),
            ("__set__", F("__set__", _ => PyNone.Instance)));
        var d = New(descr);
        var owner = Class("O", null, ("x", d));
        var o = New(owner);
        var got = (PyTuple)Get(o, "x");
        Assert.Same(o, got[0]);
        Assert.Same(owner, got[1]);
        var onClass = (PyTuple)Get(owner, "x");
        Assert.Same(PyNone.Instance, onClass[0]);
    }

    [Fact]
    public void IterNextOfAPythonIterator()
    {
        Enter();
        int n = 0;
        var cls = Class("It", null,
            ("__iter__", F("__iter__", args => args[0])),
            ("__next__", F("__next__", _ => n < 3 ? I(n++) : Errors.PyErr.StopIteration(null))));
        var it = PyIter.GetIter(New(cls))!;
        var items = PyIter.ToList(it)!;
        Assert.Equal(3, items.Count);
    }
}
