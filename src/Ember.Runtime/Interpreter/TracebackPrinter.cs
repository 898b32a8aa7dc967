using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Syntax.Ast;
using Ember.Syntax.Parsing;

namespace Ember.Runtime.Interpreter;

/// <summary>
/// Formats an uncaught exception the way CPython 3.11 prints it
/// (Python/pythonrun.c's print_exception_recursive and Python/traceback.c):
/// chained exceptions first, each traceback entry with its source line and
/// the ^/~ markers, repeated lines folded, then "Type: message" and notes.
/// sys.excepthook's default calls <see cref="Format"/>.
/// </summary>
public static class TracebackPrinter
{
    private const int RecursiveCutoff = 3;
    private static readonly PyStr s_module = new("__module__");
    private static readonly PyStr s_notes = new("__notes__");

    public static string Format(PyBaseException exc)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        var lines = new Dictionary<string, string[]?>();
        var saved = PyErr.Fetch();
        FormatRecursive(sb, exc, seen, lines, 0);
        PyErr.Clear();
        PyErr.Restore(saved);
        return sb.ToString();
    }

    private static void FormatRecursive(StringBuilder sb, PyBaseException exc, HashSet<PyObject> seen, Dictionary<string, string[]?> lines, int depth)
    {
        seen.Add(exc);
        if (depth < 200)
        {
            if (exc.Cause is PyBaseException cause && !seen.Contains(cause))
            {
                FormatRecursive(sb, cause, seen, lines, depth + 1);
                sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
            }
            else if (exc.Context is PyBaseException context && !exc.SuppressContext && !seen.Contains(context))
            {
                FormatRecursive(sb, context, seen, lines, depth + 1);
                sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }

        if (exc.Traceback is PyTraceback tb)
        {
            sb.Append("Traceback (most recent call last):\n");
            FormatTraceback(sb, tb, lines);
        }

        FormatExceptionLine(sb, exc);
    }

    /// <summary>The entries of a traceback, outermost first, with CPython's folding of repeated lines.</summary>
    public static void FormatTraceback(StringBuilder sb, PyTraceback tb, Dictionary<string, string[]?> lines)
    {
        string? lastFile = null;
        int lastLine = -1;
        string? lastName = null;
        int count = 0;
        for (var entry = tb; entry is not null; entry = entry.Next)
        {
            var code = entry.Frame.Frame.CodeObject;
            string file = code.Filename;
            string name = code.Name;
            int line = entry.LineNo;
            if (lastFile is null || file != lastFile || line != lastLine || name != lastName)
            {
                if (count > RecursiveCutoff)
                {
                    AppendRepeated(sb, count - RecursiveCutoff);
                }

                lastFile = file;
                lastLine = line;
                lastName = name;
                count = 0;
            }

            count++;
            if (count > RecursiveCutoff)
            {
                continue;
            }

            FormatEntry(sb, entry, lines);
        }

        if (count > RecursiveCutoff)
        {
            AppendRepeated(sb, count - RecursiveCutoff);
        }
    }

    private static void AppendRepeated(StringBuilder sb, int n) =>
        sb.Append("  [Previous line repeated ").Append(n).Append(n == 1 ? " more time]\n" : " more times]\n");

    private static void FormatEntry(StringBuilder sb, PyTraceback entry, Dictionary<string, string[]?> lines)
    {
        var code = entry.Frame.Frame.CodeObject;
        sb.Append("  File \"").Append(code.Filename).Append("\", line ");
        sb.Append(entry.LineNo < 0 ? "None" : entry.LineNo.ToString(System.Globalization.CultureInfo.InvariantCulture));
        sb.Append(", in ").Append(code.Name).Append('\n');
        if (entry.LineNo <= 0)
        {
            return;
        }

        var source = GetLines(lines, code.Filename);
        if (source is null || entry.LineNo > source.Length)
        {
            return;
        }

        // CPython strips the indentation only; trailing spaces are printed.
        string original = source[entry.LineNo - 1].TrimEnd('\r');
        string stripped = original.TrimStart(' ', '\t', '\f');
        if (stripped.Length == 0)
        {
            return;
        }

        sb.Append("    ").Append(stripped).Append('\n');
        var pos = code.PositionAt(entry.Lasti);
        if (pos.Col < 0 || pos.EndCol < 0 || pos.Line != entry.LineNo)
        {
            return;
        }

        int strippedChars = original.Length - stripped.Length;
        int start = ByteToCharOffset(original, pos.Col) + 1;
        int end = ByteToCharOffset(original, pos.EndCol) + 1;
        (int Left, int Right)? anchors = null;
        if (pos.Line == pos.EndLine)
        {
            if (start - 1 >= 0 && end - 1 <= original.Length && start <= end)
            {
                anchors = Anchors(original[(start - 1)..(end - 1)]);
            }
        }
        else
        {
            end = strippedChars + stripped.Length + 1;
        }

        if (end - start < stripped.Length || (anchors is { } a && a.Right - a.Left > 0))
        {
            sb.Append("    ").Append(' ', Math.Max(0, start - strippedChars - 1));
            if (anchors is { } an)
            {
                sb.Append('~', an.Left).Append('^', an.Right - an.Left).Append('~', Math.Max(0, end - start - an.Right));
            }
            else
            {
                sb.Append('^', Math.Max(0, end - start));
            }

            sb.Append('\n');
        }
    }

    private static string[]? GetLines(Dictionary<string, string[]?> cache, string filename)
    {
        if (cache.TryGetValue(filename, out var lines))
        {
            return lines;
        }

        try
        {
            lines = File.Exists(filename) ? File.ReadAllText(filename).Replace("\r\n", "\n").Split('\n') : null;
        }
        catch (IOException)
        {
            lines = null;
        }
        catch (UnauthorizedAccessException)
        {
            lines = null;
        }

        cache[filename] = lines;
        return lines;
    }

    /// <summary>The character index of a UTF-8 byte offset into <paramref name="line"/>.</summary>
    private static int ByteToCharOffset(string line, int byteOffset)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        if (byteOffset >= bytes.Length)
        {
            return Encoding.UTF8.GetCharCount(bytes) + (byteOffset - bytes.Length);
        }

        return Encoding.UTF8.GetCharCount(bytes, 0, byteOffset);
    }

    /// <summary>
    /// The split of the marker for a binary operation (~~~^~~~) or a
    /// subscript (~~~^^^^), as 3.11's _extract_caret_anchors_from_line_segment
    /// finds it; null when the segment is neither.
    /// </summary>
    private static (int Left, int Right)? Anchors(string segment)
    {
        ModNode tree;
        try
        {
            tree = Parser.Parse(segment, "<traceback>", ParseMode.Exec);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }

        if (tree is not Module { Body.Count: 1 } module || module.Body[0] is not Expr stmt)
        {
            return null;
        }

        switch (stmt.Value)
        {
            case BinOp bin:
                {
                    int opStart = ByteToCharOffset(segment, bin.Left.EndColOffset);
                    int opEnd = ByteToCharOffset(segment, bin.Right.ColOffset);
                    string opText = segment[opStart..opEnd];
                    int opOffset = opText.Length - opText.TrimStart().Length;
                    int left = (bin.Left.EndColOffset) + opOffset;
                    int right = left + 1;
                    if (opOffset + 1 < opText.Length && !char.IsWhiteSpace(opText[opOffset + 1]))
                    {
                        right++;
                    }

                    return (ByteToCharOffset(segment, left), ByteToCharOffset(segment, right));
                }

            case Subscript sub:
                return (ByteToCharOffset(segment, sub.Value.EndColOffset), ByteToCharOffset(segment, (sub.Slice.EndColOffset) + 1));
            default:
                return null;
        }
    }

    /// <summary>"Type: message" (module-qualified outside builtins and __main__), then the notes.</summary>
    public static void FormatExceptionLine(StringBuilder sb, PyBaseException exc)
    {
        var type = exc.Type;
        string? module = type.IsHeapType ? (type.Dict.GetItemStr(s_module) as PyStr)?.Value : type.ModuleName;
        if (module is null)
        {
            sb.Append("<unknown>");
        }
        else if (module is not "builtins" and not "__main__")
        {
            sb.Append(module).Append('.');
        }

        sb.Append(type.QualName);
        var str = PyOps.Str(exc) as PyStr;
        if (str is null)
        {
            PyErr.Clear();
            sb.Append(": <exception str() failed>");
        }
        else if (str.Value.Length > 0)
        {
            sb.Append(": ").Append(str.Value);
        }

        if (Suggestions.For(exc) is { } suggestion)
        {
            sb.Append(". Did you mean: '").Append(suggestion).Append("'?");
        }

        sb.Append('\n');
        var notes = exc.Dict?.GetItemStr(s_notes);
        if (notes is null)
        {
            return;
        }

        if (notes is PyList or PyTuple)
        {
            var items = notes is PyList l ? l.AsSpan().ToArray() : ((PyTuple)notes).Items;
            foreach (var note in items)
            {
                var text = note is PyStr s ? s : PyOps.Str(note) as PyStr;
                sb.Append(text?.Value ?? "<note str() failed>").Append('\n');
            }
        }
        else
        {
            var text = PyOps.Repr(notes) as PyStr;
            sb.Append(text?.Value ?? "<__notes__ repr() failed>").Append('\n');
        }

        PyErr.Clear();
    }
}
