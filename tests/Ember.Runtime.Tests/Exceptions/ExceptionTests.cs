using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Tests.Builtins;
using Xunit;
using static Ember.Runtime.Tests.Builtins.BuiltinsHost;

namespace Ember.Runtime.Tests.Exceptions;

public sealed class ExceptionTests
{
    private static PyObject Make(PyType type, params PyObject[] args) => PyCall.Call(type, args, null)!;

    private static PyObject? Method(PyObject self, string name, params PyObject[] args)
    {
        var descr = self.Type.Lookup(name)!;
        return PyCall.Call(descr, [self, .. args], null);
    }

    private static bool SetVia(PyObject self, string name, PyObject? value)
    {
        // Through the descriptor's slot: some are getsets, others members (as in CPython).
        var d = self.Type.Lookup(name)!;
        return d.Type.DescrSet!(d, self, value);
    }

    private static PyObject GetVia(PyObject self, string name)
    {
        var d = self.Type.Lookup(name)!;
        return d.Type.DescrGet!(d, self, self.Type)!;
    }

    [Fact]
    public void StrOfBaseExceptionFollowsTheNumberOfArgs()
    {
        new BuiltinsHost();
        Assert.Equal("", AsText(PyOps.Str(Make(PyExc.ValueError))!));
        Assert.Equal("x", AsText(PyOps.Str(Make(PyExc.ValueError, S("x")))!));
        Assert.Equal("ValueError()", AsText(PyOps.Repr(Make(PyExc.ValueError))!));
    }

    [Fact]
    public void KeywordArgumentsAreRefusedByName()
    {
        var h = new BuiltinsHost();
        Assert.Null(PyCall.Call(PyExc.ValueError, [I(1)], new PyTuple([S("x")])));
        h.AssertRaised(PyExc.TypeError, "ValueError() takes no keyword arguments");
    }

    [Fact]
    public void OSErrorWithAKnownErrnoIsTheMatchingSubclass()
    {
        new BuiltinsHost();
        var e = Assert.IsType<PyOSError>(Make(PyExc.OSError, I(2), S("No such file or directory"), S("x")));
        Assert.Same(PyExc.FileNotFoundError, e.Type);
        Assert.Equal(2, e.Args.Count);
        Assert.Equal("x", AsText(e.Filename!));
        Assert.Same(PyExc.PermissionError, Make(PyExc.OSError, I(13), S("p")).Type);
        Assert.Same(PyExc.OSError, Make(PyExc.OSError, I(99), S("zz")).Type);
        Assert.Same(PyExc.FileNotFoundError, Make(PyExc.FileNotFoundError, I(13), S("p")).Type);
    }

    [Fact]
    public void OSErrorStrShowsErrnoAndStrerror()
    {
        new BuiltinsHost();
        Assert.Equal("[Errno a] b", AsText(PyOps.Str(Make(PyExc.OSError, S("a"), S("b")))!));
        var one = (PyOSError)Make(PyExc.OSError, S("only"));
        Assert.Null(one.Errno);
        Assert.Equal("only", AsText(PyOps.Str(one)!));
    }

    [Fact]
    public void BlockingIOErrorThirdArgumentIsCharactersWritten()
    {
        new BuiltinsHost();
        var e = (PyOSError)Make(PyExc.BlockingIOError, I(11), S("s"), I(5));
        Assert.Equal(5, e.Written);
        Assert.Null(e.Filename);
        Assert.Equal(3, e.Args.Count);
    }

    [Fact]
    public void SyntaxErrorStrHasTheFileBaseNameAndLine()
    {
        new BuiltinsHost();
        var info = new PyTuple([S("/a/f.py"), I(3), I(4), S("t")]);
        Assert.Equal("m (f.py, line 3)", AsText(PyOps.Str(Make(PyExc.SyntaxError, S("m"), info))!));
        var noFile = new PyTuple([PyNone.Instance, I(3), I(4), S("t")]);
        Assert.Equal("m (line 3)", AsText(PyOps.Str(Make(PyExc.SyntaxError, S("m"), noFile))!));
        Assert.Equal("None", AsText(PyOps.Str(Make(PyExc.SyntaxError))!));
    }

    [Fact]
    public void SyntaxErrorInfoNeedsFourToSixItems()
    {
        var h = new BuiltinsHost();
        Assert.Null(PyCall.Call(PyExc.SyntaxError, [S("m"), PyTuple.Create(I(1), I(2))], null));
        h.AssertRaised(PyExc.TypeError, "function takes at least 4 arguments (2 given)");
    }

    [Fact]
    public void StopIterationValueAndSystemExitCode()
    {
        new BuiltinsHost();
        Assert.Null(((PyStopIteration)Make(PyExc.StopIteration)).Value);
        Assert.Same(PyBool.True, ((PyStopIteration)Make(PyExc.StopIteration, PyBool.True, PyBool.False)).Value);
        var code = ((PySystemExit)Make(PyExc.SystemExit, PyBool.True, PyBool.False)).Code;
        Assert.Equal(2, Assert.IsType<PyTuple>(code).Count);
    }

