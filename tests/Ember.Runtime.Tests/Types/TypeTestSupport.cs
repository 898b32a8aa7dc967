using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;
using Xunit;

namespace Ember.Runtime.Tests.Types;

/// <summary>
/// Stands in for a Python function in these tests (the interpreter's
/// function type behaves the same way towards the type machinery): flagged
/// as a method descriptor, called with self first, bound by __get__.
/// </summary>
internal sealed class TestFunction : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("function", null, TypeFlags.MethodDescriptor, static t =>
    {
        t.Call = static (self, args, kw) => ((TestFunction)self).Impl(args, kw);
        t.DescrGet = static (descr, instance, owner) =>
        {
            var f = (TestFunction)descr;
            if (instance is null)
            {
                return f;
            }

            return new PyBuiltinFunction(f.Name, (bound, args, kw) =>
            {
                var all = new PyObject[args.Length + 1];
                all[0] = bound;
                args.CopyTo(all.AsSpan(1));
                return f.Impl(all, kw);
            }, instance);
        };
    });

    public TestFunction(string name, Func<PyObject[], PyObject?> impl)
        : base(TypeObject)
    {
        Name = name;
        Impl = (args, kw) => impl(args.ToArray());
    }

    public string Name { get; }

    public Func<ReadOnlySpan<PyObject>, PyTuple?, PyObject?> Impl { get; }
}

internal static class T
{
    public static PyThreadState Enter()
    {
        var ts = new PyThreadState(new PyInterpreterState());
        ts.Enter();
        return ts;
    }

    public static PyStr S(string s) => new(s);

    public static PyInt I(long v) => PyInt.From(v);

    public static PyObject F(string name, Func<PyObject[], PyObject?> impl) => new TestFunction(name, impl);

    /// <summary>type(name, bases, dict) with __module__ = '__main__' unless given.</summary>
    public static PyType Class(string name, PyType[]? bases = null, params (string Key, PyObject Value)[] members)
    {
        var r = TryClass(name, bases, members);
        Assert.True(r is not null, ErrorText());
        return (PyType)r!;
    }

    public static PyObject? TryClass(string name, PyType[]? bases, params (string Key, PyObject Value)[] members)
    {
        var dict = new PyDict();
        dict.SetItemStr("__module__", S("__main__"));
        foreach (var (k, v) in members)
        {
            dict.SetItemStr(k, v);
        }

        return PyCall.Call(PyType.TypeType, [S(name), new PyTuple(bases ?? []), dict], null);
    }

    public static PyObject New(PyObject cls, params PyObject[] args)
    {
        var r = PyCall.Call(cls, args, null);
        Assert.True(r is not null, ErrorText());
        return r!;
    }

    public static PyObject Get(PyObject o, string name)
    {
        var r = PyOps.GetAttr(o, S(name));
        Assert.True(r is not null, ErrorText());
        return r!;
    }

    public static void Set(PyObject o, string name, PyObject value) => Assert.True(PyOps.SetAttr(o, S(name), value), ErrorText());

    public static string Repr(PyObject o)
    {
        var r = PyOps.ReprString(o);
        Assert.True(r is not null, ErrorText());
        return r!;
    }

    /// <summary>"TypeError: message" for the pending exception (and clears it); "" when none.</summary>
    public static string ErrorText()
    {
        var exc = PyErr.Fetch();
        if (exc is null)
        {
            return "";
        }

        string msg = exc.Args.Count == 1 && exc.Args[0] is PyStr s ? s.Value : exc.Args.Count == 0 ? "" : exc.Args.ToString();
        return exc.Type.Name + ": " + msg;
    }

    /// <summary>Asserts that <paramref name="result"/> failed with exactly this error.</summary>
    public static void Fails(object? result, string expected)
    {
        Assert.True(result is null or false or -1 or -1L, $"expected failure, got {result}");
        Assert.Equal(expected, ErrorText());
    }
}
