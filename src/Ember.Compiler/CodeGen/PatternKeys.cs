using System.Globalization;
using System.Numerics;
using Ember.Bytecode;
using Ember.Syntax.Text;

namespace Ember.Compiler.CodeGen;

/// <summary>
/// Constant mapping-pattern keys as a Python set sees them (1, 1.0 and True
/// are one key), for 3.11's "mapping pattern checks duplicate key" error, and
/// their repr for its message.
/// </summary>
internal static class PatternKeys
{
    public static string EqualityKey(object? v)
    {
        switch (v)
        {
            case null:
                return "None";
            case bool b:
                return "n:" + (b ? "1" : "0");
            case long l:
                return "n:" + l.ToString(CultureInfo.InvariantCulture);
            case BigInteger big:
                return "n:" + big.ToString(CultureInfo.InvariantCulture);
            case double d:
                if (double.IsFinite(d) && Math.Floor(d) == d)
                {
                    return "n:" + new BigInteger(d).ToString(CultureInfo.InvariantCulture);
                }

                return "f:" + d.ToString("R", CultureInfo.InvariantCulture);
            case Complex z:
                return z.Imaginary == 0 ? EqualityKey(z.Real) : "c:" + z.Real.ToString("R", CultureInfo.InvariantCulture) + "," + z.Imaginary.ToString("R", CultureInfo.InvariantCulture);
            case string s:
                return "s:" + s;
            case byte[] bytes:
                return "b:" + Convert.ToHexString(bytes);
            case ConstTuple t:
                return "t(" + string.Join(",", t.Items.Select(EqualityKey)) + ")";
            default:
                return "o:" + v;
        }
    }

    public static string Repr(object? v) => v switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        BigInteger big => big.ToString(CultureInfo.InvariantCulture),
        double d => PyRepr.Float(d),
        Complex z => PyRepr.ComplexNumber(z),
        string s => PyRepr.Str(s),
        byte[] bytes => PyRepr.Bytes(bytes),
        ConstTuple t => "(" + string.Join(", ", t.Items.Select(Repr)) + (t.Items.Length == 1 ? ",)" : ")"),
        ConstEllipsis => "Ellipsis",
        _ => v.ToString() ?? "?",
    };
}