    [Fact]
    public void ImportErrorTakesNameAndPathByKeywordOnly()
    {
        var h = new BuiltinsHost();
        var e = (PyImportError)PyCall.Call(PyExc.ModuleNotFoundError, [S("m"), S("n"), S("p")], new PyTuple([S("name"), S("path")]))!;
        Assert.Equal("n", AsText(e.Name!));
        Assert.Equal("p", AsText(e.Path!));
        Assert.Equal("m", AsText(PyOps.Str(e)!));
        Assert.Null(PyCall.Call(PyExc.ImportError, [S("m"), I(1)], new PyTuple([S("x")])));
        h.AssertRaised(PyExc.TypeError, "'x' is an invalid keyword argument for ImportError()");
    }

    [Fact]
    public void KeyErrorStrIsTheReprOfItsKey()
    {
        new BuiltinsHost();
        Assert.Equal("None", AsText(PyOps.Str(Make(PyExc.KeyError, PyNone.Instance))!));
    }

    [Fact]
    public void UnicodeEncodeErrorStrNamesTheCharacter()
    {
        new BuiltinsHost();
        var one = Make(PyExc.UnicodeEncodeError, S("utf-8"), S("\u00e9"), I(0), I(1), S("bad"));
        Assert.Equal("'utf-8' codec can't encode character '\\xe9' in position 0: bad", AsText(PyOps.Str(one)!));
        var astral = Make(PyExc.UnicodeEncodeError, S("utf-8"), S("\U0001F600"), I(0), I(1), S("bad"));
        Assert.Equal("'utf-8' codec can't encode character '\\U0001f600' in position 0: bad", AsText(PyOps.Str(astral)!));
        var many = Make(PyExc.UnicodeEncodeError, S("utf-8"), S("x"), I(5), I(9), S("bad"));
        Assert.Equal("'utf-8' codec can't encode characters in position 5-8: bad", AsText(PyOps.Str(many)!));
        var translate = Make(PyExc.UnicodeTranslateError, S("ab"), I(0), I(2), S("r"));
        Assert.Equal("can't translate characters in position 0-1: r", AsText(PyOps.Str(translate)!));
    }

    [Fact]
    public void UnicodeEncodeErrorChecksItsArguments()
    {
        var h = new BuiltinsHost();
        Assert.Null(PyCall.Call(PyExc.UnicodeEncodeError, [I(1), I(2), I(3), I(4), I(5)], null));
        h.AssertRaised(PyExc.TypeError, "argument 1 must be str, not int");
        Assert.Null(PyCall.Call(PyExc.UnicodeEncodeError, [S("a"), S("b")], null));
        h.AssertRaised(PyExc.TypeError, "function takes exactly 5 arguments (2 given)");
    }

    [Fact]
    public void CauseMustBeAnExceptionOrNoneAndSetsSuppressContext()
    {
        var h = new BuiltinsHost();
        var e = (PyBaseException)Make(PyExc.ValueError);
        Assert.False(SetVia(e, "__cause__", I(1)));
        h.AssertRaised(PyExc.TypeError, "exception cause must be None or derive from BaseException");
        Assert.True(SetVia(e, "__cause__", PyNone.Instance));
        Assert.True(e.SuppressContext);
        Assert.False(SetVia(e, "__traceback__", I(1)));
        h.AssertRaised(PyExc.TypeError, "__traceback__ must be a traceback or None");
        Assert.False(SetVia(e, "__suppress_context__", I(1)));
        h.AssertRaised(PyExc.TypeError, "attribute value type must be bool");
        Assert.False(SetVia(e, "args", null));
        h.AssertRaised(PyExc.TypeError, "args may not be deleted");
    }

    [Fact]
    public void WithTracebackReturnsTheExceptionAndAddNoteNeedsAStr()
    {
        var h = new BuiltinsHost();
        var e = Make(PyExc.ValueError);
        Assert.Same(e, Method(e, "with_traceback", PyNone.Instance));
        Assert.Null(Method(e, "add_note", I(1)));
        h.AssertRaised(PyExc.TypeError, "note must be a str, not 'int'");
    }

    [Fact]
    public void ReduceGivesTypeAndArgs()
    {
        new BuiltinsHost();
        var e = Make(PyExc.ValueError, S("a"));
        var r = Assert.IsType<PyTuple>(Method(e, "__reduce__"));
        Assert.Same(PyExc.ValueError, r[0]);
        Assert.Same(((PyBaseException)e).Args, r[1]);
    }

    [Fact]
    public void BaseExceptionGroupOfExceptionsIsAnExceptionGroup()
    {
        new BuiltinsHost();
        var ve = Make(PyExc.ValueError);
        var eg = Make(PyExc.BaseExceptionGroup, S("m"), PyList.Create([ve, Make(PyExc.TypeError)]));
        Assert.Same(PyExc.ExceptionGroup, eg.Type);
        Assert.Equal("m (2 sub-exceptions)", AsText(PyOps.Str(eg)!));
        var beg = Make(PyExc.BaseExceptionGroup, S("m"), PyList.Create([Make(PyExc.KeyboardInterrupt)]));
        Assert.Same(PyExc.BaseExceptionGroup, beg.Type);
        Assert.Equal("m (1 sub-exception)", AsText(PyOps.Str(beg)!));
    }

