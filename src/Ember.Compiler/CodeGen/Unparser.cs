using System.Numerics;
using System.Text;
using Ember.Syntax.Ast;
using Attribute = Ember.Syntax.Ast.Attribute;
using Ember.Syntax.Text;

namespace Ember.Compiler.CodeGen;

/// <summary>
/// Expressions back to source text, for annotations under
/// <c>from __future__ import annotations</c> (CPython's Python/ast_unparse.c,
/// with its precedence levels and spacing).
/// </summary>
internal static class Unparser
{
    private const int PrTuple = 0, PrTest = 1, PrOr = 2, PrAnd = 3, PrNot = 4, PrCmp = 5, PrExpr = 6, PrBor = 6,
        PrBxor = 7, PrBand = 8, PrShift = 9, PrArith = 10, PrTerm = 11, PrFactor = 12, PrPower = 13, PrAwait = 14, PrAtom = 15;

    public static string Unparse(ExprNode e)
    {
        var sb = new StringBuilder();
        Expr(sb, e, PrTest);
        return sb.ToString();
    }

    private static void Expr(StringBuilder sb, ExprNode e, int level)
    {
        switch (e)
        {
            case BoolOp b:
                {
                    int pr = b.Op == BoolOperator.And ? PrAnd : PrOr;
                    Open(sb, level > pr);
                    for (int i = 0; i < b.Values.Count; i++)
                    {
                        if (i > 0)
                        {
                            sb.Append(b.Op == BoolOperator.And ? " and " : " or ");
                        }

                        Expr(sb, b.Values[i], pr + 1);
                    }

                    Close(sb, level > pr);
                    break;
                }

            case BinOp b:
                {
                    (string op, int pr) = b.Op switch
                    {
                        Operator.Add => (" + ", PrArith),
                        Operator.Sub => (" - ", PrArith),
                        Operator.Mult => (" * ", PrTerm),
                        Operator.MatMult => (" @ ", PrTerm),
                        Operator.Div => (" / ", PrTerm),
                        Operator.Mod => (" % ", PrTerm),
                        Operator.FloorDiv => (" // ", PrTerm),
                        Operator.LShift => (" << ", PrShift),
                        Operator.RShift => (" >> ", PrShift),
                        Operator.BitOr => (" | ", PrBor),
                        Operator.BitXor => (" ^ ", PrBxor),
                        Operator.BitAnd => (" & ", PrBand),
                        _ => (" ** ", PrPower),
                    };
                    bool rassoc = b.Op == Operator.Pow;
                    Open(sb, level > pr);
                    Expr(sb, b.Left, pr + (rassoc ? 1 : 0));
                    sb.Append(op);
                    Expr(sb, b.Right, pr + (rassoc ? 0 : 1));
                    Close(sb, level > pr);
                    break;
                }

            case UnaryOp u:
                {
                    (string op, int pr) = u.Op switch
                    {
                        UnaryOperator.Not => ("not ", PrNot),
                        UnaryOperator.Invert => ("~", PrFactor),
                        UnaryOperator.UAdd => ("+", PrFactor),
                        _ => ("-", PrFactor),
                    };
                    Open(sb, level > pr);
                    sb.Append(op);
                    Expr(sb, u.Operand, pr);
                    Close(sb, level > pr);
                    break;
                }

            case Lambda l:
                Open(sb, level > PrTest);
                sb.Append("lambda");
                var args = new StringBuilder();
                Arguments(args, l.Args);
                if (args.Length > 0)
                {
                    sb.Append(' ').Append(args);
                }

                sb.Append(": ");
                Expr(sb, l.Body, PrTest);
                Close(sb, level > PrTest);
                break;
            case IfExp ie:
                Open(sb, level > PrTest);
                Expr(sb, ie.Body, PrTest + 1);
                sb.Append(" if ");
                Expr(sb, ie.Test, PrTest + 1);
                sb.Append(" else ");
                Expr(sb, ie.Orelse, PrTest);
                Close(sb, level > PrTest);
                break;
            case Dict d:
                sb.Append('{');
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    if (d.Keys[i] is { } k)
                    {
                        Expr(sb, k, PrTest);
                        sb.Append(": ");
                        Expr(sb, d.Values[i], PrTest);
                    }
                    else
                    {
                        sb.Append("**");
                        Expr(sb, d.Values[i], PrExpr);
                    }
                }

                sb.Append('}');
                break;
            case Set s:
                if (s.Elts.Count == 0)
                {
                    sb.Append("{*()}");
                    break;
                }

                sb.Append('{');
                Seq(sb, s.Elts);
                sb.Append('}');
                break;
            case List l:
                sb.Append('[');
                Seq(sb, l.Elts);
                sb.Append(']');
                break;
            case Syntax.Ast.Tuple t:
                if (t.Elts.Count == 0)
                {
                    sb.Append("()");
                    break;
                }

                Open(sb, level > PrTuple);
                Seq(sb, t.Elts);
                if (t.Elts.Count == 1)
                {
                    sb.Append(',');
                }

                Close(sb, level > PrTuple);
                break;
            case Compare c:
                Open(sb, level > PrCmp);
                Expr(sb, c.Left, PrCmp + 1);
                for (int i = 0; i < c.Ops.Count; i++)
                {
                    sb.Append(c.Ops[i] switch
                    {
                        CmpOperator.Eq => " == ",
                        CmpOperator.NotEq => " != ",
                        CmpOperator.Lt => " < ",
                        CmpOperator.LtE => " <= ",
                        CmpOperator.Gt => " > ",
                        CmpOperator.GtE => " >= ",
                        CmpOperator.Is => " is ",
                        CmpOperator.IsNot => " is not ",
                        CmpOperator.In => " in ",
                        _ => " not in ",
                    });
                    Expr(sb, c.Comparators[i], PrCmp + 1);
                }

                Close(sb, level > PrCmp);
                break;
            case Call call:
                Expr(sb, call.Func, PrAtom);
                sb.Append('(');
                bool first = true;
                foreach (var a in call.Args)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    Expr(sb, a, PrTest);
                }

