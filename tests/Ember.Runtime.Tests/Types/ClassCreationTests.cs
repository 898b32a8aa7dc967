using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Xunit;
using static Ember.Runtime.Tests.Types.T;

namespace Ember.Runtime.Tests.Types;

public sealed class ClassCreationTests
{
    private static string Keys(PyType t)
    {
        var names = new List<string>();
        int pos = 0;
        while (t.Dict.Next(ref pos, out var k, out _))
        {
            names.Add(((PyStr)k).Value);
        }

        return string.Join(",", names);
    }

    [Fact]
    public void ClassDictGetsDictWeakrefAndDocInCPythonsOrder()
    {
        Enter();
        Assert.Equal("__module__,__dict__,__weakref__,__doc__", Keys(Class("X")));
    }

    [Fact]
    public void EqWithoutHashMakesTheClassUnhashable()
    {
        Enter();
        var cls = Class("E", null, ("__eq__", F("__eq__", _ => PyBool.True)));
        Assert.Equal("__module__,__eq__,__dict__,__weakref__,__doc__,__hash__", Keys(cls));
        Assert.Same(PyNone.Instance, cls.Dict.GetItemStr("__hash__"));
        Fails(PyOps.Hash(New(cls)), "TypeError: unhashable type: 'E'");
    }

    [Fact]
    public void SlotsGiveMemberDescriptorsAndNoDict()
    {
        Enter();
        var cls = Class("D", null, ("__slots__", new PyTuple([S("x")])));
        Assert.Equal("__module__,__slots__,x,__doc__", Keys(cls));
        Assert.Equal("<member 'x' of 'D' objects>", Repr(cls.Dict.GetItemStr("x")!));
        var d = New(cls);
        Fails(PyOps.GetAttr(d, S("x")), "AttributeError: 'D' object has no attribute 'x'");
        Fails(PyOps.SetAttr(d, S("y"), I(1)), "AttributeError: 'D' object has no attribute 'y'");
        Fails(PyOps.SetAttr(d, S("x"), null), "AttributeError: x");
        Set(d, "x", I(4));
        Assert.Same(I(4), Get(d, "x"));
    }

    [Fact]
    public void SlotsWithDictKeepADict()
    {
        Enter();
        var cls = Class("G", null, ("__slots__", new PyTuple([S("a"), S("__dict__")])));
        Assert.Equal("__module__,__slots__,a,__dict__,__doc__", Keys(cls));
        var g = New(cls);
        Set(g, "z", I(1));
        Assert.Same(I(1), Get(g, "z"));
    }

    [Theory]
    [InlineData("bool", "TypeError: type 'bool' is not an acceptable base type")]
    public void UnacceptableBases(string baseName, string message)
    {
        Enter();
        var b = baseName == "bool" ? PyBool.TypeObject : PyType.ObjectType;
        Fails(TryClass("X", [b]), message);
    }

    [Fact]
    public void LayoutConflictBetweenBuiltinBases()
    {
        Enter();
        Fails(TryClass("X", [PyInt.TypeObject, PyStr.TypeObject]), "TypeError: multiple bases have instance lay-out conflict");
    }

    [Fact]
    public void InconsistentMroIsReported()
    {
        Enter();
        var a = Class("A");
        Fails(TryClass("X", [PyType.ObjectType, a]), "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases object, A");
    }

    [Fact]
    public void DiamondMroIsC3()
    {
        Enter();
        var a = Class("A");
        var b = Class("B", [a]);
        var c = Class("C", [a]);
        var d = Class("D", [b, c]);
        Assert.Equal("D,B,C,A,object", string.Join(",", d.Mro.Select(t => t.Name)));
        Assert.Equal("(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, <class '__main__.A'>, <class 'object'>)",
            string.Join("", "(", string.Join(", ", d.Mro.Select(t => Repr(t))), ")"));
    }