    [Theory]
    [InlineData(0, "TypeError", "BaseExceptionGroup.__new__() takes exactly 2 arguments (0 given)")]
    [InlineData(1, "TypeError", "second argument (exceptions) must be a sequence")]
    [InlineData(2, "ValueError", "second argument (exceptions) must be a non-empty sequence")]
    [InlineData(3, "ValueError", "Item 0 of second argument (exceptions) is not an exception")]
    [InlineData(4, "TypeError", "Cannot nest BaseExceptions in an ExceptionGroup")]
    public void ExceptionGroupConstructorChecks(int which, string errorType, string message)
    {
        var h = new BuiltinsHost();
        PyObject? r = which switch
        {
            0 => PyCall.Call(PyExc.BaseExceptionGroup, [], null),
            1 => PyCall.Call(PyExc.BaseExceptionGroup, [S("m"), I(1)], null),
            2 => PyCall.Call(PyExc.BaseExceptionGroup, [S("m"), new PyList()], null),
            3 => PyCall.Call(PyExc.BaseExceptionGroup, [S("m"), PyList.Create([I(1)])], null),
            _ => PyCall.Call(PyExc.ExceptionGroup, [S("m"), PyList.Create([Make(PyExc.KeyboardInterrupt)])], null),
        };
        Assert.Null(r);
        h.AssertRaised(errorType == "TypeError" ? PyExc.TypeError : PyExc.ValueError, message);
    }

    [Fact]
    public void SplitKeepsTheNestingAndTheMetadata()
    {
        new BuiltinsHost();
        var v1 = Make(PyExc.ValueError);
        var t2 = Make(PyExc.TypeError);
        var v3 = Make(PyExc.ValueError);
        var k4 = Make(PyExc.KeyError);
        var inner = Make(PyExc.ExceptionGroup, S("inner"), PyList.Create([v3, k4]));
        var eg = (PyBaseExceptionGroup)Make(PyExc.ExceptionGroup, S("eg"), PyList.Create([v1, t2, inner]));
        var cause = (PyBaseException)Make(PyExc.KeyError);
        eg.Cause = cause;
        var parts = Assert.IsType<PyTuple>(Method(eg, "split", PyExc.ValueError));
        var match = Assert.IsType<PyBaseExceptionGroup>(parts[0]);
        var rest = Assert.IsType<PyBaseExceptionGroup>(parts[1]);
        Assert.Same(v1, match.Exceptions[0]);
        Assert.Same(v3, ((PyBaseExceptionGroup)match.Exceptions[1]).Exceptions[0]);
        Assert.Same(t2, rest.Exceptions[0]);
        Assert.Same(k4, ((PyBaseExceptionGroup)rest.Exceptions[1]).Exceptions[0]);
        Assert.Same(cause, match.Cause);
        Assert.Same(eg, Method(eg, "subgroup", PyExc.Exception));
        Assert.Same(PyNone.Instance, Method(eg, "subgroup", PyExc.OSError));
    }

    [Fact]
    public void SplitRefusesWhatIsNotATypeOrPredicate()
    {
        var h = new BuiltinsHost();
        var eg = Make(PyExc.ExceptionGroup, S("eg"), PyList.Create([Make(PyExc.ValueError)]));
        Assert.Null(Method(eg, "split", I(1)));
        h.AssertRaised(PyExc.TypeError, "expected a function, exception type or tuple of exception types");
    }

    [Fact]
    public void PrepReraiseStarKeepsTheOriginalStructureForReraisedLeaves()
    {
        new BuiltinsHost();
        var v1 = Make(PyExc.ValueError);
        var t2 = Make(PyExc.TypeError);
        var eg = Make(PyExc.ExceptionGroup, S("eg"), PyList.Create([v1, t2]));
        var parts = (PyTuple)Method(eg, "split", PyExc.ValueError)!;
        var result = PyBaseExceptionGroup.PrepReraiseStar(eg, PyList.Create([PyNone.Instance, parts[1]]));
        var g = Assert.IsType<PyBaseExceptionGroup>(result);
        Assert.Single(g.Exceptions.Items);
        Assert.Same(t2, g.Exceptions[0]);
        Assert.Same(PyNone.Instance, PyBaseExceptionGroup.PrepReraiseStar(eg, PyList.Create([PyNone.Instance])));
    }

    [Fact]
    public void ModuleAttributeErrorNamesTheModuleAndCarriesNameAndObj()
    {
        var h = new BuiltinsHost();
        var m = new PyModule("x");
        Assert.Null(PyOps.GetAttr(m, "foo"));
        var exc = Assert.IsType<PyAttributeError>(PyErr.Fetch());
        Assert.Equal("module 'x' has no attribute 'foo'", AsText(PyOps.Str(exc)!));
        Assert.Same(m, exc.Obj);
        Assert.Equal("foo", AsText(exc.Name!));
    }
}
