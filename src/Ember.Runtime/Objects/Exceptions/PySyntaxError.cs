using Ember.Runtime.Errors;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Objects;

/// <summary>
/// SyntaxError, IndentationError and TabError (Objects/exceptions.c):
/// <c>SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))</c>;
/// str is "msg (file, line N)" with the file's base name.
/// </summary>
public sealed class PySyntaxError : PyBaseException
{
    public PySyntaxError(PyType type, PyTuple args)
        : base(type, args)
    {
    }

    public PyObject? Msg;
    public PyObject? Filename;
    public PyObject? Lineno;
    public PyObject? Offset;
    public PyObject? Text;
    public PyObject? EndLineno;
    public PyObject? EndOffset;
    public PyObject? PrintFileAndLine;

    internal static void InitSlots(PyType type)
    {
        type.New = static (cls, args, kw) => new PySyntaxError(cls, PyTuple.Create(Positional(args, kw)));
        type.Init = static (self, args, kw) => ((PySyntaxError)self).InitFields(args, kw);
        type.Str = static self => ((PySyntaxError)self).StrOf();
    }

    internal static void InitMembers(PyType type)
    {
        PyExc.AddMember<PySyntaxError>(type, "msg", static e => e.Msg, static (e, v) => e.Msg = v);
        PyExc.AddMember<PySyntaxError>(type, "filename", static e => e.Filename, static (e, v) => e.Filename = v);
        PyExc.AddMember<PySyntaxError>(type, "lineno", static e => e.Lineno, static (e, v) => e.Lineno = v);
        PyExc.AddMember<PySyntaxError>(type, "offset", static e => e.Offset, static (e, v) => e.Offset = v);
        PyExc.AddMember<PySyntaxError>(type, "text", static e => e.Text, static (e, v) => e.Text = v);
        PyExc.AddMember<PySyntaxError>(type, "end_lineno", static e => e.EndLineno, static (e, v) => e.EndLineno = v);
        PyExc.AddMember<PySyntaxError>(type, "end_offset", static e => e.EndOffset, static (e, v) => e.EndOffset = v);
        PyExc.AddMember<PySyntaxError>(type, "print_file_and_line", static e => e.PrintFileAndLine, static (e, v) => e.PrintFileAndLine = v);
    }

    private bool InitFields(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!InitArgs(args, kwnames))
        {
            return false;
        }

        if (args.Length >= 1)
        {
            Msg = args[0];
        }

        if (args.Length == 2)
        {
            var info = PyExc.ItemsOf(args[1]);
            if (info is null)
            {
                return false;
            }

            if (info.Length < 4)
            {
                PyErr.TypeError($"function takes at least 4 arguments ({info.Length} given)");
                return false;
            }

            if (info.Length > 6)
            {
                PyErr.TypeError($"function takes at most 6 arguments ({info.Length} given)");
                return false;
            }

            Filename = info[0];
            Lineno = info[1];
            Offset = info[2];
            Text = info[3];
            EndLineno = info.Length > 4 ? info[4] : null;
            EndOffset = info.Length > 5 ? info[5] : null;
            if (EndLineno is not null && EndOffset is null)
            {
                PyErr.TypeError("end_offset must be provided when end_lineno is provided");
                return false;
            }
        }

        return true;
    }

    private PyObject? StrOf()
    {
        string? filename = null;
        if (Filename is PyStr f)
        {
            int slash = f.Value.LastIndexOf('/');
            filename = slash < 0 ? f.Value : f.Value[(slash + 1)..];
        }

        bool haveLineno = Lineno is PyInt && ReferenceEquals(Lineno.Type, PyInt.TypeObject);
        var msg = PyOps.Str(Msg ?? PyNone.Instance);
        if (msg is null || (filename is null && !haveLineno))
        {
            return msg;
        }

        string m = ((PyStr)msg).Value;
        string line = haveLineno ? ((PyInt)Lineno!).ToString() : "";
        if (filename is not null && haveLineno)
        {
            return new PyStr($"{m} ({filename}, line {line})");
        }

        return new PyStr(filename is not null ? $"{m} ({filename})" : $"{m} (line {line})");
    }
}
