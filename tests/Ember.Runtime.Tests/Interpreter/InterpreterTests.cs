using Ember.Compiler;
using Ember.Runtime.Errors;
using Ember.Runtime.Hosting;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Objects;
using Ember.TestSupport;
using Xunit;

namespace Ember.Runtime.Tests.Interpreter;

/// <summary>The evaluation loop, argument binding and generators, checked on compiled source. Expected messages come from CPython 3.11.</summary>
public sealed class InterpreterTests
{
    /// <summary>Runs module source; returns its globals and the exception it raised (null when none).</summary>
    private static (PyDict Globals, PyBaseException? Error) Run(string source, Func<PyDict, Threading.PyThreadState, PyBaseException?>? after = null) =>
        Bounded.Run(
            () =>
            {
                var previous = Threading.PyThreadState.CurrentOrNull;
                var host = PythonHost.Create(TextWriter.Null, TextWriter.Null, TextReader.Null, ["test"]);

                // Stand-ins until the builtins module registers the exception classes.
                foreach (var type in new[] { PyExc.KeyError, PyExc.RecursionError, PyExc.StopIteration, PyExc.ValueError })
                {
                    host.Interpreter.Builtins.SetItemStr(type.Name, type);
                }

                var code = PythonCompiler.CompileSource(source, "<test>", CompileMode.Exec, CompileOptions.Default);
                var globals = new PyDict();
                globals.SetItemStr("__name__", new PyStr("__main__"));
                var frame = new Frame(PyCode.For(code), globals, host.Interpreter.Builtins, globals, null);
                var result = PyEval.Execute(host.Thread, frame);
                var error = result is null ? PyErr.Fetch() : after?.Invoke(globals, host.Thread);
                Threading.PyThreadState.Restore(previous);
                return (globals, error);
            },
            TimeSpan.FromSeconds(60),
            "interpreter test",
            64 * 1024 * 1024);

    private static string? Message(PyBaseException? e) => e is { Args.Count: > 0 } && e.Args.Items[0] is PyStr s ? s.Value : null;

    [Theory]
    [InlineData("def h(x): pass\nh(1, 2)", "h() takes 1 positional argument but 2 were given")]
    [InlineData("def h(x): pass\nh()", "h() missing 1 required positional argument: 'x'")]
    [InlineData("def h(x): pass\nh(1, x=2)", "h() got multiple values for argument 'x'")]
    [InlineData("def h(x): pass\nh(y=1)", "h() got an unexpected keyword argument 'y'")]
    [InlineData("def g(a, b=1, *, k): pass\ng(1, 2, 3, k=1)", "g() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given")]
    [InlineData("def g(a, b=1, *, k): pass\ng(1)", "g() missing 1 required keyword-only argument: 'k'")]
    [InlineData("def f(a, b, /, c, *, d): pass\nf(a=1, b=2, c=3, d=4)", "f() got some positional-only arguments passed as keyword arguments: 'a, b'")]
    [InlineData("def f(a, b, /, c, *, d): pass\nf()", "f() missing 3 required positional arguments: 'a', 'b', and 'c'")]
    [InlineData("(lambda *, a, b, c: 0)()", "<lambda>() missing 3 required keyword-only arguments: 'a', 'b', and 'c'")]
    public void ArgumentBindingErrorsHaveCPythonMessages(string source, string message)
    {
        var (_, error) = Run(source);
        Assert.NotNull(error);
        Assert.Same(PyExc.TypeError, error!.Type);
        Assert.Equal(message, Message(error));
    }

    [Fact]
    public void DefaultsKeywordsAndStarArgsBindIntoSlots()
    {
        var (g, error) = Run("def f(a, b=5, *rest, k=7, **kw): return (a, b, rest, k, kw)\nr = f(1, 2, 3, 4, k=8, z=9)\ns = f(0)");
        Assert.Null(error);
        var r = (PyTuple)g.GetItemStr("r")!;
        Assert.Equal(1L, ((PyInt)r[0]).Small);
        Assert.Equal(2L, ((PyInt)r[1]).Small);
        Assert.Equal(2, ((PyTuple)r[2]).Count);
        Assert.Equal(8L, ((PyInt)r[3]).Small);
        Assert.Equal(1, ((PyDict)r[4]).Count);
        var s = (PyTuple)g.GetItemStr("s")!;
        Assert.Equal(5L, ((PyInt)s[1]).Small);
        Assert.Equal(7L, ((PyInt)s[3]).Small);
    }

