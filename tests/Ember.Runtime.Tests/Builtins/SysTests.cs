using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Xunit;
using static Ember.Runtime.Tests.Builtins.BuiltinsHost;

namespace Ember.Runtime.Tests.Builtins;

public sealed class SysTests
{
    [Fact]
    public void SysAndBuiltinsAreInSysModules()
    {
        var h = new BuiltinsHost();
        var sys = Assert.IsType<PyModule>(h.Interp.Modules.GetItemStr("sys"));
        Assert.Same(h.Interp.Modules, sys.Dict.GetItemStr("modules"));
        var builtins = Assert.IsType<PyModule>(h.Interp.Modules.GetItemStr("builtins"));
        Assert.Same(h.Interp.Builtins, builtins.Dict);
    }

    [Fact]
    public void ArgvComesFromTheInterpreterState()
    {
        var h = new BuiltinsHost();
        var argv = Assert.IsType<PyList>(h.Sys("argv"));
        Assert.Equal(2, argv.Count);
        Assert.Equal("prog.py", AsText(argv[0]));
        Assert.Equal("a", AsText(argv[1]));
    }

    [Fact]
    public void StandardStreamsShowAsTextIOWrapperWithUtf8()
    {
        var h = new BuiltinsHost();
        Assert.Equal("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>", AsText(PyOps.Repr(h.Sys("stdout"))!));
        Assert.Equal("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>", AsText(PyOps.Repr(h.Sys("stdin"))!));
        Assert.Same(h.Sys("stdout"), h.Sys("__stdout__"));
    }

    [Fact]
    public void ExitRaisesSystemExitWithTheStatus()
    {
        var h = new BuiltinsHost();
        Assert.Null(CallObject(h.Sys("exit"), [I(3)]));
        var exc = Errors.PyErr.Fetch()!;
        Assert.Same(PyExc.SystemExit, exc.Type);
        Assert.Equal(3, ((PyInt)exc.Args[0]).Small);
    }

    [Fact]
    public void VersionInfoIsAFiveItemTupleStartingWith3And11()
    {
        var h = new BuiltinsHost();
        var vi = Assert.IsAssignableFrom<PyTuple>(h.Sys("version_info"));
        Assert.Equal(5, vi.Count);
        Assert.Equal(3, ((PyInt)vi[0]).Small);
        Assert.Equal(11, ((PyInt)vi[1]).Small);
        Assert.Equal("final", AsText(vi[3]));
    }

    [Fact]
    public void StructSequenceReprNamesEachField()
    {
        new BuiltinsHost();
        var type = Modules.Sys.StructSequence.CreateType("demo.pair", ["first", "second"]);
        var pair = Modules.Sys.StructSequence.Create(type, PyNone.Instance, PyEllipsis.Instance);
        Assert.Equal("demo.pair(first=None, second=Ellipsis)", AsText(PyOps.Repr(pair)!));
    }
}
