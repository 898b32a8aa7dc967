using System.Numerics;
using System.Runtime.CompilerServices;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using A = Ember.Syntax.Ast;

namespace Ember.Runtime.Modules.AstNodes;

/// <summary>
/// ast2obj_*: the C# AST as instances of the interpreter's <c>_ast</c>
/// classes. Driven by each node's <see cref="A.NodeShape"/>: fields in order,
/// then lineno, col_offset, end_lineno, end_col_offset for located nodes;
/// enum values are the shared singletons, as CPython's.
/// </summary>
internal sealed class AstToObject
{
    private static readonly PyStr s_lineno = new("lineno");
    private static readonly PyStr s_colOffset = new("col_offset");
    private static readonly PyStr s_endLineno = new("end_lineno");
    private static readonly PyStr s_endColOffset = new("end_col_offset");

    private readonly AstState _state;
    private readonly Dictionary<A.NodeShape, (PyType Type, PyStr[] Names)> _classes = new(ReferenceEqualityComparer.Instance);

    public AstToObject(AstState state)
    {
        _state = state;
    }

    public PyObject? Convert(A.Node node)
    {
        // 3.11's ast2obj has no recursion limit (a 1000-term sum is 1000 levels deep): only the stack bounds it.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return PyErr.SetString(PyExc.RecursionError, "maximum recursion depth exceeded during ast construction");
        }

        return ConvertNode(node);
    }

    private PyObject? ConvertNode(A.Node node)
    {
        var shape = node.Shape;
        if (!_classes.TryGetValue(shape, out var cls))
        {
            var names = new PyStr[shape.Fields.Count];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = new PyStr(shape.Fields[i].Name);
            }

            cls = (_state.Types[AstState.IndexOf(shape.Name)], names);
            _classes[shape] = cls;
        }

        var obj = new PyInstance(cls.Type);
        var fields = shape.Fields;
        for (int i = 0; i < fields.Count; i++)
        {
            var value = ConvertValue(node.GetField(i), fields[i].Kind);
            if (value is null || !obj.SetAttribute(cls.Names[i], value))
            {
                return null;
            }
        }

        if (node is A.LocatedNode located)
        {
            obj.SetAttribute(s_lineno, PyInt.From(located.Lineno));
            obj.SetAttribute(s_colOffset, PyInt.From(located.ColOffset));
            obj.SetAttribute(s_endLineno, PyInt.From(located.EndLineno));
            obj.SetAttribute(s_endColOffset, PyInt.From(located.EndColOffset));
        }

        return obj;
    }

    private PyObject? ConvertValue(object? value, A.FieldKind kind)
    {
        switch (value)
        {
            case null:
                return PyNone.Instance;
            case A.Node child:
                return Convert(child);
            case string s when kind != A.FieldKind.Constant:
                return new PyStr(s);
            case int n when kind == A.FieldKind.Int:
                return PyInt.From(n);
        }

        return kind switch
        {
            A.FieldKind.Sequence => ConvertSequence(value),
            A.FieldKind.Enum => Singleton(value),
            _ => Constant(value),
        };
    }

    private PyObject? ConvertSequence(object value)
    {
        switch (value)
        {
            case IReadOnlyList<A.Node?> nodes:
                {
                    var list = new PyList(nodes.Count);
                    for (int i = 0; i < nodes.Count; i++)
                    {
                        var item = nodes[i] is { } n ? Convert(n) : PyNone.Instance;
                        if (item is null)
                        {
                            return null;
                        }

                        list.Append(item);
                    }

                    return list;
                }

            case List<string> names:
                {
                    var list = new PyList(names.Count);
                    foreach (var name in names)
                    {
                        list.Append(new PyStr(name));
                    }

                    return list;
                }

            case List<A.CmpOperator> ops:
                {
                    var list = new PyList(ops.Count);
                    foreach (var op in ops)
                    {
                        list.Append(Singleton(op)!);
                    }

                    return list;
                }
        }

        return PyErr.SystemError($"unexpected sequence of {value.GetType().Name} in an AST");
    }

    private PyObject? Singleton(object value)
    {
        int index = value switch
        {
            A.ExprContext c => AstSchema.ExprContextClasses[(int)c],
            A.BoolOperator b => AstSchema.BoolOperatorClasses[(int)b],
            A.Operator o => AstSchema.OperatorClasses[(int)o],
            A.UnaryOperator u => AstSchema.UnaryOperatorClasses[(int)u],
            A.CmpOperator c => AstSchema.CmpOperatorClasses[(int)c],
            _ => -1,
        };
        return index < 0 ? PyErr.SystemError($"unexpected enum {value.GetType().Name} in an AST") : _state.Singletons[index];
    }

    /// <summary>A constant of the parser (or of a tree converted from Python) as the Python object.</summary>
    internal static PyObject? Constant(object? value)
    {
        switch (value)
        {
            case null:
            case A.NoneValue:
                return PyNone.Instance;
            case A.EllipsisValue:
            case Ember.Bytecode.ConstEllipsis:
                return PyEllipsis.Instance;
            case A.SurrogateString ss:
                return new PyStr([.. ss.CodePoints]);
            case Complex c:
                return new PyComplex(c.Real, c.Imaginary);
            case Ember.Bytecode.ConstTuple t:
                {
                    var items = new PyObject[t.Items.Length];
                    for (int i = 0; i < items.Length; i++)
                    {
                        var item = Constant(t.Items[i]);
                        if (item is null)
                        {
                            return null;
                        }

                        items[i] = item;
                    }

                    return new PyTuple(items);
                }
        }

        return ConstantConverter.ToObject(value);
    }
}
