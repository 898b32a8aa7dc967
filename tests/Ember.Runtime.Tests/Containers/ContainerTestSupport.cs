using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;
using Ember.TestSupport;
using Xunit;

namespace Ember.Runtime.Tests.Containers;

/// <summary>
/// A test key with a chosen value and hash: equal and ordered by value, hashed
/// by the hash CPython gives the int with that value, so a table of keys lays
/// out exactly as CPython's table of those ints. Counts its &lt; comparisons.
/// </summary>
internal sealed class Key : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("Key", null, TypeFlags.None, static t =>
    {
        t.Hash = static self => ((Key)self).HashValue;
        t.Repr = static self => new PyStr(((Key)self).Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        t.RichCompare = static (self, other, op) =>
        {
            if (other is not Key o)
            {
                return PyNotImplemented.Instance;
            }

            var a = (Key)self;
            if (op == CompareOp.Lt && a.Counter is not null)
            {
                if (a.Counter.FailAt > 0 && a.Counter.LessThan + 1 == a.Counter.FailAt)
                {
                    return Errors.PyErr.ValueError("comparison failed");
                }

                a.Counter.LessThan++;
            }

            int c = a.Value.CompareTo(o.Value);
            return PyBool.From(op switch
            {
                CompareOp.Lt => c < 0,
                CompareOp.Le => c <= 0,
                CompareOp.Eq => c == 0,
                CompareOp.Ne => c != 0,
                CompareOp.Gt => c > 0,
                _ => c >= 0,
            });
        };
    });

    public Key(long value, long? hash = null, CompareCounter? counter = null)
        : base(TypeObject)
    {
        Value = value;
        HashValue = hash ?? (value == -1 ? -2 : value);
        Counter = counter;
    }

    public long Value { get; }

    public long HashValue { get; }

    public CompareCounter? Counter { get; }

    public int Tag { get; init; }
}

internal sealed class CompareCounter
{
    public int LessThan;

    /// <summary>When positive, the comparison with this number fails with ValueError.</summary>
    public int FailAt;
}

internal static class C
{
    public static PyThreadState Enter()
    {
        var ts = new PyThreadState(new PyInterpreterState());
        ts.Enter();
        return ts;
    }

    /// <summary>Runs a Python program under the oracle and returns its stdout lines.</summary>
    public static string[] Oracle(string code)
    {
        var r = ProcessRunner.Run(OraclePython.Path, ["-c", code], TimeSpan.FromMinutes(2));
        Assert.True(r.ExitCode == 0, r.Stderr);
        return r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Calls a builtin method found on the object's type.</summary>
    public static PyObject? Call(PyObject self, string name, params PyObject[] args)
    {
        var descr = self.Type.Lookup(name);
        return descr switch
        {
            PyMethodDescriptor m => m.Impl(self, args, null),
            PyClassMethodDescriptor cm => cm.Impl(self, args, null),
            _ => throw new InvalidOperationException($"no method {name} on {self.Type.Name}"),
        };
    }

    /// <summary>Calls a class method found in the class's own dicts.</summary>
    public static PyObject? CallClass(PyType cls, string name, params PyObject[] args) =>
        ((PyClassMethodDescriptor)cls.Lookup(name)!).Impl(cls, args, null);

    public static string Repr(PyObject o)
    {
        var r = PyOps.ReprString(o);
        Assert.True(r is not null, Pending());
        return r!;
    }

    public static string Pending()
    {
        var exc = PyThreadState.Current.CurrentException;
        return exc is null ? "(none)" : $"{exc.Type.Name}: {(exc.Args.Count > 0 && exc.Args[0] is PyStr s ? s.Value : "")}";
    }

    /// <summary>Asserts the pending exception's class and message, and clears it.</summary>
    public static void AssertRaised(PyType type, string message)
    {
        var exc = PyErr.Fetch();
        Assert.NotNull(exc);
        Assert.Equal(type.Name, exc!.Type.Name);
        var text = exc.Args.Count > 0 ? exc.Args[0] switch
        {
            PyStr s => s.Value,
            Key k => k.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            var o => o.ToString()!,
        } : "";
        Assert.Equal(message, text);
    }

    public static long[] Values(PyObject iterable)
    {
        var items = PyIter.ToList(iterable);
        Assert.True(items is not null, Pending());
        return items!.Select(static o => ((Key)o).Value).ToArray();
    }

    public static PyList KeyList(IEnumerable<long> values, CompareCounter? counter = null) =>
        PyList.Create(values.Select(v => (PyObject)new Key(v, counter: counter)).ToArray());
}
