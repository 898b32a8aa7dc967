using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace Ember.Runtime.Tests.Strings;

/// <summary>
/// Seeded str, bytes and bytearray method calls and codec runs (str_cases.py
/// next to this file), each compared with what CPython 3.11 returned or
/// raised: the value, or the exception class and message (for Unicode errors,
/// encoding, start, end and reason).
/// </summary>
public sealed class StrOracleTests
{
    private readonly ITestOutputHelper _output;

    public StrOracleTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void SeededMethodCallsMatchCPython()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ember-str-cases-{Environment.ProcessId}.jsonl");
        var script = Path.Combine(RepoPaths.Root, "tests", "Ember.Runtime.Tests", "Strings", "str_cases.py");
        var run = ProcessRunner.Run(
            OraclePython.Path,
            [script, "--out", path, "--count", "30000", "--seed", Environment.GetEnvironmentVariable("EMBER_STR_SEED") ?? "1"],
            TimeSpan.FromMinutes(5));
        Assert.True(run.ExitCode == 0, run.Stderr);
        var ts = new PyThreadState(new PyInterpreterState());
        var previous = ts.Enter();
        try
        {
            int total = 0, failed = 0;
            var report = new StringBuilder();
            var byMethod = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(path, Encoding.UTF8))
            {
                total++;
                var c = JsonDocument.Parse(line).RootElement;
                string expected = Expected(c);
                string actual = Actual(c);
                if (expected != actual)
                {
                    failed++;
                    string key = c.GetProperty("r").EnumerateObject().First().Name + "." + c.GetProperty("m").GetString();
                    byMethod[key] = byMethod.GetValueOrDefault(key) + 1;
                    if (Environment.GetEnvironmentVariable("EMBER_STR_REPORT") is { Length: > 0 } reportPath)
                    {
                        File.AppendAllText(reportPath, line + "\n   ember: " + actual + "\n");
                    }

                    if (failed <= 40)
                    {
                        report.Append(line).Append("\n   ember: ").Append(actual).Append('\n');
                    }
                }
            }

