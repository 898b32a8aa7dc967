using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Xunit;
using static Ember.Runtime.Tests.Builtins.BuiltinsHost;

namespace Ember.Runtime.Tests.Builtins;

public sealed class ModuleAndSingletonTests
{
    [Fact]
    public void ModuleReprShowsBuiltinOriginOrFile()
    {
        var h = new BuiltinsHost();
        Assert.Equal("<module 'sys' (built-in)>", AsText(PyOps.Repr(h.Interp.Modules.GetItemStr("sys")!)!));
        Assert.Equal("<module 'builtins' (built-in)>", AsText(PyOps.Repr(h.Interp.Modules.GetItemStr("builtins")!)!));
        var m = new PyModule("x");
        Assert.Equal("<module 'x'>", AsText(PyOps.Repr(m)!));
        m.Dict.SetItemStr("__file__", S("/a/b.py"));
        Assert.Equal("<module 'x' from '/a/b.py'>", AsText(PyOps.Repr(m)!));
    }

    [Fact]
    public void ModuleTypeCallTakesNameAndDoc()
    {
        var h = new BuiltinsHost();
        var m = Assert.IsType<PyModule>(PyCall.Call(PyModule.TypeObject, [S("y"), S("doc")], null));
        Assert.Equal("y", m.Name);
        Assert.Equal("doc", AsText(m.Dict.GetItemStr("__doc__")!));
        Assert.Null(PyCall.Call(PyModule.TypeObject, [], null));
        h.AssertRaised(PyExc.TypeError, "module() missing required argument 'name' (pos 1)");
        Assert.Null(PyCall.Call(PyModule.TypeObject, [I(1)], null));
        h.AssertRaised(PyExc.TypeError, "module() argument 'name' must be str, not int");
    }

    [Fact]
    public void ModuleGetattrHookIsCalledForMissingNames()
    {
        new BuiltinsHost();
        var m = new PyModule("x");
        m.Dict.SetItemStr("__getattr__", new PyBuiltinFunction("hook", static (args, kw) => args[0]));
        Assert.Equal("missing", AsText(PyOps.GetAttr(m, "missing")!));
    }

    [Fact]
    public void DeletingAMissingModuleAttributeRaisesAttributeError()
    {
        var h = new BuiltinsHost();
        var m = new PyModule("x");
        Assert.False(PyOps.SetAttr(m, S("bar"), null));
        h.AssertRaised(PyExc.AttributeError, "'module' object has no attribute 'bar'");
    }

    [Fact]
    public void SingletonReprsAndTruth()
    {
        new BuiltinsHost();
        Assert.Equal("None", AsText(PyOps.Repr(PyNone.Instance)!));
        Assert.Equal("NotImplemented", AsText(PyOps.Repr(PyNotImplemented.Instance)!));
        Assert.Equal("Ellipsis", AsText(PyOps.Repr(PyEllipsis.Instance)!));
        Assert.Equal(0, PyOps.IsTrue(PyNone.Instance));
        Assert.Equal(1, PyOps.IsTrue(PyEllipsis.Instance));
    }

    [Theory]
    [InlineData("NoneType")]
    [InlineData("NotImplementedType")]
    [InlineData("EllipsisType")]
    public void SingletonTypesTakeNoArguments(string name)
    {
        var h = new BuiltinsHost();
        PyObject instance = name switch
        {
            "NoneType" => PyNone.Instance,
            "NotImplementedType" => PyNotImplemented.Instance,
            _ => PyEllipsis.Instance,
        };
        Assert.Same(instance, PyCall.Call(instance.Type, [], null));
        Assert.Null(PyCall.Call(instance.Type, [I(1)], null));
        h.AssertRaised(PyExc.TypeError, $"{name} takes no arguments");
    }
}
