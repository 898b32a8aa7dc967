using System.Runtime.CompilerServices;
using System.Text;
using Ember.Syntax.Text;

namespace Ember.Syntax.Ast;

/// <summary>
/// CPython 3.11's <c>ast.dump(node, annotate_fields, include_attributes)</c> in its
/// single-line form (Lib/ast.py), byte for byte: optional fields that are None are
/// left out (and, without annotations, the fields after one are then named),
/// empty lists print as <c>[]</c>, enum values as <c>Load()</c>, constants by
/// their Python repr. With <c>indent=None</c> the "simple" test of ast.py changes
/// nothing in the output, so it is not computed.
/// Unlike ast.py, which is recursive Python code and raises RecursionError past
/// a few hundred levels, this dumps any tree the stack allows.
/// </summary>
public static class AstDump
{
    public static string Dump(Node node, bool annotateFields = true, bool includeAttributes = false)
    {
        ArgumentNullException.ThrowIfNull(node);
        var sb = new StringBuilder(1024);
        Dump(sb, node, annotateFields, includeAttributes);
        return sb.ToString();
    }

    /// <summary>Appends the dump of <paramref name="node"/> to <paramref name="sb"/>.</summary>
    public static void Dump(StringBuilder sb, Node node, bool annotateFields = true, bool includeAttributes = false)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(node);
        WriteNode(sb, node, annotateFields, includeAttributes);
    }

    private static void WriteNode(StringBuilder sb, Node node, bool annotateFields, bool includeAttributes)
    {
        // Recursion follows the tree's depth: a too-deep tree on a small stack
        // becomes InsufficientExecutionStackException, not a process crash.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var shape = node.Shape;
        var fields = shape.Fields;
        sb.Append(shape.Name).Append('(');
        bool keywords = annotateFields;
        bool first = true;
        for (int i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            object? value = node.GetField(i);
            if (value == null && field.Optional)
            {
                keywords = true;
                continue;
            }

            if (!first)
            {
                sb.Append(", ");
            }

            first = false;
            if (keywords)
            {
                sb.Append(field.Name).Append('=');
            }

            WriteValue(sb, value, field.Kind, annotateFields, includeAttributes);
        }

        if (includeAttributes && node is LocatedNode located)
        {
            if (!first)
            {
                sb.Append(", ");
            }

            sb.Append("lineno=");
            PyRepr.AppendInt(sb, located.Lineno);
            sb.Append(", col_offset=");
            PyRepr.AppendInt(sb, located.ColOffset);
            sb.Append(", end_lineno=");
            PyRepr.AppendInt(sb, located.EndLineno);
            sb.Append(", end_col_offset=");
            PyRepr.AppendInt(sb, located.EndColOffset);
        }

        sb.Append(')');
    }

    private static void WriteValue(StringBuilder sb, object? value, FieldKind kind, bool annotateFields, bool includeAttributes)
    {
        switch (value)
        {
            case null:
                sb.Append("None");
                return;
            case Node child:
                WriteNode(sb, child, annotateFields, includeAttributes);
                return;
            case string s:
                PyRepr.AppendStr(sb, s);
                return;
            case int n:
                PyRepr.AppendInt(sb, n);
                return;
        }

        if (kind == FieldKind.Sequence)
        {
            WriteSequence(sb, value, annotateFields, includeAttributes);
            return;
        }

        if (kind == FieldKind.Enum)
        {
            WriteEnum(sb, value);
            return;
        }

        PyRepr.AppendConstant(sb, value);
    }

    private static void WriteSequence(StringBuilder sb, object value, bool annotateFields, bool includeAttributes)
    {
        // Node lists are List<SomeNode>; covariance lets one interface cover them all.
        if (value is IReadOnlyList<Node?> nodes)
        {
            if (nodes.Count == 0)
            {
                sb.Append("[]");
                return;
            }

            sb.Append('[');
            for (int i = 0; i < nodes.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                var item = nodes[i];
                if (item == null)
                {
                    sb.Append("None");
                }
                else
                {
                    WriteNode(sb, item, annotateFields, includeAttributes);
                }
            }

            sb.Append(']');
            return;
        }

        if (value is List<string> names)
        {
            sb.Append('[');
            for (int i = 0; i < names.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                PyRepr.AppendStr(sb, names[i]);
            }

            sb.Append(']');
            return;
        }

        if (value is List<CmpOperator> ops)
        {
            sb.Append('[');
            for (int i = 0; i < ops.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                sb.Append(EnumNames.CmpOperator[(int)ops[i]]).Append("()");
            }

            sb.Append(']');
            return;
        }

        throw new ArgumentException($"unexpected sequence type {value.GetType().Name} in an AST");
    }

    private static void WriteEnum(StringBuilder sb, object value)
    {
        string name = value switch
        {
            ExprContext c => EnumNames.ExprContext[(int)c],
            Operator o => EnumNames.Operator[(int)o],
            CmpOperator c => EnumNames.CmpOperator[(int)c],
            UnaryOperator u => EnumNames.UnaryOperator[(int)u],
            BoolOperator b => EnumNames.BoolOperator[(int)b],
            _ => throw new ArgumentException($"unexpected enum type {value.GetType().Name} in an AST"),
        };
        sb.Append(name).Append("()");
    }
}
