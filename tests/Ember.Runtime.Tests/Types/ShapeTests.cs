using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Shapes;
using Xunit;
using static Ember.Runtime.Tests.Types.T;

namespace Ember.Runtime.Tests.Types;

public sealed class ShapeTests
{
    [Fact]
    public void InstancesSettingTheSameNamesInOrderShareAShape()
    {
        Enter();
        var cls = Class("P");
        var a = (PyInstance)New(cls);
        var b = (PyInstance)New(cls);
        Set(a, "x", I(1));
        Set(a, "y", I(2));
        Set(b, "x", I(3));
        Set(b, "y", I(4));
        Assert.NotNull(a.Shape);
        Assert.Same(a.Shape, b.Shape);
        Assert.Equal(1, a.Shape!.IndexOf("y"));
        Assert.Same(I(4), b.Slots[1]);
    }

    [Fact]
    public void DifferentOrderGivesDifferentShapes()
    {
        Enter();
        var cls = Class("P");
        var a = (PyInstance)New(cls);
        var b = (PyInstance)New(cls);
        Set(a, "x", I(1));
        Set(a, "y", I(2));
        Set(b, "y", I(3));
        Set(b, "x", I(4));
        Assert.NotSame(a.Shape, b.Shape);
    }

    [Fact]
    public void ReadingDictSwitchesToDictModeAndStaysConsistentBothWays()
    {
        Enter();
        var cls = Class("P");
        var a = (PyInstance)New(cls);
        Set(a, "x", I(1));
        var dict = (PyDict)Get(a, "__dict__");
        Assert.Null(a.Shape);
        Assert.Same(I(1), dict.GetItemStr("x"));
        dict.SetItemStr("y", I(2));
        Assert.Same(I(2), Get(a, "y"));
        Set(a, "z", I(3));
        Assert.Same(I(3), dict.GetItemStr("z"));
    }

    [Fact]
    public void DeletingAnAttributeKeepsTheOthers()
    {
        Enter();
        var cls = Class("P");
        var a = (PyInstance)New(cls);
        Set(a, "x", I(1));
        Set(a, "y", I(2));
        Assert.True(PyOps.SetAttr(a, S("x"), null));
        Assert.Equal(0, PyAttr.TryGetAttr(a, S("x"), out _));
        Assert.Same(I(2), Get(a, "y"));
    }

    [Fact]
    public void ManyAttributesFallBackToADict()
    {
        Enter();
        var cls = Class("P");
        var a = (PyInstance)New(cls);
        for (int i = 0; i < Shape.MaxAttributes + 10; i++)
        {
            Set(a, "a" + i, I(i));
        }

        Assert.Null(a.Shape);
        for (int i = 0; i < Shape.MaxAttributes + 10; i++)
        {
            Assert.Equal(i, ((PyInt)Get(a, "a" + i)).Small);
        }
    }

    [Fact]
    public void AssigningDictReplacesTheAttributes()
    {
        Enter();
        var a = (PyInstance)New(Class("P"));
        Set(a, "x", I(1));
        var d = new PyDict();
        d.SetItemStr("only", I(5));
        Set(a, "__dict__", d);
        Assert.Equal(0, PyAttr.TryGetAttr(a, S("x"), out _));
        Assert.Same(I(5), Get(a, "only"));
        Fails(PyOps.SetAttr(a, S("__dict__"), I(1)), "TypeError: __dict__ must be set to a dictionary, not a 'int'");
    }

    [Fact]
    public void VersionTagChangesOnEveryClassMutation()
    {
        Enter();
        var cls = Class("P");
        int v0 = cls.VersionTag;
        Set(cls, "a", I(1));
        int v1 = cls.VersionTag;
        Assert.True(PyOps.SetAttr(cls, S("a"), null));
        Assert.True(v0 != v1 && v1 != cls.VersionTag);
        Assert.NotEqual(0, cls.VersionTag);
    }
}
