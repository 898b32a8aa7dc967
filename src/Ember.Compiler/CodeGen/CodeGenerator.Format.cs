using System.Globalization;
using System.Text;
using Ember.Bytecode;
using Ember.Syntax.Ast;

namespace Ember.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    /// <summary>
    /// 3.11's optimize_format (Python/ast_opt.c): <c>'%s: %r' % (a, b)</c> with
    /// only %s, %r and %a units and exactly as many items is compiled as the
    /// f-string <c>f'{a!s}: {b!r}'</c>. Returns false when the rule does not apply.
    /// </summary>
    private bool TryCompilePercentFormat(BinOp node)
    {
        if (node.Right is not Syntax.Ast.Tuple rhs || rhs.Elts.Any(e => e is Starred)
            || _folder.IsConstant(rhs) || !_folder.TryFold(node.Left, out var lv) || lv is not string fmt)
        {
            return false;
        }

        // Each part: a literal string, or (item, conversion, spec or null).
        var parts = new List<object>();
        int pos = 0, cnt = 0;
        while (true)
        {
            var lit = ParseLiteral(fmt, ref pos);
            if (lit != null)
            {
                parts.Add(lit);
            }

            if (pos >= fmt.Length)
            {
                break;
            }

            if (cnt >= rhs.Elts.Count)
            {
                return false;
            }

            pos++;
            if (!ParseFormatUnit(fmt, ref pos, out char spec, out string? formatSpec))
            {
                return false;
            }

            parts.Add((rhs.Elts[cnt], spec, formatSpec));
            cnt++;
        }

        if (cnt < rhs.Elts.Count)
        {
            return false;
        }

        // compiler_joined_str over the new nodes; the literals have no location.
        if (parts.Count > StackUseGuideline)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (part is string text)
            {
                var old = _u.Loc;
                _u.Loc = SourcePosition.None;
                LoadConst(text);
                _u.Loc = old;
            }
            else
            {
                var (arg, conv, formatSpec) = ((ExprNode, char, string?))part;
                var old = _u.Loc;
                SetLoc(arg);
                VisitExpr(arg);
                int oparg = conv switch { 's' => 1, 'r' => 2, _ => 3 };
                if (formatSpec != null)
                {
                    var keep = _u.Loc;
                    _u.Loc = SourcePosition.None;
                    LoadConst(formatSpec);
                    _u.Loc = keep;
                    oparg |= 0x04;
                }

                Emit(Opcode.FormatValue, oparg);
                _u.Loc = old;
            }
        }

        if (parts.Count != 1)
        {
            Emit(Opcode.BuildString, parts.Count);
        }

        return true;
    }

    // parse_literal: up to the next lone '%', with "%%" read as "%".
    private static string? ParseLiteral(string fmt, ref int pos)
    {
        int start = pos;
        bool hasPercents = false;
        while (pos < fmt.Length)
        {
            if (fmt[pos] != '%')
            {
                pos++;
            }
            else if (pos + 1 < fmt.Length && fmt[pos + 1] == '%')
            {
                hasPercents = true;
                pos += 2;
            }
            else
            {
                break;
            }
        }

        if (pos == start)
        {
            return null;
        }

        var str = fmt[start..pos];
        return hasPercents ? str.Replace("%%", "%", StringComparison.Ordinal) : str;
    }

    // simple_format_arg_parse and parse_format.
    private static bool ParseFormatUnit(string fmt, ref int pos, out char spec, out string? formatSpec)
    {
        spec = '\0';
        formatSpec = null;
        int p = pos;
        bool ljust = false;
        int width = -1, prec = -1;
        char ch;
        bool Next(out char c)
        {
            if (p >= fmt.Length)
            {
                c = '\0';
                return false;
            }

            c = fmt[p++];
            return true;
        }

        while (true)
        {
            if (!Next(out ch))
            {
                return false;
            }

            if (ch == '-')
            {
                ljust = true;
                continue;
            }

            if (ch is '+' or ' ' or '#' or '0')
            {
                continue;
            }

            break;
        }

        if (ch is >= '0' and <= '9')
        {
            width = 0;
            while (ch is >= '0' and <= '9')
            {
                width = (width * 10) + (ch - '0');
                if (!Next(out ch))
                {
                    return false;
                }
            }
        }

        if (ch == '.')
        {
            if (!Next(out ch))
            {
                return false;
            }

            prec = 0;
            while (ch is >= '0' and <= '9')
            {
                prec = (prec * 10) + (ch - '0');
                if (!Next(out ch))
                {
                    return false;
                }
            }
        }

        if (ch is not ('s' or 'r' or 'a'))
        {
            return false;
        }

        // 3.11 writes the spec into a buffer of three digits each.
        if (width > 99 || prec > 99)
        {
            return false;
        }

        spec = ch;
        pos = p;
        var sb = new StringBuilder();
        if (!ljust && width > 0)
        {
            sb.Append('>');
        }

        if (width >= 0)
        {
            sb.Append(width.ToString(CultureInfo.InvariantCulture));
        }

        if (prec >= 0)
        {
            sb.Append('.').Append(prec.ToString(CultureInfo.InvariantCulture));
        }

        formatSpec = sb.Length > 0 ? sb.ToString() : null;
        return true;
    }
}
