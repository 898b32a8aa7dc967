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
    private const int MaxGroupWidth = 15;
    private const int MaxGroupDepth = 10;
    private static readonly PyStr s_module = new("__module__");
    private static readonly PyStr s_notes = new("__notes__");
    private static readonly PyStr s_printFileAndLine = new("print_file_and_line");
    private static readonly PyStr s_msg = new("msg");
    private static readonly PyStr s_filename = new("filename");
    private static readonly PyStr s_lineno = new("lineno");
    private static readonly PyStr s_offset = new("offset");
    private static readonly PyStr s_endLineno = new("end_lineno");
    private static readonly PyStr s_endOffset = new("end_offset");
    private static readonly PyStr s_text = new("text");

    /// <summary>pythonrun.c's exception_print_context: the group nesting that sets the margin.</summary>
    private sealed class Context(StringBuilder sb, Dictionary<string, string[]?> lines)
    {
        public readonly StringBuilder Sb = sb;
        public readonly HashSet<PyObject> Seen = new(ReferenceEqualityComparer.Instance);
        public readonly Dictionary<string, string[]?> Lines = lines;
        public int GroupDepth;
        public bool NeedClose;

        public string Margin => GroupDepth > 0 ? "| " : "";

        public int Indent => 2 * GroupDepth;

        public void WriteIndentedMargin() => Sb.Append(' ', Indent).Append(Margin);
    }

    public static string Format(PyBaseException exc)
    {
        var sb = new StringBuilder();
        var saved = PyErr.Fetch();
        var ctx = new Context(sb, new Dictionary<string, string[]?>());
        PrintRecursive(ctx, exc, 0);
        PyErr.Clear();
        PyErr.Restore(saved);
        return sb.ToString();
    }

    private static void PrintRecursive(Context ctx, PyBaseException exc, int depth)
    {
        if (depth > 900)
        {
            return;
        }

        PrintCauseAndContext(ctx, exc, depth);
        if (exc.Type.IsSubtypeOf(PyExc.BaseExceptionGroup) && exc is PyBaseExceptionGroup group)
        {
            PrintGroup(ctx, group, depth);
        }
        else
        {
            PrintException(ctx, exc);
        }
    }

    private static void PrintCauseAndContext(Context ctx, PyBaseException exc, int depth)
    {
        ctx.Seen.Add(exc);
        if (exc.Cause is PyBaseException cause)
        {
            if (!ctx.Seen.Contains(cause))
            {
                PrintChained(ctx, cause, "The above exception was the direct cause of the following exception:\n", depth);
            }

            return;
        }

        if (exc.SuppressContext)
        {
            return;
        }

        if (exc.Context is PyBaseException context && !ctx.Seen.Contains(context))
        {
            PrintChained(ctx, context, "During handling of the above exception, another exception occurred:\n", depth);
        }
    }

    private static void PrintChained(Context ctx, PyBaseException exc, string message, int depth)
    {
        bool needClose = ctx.NeedClose;
        PrintRecursive(ctx, exc, depth + 1);
        ctx.NeedClose = needClose;
        ctx.WriteIndentedMargin();
        ctx.Sb.Append('\n');
        ctx.WriteIndentedMargin();
        ctx.Sb.Append(message);
        ctx.WriteIndentedMargin();
        ctx.Sb.Append('\n');
    }

    /// <summary>pythonrun.c's print_exception_group: the group, then each member in its numbered box.</summary>
    private static void PrintGroup(Context ctx, PyBaseExceptionGroup group, int depth)
    {
        var sb = ctx.Sb;
        if (ctx.GroupDepth > MaxGroupDepth)
        {
            ctx.WriteIndentedMargin();
            sb.Append("... (max_group_depth is ").Append(MaxGroupDepth).Append(")\n");
            return;
        }

        if (ctx.GroupDepth == 0)
        {
            ctx.GroupDepth++;
        }

        PrintException(ctx, group);
        var excs = group.Exceptions.Items;
        int count = excs.Length;
        int n = count <= MaxGroupWidth ? count : MaxGroupWidth + 1;
        ctx.NeedClose = false;
        for (int i = 0; i < n; i++)
        {
            bool last = i == n - 1;
            if (last)
            {
                ctx.NeedClose = true;
            }

            sb.Append(' ', ctx.Indent);
            bool truncated = i >= MaxGroupWidth;
            sb.Append(i == 0 ? "+-" : "  ");
            if (!truncated)
            {
                sb.Append("+---------------- ").Append(i + 1).Append(" ----------------\n");
            }
            else
            {
                sb.Append("+---------------- ... ----------------\n");
            }

            ctx.GroupDepth++;
            if (!truncated)
            {
                if (excs[i] is PyBaseException member)
                {
                    PrintRecursive(ctx, member, depth + 1);
                }
            }
            else
            {
                int remaining = count - MaxGroupWidth;
                ctx.WriteIndentedMargin();
                sb.Append("and ").Append(remaining).Append(remaining > 1 ? " more exceptions\n" : " more exception\n");
            }

            if (last && ctx.NeedClose)
            {
                sb.Append(' ', ctx.Indent).Append("+------------------------------------\n");
                ctx.NeedClose = false;
            }

            ctx.GroupDepth--;
        }

        if (ctx.GroupDepth == 1)
        {
            ctx.GroupDepth--;
        }
    }

    /// <summary>pythonrun.c's print_exception: traceback, SyntaxError location, "Type: message", notes.</summary>
    private static void PrintException(Context ctx, PyBaseException exc)
    {
        var sb = ctx.Sb;
        if (exc.Traceback is PyTraceback tb)
        {
            string headerMargin = ctx.Margin;
            string header = "Traceback (most recent call last):\n";
            if (exc.Type.IsSubtypeOf(PyExc.BaseExceptionGroup))
            {
                header = "Exception Group Traceback (most recent call last):\n";
                if (ctx.GroupDepth == 1)
                {
                    headerMargin = "+ ";
                }
            }

            sb.Append(' ', ctx.Indent).Append(headerMargin).Append(header);
            FormatTraceback(sb, tb, ctx.Lines, ctx.Indent, ctx.Margin);
        }

        PyObject value = exc;
        if (PrintFileAndLine(ctx, exc) is { } message)
        {
            value = message;
        }

        ctx.WriteIndentedMargin();
        AppendTypeAndMessage(sb, exc.Type, value);
        if (value is PyBaseException e2 && Suggestions.For(e2) is { } suggestion)
        {
            sb.Append(". Did you mean: '").Append(suggestion).Append("'?");
        }

        sb.Append('\n');
        PyErr.Clear();
        PrintNotes(ctx, value);
        PyErr.Clear();
    }

    /// <summary>
    /// For an exception with print_file_and_line (SyntaxError), the "File ..., line N"
    /// line and the source text with carets; returns the msg to print instead of the
    /// exception, or null when the attributes could not be read (parse_syntax_error).
    /// </summary>
    private static PyObject? PrintFileAndLine(Context ctx, PyBaseException exc)
    {
        int has = PyAttr.TryGetAttr(exc, s_printFileAndLine, out _);
        if (has <= 0)
        {
            PyErr.Clear();
            return null;
        }

        var message = PyAttr.GetAttr(exc, s_msg);
        var filename = message is null ? null : PyAttr.GetAttr(exc, s_filename);
        var linenoObj = filename is null ? null : PyAttr.GetAttr(exc, s_lineno);
        if (linenoObj is null || !PyNumber.AsSsize(linenoObj, out long lineno))
        {
            PyErr.Clear();
            return null;
        }

        var offsetObj = PyAttr.GetAttr(exc, s_offset);
        long offset = -1;
        if (offsetObj is null || (offsetObj is not PyNone && !PyNumber.AsSsize(offsetObj, out offset)))
        {
            PyErr.Clear();
            return null;
        }

        long endLineno = lineno;
        long endOffset = -1;
        if (ReferenceEquals(exc.Type, PyExc.SyntaxError))
        {
            var v = PyAttr.GetAttr(exc, s_endLineno);
            if (v is null)
            {
                PyErr.Clear();
            }
            else if (v is not PyNone && !PyNumber.AsSsize(v, out endLineno))
            {
                PyErr.Clear();
                return null;
            }

            v = PyAttr.GetAttr(exc, s_endOffset);
            if (v is null)
            {
                PyErr.Clear();
            }
            else if (v is not PyNone && !PyNumber.AsSsize(v, out endOffset))
            {
                PyErr.Clear();
                return null;
            }
        }

        var text = PyAttr.GetAttr(exc, s_text);
        if (text is null)
        {
            PyErr.Clear();
            return null;
        }

        string file = filename is PyNone ? "<string>" : (PyOps.Str(filename!) as PyStr)?.Value ?? "";
        PyErr.Clear();
        ctx.WriteIndentedMargin();
        ctx.Sb.Append("  File \"").Append(file).Append("\", line ").Append(lineno).Append('\n');
        if (text is PyStr textStr)
        {
            var bytes = Encoding.UTF8.GetBytes(textStr.Value);
            ctx.Sb.Append(Encoding.UTF8.GetString(Hosting.ErrorReport.ErrorText(bytes, lineno, offset, endLineno, endOffset)));
        }

        return message;
    }

    private static void AppendTypeAndMessage(StringBuilder sb, PyType type, PyObject value)
    {
        string? module = type.IsHeapType ? (type.Dict.GetItemStr(s_module) as PyStr)?.Value : type.ModuleName;
        if (module is null)
        {
            sb.Append("<unknown>.");
        }
        else if (module is not "builtins" and not "__main__")
        {
            sb.Append(module).Append('.');
        }

        sb.Append(type.QualName);
        var str = PyOps.Str(value) as PyStr;
        if (str is null)
        {
            PyErr.Clear();
            sb.Append(": <exception str() failed>");
        }
        else if (str.Value.Length > 0)
        {
            sb.Append(": ").Append(str.Value);
        }
    }

    private static void PrintNotes(Context ctx, PyObject value)
    {
        var sb = ctx.Sb;
        if (value is not PyBaseException exc)
        {
            return;
        }

        var notes = exc.Dict?.GetItemStr(s_notes);
        if (notes is null)
        {
            return;
        }

        if (notes is not (PyList or PyTuple or PyStr))
        {
            ctx.WriteIndentedMargin();
            var text = PyOps.Repr(notes) as PyStr;
            PyErr.Clear();
            // 3.11 writes no newline after a non-sequence __notes__.
            sb.Append(text?.Value ?? "<__notes__ repr() failed>");
            return;
        }

        PyObject[] items = notes switch
        {
            PyList l => l.AsSpan().ToArray(),
            PyTuple t => t.Items,
            _ => CharsOf((PyStr)notes),
        };
        foreach (var note in items)
        {
            var text = note is PyStr s ? s : PyOps.Str(note) as PyStr;
            if (text is null)
            {
                PyErr.Clear();
                sb.Append("<note str() failed>");
            }
            else
            {
                foreach (var line in SplitLinesKeepEnds(text.Value))
                {
                    ctx.WriteIndentedMargin();
                    sb.Append(line);
                }
            }

            sb.Append('\n');
        }
    }

    private static PyObject[] CharsOf(PyStr s)
    {
        var result = new List<PyObject>();
        for (int i = 0; i < s.Value.Length; i++)
        {
            int width = char.IsSurrogatePair(s.Value, i) ? 2 : 1;
            result.Add(new PyStr(s.Value.Substring(i, width)));
            i += width - 1;
        }

        return result.ToArray();
    }

    /// <summary>str.splitlines(keepends=True) for the line breaks CPython recognises.</summary>
    private static List<string> SplitLinesKeepEnds(string s)
    {
        var result = new List<string>();
        int start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')
            {
                if (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n')
                {
                    i++;
                }

                result.Add(s[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < s.Length)
        {
            result.Add(s[start..]);
        }

        return result;
    }

    /// <summary>The entries of a traceback, outermost first, with CPython's folding of repeated lines.</summary>
    public static void FormatTraceback(StringBuilder sb, PyTraceback tb, Dictionary<string, string[]?> lines) =>
        FormatTraceback(sb, tb, lines, 0, "");

    private static void FormatTraceback(StringBuilder sb, PyTraceback tb, Dictionary<string, string[]?> lines, int indent, string margin)
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
                    AppendRepeated(sb, count - RecursiveCutoff, indent, margin);
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

            FormatEntry(sb, entry, lines, indent, margin);
        }

        if (count > RecursiveCutoff)
        {
            AppendRepeated(sb, count - RecursiveCutoff, indent, margin);
        }
    }

    private static void AppendRepeated(StringBuilder sb, int n, int indent, string margin) =>
        sb.Append(' ', indent).Append(margin).Append("  [Previous line repeated ").Append(n).Append(n == 1 ? " more time]\n" : " more times]\n");

    private static void FormatEntry(StringBuilder sb, PyTraceback entry, Dictionary<string, string[]?> lines, int indent, string margin)
    {
        var code = entry.Frame.Frame.CodeObject;
        sb.Append(' ', indent).Append(margin);
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

        sb.Append(' ', indent).Append(margin).Append("    ").Append(stripped).Append('\n');
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
            sb.Append(' ', indent).Append(margin);
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
}
