using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Text;
using Ember.Runtime.Threading;
using Ember.TestSupport;

namespace Ember.Runtime.Tests.Numbers;

/// <summary>
/// Seeded number-operation cases, answered by CPython (tests/oracle/number_cases.py
/// run at test time) and by Ember's slots through the protocol layer, in the
/// same "type:repr" or "!Class: message" form.
/// </summary>
internal static class NumberCases
{
    public static readonly string[] BinaryOps =
    [
        "+", "-", "*", "/", "//", "%", "divmod", "**", "<<", ">>", "&", "|", "^", "<", "<=", "==", "!=", ">", ">=",
    ];

    public static readonly string[] UnaryOps = ["neg", "pos", "invert", "abs", "bool", "hash", "repr", "int", "float", "complex"];

    /// <summary>Operand encodings: i:decimal, b:0|1, f:float.hex(), c:hex,hex, s:text.</summary>
    public static List<string> Operands(int seed, bool withComplex = true)
    {
        var list = new List<string>();
        foreach (var v in new BigInteger[]
        {
            0, 1, -1, 2, -2, 3, 7, -7, 10, 255, 256, 257, -5, -6, 1000, int.MaxValue, (BigInteger)int.MaxValue + 1,
            (BigInteger.One << 53) - 1, BigInteger.One << 53, (BigInteger.One << 53) + 1, BigInteger.One << 61, (BigInteger.One << 61) - 1,
            long.MaxValue, long.MinValue, (BigInteger)long.MaxValue + 1, (BigInteger)long.MinValue - 1, BigInteger.One << 64,
            -(BigInteger.One << 64), BigInteger.Pow(10, 20), -BigInteger.Pow(10, 20), BigInteger.Pow(3, 50), -BigInteger.Pow(7, 40),
            BigInteger.One << 1023, (BigInteger.One << 1024) - 1, BigInteger.Pow(10, 400),
        })
        {
            list.Add("i:" + v.ToString(CultureInfo.InvariantCulture));
        }

        var rng = new Random(seed);
        for (int k = 0; k < 12; k++)
        {
            list.Add("i:" + rng.NextInt64(-100000, 100000).ToString(CultureInfo.InvariantCulture));
            list.Add("i:" + RandomBig(rng, rng.Next(60, 300)).ToString(CultureInfo.InvariantCulture));
        }

        list.Add("b:0");
        list.Add("b:1");
        foreach (double d in new[]
        {
            0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 3.0, -3.7, 1e16, 1e-5, Math.PI, 0.1, 1.0 / 3, 9007199254740992.0,
            9.223372036854775807e18, 1e308, -1e308, 5e-324, 2.2250738585072014e-308, double.PositiveInfinity,
            double.NegativeInfinity, double.NaN, 1e22, 123456789.125, -0.75, 4.5e15,
        })
        {
            list.Add(Float(d));
        }

        for (int k = 0; k < 12; k++)
        {
            double d = (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-30, 30));
            list.Add(Float(d));
            list.Add(Float(rng.Next(-1000, 1000) / 8.0));
        }

        if (withComplex)
        {
            foreach (var (re, im) in new[]
            {
                (0.0, 0.0), (0.0, 1.0), (1.0, 2.0), (-0.0, -0.0), (0.0, -0.0), (3.0, 4.0), (0.5, -1.5), (double.PositiveInfinity, 1.0),
                (1e200, 1e200), (-2.0, 0.0), (double.NaN, 1.0), (1e-300, 1e-300),
            })
            {
                list.Add($"c:{FloatConversions.ToHex(re)},{FloatConversions.ToHex(im)}");
            }
        }

