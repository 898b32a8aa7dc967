using Ember.Syntax.Text;
using System.Diagnostics.CodeAnalysis;
using Ember.Syntax.Diagnostics;

namespace Ember.Compiler.Diagnostics;

/// <summary>
/// SyntaxErrors raised after parsing (symbol table, future statements, later
/// the compiler). CPython locates them with <c>PyErr_RangedSyntaxLocationObject</c>:
/// offsets are the node's UTF-8 byte columns plus one, not converted to
/// characters, and the text comes from <see cref="ProgramText"/>.
/// </summary>
internal static class CompileErrors
{
    /// <summary>What CPython leaves as None for end_offset (a location given without an end column).</summary>
    public const int NoEndOffset = -1;

    [DoesNotReturn]
    public static void Throw(string filename, string msg, int lineno, int offset, int endLineno, int endOffset)
    {
        throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, msg, filename, lineno, offset, ProgramText.Line(filename, lineno), endLineno, endOffset == NoEndOffset ? null : endOffset);
    }

    /// <summary>The error at a node's range, as <c>PyErr_RangedSyntaxLocationObject(col_offset + 1, end_col_offset + 1)</c>.</summary>
    [DoesNotReturn]
    public static void ThrowAt(string filename, string msg, int lineno, int colOffset, int endLineno, int endColOffset)
    {
        Throw(filename, msg, lineno, colOffset + 1, endLineno, endColOffset + 1);
    }
}
