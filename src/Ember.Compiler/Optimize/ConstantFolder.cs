using System.Numerics;
using Ember.Bytecode;
using Ember.Syntax.Ast;

namespace Ember.Compiler.Optimize;

/// <summary>
/// CPython 3.11's AST optimizer (Python/ast_opt.c) as a side table: which
/// expressions are constants after folding, and their values, without changing
/// the tree (the tree may belong to the <c>ast</c> module's caller). Folds
/// unary and binary operators on constants within ast_opt's size limits,
/// tuples of constants, constant subscripts, <c>__debug__</c>, and a list or
/// set display used as an <c>in</c> operand or a loop's iterable.
/// </summary>
internal sealed class ConstantFolder
{
    private const int MaxIntSize = 128;
    private const int MaxCollectionSize = 256;
    private const int MaxStrSize = 4096;
    private const int MaxTotalItems = 1024;

    private static readonly object NotConstant = new();

    private readonly int _optimize;
    private readonly Dictionary<ExprNode, object?> _cache = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<ExprNode> _iters = new(ReferenceEqualityComparer.Instance);

    public ConstantFolder(int optimize)
    {
        _optimize = optimize;
    }

    /// <summary>fold_iter: a list display here becomes a tuple, a set display of constants a frozenset.</summary>
    public void MarkIter(ExprNode e)
    {
        if (e is List l && l.Elts.Any(x => x is Starred))
        {
            return;
        }

        _iters.Add(e);
        _cache.Remove(e);
    }

    public bool IsIterTuple(ExprNode e) => _iters.Contains(e);

    public bool IsConstant(ExprNode e) => TryFold(e, out _);

    public bool TryFold(ExprNode e, out object? value)
    {
        if (!_cache.TryGetValue(e, out var v))
        {
            v = Fold(e);
            _cache[e] = v;
        }

        if (ReferenceEquals(v, NotConstant))
        {
            value = null;
            return false;
        }

        value = v;
        return true;
    }

    private object? Fold(ExprNode e)
    {
        switch (e)
        {
            case Constant c:
                return ToConst(c.Value);
            case Name { Ctx: ExprContext.Load } n when n.Id == "__debug__":
                return _optimize == 0;
            case UnaryOp u:
                return TryFold(u.Operand, out var operand) ? Unary(u.Op, operand) : NotConstant;
            case BinOp b:
                return TryFold(b.Left, out var l) && TryFold(b.Right, out var r) ? Binary(b.Op, l, r) : NotConstant;
            case Syntax.Ast.Tuple { Ctx: ExprContext.Load } t:
                return Items(t.Elts) is { } items ? new ConstTuple(items) : NotConstant;
            case List { Ctx: ExprContext.Load } list when _iters.Contains(list):
                return Items(list.Elts) is { } litems ? new ConstTuple(litems) : NotConstant;
            case Set s when _iters.Contains(s):
                return Items(s.Elts) is { } sitems ? FrozenSet(sitems) : NotConstant;
            case Subscript { Ctx: ExprContext.Load } sub:
                return TryFold(sub.Value, out var seq) && sub.Slice is not Slice && TryFold(sub.Slice, out var idx) ? Subscr(seq, idx) : NotConstant;
            default:
                return NotConstant;
        }
    }

    private object?[]? Items(List<ExprNode> elts)
    {
        var items = new object?[elts.Count];
        for (int i = 0; i < items.Length; i++)
        {
            if (elts[i] is Starred || !TryFold(elts[i], out items[i]))
            {
                return null;
            }
        }

        return items;
    }

    /// <summary>A frozenset constant: items equal in Python (1, 1.0, True) kept once, the first one.</summary>
    public static ConstFrozenSet FrozenSet(object?[] items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<object?>(items.Length);
        foreach (var item in items)
        {
            if (seen.Add(CodeGen.PatternKeys.EqualityKey(item)))
            {
                kept.Add(item);
            }
        }

        return new ConstFrozenSet(kept.ToArray());
    }

    /// <summary>An AST constant as a code-object constant.</summary>
    public static object? ToConst(object astValue) => astValue switch
    {
        NoneValue => null,
        EllipsisValue => ConstEllipsis.Value,
        SurrogateString s => new CodePointString(s.CodePoints.ToArray()),
        BigInteger b => Normalize(b),
        int i => (long)i,
        _ => astValue,
    };

    private static object Normalize(BigInteger b) => b >= long.MinValue && b <= long.MaxValue ? (object)(long)b : b;

