using System.Numerics;

namespace Ember.Runtime.Text;

/// <summary>What printf-style formatting needs to know about an argument.</summary>
public enum PercentArgKind : byte
{
    /// <summary>An int (bool included): <see cref="PercentArg.Int"/>.</summary>
    Int,

    /// <summary>A float: <see cref="PercentArg.Float"/>.</summary>
    Float,

    /// <summary>A str: <see cref="PercentArg.Text"/>.</summary>
    Str,

    /// <summary>Anything else (only %s, %r and %a accept it).</summary>
    Other,
}

/// <summary>
/// One argument of <c>str % args</c> as the formatting core sees it: its kind
/// and value, the name of its Python type for error messages, and the caller's
/// own object, handed back for <c>str()</c>, <c>repr()</c> and <c>ascii()</c>.
/// </summary>
public readonly struct PercentArg
{
    private PercentArg(PercentArgKind kind, BigInteger integer, double number, string? text, string typeName, object? source)
    {
        Kind = kind;
        Int = integer;
        Float = number;
        Text = text;
        TypeName = typeName;
        Source = source;
    }

    public PercentArgKind Kind { get; }

    public BigInteger Int { get; }

    public double Float { get; }

    public string? Text { get; }

    /// <summary>The Python type name (<c>int</c>, <c>bool</c>, <c>list</c>, ...).</summary>
    public string TypeName { get; }

    /// <summary>The caller's object, for its own conversions.</summary>
    public object? Source { get; }

    public static PercentArg FromInt(BigInteger value, string typeName = "int", object? source = null) =>
        new(PercentArgKind.Int, value, 0, null, typeName, source);

    public static PercentArg FromFloat(double value, string typeName = "float", object? source = null) =>
        new(PercentArgKind.Float, BigInteger.Zero, value, null, typeName, source);

    public static PercentArg FromStr(string value, string typeName = "str", object? source = null) =>
        new(PercentArgKind.Str, BigInteger.Zero, 0, value, typeName, source);

    public static PercentArg FromOther(string typeName, object? source = null) =>
        new(PercentArgKind.Other, BigInteger.Zero, 0, null, typeName, source);
}

/// <summary>
/// The right operand of <c>str % args</c>, supplied by the caller: a tuple's
/// items, or one object (which may be a mapping for <c>%(key)s</c>), and the
/// conversions that need the object model.
/// </summary>
public interface IPercentArgs
{
    /// <summary>The tuple's length, or -1 when the operand is not a tuple.</summary>
    int Count { get; }

    /// <summary>
    /// True when the operand is a mapping in CPython's sense (has
    /// <c>__getitem__</c>) and is neither a tuple nor a str.
    /// </summary>
    bool IsMapping { get; }

    /// <summary>The tuple item at <paramref name="index"/>, or the single operand when it is -1.</summary>
    PercentArg Get(int index);

    /// <summary><c>operand[key]</c>; on failure the error (usually <see cref="TextErrorKind.Pending"/>).</summary>
    bool TryGetItem(string key, out PercentArg value, out TextError error);

    /// <summary><c>str()</c>, <c>repr()</c> or <c>ascii()</c> of an argument for conversion 's', 'r' or 'a'.</summary>
    bool TryConvert(in PercentArg value, char conversion, out string text, out TextError error);

    /// <summary>
    /// The number an <see cref="PercentArgKind.Other"/> argument stands for under a
    /// numeric conversion (int() for %d, __index__ for %x and %c, float() for %f);
    /// <paramref name="number"/> stays Other when the object is no such number.
    /// </summary>
    bool TryNumber(in PercentArg value, char conversion, out PercentArg number, out TextError error);
}
