namespace Ember.Syntax.Ast;

/// <summary>
/// Base of every AST node. The concrete classes are generated from Python.asdl;
/// their shape (Python name, field names and kinds) drives generic consumers such
/// as <see cref="AstDump"/> and, later, the runtime's <c>ast</c> module.
/// </summary>
public abstract class Node
{
    /// <summary>The node's Python class name and field layout.</summary>
    public abstract NodeShape Shape { get; }

    /// <summary>The value of field <paramref name="index"/> in <see cref="NodeShape.Fields"/> order.</summary>
    public abstract object? GetField(int index);

    public abstract TResult Accept<TResult>(IAstVisitor<TResult> visitor);
}

/// <summary>
/// A node with source positions (CPython's <c>_attributes</c>). Lines are 1-based;
/// column offsets are 0-based and count UTF-8 bytes, as CPython's do.
/// </summary>
public abstract class LocatedNode : Node
{
    protected LocatedNode(int lineno, int colOffset, int endLineno, int endColOffset)
    {
        Lineno = lineno;
        ColOffset = colOffset;
        EndLineno = endLineno;
        EndColOffset = endColOffset;
    }

    public int Lineno { get; set; }
    public int ColOffset { get; set; }
    public int EndLineno { get; set; }
    public int EndColOffset { get; set; }
}

public enum FieldKind
{
    Node,
    Sequence,
    String,
    Int,
    Constant,
    Enum,
}

/// <summary>One field of a node type: its Python name, what it holds, and whether it may be None.</summary>
public sealed record FieldInfo(string Name, FieldKind Kind, bool Optional);

/// <summary>The Python-visible layout of a node type, shared by all its instances.</summary>
public sealed class NodeShape
{
    public NodeShape(string name, FieldInfo[] fields)
    {
        Name = name;
        Fields = fields;
    }

    public string Name { get; }

    public IReadOnlyList<FieldInfo> Fields { get; }
}

/// <summary>The constant <c>None</c> inside a <see cref="Constant"/> or <see cref="MatchSingleton"/>.</summary>
public sealed class NoneValue
{
    public static readonly NoneValue Instance = new();

    private NoneValue()
    {
    }

    public override string ToString() => "None";
}

/// <summary>The constant <c>...</c> inside a <see cref="Constant"/>.</summary>
public sealed class EllipsisValue
{
    public static readonly EllipsisValue Instance = new();

    private EllipsisValue()
    {
    }

    public override string ToString() => "Ellipsis";
}
