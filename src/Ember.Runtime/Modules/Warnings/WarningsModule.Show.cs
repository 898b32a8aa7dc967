using Ember.Runtime.Errors;
using Ember.Runtime.Modules.Builtins;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Modules.Warnings;

// Printing a warning: warnings._showwarnmsg when warnings.py is loaded, else the C fallback.
public static partial class WarningsModule
{
    private static readonly PyStr s_colonSpace = new(": ");
    private static readonly PyStr s_newline = new("\n");
    private static readonly PyStr s_indent = new("  ");

    /// <summary>
    /// call_show_warning: warnings._showwarnmsg(WarningMessage(...)) when the
    /// Python module is there (imported first when a source object was
    /// given, since only it can show where the source was allocated), else
    /// <see cref="ShowWarning"/>.
    /// </summary>
    private static bool CallShowWarning(PyThreadState ts, PyObject category, PyObject text, PyObject message, PyStr filename,
        int lineno, PyObject linenoObj, PyObject? sourceLine, PyObject? source)
    {
        var interp = ts.Interpreter;
        var showFn = GetWarningsAttr(interp, s_showwarnmsg, source is not null);
        if (showFn is null)
        {
            if (PyErr.Occurred)
            {
                return false;
            }

            ShowWarning(ts, filename, lineno, text, category, sourceLine);
            return true;
        }

        if (showFn.Type.Call is null)
        {
            PyErr.TypeError("warnings._showwarnmsg() must be set to a callable");
            return false;
        }

        var messageClass = GetWarningsAttr(interp, s_warningMessage, false);
        if (messageClass is null)
        {
            if (!PyErr.Occurred)
            {
                PyErr.RuntimeError("unable to get warnings.WarningMessage");
            }

            return false;
        }

        var msg = PyCall.Call(messageClass, [message, category, filename, linenoObj, PyNone.Instance, PyNone.Instance, source ?? PyNone.Instance], null);
        return msg is not null && PyCall.Call(showFn, msg) is not null;
    }

    /// <summary>
    /// show_warning: "filename:lineno: Category: text" and the source line,
    /// written piece by piece to sys.stderr as CPython's C code writes them;
    /// any failure is swallowed. A line given by the caller (module_globals'
    /// loader) is never printed: 3.11's check of it always fails.
    /// </summary>
    private static void ShowWarning(PyThreadState ts, PyStr filename, int lineno, PyObject text, PyObject category, PyObject? sourceLine)
    {
        var saved = PyErr.Fetch();
        try
        {
            var name = PyOps.GetAttr(category, s_name);
            if (name is null)
            {
                return;
            }

            var stderr = Sys.SysModule.GetObject(ts.Interpreter, "stderr");
            if (stderr is null)
            {
                ts.Interpreter.Stderr.Write("lost sys.stderr\n");
                return;
            }

            if (!WriteObject(stderr, filename)
                || !BuiltinsModule.WriteToFile(stderr, $":{lineno}: ")
                || !WriteObject(stderr, name)
                || !BuiltinsModule.WriteToFile(stderr, s_colonSpace)
                || !WriteObject(stderr, text)
                || !BuiltinsModule.WriteToFile(stderr, s_newline))
            {
                return;
            }

            if (sourceLine is null)
            {
                DisplaySourceLine(stderr, filename.Value, lineno);
            }
        }
        finally
        {
            PyErr.Clear();
            PyErr.Restore(saved);
        }
    }

    // PyFile_WriteObject(obj, f, Py_PRINT_RAW): str(obj) to the file.
    private static bool WriteObject(PyObject file, PyObject obj)
    {
        if (obj is PyStr s && ReferenceEquals(obj.Type, PyStr.TypeObject))
        {
            return BuiltinsModule.WriteToFile(file, s);
        }

        return PyOps.Str(obj) is PyStr str && BuiltinsModule.WriteToFile(file, str);
    }

    /// <summary>
    /// _Py_DisplaySourceLine with an indent of 2: line <paramref name="lineno"/>
    /// of the file, decoded as Python source (coding cookie), without its
    /// leading blanks. Nothing for "&lt;...&gt;" names, missing files or lines past the end.
    /// </summary>
    private static void DisplaySourceLine(PyObject file, string filename, int lineno)
    {
        string? line = ReadSourceLine(filename, lineno);
        if (line is null)
        {
            return;
        }

        int i = 0;
        while (i < line.Length && line[i] is ' ' or '\t' or '\f')
        {
            i++;
        }

        if (BuiltinsModule.WriteToFile(file, s_indent) && BuiltinsModule.WriteToFile(file, line[i..]))
        {
            BuiltinsModule.WriteToFile(file, s_newline);
        }
    }

    /// <summary>Line <paramref name="lineno"/> (1-based) of a source file without its line ending; null when there is none.</summary>
    internal static string? ReadSourceLine(string filename, int lineno)
    {
        if (filename.Length == 0 || lineno < 1 || (filename[0] == '<' && filename[^1] == '>'))
        {
            return null;
        }

        string text;
        try
        {
            if (!File.Exists(filename))
            {
                return null;
            }

            text = Ember.Syntax.Lexing.SourceDecoder.Decode(File.ReadAllBytes(filename), filename);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Ember.Syntax.Diagnostics.PythonSyntaxError)
        {
            return null;
        }

        // TextIOWrapper's universal newlines, then readline() lineno times.
        int pos = 0;
        for (int n = 1; ; n++)
        {
            if (pos >= text.Length)
            {
                return null;
            }

            int end = pos;
            while (end < text.Length && text[end] != '\n' && text[end] != '\r')
            {
                end++;
            }

            if (n == lineno)
            {
                return text[pos..end];
            }

            pos = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }
    }
}