    [Fact]
    public void UnboundLocalRaisesUnboundLocalError()
    {
        var (_, error) = Run("def f():\n    if 0:\n        x = 1\n    return x\nf()");
        Assert.Same(PyExc.UnboundLocalError, error!.Type);
        Assert.Equal("cannot access local variable 'x' where it is not associated with a value", Message(error));
    }

    [Fact]
    public void ClosuresShareCells()
    {
        var (g, error) = Run("def outer():\n    v = 1\n    def set_(): \n        nonlocal v\n        v = 2\n    set_()\n    return v\nr = outer()");
        Assert.Null(error);
        Assert.Equal(2L, ((PyInt)g.GetItemStr("r")!).Small);
    }

    [Fact]
    public void TryExceptFinallyUnwindsThroughTheExceptionTable()
    {
        var (g, error) = Run("def f():\n    try:\n        raise KeyError\n    except KeyError:\n        return 1\n    finally:\n        pass\nr = f()\ndef h():\n    try:\n        return 1\n    finally:\n        return 2\ns = h()");
        Assert.Null(error);
        Assert.Equal(1L, ((PyInt)g.GetItemStr("r")!).Small);
        Assert.Equal(2L, ((PyInt)g.GetItemStr("s")!).Small);
    }

    private static PyBaseException? SendAll(PyDict g, Threading.PyThreadState ts)
    {
        var gen = (PyGenerator)g.GetItemStr("it")!;
        var results = new List<PyObject>();
        foreach (var value in new PyObject[] { PyNone.Instance, PyInt.From(10), PyInt.From(20) })
        {
            var status = gen.Send(ts, value, out var r);
            if (status == SendResult.Raised)
            {
                return PyErr.Fetch();
            }

            results.Add(PyTuple.Create(PyInt.From((int)status), r!));
        }

        g.SetItemStr("results", PyList.Create(results.ToArray()));
        return null;
    }

    [Fact]
    public void GeneratorsYieldSendAndReturn()
    {
        var (g, error) = Run("def gen():\n    x = yield 1\n    y = yield x\n    return y\nit = gen()\n", SendAll);
        Assert.Null(error);
        var results = (PyList)g.GetItemStr("results")!;
        Assert.Equal(1L, ((PyInt)((PyTuple)results[0])[1]).Small);
        Assert.Equal(10L, ((PyInt)((PyTuple)results[1])[1]).Small);
        Assert.Equal((long)SendResult.Returned, ((PyInt)((PyTuple)results[2])[0]).Small);
        Assert.Equal(20L, ((PyInt)((PyTuple)results[2])[1]).Small);
    }

    [Fact]
    public void JustStartedGeneratorRejectsNonNoneSend()
    {
        var (_, error) = Run("def gen():\n    yield 1\nit = gen()", static (g, ts) =>
        {
            ((PyGenerator)g.GetItemStr("it")!).Send(ts, PyInt.From(5), out _);
            return PyErr.Fetch();
        });
        Assert.Same(PyExc.TypeError, error!.Type);
        Assert.Equal("can't send non-None value to a just-started generator", Message(error));
    }

    [Fact]
    public void StopIterationInsideGeneratorBecomesRuntimeError()
    {
        var (_, error) = Run("def gen():\n    raise StopIteration\n    yield\nit = gen()", SendAll);
        Assert.Same(PyExc.RuntimeError, error!.Type);
        Assert.Equal("generator raised StopIteration", Message(error));
        Assert.Same(PyExc.StopIteration, ((PyBaseException)error.Cause!).Type);
    }

    [Fact]
    public void DeepRecursionIsRecursionError()
    {
        var (g, error) = Run("def f():\n    f()\ntry:\n    f()\nexcept RecursionError:\n    ok = True\n");
        Assert.Null(error);
        Assert.Same(PyBool.True, g.GetItemStr("ok"));
    }

    [Theory]
    [InlineData("compile('x', 'f', 'bad')", "compile() mode must be 'exec', 'eval' or 'single'")]
    [InlineData("compile(1, 'f', 'exec')", "compile() arg 1 must be a string, bytes or AST object")]
    public void CompileRejectsBadArguments(string source, string message)
    {
        var (_, error) = Run(source);
        Assert.Equal(message, Message(error));
    }

    [Fact]
    public void CompiledCodeRunsThroughExecAndEval()
    {
        var (g, error) = Run("ns = {}\nexec(compile('a = \\'x\\'', 'f', 'exec'), ns)\nr = eval(compile('a', 'f', 'eval'), ns)");
        Assert.Null(error);
        Assert.Equal("x", ((PyStr)g.GetItemStr("r")!).Value);
    }
}
