using Ember.Runtime.Objects;
using Xunit;
using static Ember.Runtime.Tests.Builtins.BuiltinsHost;

namespace Ember.Runtime.Tests.Builtins;

public sealed class PrintTests
{
    [Fact]
    public void PrintWritesStrOfEachArgumentSeparatedBySpaceAndEndsWithNewline()
    {
        var h = new BuiltinsHost();
        Assert.Same(PyNone.Instance, h.Call("print", [S("a"), S("b")]));
        Assert.Equal("a b\n", h.Out.ToString());
    }

    [Fact]
    public void PrintHonoursSepAndEndAndNoneMeansDefault()
    {
        var h = new BuiltinsHost();
        h.Call("print", [S("x"), S("y")], ("sep", S("-")), ("end", S("!")));
        h.Call("print", [S("p"), S("q")], ("sep", PyNone.Instance), ("end", PyNone.Instance));
        Assert.Equal("x-y!p q\n", h.Out.ToString());
    }

    [Fact]
    public void PrintWithNoArgumentsWritesOnlyTheEnd()
    {
        var h = new BuiltinsHost();
        h.Call("print", []);
        Assert.Equal("\n", h.Out.ToString());
    }

    [Fact]
    public void PrintToSysStderrWritesToTheHostErrorStream()
    {
        var h = new BuiltinsHost();
        h.Call("print", [S("oops")], ("file", h.Sys("stderr")), ("flush", PyBool.True));
        Assert.Equal("oops\n", h.Err.ToString());
        Assert.Equal("", h.Out.ToString());
    }

    [Theory]
    [InlineData("sep", "sep must be None or a string, not int")]
    [InlineData("end", "end must be None or a string, not int")]
    [InlineData("foo", "'foo' is an invalid keyword argument for print()")]
    public void PrintRejectsBadKeywordsWithCPythonsMessage(string keyword, string message)
    {
        var h = new BuiltinsHost();
        Assert.Null(h.Call("print", [S("a")], (keyword, I(3))));
        h.AssertRaised(PyExc.TypeError, message);
        Assert.Equal("", h.Out.ToString());
    }

    [Fact]
    public void PrintWhenSysStdoutIsNoneDoesNothing()
    {
        var h = new BuiltinsHost();
        ((PyModule)h.Interp.Modules.GetItemStr("sys")!).Dict.SetItemStr("stdout", PyNone.Instance);
        Assert.Same(PyNone.Instance, h.Call("print", [S("gone")]));
        Assert.Equal("", h.Out.ToString());
    }

    [Fact]
    public void SysStdoutWriteReturnsTheLengthInCodePoints()
    {
        var h = new BuiltinsHost();
        var write = ((Modules.Sys.PyHostTextStream)h.Sys("stdout")).Type.Dict.GetItemStr("write")!;
        var n = CallObject(write, [h.Sys("stdout"), S("h\U0001F600!")]);
        Assert.Equal(3, ((PyInt)n!).Small);
        Assert.Equal("h\U0001F600!", h.Out.ToString());
    }

    [Fact]
    public void SysStdoutWriteRefusesNonStr()
    {
        var h = new BuiltinsHost();
        var write = h.Sys("stdout").Type.Dict.GetItemStr("write")!;
        Assert.Null(CallObject(write, [h.Sys("stdout"), I(3)]));
        h.AssertRaised(PyExc.TypeError, "write() argument must be str, not int");
    }

    [Fact]
    public void InputWritesThePromptAndReturnsTheLineWithoutItsNewline()
    {
        var h = new BuiltinsHost("first\r\nsecond");
        Assert.Equal("first", AsText(h.Call("input", [S("? ")])!));
        Assert.Equal("second", AsText(h.Call("input", [])!));
        Assert.Null(h.Call("input", []));
        h.AssertRaised(PyExc.EOFError, "EOF when reading a line");
        Assert.Equal("? ", h.Out.ToString());
    }
}