                foreach (var k in call.Keywords)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    if (k.Arg == null)
                    {
                        sb.Append("**");
                    }
                    else
                    {
                        sb.Append(k.Arg).Append('=');
                    }

                    Expr(sb, k.Value, PrTest);
                }

                sb.Append(')');
                break;
            case Constant c:
                Const(sb, c.Value);
                break;
            case Attribute a:
                Expr(sb, a.Value, PrAtom);
                sb.Append(a.Value is Constant { Value: long or BigInteger } ? " ." : ".").Append(a.Attr);
                break;
            case Subscript sub:
                Expr(sb, sub.Value, PrAtom);
                sb.Append('[');
                if (sub.Slice is Syntax.Ast.Tuple st && st.Elts.Count > 0)
                {
                    for (int i = 0; i < st.Elts.Count; i++)
                    {
                        if (i > 0)
                        {
                            sb.Append(", ");
                        }

                        Expr(sb, st.Elts[i], PrTest);
                    }

                    if (st.Elts.Count == 1)
                    {
                        sb.Append(',');
                    }
                }
                else
                {
                    Expr(sb, sub.Slice, PrTuple);
                }

                sb.Append(']');
                break;
            case Starred s:
                sb.Append('*');
                Expr(sb, s.Value, PrExpr);
                break;
            case Name n:
                sb.Append(n.Id);
                break;
            case Slice sl:
                if (sl.Lower != null)
                {
                    Expr(sb, sl.Lower, PrTest);
                }

                sb.Append(':');
                if (sl.Upper != null)
                {
                    Expr(sb, sl.Upper, PrTest);
                }

                if (sl.Step != null)
                {
                    sb.Append(':');
                    Expr(sb, sl.Step, PrTest);
                }

                break;
            case Await aw:
                Open(sb, level > PrAwait);
                sb.Append("await ");
                Expr(sb, aw.Value, PrAtom);
                Close(sb, level > PrAwait);
                break;
            case NamedExpr ne:
                Open(sb, level > PrTuple);
                Expr(sb, ne.Target, PrAtom);
                sb.Append(" := ");
                Expr(sb, ne.Value, PrAtom);
                Close(sb, level > PrTuple);
                break;
            default:
                // Comprehensions, f-strings and yields in annotations are rare; keep their shape recognisable.
                sb.Append("...");
                break;
        }
    }

    private static void Seq(StringBuilder sb, List<ExprNode> elts)
    {
        for (int i = 0; i < elts.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            Expr(sb, elts[i], PrTest);
        }
    }

    private static void Arguments(StringBuilder sb, Arguments a)
    {
        var all = a.Posonlyargs.Concat(a.Args).ToList();
        int defaultStart = all.Count - a.Defaults.Count;
        bool first = true;
        void Sep()
        {
            if (!first)
            {
                sb.Append(", ");
            }

            first = false;
        }

        for (int i = 0; i < all.Count; i++)
        {
            Sep();
            sb.Append(all[i].ArgName);
            if (i >= defaultStart)
            {
                sb.Append('=');
                Expr(sb, a.Defaults[i - defaultStart], PrTest);
            }

            if (i == a.Posonlyargs.Count - 1)
            {
                sb.Append(", /");
            }
        }

        if (a.Vararg != null || a.Kwonlyargs.Count > 0)
        {
            Sep();
            sb.Append('*');
            if (a.Vararg != null)
            {
                sb.Append(a.Vararg.ArgName);
            }
        }

        for (int i = 0; i < a.Kwonlyargs.Count; i++)
        {
            Sep();
            sb.Append(a.Kwonlyargs[i].ArgName);
            if (a.KwDefaults[i] is { } d)
            {
                sb.Append('=');
                Expr(sb, d, PrTest);
            }
        }

        if (a.Kwarg != null)
        {
            Sep();
            sb.Append("**").Append(a.Kwarg.ArgName);
        }
    }

    private static void Const(StringBuilder sb, object value)
    {
        switch (value)
        {
            case NoneValue:
                sb.Append("None");
                break;
            case EllipsisValue:
                sb.Append("...");
                break;
            case bool b:
                sb.Append(b ? "True" : "False");
                break;
            case long l:
                PyRepr.AppendInt(sb, l);
                break;
            case BigInteger big:
                PyRepr.AppendInt(sb, big);
                break;
            case double d:
                if (double.IsInfinity(d))
                {
                    sb.Append(d > 0 ? "1e309" : "-1e309");
                }
                else
                {
                    PyRepr.AppendFloat(sb, d);
                }

                break;
            case Complex z:
                PyRepr.AppendComplex(sb, z);
                break;
            case string s:
                PyRepr.AppendStr(sb, s);
                break;
            case SurrogateString ss:
                PyRepr.AppendStr(sb, ss);
                break;
            case byte[] bytes:
                PyRepr.AppendBytes(sb, bytes);
                break;
            default:
                sb.Append(value);
                break;
        }
    }

    private static void Open(StringBuilder sb, bool paren)
    {
        if (paren)
        {
            sb.Append('(');
        }
    }

    private static void Close(StringBuilder sb, bool paren)
    {
        if (paren)
        {
            sb.Append(')');
        }
    }
}