    [Fact]
    public void TypeNewArgumentErrors()
    {
        Enter();
        Fails(PyCall.Call(PyType.TypeType, [I(1), PyTuple.Empty, new PyDict()], null), "TypeError: type.__new__() argument 1 must be str, not int");
        Fails(PyCall.Call(PyType.TypeType, [S("X"), new PyList(), new PyDict()], null), "TypeError: type.__new__() argument 2 must be tuple, not list");
        Fails(PyCall.Call(PyType.TypeType, [S("X"), PyTuple.Empty, new PyList()], null), "TypeError: type.__new__() argument 3 must be dict, not list");
        Fails(PyCall.Call(PyType.TypeType, [S("X"), PyTuple.Empty], null), "TypeError: type() takes 1 or 3 arguments");
        Fails(PyCall.Call(PyType.TypeType, [], null), "TypeError: type() takes 1 or 3 arguments");
    }

    [Fact]
    public void SlotsErrors()
    {
        Enter();
        Fails(TryClass("X", null, ("__slots__", new PyTuple([S("__dict__"), S("__dict__")]))), "TypeError: __dict__ slot disallowed: we already got one");
        Fails(TryClass("X", null, ("__slots__", new PyTuple([I(1)]))), "TypeError: __slots__ items must be strings, not 'int'");
        Fails(TryClass("X", null, ("__slots__", new PyTuple([S("1a")]))), "TypeError: __slots__ must be identifiers");
        Fails(TryClass("X", null, ("__slots__", new PyTuple([S("a")])), ("a", I(1))), "ValueError: 'a' in __slots__ conflicts with class variable");
        Fails(TryClass("X", [PyInt.TypeObject], ("__slots__", new PyTuple([S("a")]))), "TypeError: nonempty __slots__ not supported for subtype of 'int'");
        Fails(TryClass("X", null, ("__qualname__", I(1))), "TypeError: type __qualname__ must be a str, not int");
    }

    [Fact]
    public void QualnameComesFromTheDictAndIsRemoved()
    {
        Enter();
        var cls = Class("X", null, ("__qualname__", S("outer.X")));
        Assert.Equal("outer.X", cls.QualName);
        Assert.Null(cls.Dict.GetItemStr("__qualname__"));
        Assert.Equal("<class '__main__.outer.X'>", Repr(cls));
    }

    [Fact]
    public void InitSubclassReceivesClassKeywords()
    {
        Enter();
        PyObject? seenCls = null, seenKw = null;
        var b = Class("B", null, ("__init_subclass__", new PyClassMethod(F("__init_subclass__", args =>
        {
            seenCls = args[0];
            seenKw = args.Length > 1 ? args[1] : null;
            return PyNone.Instance;
        }))));
        var dict = new PyDict();
        var c = PyCall.Call(PyType.TypeType, [S("C"), new PyTuple([b]), dict, I(2)], new PyTuple([S("x")]));
        Assert.True(c is not null, ErrorText());
        Assert.Same(c, seenCls);
        Assert.Same(I(2), seenKw);
    }

    [Fact]
    public void ObjectInitSubclassRefusesKeywords()
    {
        Enter();
        var r = PyCall.Call(PyType.TypeType, [S("X"), PyTuple.Empty, new PyDict(), I(1)], new PyTuple([S("x")]));
        Fails(r, "TypeError: X.__init_subclass__() takes no keyword arguments");
    }

    [Fact]
    public void SetNameErrorsAreWrappedInRuntimeError()
    {
        Enter();
        var descr = Class("D", null, ("__set_name__", F("__set_name__", _ => Errors.PyErr.ValueError("boom"))));
        var r = TryClass("A", null, ("x", New(descr)));
        Assert.Null(r);
        var exc = Errors.PyErr.Fetch()!;
        Assert.Equal("RuntimeError", exc.Type.Name);
        Assert.Equal("Error calling __set_name__ on 'D' instance 'x' in 'A'", ((PyStr)exc.Args[0]).Value);
        Assert.Equal("ValueError", ((PyBaseException)exc.Cause!).Type.Name);
    }

