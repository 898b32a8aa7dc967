using Ember.Runtime.Errors;
using Ember.Runtime.Modules.Sys;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Builtins;

public static partial class BuiltinsModule
{
    private static readonly PyStr s_write = new("write");
    private static readonly PyStr s_flush = new("flush");

    private static void AddIoFunctions(PyDict d)
    {
        Add(d, "print", Print);
        Add(d, "input", Input);
    }

    /// <summary>
    /// print(*objects, sep=' ', end='\n', file=None, flush=False)
    /// (builtin_print_impl). Writes through the file's <c>write</c> method,
    /// with a direct path for the host's standard streams.
    /// </summary>
    public static PyObject? Print(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        PyObject? sep = null, end = null, file = null, flush = null;
        for (int k = 0; k < nkw; k++)
        {
            var name = (PyStr)kwnames!.Items[k];
            var value = args[npos + k];
            switch (name.Value)
            {
                case "sep": sep = value; break;
                case "end": end = value; break;
                case "file": file = value; break;
                case "flush": flush = value; break;
                default: return PyErr.TypeError($"'{name.Value}' is an invalid keyword argument for print()");
            }
        }

        if (file is null or PyNone)
        {
            file = SysModule.GetObject(PyThreadState.Current.Interpreter, "stdout");
            if (file is null)
            {
                return PyErr.RuntimeError("lost sys.stdout");
            }

            // print() to sys.stdout = None does nothing, as in CPython (pythonw).
            if (file is PyNone)
            {
                return PyNone.Instance;
            }
        }

        if (sep is PyNone)
        {
            sep = null;
        }
        else if (sep is not null and not PyStr)
        {
            return PyErr.TypeError($"sep must be None or a string, not {sep.Type.Name}");
        }

        if (end is PyNone)
        {
            end = null;
        }
        else if (end is not null and not PyStr)
        {
            return PyErr.TypeError($"end must be None or a string, not {end.Type.Name}");
        }

        for (int i = 0; i < npos; i++)
        {
            if (i > 0 && !(sep is null ? WriteToFile(file, " ") : WriteRaw(file, sep)))
            {
                return null;
            }

            if (!WriteRaw(file, args[i]))
            {
                return null;
            }
        }

        if (!(end is null ? WriteToFile(file, "\n") : WriteRaw(file, end)))
        {
            return null;
        }

        if (flush is not null)
        {
            int doFlush = PyOps.IsTrue(flush);
            if (doFlush < 0)
            {
                return null;
            }

            if (doFlush == 1 && !FlushFile(file))
            {
                return null;
            }
        }

        return PyNone.Instance;
    }

    /// <summary>
    /// Writes str(<paramref name="value"/>) to a file object (PyFile_WriteObject
    /// with Py_PRINT_RAW): a str subclass's own __str__ is used too, for the
    /// printed objects and for sep and end alike. False with an exception pending.
    /// </summary>
    private static bool WriteRaw(PyObject file, PyObject value)
    {
        if (value is PyStr exact && ReferenceEquals(value.Type, PyStr.TypeObject))
        {
            return WriteToFile(file, exact);
        }

        var s = PyOps.Str(value);
        return s is not null && WriteToFile(file, (PyStr)s);
    }

    /// <summary>Writes a str to a file object (PyFile_WriteObject with Py_PRINT_RAW); false with an exception pending.</summary>
    public static bool WriteToFile(PyObject file, PyStr text)
    {
        if (file is PyHostTextStream host && ReferenceEquals(file.Type, PyHostTextStream.TypeObject))
        {
            return host.Write(text);
        }

        var write = PyOps.GetAttr(file, s_write);
        return write is not null && PyCall.Call(write, text) is not null;
    }

    /// <summary>Writes .NET text without lone surrogates to a file object.</summary>
    public static bool WriteToFile(PyObject file, string text)
    {
        if (file is PyHostTextStream host && ReferenceEquals(file.Type, PyHostTextStream.TypeObject))
        {
            return host.Write(text);
        }

        return WriteToFile(file, new PyStr(text));
    }

    /// <summary>Calls file.flush(); false with an exception pending.</summary>
    public static bool FlushFile(PyObject file)
    {
        if (file is PyHostTextStream host && ReferenceEquals(file.Type, PyHostTextStream.TypeObject))
        {
            return host.Flush();
        }

        var flush = PyOps.GetAttr(file, s_flush);
        return flush is not null && PyCall.Call(flush) is not null;
    }

    /// <summary>
    /// input([prompt]) (builtin_input_impl): flushes sys.stderr, writes the
    /// prompt to sys.stdout, reads one line from sys.stdin without its
    /// newline; EOFError at end of input.
    /// </summary>
    private static PyObject? Input(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("input", args, kwnames, 0, 1))
        {
            return null;
        }

        var interp = PyThreadState.Current.Interpreter;
        var stdin = SysModule.GetObject(interp, "stdin");
        var stdout = SysModule.GetObject(interp, "stdout");
        var stderr = SysModule.GetObject(interp, "stderr");
        if (stdin is null or PyNone)
        {
            return PyErr.RuntimeError("input(): lost sys.stdin");
        }

        if (stdout is null or PyNone)
        {
            return PyErr.RuntimeError("input(): lost sys.stdout");
        }

        if (stderr is not null and not PyNone && !FlushFile(stderr))
        {
            PyErr.Clear();
        }

        if (args.Length == 1)
        {
            var prompt = PyOps.Str(args[0]);
            if (prompt is null || !WriteToFile(stdout, (PyStr)prompt))
            {
                return null;
            }
        }

        if (!FlushFile(stdout))
        {
            PyErr.Clear();
        }

        PyObject? line;
        if (stdin is PyHostTextStream host && ReferenceEquals(stdin.Type, PyHostTextStream.TypeObject))
        {
            line = host.ReadLine();
        }
        else
        {
            line = PyCall.CallMethod(stdin, "readline", []);
        }

        if (line is null)
        {
            return null;
        }

        if (line is not PyStr s)
        {
            return PyErr.TypeError("object.readline() returned non-string");
        }

        if (s.Value.Length == 0)
        {
            return PyErr.SetString(PyExc.EOFError, "EOF when reading a line");
        }

        return s.Value.EndsWith('\n') ? new PyStr(s.Value[..^1]) : s;
    }
}
