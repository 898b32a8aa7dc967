namespace Ember.Syntax.Diagnostics;

/// <summary>Which Python exception class a syntax diagnostic becomes.</summary>
public enum SyntaxErrorKind
{
    SyntaxError,
    IndentationError,
    TabError,
}

/// <summary>
/// A syntax error found by the tokenizer or parser, carrying exactly what
/// CPython's <c>SyntaxError</c> carries: <c>msg</c>, <c>filename</c>,
/// <c>lineno</c>, <c>offset</c>, <c>text</c>, <c>end_lineno</c>,
/// <c>end_offset</c>. Offsets are 1-based and count characters (code points),
/// as CPython reports them; 0 means "unknown" where CPython reports 0 and
/// -1/None cases are kept as CPython gives them.
/// Parsing is at the edge of the runtime and syntax errors are rare, so this
/// travels as a .NET exception inside the front end and is turned into a
/// Python exception by the caller.
/// </summary>
public sealed class PythonSyntaxError : Exception
{
    public PythonSyntaxError(SyntaxErrorKind kind, string message, string filename, int lineno, int offset, string? text, int? endLineno, int? endOffset)
        : base(message)
    {
        Kind = kind;
        Msg = message;
        Filename = filename;
        Lineno = lineno;
        Offset = offset;
        Text = text;
        EndLineno = endLineno;
        EndOffset = endOffset;
    }

    public SyntaxErrorKind Kind { get; }

    /// <summary>The <c>msg</c> attribute.</summary>
    public string Msg { get; }

    public string Filename { get; }
    public int Lineno { get; }
    public int Offset { get; }

    /// <summary>The source line the error is on, with its newline as CPython keeps it; null when CPython gives None.</summary>
    public string? Text { get; }

    /// <summary>The <c>end_lineno</c> attribute; null for CPython's None (errors found before tokenizing).</summary>
    public int? EndLineno { get; }

    /// <summary>The <c>end_offset</c> attribute; null for CPython's None (those errors and future-statement errors).</summary>
    public int? EndOffset { get; }

    /// <summary>Python's class name for <see cref="Kind"/>.</summary>
    public string TypeName => Kind.ToString();
}

/// <summary>
/// A failure that CPython reports as another exception class while parsing
/// (e.g. <c>MemoryError</c> from the parser's nesting limit, <c>ValueError</c>
/// for source with null bytes).
/// </summary>
public sealed class PythonParseFailure : Exception
{
    public PythonParseFailure(string typeName, string message)
        : base(message)
    {
        TypeName = typeName;
    }

    public string TypeName { get; }
}