    [Fact]
    public void MetaclassConflictIsReported()
    {
        Enter();
        var m1 = Class("M1", [PyType.TypeType]);
        var m2 = Class("M2", [PyType.TypeType]);
        var a = (PyType)PyCall.Call(m1, [S("A"), PyTuple.Empty, new PyDict()], null)!;
        var b = (PyType)PyCall.Call(m2, [S("B"), PyTuple.Empty, new PyDict()], null)!;
        Fails(TryClass("C", [a, b]), "TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        var c = Class("C2", [a]);
        Assert.Same(m1, c.Type);
    }

    [Fact]
    public void AbstractClassesCannotBeInstantiated()
    {
        Enter();
        var cls = Class("Ab");
        Set(cls, "__abstractmethods__", new PyTuple([S("b"), S("a")]));
        Fails(PyCall.Call(cls), "TypeError: Can't instantiate abstract class Ab with abstract methods a, b");
        Set(cls, "__abstractmethods__", new PyTuple([S("b")]));
        Fails(PyCall.Call(cls), "TypeError: Can't instantiate abstract class Ab with abstract method b");
        Assert.True(PyOps.SetAttr(cls, S("__abstractmethods__"), null));
        New(cls);
    }

    [Fact]
    public void ExcessArgumentsToObjectNewAndInit()
    {
        Enter();
        Fails(PyCall.Call(PyType.ObjectType, I(1)), "TypeError: object() takes no arguments");
        Fails(PyCall.Call(Class("A"), I(1)), "TypeError: A() takes no arguments");
        var b = Class("B", null, ("__init__", F("__init__", _ => PyNone.Instance)));
        New(b, I(1));
        var f = Class("F", null, ("__init__", F("__init__", _ => I(1))));
        Fails(PyCall.Call(f), "TypeError: __init__() should return None, not 'int'");
    }

    [Fact]
    public void ClassAssignmentChecksLayout()
    {
        Enter();
        var a = Class("A");
        var a2 = Class("A2");
        var d = Class("D", null, ("__slots__", new PyTuple([S("x")])));
        var obj = New(a);
        Fails(PyOps.SetAttr(obj, S("__class__"), PyInt.TypeObject), "TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses");
        Fails(PyOps.SetAttr(obj, S("__class__"), I(1)), "TypeError: __class__ must be set to a class, not 'int' object");
        Fails(PyOps.SetAttr(obj, S("__class__"), d), "TypeError: __class__ assignment: 'D' object layout differs from 'A'");
        Set(obj, "__class__", a2);
        Assert.Same(a2, obj.Type);
    }

    [Fact]
    public void TypeAttributes()
    {
        Enter();
        var a = Class("A");
        Assert.Same(PyType.ObjectType, Get(a, "__base__"));
        Assert.Same(PyNone.Instance, Get(PyType.ObjectType, "__base__"));
        Assert.Equal("mappingproxy", Get(a, "__dict__").Type.Name);
        Assert.Same(PyNone.Instance, Get(a, "__doc__"));
        Assert.Same(PyNone.Instance, Get(a, "__text_signature__"));
        Fails(PyOps.GetAttr(a, S("__abstractmethods__")), "AttributeError: __abstractmethods__");
        Fails(PyOps.GetAttr(PyType.TypeType, S("__abstractmethods__")), "AttributeError: __abstractmethods__");
        Fails(PyOps.GetAttr(PyInt.TypeObject, S("__annotations__")), "AttributeError: type object 'int' has no attribute '__annotations__'");
        Assert.Equal(0, ((PyDict)Get(a, "__annotations__")).Count);
        Fails(PyOps.SetAttr(a, S("__name__"), I(1)), "TypeError: can only assign string to A.__name__, not 'int'");
        Fails(PyOps.SetAttr(PyInt.TypeObject, S("__name__"), S("x")), "TypeError: cannot set '__name__' attribute of immutable type 'int'");
        Set(a, "__name__", S("B"));
        Assert.Equal("<class '__main__.A'>", Repr(a));
        Set(a, "__qualname__", S("Q"));
        Assert.Equal("<class '__main__.Q'>", Repr(a));
    }

    [Fact]
    public void SubclassesAreListed()
    {
        Enter();
        var a = Class("A");
        var b = Class("B", [a]);
        var list = (PyList)PyCall.Call(Get(a, "__subclasses__"))!;
        Assert.Equal(1, list.Count);
        Assert.Same(b, list[0]);
    }
}