            _output.WriteLine($"str oracle: {total - failed}/{total} cases match CPython");
            RepoPaths.WriteSummary("str-oracle", $"str oracle: {total - failed}/{total} cases match CPython");
            Assert.True(failed == 0, $"{failed} of {total} cases differ ({string.Join(", ", byMethod.Select(kv => kv.Key + " " + kv.Value))}):\n{report}");
        }
        finally
        {
            PyThreadState.Restore(previous);
            File.Delete(path);
        }
    }

    private static string Expected(JsonElement c)
    {
        if (c.TryGetProperty("ok", out var ok))
        {
            return "ok " + Canon(ok);
        }

        if (c.TryGetProperty("ni", out _))
        {
            return "NotImplemented";
        }

        string type = c.GetProperty("err").GetString()!;
        if (c.TryGetProperty("uargs", out var u))
        {
            return $"{type} {u[0].GetString()} {u[1].GetInt64()} {u[2].GetInt64()} {u[3].GetString()}";
        }

        return $"{type} {c.GetProperty("msg").GetString()}";
    }

    private static string Actual(JsonElement c)
    {
        var recv = Decode(c.GetProperty("r"));
        string m = c.GetProperty("m").GetString()!;
        var args = c.GetProperty("a").EnumerateArray().Select(Decode).ToArray();
        if (PyErr.Fetch() is { } decodeError)
        {
            return "arguments not built: " + decodeError.Type.Name;
        }

        PyObject? result;
        try
        {
            result = Invoke(recv, m, args);
        }
        catch (Exception e)
        {
            return ".NET " + e.GetType().Name + ": " + e.Message;
        }

        if (result is null)
        {
            var exc = PyErr.Fetch();
            if (exc is null)
            {
                return "null without an exception";
            }

            string type = exc.Type.Name;
            if (type is "UnicodeEncodeError" or "UnicodeDecodeError" && exc.Args.Count == 5)
            {
                return $"{type} {((PyStr)exc.Args[0]).Value} {((PyInt)exc.Args[2]).Small} {((PyInt)exc.Args[3]).Small} {((PyStr)exc.Args[4]).Value}";
            }

            return $"{type} {(exc.Args.Count > 0 && exc.Args[0] is PyStr s ? s.Value : "")}";
        }

        if (ReferenceEquals(result, PyNotImplemented.Instance))
        {
            return "NotImplemented";
        }

        return "ok " + Canon(result);
    }

    private static PyObject? Invoke(PyObject recv, string m, PyObject[] args)
    {
        switch (m)
        {
            case "iter":
            {
                var items = PyIter.ToList(recv);
                return items is null ? null : PyList.Create(items.ToArray());
            }

            case "__hash_eq__":
            {
                long h1 = PyOps.Hash(recv), h2 = PyOps.Hash(args[0]);
                int eq = PyOps.RichCompareBool(recv, args[0], CompareOp.Eq);
                return PyBool.From((h1 == h2) == (eq == 1));
            }

            case "__repr__":
                return PyOps.Repr(recv);
            case "__len__":
                long n = PySequence.Length(recv);
                return n < 0 ? null : PyInt.From(n);
            case "__getitem__":
                return PySequence.GetItem(recv, args[0]);
            case "__contains__":
                int r = PySequence.Contains(recv, args[0]);
                return r < 0 ? null : PyBool.From(r == 1);
            case "__add__":
                return PyNumber.Add(recv, args[0]);
            case "__mul__":
                return PyNumber.Multiply(recv, args[0]);
            case "__mod__":
                return recv.Type.Remainder!(recv, args[0]);
            case "__lt__":
                return recv.Type.RichCompare!(recv, args[0], CompareOp.Lt);
            case "__eq__":
                return recv.Type.RichCompare!(recv, args[0], CompareOp.Eq);
        }

        var descr = recv.Type.Lookup(m);
        return descr switch
        {
            PyMethodDescriptor md => md.Impl(recv, args, null),
            _ => throw new InvalidOperationException($"no method {m} on {recv.Type.Name}"),
        };
    }

    internal static PyObject Decode(JsonElement v)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return PyNone.Instance;
        }

        var p = v.EnumerateObject().First();
        switch (p.Name)
        {
            case "s":
                return PyStr.FromCodePoints(p.Value.EnumerateArray().Select(x => x.GetInt32()).ToArray());
            case "b":
                return new PyBytes(Convert.FromHexString(p.Value.GetString()!));
            case "ba":
                return new PyByteArray(Convert.FromHexString(p.Value.GetString()!));
            case "i":
                return PyInt.From(BigInteger.Parse(p.Value.GetString()!, CultureInfo.InvariantCulture));
            case "bool":
                return PyBool.From(p.Value.GetBoolean());
            case "f":
                return new PyFloat(double.Parse(p.Value.GetString()!, CultureInfo.InvariantCulture));
            case "t":
                return new PyTuple(p.Value.EnumerateArray().Select(Decode).ToArray());
            case "l":
                return PyList.Create(p.Value.EnumerateArray().Select(Decode).ToArray());
            case "d":
                var d = new PyDict();
                foreach (var kv in p.Value.EnumerateArray())
                {
                    d.SetItem(Decode(kv[0]), Decode(kv[1]));
                }

                return d;
            default:
                throw new InvalidOperationException(p.Name);
        }
    }

    private static string Canon(JsonElement v)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return "None";
        }

        var p = v.EnumerateObject().First();
        return p.Name switch
        {
            "s" => "s[" + string.Join(",", p.Value.EnumerateArray().Select(x => x.GetInt32())) + "]",
            "b" => "b'" + p.Value.GetString() + "'",
            "ba" => "ba'" + p.Value.GetString() + "'",
            "i" => "i" + p.Value.GetString(),
            "bool" => p.Value.GetBoolean() ? "True" : "False",
            "t" => "(" + string.Join(",", p.Value.EnumerateArray().Select(Canon)) + ")",
            "l" => "[" + string.Join(",", p.Value.EnumerateArray().Select(Canon)) + "]",
            "d" => "{" + string.Join(",", p.Value.EnumerateArray().Select(kv => Canon(kv[0]) + ":" + Canon(kv[1]))) + "}",
            _ => p.Name + "?",
        };
    }

    private static string Canon(PyObject o) => o switch
    {
        PyNone => "None",
        PyBool b => b.Value ? "True" : "False",
        PyInt i => "i" + i.ToBigInteger().ToString(CultureInfo.InvariantCulture),
        PyStr s => "s[" + string.Join(",", s.GetCodePoints()) + "]",
        PyBytes b => "b'" + Convert.ToHexString(b.Data).ToLowerInvariant() + "'",
        PyByteArray ba => "ba'" + Convert.ToHexString(ba.AsSpan()).ToLowerInvariant() + "'",
        PyTuple t => "(" + string.Join(",", t.Items.Select(Canon)) + ")",
        PyList l => "[" + string.Join(",", l.AsSpan().ToArray().Select(Canon)) + "]",
        PyDict d => "{" + string.Join(",", Entries(d).Select(kv => Canon(kv.Key) + ":" + Canon(kv.Value))) + "}",
        _ => "<" + o.Type.Name + ">",
    };

    private static IEnumerable<KeyValuePair<PyObject, PyObject>> Entries(PyDict d)
    {
        var list = new List<KeyValuePair<PyObject, PyObject>>();
        int pos = 0;
        while (d.Next(ref pos, out var k, out var v))
        {
            list.Add(new(k, v));
        }

        return list;
    }
}
