using System.Text;
using Ember.Syntax.Diagnostics;

namespace Ember.Runtime.Hosting;

/// <summary>
/// Formats errors the way CPython 3.11's default <c>sys.excepthook</c> prints
/// them when there is no traceback (Python/pythonrun.c: <c>print_exception</c>,
/// <c>parse_syntax_error</c>, <c>print_error_text</c>). The quoted source line is
/// handled as UTF-8 bytes while the offsets count characters, exactly as in
/// CPython, so carets land where CPython's do even on non-ASCII lines.
/// </summary>
public static class ErrorReport
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The report for a syntax error: file and line, the source line with carets, and the message.</summary>
    public static byte[] FormatSyntaxError(PythonSyntaxError error)
    {
        var output = new MemoryStream();
        Write(output, $"  File \"{error.Filename}\", line {error.Lineno}\n");
        if (error.Text != null)
        {
            // parse_syntax_error reads end positions only for SyntaxError itself;
            // IndentationError and TabError always get a single caret.
            int endLineno = error.Lineno;
            int endOffset = -1;
            if (error.Kind == SyntaxErrorKind.SyntaxError)
            {
                // CPython's parse_syntax_error: a None end line is the start line, a None end offset -1.
                endLineno = error.EndLineno ?? error.Lineno;
                endOffset = error.EndOffset ?? -1;
            }

            WriteErrorText(output, s_utf8.GetBytes(error.Text), error.Lineno, error.Offset, endLineno, endOffset);
        }

        Write(output, ExceptionLine(error.TypeName, error.Msg));
        return output.ToArray();
    }

    /// <summary>The last line of an exception report: the class name, then ": message" unless the message is empty.</summary>
    public static string ExceptionLine(string typeName, string message) =>
        message.Length == 0 ? typeName + "\n" : typeName + ": " + message + "\n";

    /// <summary>The source text and caret lines of a SyntaxError (print_error_text), as UTF-8.</summary>
    internal static byte[] ErrorText(byte[] text, long lineno, long offset, long endLineno, long endOffset)
    {
        var output = new MemoryStream();
        WriteErrorText(output, text, lineno, offset, endLineno, endOffset);
        return output.ToArray();
    }

    private static void WriteErrorText(MemoryStream output, byte[] text, long lineno, long offset, long endLineno, long endOffset)
    {
        // The C code stops at a NUL byte, as strlen does.
        int textEnd = Array.IndexOf(text, (byte)0);
        if (textEnd < 0)
        {
            textEnd = text.Length;
        }

        long lineSize = text.Length;

        // An error spanning lines is underlined to the end of its first line.
        if (endLineno > lineno)
        {
            endOffset = lineSize;
        }

        if (endOffset > lineSize + 1)
        {
            endOffset = lineSize + 1;
        }

        long carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;

        // From here offset is 0-based and tracks the start of the printed text.
        offset--;
        int start = 0;
        while (start < textEnd && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f'))
        {
            start++;
            offset--;
        }

        long length = textEnd - start;
        if (length > 0 && text[textEnd - 1] == '\n')
        {
            length--;
        }

        if (offset > length)
        {
            offset = length;
        }

        // Skip the lines of a multi-line text that lie before the offset.
        while (true)
        {
            int newline = Array.IndexOf(text, (byte)'\n', start, textEnd - start);
            if (newline < 0)
            {
                break;
            }

            int skip = newline - start;
            if (skip >= offset)
            {
                break;
            }

            skip++;
            start += skip;
            length -= skip;
            offset -= skip;
        }

        Write(output, "    ");
        output.Write(text, start, textEnd - start);
        if (start + length >= textEnd || text[start + length] != '\n')
        {
            output.WriteByte((byte)'\n');
        }

        // A caret left of the printed text is not shown.
        if (offset < 0)
        {
            return;
        }

        Write(output, "    ");
        for (long i = 0; i < offset; i++)
        {
            output.WriteByte((byte)' ');
        }

        for (long i = 0; i < carets; i++)
        {
            output.WriteByte((byte)'^');
        }

        output.WriteByte((byte)'\n');
    }

    private static void Write(MemoryStream output, string s) => output.Write(s_utf8.GetBytes(s));
}