    /// <summary>Python truth of a constant (PyObject_IsTrue).</summary>
    public static bool IsTrue(object? c) => c switch
    {
        null => false,
        bool b => b,
        long l => l != 0,
        BigInteger b => !b.IsZero,
        double d => d != 0.0,
        Complex z => z != Complex.Zero,
        string s => s.Length > 0,
        CodePointString cp => cp.CodePoints.Length > 0,
        byte[] bytes => bytes.Length > 0,
        ConstTuple t => t.Items.Length > 0,
        ConstFrozenSet f => f.Items.Length > 0,
        _ => true,
    };

    private static bool IsInt(object? v) => v is long or BigInteger or bool;

    private static BigInteger AsBig(object? v) => v switch
    {
        long l => l,
        BigInteger b => b,
        bool b => b ? 1 : 0,
        _ => throw new InvalidOperationException(),
    };

    private static bool TryAsDouble(object? v, out double d)
    {
        switch (v)
        {
            case double x:
                d = x;
                return true;
            case long or BigInteger or bool:
                var big = AsBig(v);
                d = (double)big;
                return !double.IsInfinity(d);
            default:
                d = 0;
                return false;
        }
    }

    private static object? Unary(UnaryOperator op, object? v)
    {
        switch (op)
        {
            case UnaryOperator.Not:
                return !IsTrue(v);
            case UnaryOperator.Invert:
                return IsInt(v) ? Normalize(-AsBig(v) - 1) : NotConstant;
            case UnaryOperator.UAdd:
                return v switch { bool b => b ? 1L : 0L, long or BigInteger or double or Complex => v, _ => NotConstant };
            default:
                return v switch
                {
                    bool or long or BigInteger => Normalize(-AsBig(v)),
                    double d => -d,
                    Complex z => -z,
                    _ => NotConstant,
                };
        }
    }

    private static object? Binary(Operator op, object? l, object? r)
    {
        try
        {
            return BinaryCore(op, l, r);
        }
        catch (Exception ex) when (ex is ArithmeticException or OverflowException)
        {
            return NotConstant;
        }
    }

    private static object? BinaryCore(Operator op, object? l, object? r)
    {
        if (IsInt(l) && IsInt(r))
        {
            return IntOp(op, l, r);
        }

        if ((l is double || IsInt(l)) && (r is double || IsInt(r)))
        {
            return TryAsDouble(l, out double a) && TryAsDouble(r, out double b) ? FloatOp(op, a, b) : NotConstant;
        }

        if ((l is Complex || l is double || IsInt(l)) && (r is Complex || r is double || IsInt(r)))
        {
            var a = l is Complex zl ? zl : TryAsDouble(l, out double dl) ? new Complex(dl, 0) : (Complex?)null;
            var b = r is Complex zr ? zr : TryAsDouble(r, out double dr) ? new Complex(dr, 0) : (Complex?)null;
            if (a == null || b == null)
            {
                return NotConstant;
            }

            return op switch
            {
                Operator.Add => a.Value + b.Value,
                Operator.Sub => a.Value - b.Value,
                Operator.Mult => ComplexProduct(a.Value, b.Value),
                Operator.Div => ComplexQuotient(a.Value, b.Value),
                Operator.Pow => ComplexPower(a.Value, b.Value),
                _ => NotConstant,
            };
        }

        return SequenceOp(op, l, r);
    }

    // Complex arithmetic as Objects/complexobject.c computes it (_Py_c_prod,
    // _Py_c_quot, c_powi), so that folded constants are the values CPython folds.
    private static Complex ComplexProduct(Complex a, Complex b) =>
        new((a.Real * b.Real) - (a.Imaginary * b.Imaginary), (a.Real * b.Imaginary) + (a.Imaginary * b.Real));

    private static object? ComplexQuotient(Complex a, Complex b)
    {
        double absReal = Math.Abs(b.Real), absImag = Math.Abs(b.Imaginary);
        if (absReal >= absImag)
        {
            if (absReal == 0.0)
            {
                return NotConstant; // ZeroDivisionError at run time
            }

            double ratio = b.Imaginary / b.Real;
            double denom = b.Real + (b.Imaginary * ratio);
            return new Complex((a.Real + (a.Imaginary * ratio)) / denom, (a.Imaginary - (a.Real * ratio)) / denom);
        }

        if (absImag >= absReal)
        {
            double ratio = b.Real / b.Imaginary;
            double denom = (b.Real * ratio) + b.Imaginary;
            return new Complex(((a.Real * ratio) + a.Imaginary) / denom, ((a.Imaginary * ratio) - a.Real) / denom);
        }

        return NotConstant; // a NaN divisor
    }

    // Only the integral exponents complex_pow sends to c_powi are folded; the
    // general case (exp/log/atan2) is left to run time.
    private static object? ComplexPower(Complex a, Complex b)
    {
        if (b.Imaginary != 0.0 || b.Real != Math.Floor(b.Real) || Math.Abs(b.Real) > 100.0)
        {
            return NotConstant;
        }