        return list;
    }

    public static string Float(double d) => "f:" + FloatConversions.ToHex(d);

    private static BigInteger RandomBig(Random rng, int bits)
    {
        var bytes = new byte[(bits / 8) + 1];
        rng.NextBytes(bytes);
        bytes[^1] &= 0x7F;
        var v = new BigInteger(bytes);
        return rng.Next(2) == 0 ? v : -v;
    }

    public static PyObject Value(string text)
    {
        string rest = text[2..];
        switch (text[0])
        {
            case 'i':
                return PyInt.From(BigInteger.Parse(rest, CultureInfo.InvariantCulture));
            case 'b':
                return PyBool.From(rest == "1");
            case 'f':
                return new PyFloat(FromHex(rest));
            case 'c':
            {
                var parts = rest.Split(',');
                return new PyComplex(FromHex(parts[0]), FromHex(parts[1]));
            }

            default:
                return new PyStr(rest);
        }
    }

    private static double FromHex(string s)
    {
        if (!FloatParser.TryFromHex(s, out double d, out _))
        {
            throw new InvalidOperationException("bad hex float " + s);
        }

        return d;
    }

    /// <summary>Whether a case is cheap and deterministic on both sides (no giant powers or shifts, no identity-based NaN hashes).</summary>
    public static bool Wanted(string op, string a, string? b)
    {
        if (op == "**" && b is not null && b[0] == 'i' && (b.Length > 4 || Math.Abs(long.Parse(b[2..], CultureInfo.InvariantCulture)) > 200))
        {
            return false;
        }

        if (op == "<<" && b is not null && b[0] == 'i' && (b.Length > 5 || long.Parse(b[2..], CultureInfo.InvariantCulture) > 2000))
        {
            return false;
        }

        if (op == "hash" && (a.Contains("nan", StringComparison.Ordinal)))
        {
            return false;
        }

        return true;
    }

    public static string Run(string[] c)
    {
        var vals = new PyObject[c.Length - 1];
        for (int i = 1; i < c.Length; i++)
        {
            vals[i - 1] = Value(c[i]);
        }

        PyObject? r = Apply(c[0], vals);
        string? shown = r is null ? null : Show(r);
        if (shown is null)
        {
            var exc = PyErr.Fetch();
            if (exc is null)
            {
                return "<null without exception>";
            }

            return "!" + exc.Type.Name + ": " + ExceptionText(exc);
        }

        return shown;
    }

    private static string ExceptionText(PyBaseException exc)
    {
        if (exc.Args.Count == 1)
        {
            return exc.Args[0] is PyStr s ? s.Value : ReprOf(exc.Args[0]);
        }

        if (exc.Args.Count == 0)
        {
            return "";
        }

        return "(" + string.Join(", ", exc.Args.Items.Select(a => a is PyStr s ? Syntax.Text.PyRepr.Str(s.Value) : ReprOf(a))) + ")";
    }

    private static string ReprOf(PyObject o) => ((PyStr)PyOps.Repr(o)!).Value;

    public static string? Show(PyObject r)
    {
        if (r is PyTuple t)
        {
            var parts = new List<string>();
            foreach (var item in t.Items)
            {
                string? part = Show(item);
                if (part is null)
                {
                    return null;
                }

                parts.Add(part);
            }

            return "tuple:(" + string.Join(", ", parts) + ")";
        }

        if (r is PyFloat f && double.IsNaN(f.Value))
        {
            return "float:nan";
        }

        if (r is PyStr s)
        {
            return "str:" + Syntax.Text.PyRepr.Str(s.Value);
        }

        var repr = PyOps.Repr(r);
        return repr is PyStr rs ? r.Type.Name + ":" + rs.Value : null;
    }

    private static PyObject? Apply(string op, PyObject[] v)
    {
        switch (op)
        {
            case "pow3":
                return PyNumber.Power(v[0], v[1], v[2]);
            case "int_base":
                return PyCall.Call(PyInt.TypeObject, v[0], v[1]);
            case "format":
                return CallMethod(v[0], "__format__", [v[1]]);
        }

        if (v.Length == 2)
        {
            var a = v[0];
            var b = v[1];
            return op switch
            {
                "+" => PyNumber.Add(a, b),
                "-" => PyNumber.Subtract(a, b),
                "*" => PyNumber.Multiply(a, b),
                "/" => PyNumber.TrueDivide(a, b),
                "//" => PyNumber.FloorDivide(a, b),
                "%" => PyNumber.Remainder(a, b),
                "divmod" => PyNumber.Divmod(a, b),
                "**" => PyNumber.Power(a, b, PyNone.Instance),
                "<<" => PyNumber.Binary(a, b, BinaryOp.LShift),
                ">>" => PyNumber.Binary(a, b, BinaryOp.RShift),
                "&" => PyNumber.Binary(a, b, BinaryOp.And),
                "|" => PyNumber.Binary(a, b, BinaryOp.Or),
                "^" => PyNumber.Binary(a, b, BinaryOp.Xor),
                "<" => PyOps.RichCompare(a, b, CompareOp.Lt),
                "<=" => PyOps.RichCompare(a, b, CompareOp.Le),
                "==" => PyOps.RichCompare(a, b, CompareOp.Eq),
                "!=" => PyOps.RichCompare(a, b, CompareOp.Ne),
                ">" => PyOps.RichCompare(a, b, CompareOp.Gt),
                ">=" => PyOps.RichCompare(a, b, CompareOp.Ge),
                "round" => CallRounding(a, "__round__", [b]),
                _ => throw new InvalidOperationException(op),
            };
        }

        var x = v[0];
        switch (op)
        {
            case "neg":
                return PyNumber.Negative(x);
            case "pos":
                return PyNumber.Positive(x);
            case "invert":
                return PyNumber.Invert(x);
            case "abs":
                return PyNumber.Absolute(x);
            case "bool":
            {
                int t = PyOps.IsTrue(x);
                return t < 0 ? null : PyBool.From(t == 1);
            }

            case "hash":
            {
                long h = PyOps.Hash(x);
                return h == -1 ? null : PyInt.From(h);
            }

            case "repr":
                return PyOps.Repr(x);
            case "int":
                return PyCall.Call(PyInt.TypeObject, x);
            case "float":
                return PyCall.Call(PyFloat.TypeObject, x);
            case "complex":
                return PyCall.Call(PyComplex.TypeObject, x);
            case "round":
                return CallRounding(x, "__round__", []);
            case "trunc":
                return CallRounding(x, "__trunc__", []);
            case "floor":
                return CallRounding(x, "__floor__", []);
            case "ceil":
                return CallRounding(x, "__ceil__", []);
            default:
                return CallMethod(x, op, []);
        }
    }

    /// <summary>x.name(*args) through the type's dict, which needs no generic attribute lookup.</summary>
    public static PyObject? CallMethod(PyObject x, string name, ReadOnlySpan<PyObject> args)
    {
        var r = PyCall.CallSpecial(x, new PyStr(name), args, out bool found);
        if (!found)
        {
            return PyErr.AttributeError($"'{x.Type.Name}' object has no attribute '{name}'");
        }

        return r;
    }

    /// <summary>round(), math.trunc, math.floor and math.ceil: the special method, or those builtins' errors without one.</summary>
    private static PyObject? CallRounding(PyObject x, string name, ReadOnlySpan<PyObject> args)
    {
        var r = PyCall.CallSpecial(x, new PyStr(name), args, out bool found);
        if (found)
        {
            return r;
        }

        if (name is "__floor__" or "__ceil__")
        {
            return PyFloat.AsDouble(x, out _) ? PyErr.SystemError("unexpected") : null;
        }

        return PyErr.TypeError($"type {x.Type.Name} doesn't define {name} method");
    }

    /// <summary>CPython's answers, one a case, in order.</summary>
    public static string[] Oracle(List<string[]> cases)
    {
        string file = Path.Combine(Path.GetTempPath(), $"ember-number-cases-{Environment.ProcessId}-{Guid.NewGuid():N}.jsonl");
        try
        {
            using (var w = new StreamWriter(file, false, new UTF8Encoding(false)))
            {
                foreach (var c in cases)
                {
                    w.WriteLine(JsonSerializer.Serialize(c));
                }
            }

            string script = Path.Combine(RepoPaths.Root, "tests", "oracle", "number_cases.py");
            var result = ProcessRunner.Run(OraclePython.Path, [script, file], TimeSpan.FromMinutes(5));
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException("oracle failed: " + result.Stderr);
            }

            var lines = result.Stdout.Split('\n');
            return lines[..cases.Count];
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static PyThreadState Enter()
    {
        var ts = new PyThreadState(new PyInterpreterState());
        ts.Enter();
        return ts;
    }
}
