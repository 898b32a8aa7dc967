using Ember.Runtime.Errors;
using Ember.Runtime.Modules;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Xunit;

namespace Ember.Runtime.Tests.Builtins;

/// <summary>An interpreter with builtins and sys, its streams captured, entered on the calling thread.</summary>
internal sealed class BuiltinsHost
{
    public readonly StringWriter Out = new();
    public readonly StringWriter Err = new();
    public readonly PyInterpreterState Interp = new();
    public readonly PyThreadState Thread;

    public BuiltinsHost(string stdin = "")
    {
        Interp.Stdout = Out;
        Interp.Stderr = Err;
        Interp.Stdin = new StringReader(stdin);
        Interp.Argv = ["prog.py", "a"];
        Thread = new PyThreadState(Interp);
        Thread.Enter();
        ModuleRegistry.InitCore(Interp);
    }

    public PyObject Builtin(string name) => Interp.Builtins.GetItemStr(name) ?? throw new KeyNotFoundException(name);

    public PyObject Sys(string name) => ((PyModule)Interp.Modules.GetItemStr("sys")!).Dict.GetItemStr(name) ?? throw new KeyNotFoundException(name);

    /// <summary>Calls builtin <paramref name="name"/>; keyword arguments as (name, value) pairs after the positional ones.</summary>
    public PyObject? Call(string name, PyObject[] args, params (string Name, PyObject Value)[] kwargs) =>
        CallObject(Builtin(name), args, kwargs);

    public static PyObject? CallObject(PyObject callable, PyObject[] args, params (string Name, PyObject Value)[] kwargs)
    {
        var all = new PyObject[args.Length + kwargs.Length];
        args.CopyTo(all, 0);
        var names = new PyObject[kwargs.Length];
        for (int i = 0; i < kwargs.Length; i++)
        {
            names[i] = new PyStr(kwargs[i].Name);
            all[args.Length + i] = kwargs[i].Value;
        }

        return PyCall.Call(callable, all, kwargs.Length == 0 ? null : new PyTuple(names));
    }

    /// <summary>Asserts that an exception of <paramref name="type"/> is pending with str() <paramref name="message"/>, and clears it.</summary>
    public void AssertRaised(PyType type, string message)
    {
        var exc = PyErr.Fetch();
        Assert.NotNull(exc);
        Assert.Same(type, exc!.Type);
        Assert.Equal(message, AsText(PyOps.Str(exc)!));
    }

    public static string AsText(PyObject o) => ((PyStr)o).Value;

    public static PyStr S(string s) => new(s);

    public static PyInt I(long v) => PyInt.From(v);
}