        long n = (long)b.Real;
        if (n < 0 && a == Complex.Zero)
        {
            return NotConstant; // ZeroDivisionError at run time
        }

        var power = ComplexPowerUnsigned(a, n < 0 ? -n : n);
        object? result = n < 0 ? ComplexQuotient(Complex.One, power) : power;
        if (result is Complex z && (!double.IsFinite(z.Real) || !double.IsFinite(z.Imaginary)))
        {
            return NotConstant; // OverflowError at run time
        }

        return result;
    }

    private static Complex ComplexPowerUnsigned(Complex x, long n)
    {
        var r = Complex.One;
        var p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1)
        {
            if ((n & mask) != 0)
            {
                r = ComplexProduct(r, p);
            }

            p = ComplexProduct(p, p);
        }

        return r;
    }

    private static object? IntOp(Operator op, object? l, object? r)
    {
        var a = AsBig(l);
        var b = AsBig(r);
        bool bothBool = l is bool && r is bool;
        switch (op)
        {
            case Operator.Add:
                return Normalize(a + b);
            case Operator.Sub:
                return Normalize(a - b);
            case Operator.Mult:
                if (!a.IsZero && !b.IsZero && BitLength(a) + BitLength(b) > MaxIntSize)
                {
                    return NotConstant;
                }

                return Normalize(a * b);
            case Operator.FloorDiv:
                if (b.IsZero)
                {
                    return NotConstant;
                }

                return Normalize(FloorDiv(a, b));
            case Operator.Mod:
                if (b.IsZero)
                {
                    return NotConstant;
                }

                return Normalize(a - (FloorDiv(a, b) * b));
            case Operator.Div:
                {
                    var limit = BigInteger.One << 53;
                    if (b.IsZero || BigInteger.Abs(a) > limit || BigInteger.Abs(b) > limit)
                    {
                        return NotConstant;
                    }

                    return (double)a / (double)b;
                }

            case Operator.Pow:
                if (b.Sign < 0)
                {
                    return TryAsDouble(l, out double fa) && TryAsDouble(r, out double fb) ? FloatOp(op, fa, fb) : NotConstant;
                }

                if (!a.IsZero && b.Sign > 0)
                {
                    long vbits = BitLength(a);
                    if (b > MaxIntSize || vbits > MaxIntSize / (long)b)
                    {
                        return NotConstant;
                    }
                }

                return Normalize(BigInteger.Pow(a, (int)b));
            case Operator.LShift:
                if (b.Sign < 0)
                {
                    return NotConstant;
                }

                if (!a.IsZero && !b.IsZero && (b > MaxIntSize || BitLength(a) > MaxIntSize - (long)b))
                {
                    return NotConstant;
                }

                return Normalize(a << (int)b);
            case Operator.RShift:
                if (b.Sign < 0)
                {
                    return NotConstant;
                }

                return Normalize(b > 1_000_000 ? (a.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero) : a >> (int)b);
            case Operator.BitOr:
                return bothBool ? (bool)l! | (bool)r! : Normalize(a | b);
            case Operator.BitXor:
                return bothBool ? (bool)l! ^ (bool)r! : Normalize(a ^ b);
            case Operator.BitAnd:
                return bothBool ? (bool)l! & (bool)r! : Normalize(a & b);
            default:
                return NotConstant;
        }
    }

    private static long BitLength(BigInteger v) => BigInteger.Abs(v).IsZero ? 0 : (long)BigInteger.Abs(v).GetBitLength();

    private static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var rem);
        if (!rem.IsZero && (rem.Sign < 0) != (b.Sign < 0))
        {
            q -= 1;
        }

        return q;
    }

    private static object? FloatOp(Operator op, double a, double b)
    {
        switch (op)
        {
            case Operator.Add:
                return a + b;
            case Operator.Sub:
                return a - b;
            case Operator.Mult:
                return a * b;
            case Operator.Div:
                return b == 0.0 ? NotConstant : a / b;
            case Operator.Mod:
                {
                    if (b == 0.0)
                    {
                        return NotConstant;
                    }

                    double mod = CFmod(a, b);
                    if (mod != 0.0)
                    {
                        if ((b < 0) != (mod < 0))
                        {
                            mod += b;
                        }
                    }
                    else
                    {
                        mod = Math.CopySign(0.0, b);
                    }

                    return mod;
                }

            case Operator.FloorDiv:
                {
                    if (b == 0.0)
                    {
                        return NotConstant;
                    }

                    double mod = CFmod(a, b);
                    double div = (a - mod) / b;
                    if (mod != 0.0 && (b < 0) != (mod < 0))
                    {
                        div -= 1.0;
                    }

                    double floordiv;
                    if (div != 0.0)
                    {
                        floordiv = Math.Floor(div);
                        if (div - floordiv > 0.5)
                        {
                            floordiv += 1.0;
                        }
                    }
                    else
                    {
                        floordiv = Math.CopySign(0.0, a / b);
                    }

                    return floordiv;
                }

            case Operator.Pow:
                {
                    if (double.IsNaN(a) || double.IsNaN(b) || double.IsInfinity(a) || double.IsInfinity(b))
                    {
                        return NotConstant;
                    }

                    if (b == 0.0)
                    {
                        return 1.0;
                    }

                    if (a == 0.0 && b < 0)
                    {
                        return NotConstant;
                    }

                    if (a < 0 && Math.Floor(b) != b)
                    {
                        return NotConstant;
                    }

                    double res = Math.Pow(a, b);
                    return double.IsInfinity(res) ? NotConstant : res;
                }

            default:
                return NotConstant;
        }
    }

    private static double CFmod(double a, double b) => a % b;

    private static object? SequenceOp(Operator op, object? l, object? r)
    {
        if (op == Operator.Add)
        {
            return (l, r) switch
            {
                (string a, string b) => a + b,
                (byte[] a, byte[] b) => a.Concat(b).ToArray(),
                (ConstTuple a, ConstTuple b) => new ConstTuple(a.Items.Concat(b.Items).ToArray()),
                _ => NotConstant,
            };
        }

        if (op != Operator.Mult)
        {
            return NotConstant;
        }

        if (IsInt(r) && !IsInt(l))
        {
            (l, r) = (r, l);
        }

        if (!IsInt(l))
        {
            return NotConstant;
        }

        var n = AsBig(l);
        switch (r)
        {
            case string s:
                if (s.Length == 0)
                {
                    return s;
                }

                if (n < 0 || n > MaxStrSize / CodePointLength(s))
                {
                    return NotConstant;
                }

                return string.Concat(Enumerable.Repeat(s, (int)n));
            case CodePointString cps:
                if (cps.CodePoints.Length == 0)
                {
                    return cps;
                }

                if (n < 0 || n > MaxStrSize / cps.CodePoints.Length)
                {
                    return NotConstant;
                }

                return new CodePointString(Enumerable.Repeat(cps.CodePoints, (int)n).SelectMany(x => x).ToArray());
            case byte[] bytes:
                if (bytes.Length == 0)
                {
                    return bytes;
                }

                if (n < 0 || n > MaxStrSize / bytes.Length)
                {
                    return NotConstant;
                }

                return Enumerable.Repeat(bytes, (int)n).SelectMany(x => x).ToArray();
            case ConstTuple t:
                if (t.Items.Length == 0)
                {
                    return t;
                }

                if (n < 0 || n > MaxCollectionSize / t.Items.Length)
                {
                    return NotConstant;
                }

                if (n > 0 && Complexity(t, MaxTotalItems / (int)n) < 0)
                {
                    return NotConstant;
                }

                return new ConstTuple(Enumerable.Repeat(t.Items, (int)n).SelectMany(x => x).ToArray());
            default:
                return NotConstant;
        }
    }

    private static int CodePointLength(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (!(char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])))
            {
                n++;
            }
        }

        return Math.Max(n, 1);
    }

    // check_complexity
    private static int Complexity(object? obj, int limit)
    {
        if (obj is ConstTuple t)
        {
            limit -= t.Items.Length;
            for (int i = 0; limit >= 0 && i < t.Items.Length; i++)
            {
                limit = Complexity(t.Items[i], limit);
            }
        }
        else if (obj is ConstFrozenSet f)
        {
            limit -= f.Items.Length;
            for (int i = 0; limit >= 0 && i < f.Items.Length; i++)
            {
                limit = Complexity(f.Items[i], limit);
            }
        }

        return limit;
    }

    // fold_subscr on str, bytes and tuple constants with an int index.
    private static object? Subscr(object? seq, object? idx)
    {
        if (!IsInt(idx))
        {
            return NotConstant;
        }

        var i = AsBig(idx);
        switch (seq)
        {
            case string s when s.All(c => !char.IsSurrogate(c)):
                if (i < 0)
                {
                    i += s.Length;
                }

                return i >= 0 && i < s.Length ? s[(int)i].ToString() : NotConstant;
            case byte[] b:
                if (i < 0)
                {
                    i += b.Length;
                }

                return i >= 0 && i < b.Length ? (long)b[(int)i] : NotConstant;
            case ConstTuple t:
                if (i < 0)
                {
                    i += t.Items.Length;
                }

                return i >= 0 && i < t.Items.Length ? t.Items[(int)i] : NotConstant;
            default:
                return NotConstant;
        }
    }
}
