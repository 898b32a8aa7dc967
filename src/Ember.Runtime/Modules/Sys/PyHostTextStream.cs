using System.Text;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Sys;

/// <summary>
/// The objects behind <c>sys.stdin</c>, <c>sys.stdout</c> and <c>sys.stderr</c>
/// until the <c>_io</c> stack exists: a text stream over one of the host's
/// <see cref="TextWriter"/>/<see cref="TextReader"/> (PyInterpreterState.Stdout
/// and friends), showing itself as CPython's <c>_io.TextIOWrapper</c> does
/// (Modules/_io/textio.c) with encoding 'utf-8'. Reading translates "\r\n"
/// and "\r" to "\n" as universal-newline mode does.
/// </summary>
public sealed class PyHostTextStream : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin(
        "TextIOWrapper", null, TypeFlags.None, InitSlots, InitMembers, module: "_io");

    private readonly TextWriter? _writer;
    private readonly TextReader? _reader;
    private bool _closed;

    private PyHostTextStream(string name, string mode, string errors, TextWriter? writer, TextReader? reader, int fileno)
        : base(TypeObject)
    {
        Name = name;
        Mode = mode;
        Errors = errors;
        _writer = writer;
        _reader = reader;
        FileNo = fileno;
    }

    public static PyHostTextStream ForWriting(string name, TextWriter writer, string errors, int fileno) =>
        new(name, "w", errors, writer, null, fileno);

    public static PyHostTextStream ForReading(string name, TextReader reader, string errors, int fileno) =>
        new(name, "r", errors, null, reader, fileno);

    public string Name { get; }

    public string Mode { get; }

    /// <summary>The error handler for text that UTF-8 cannot encode (lone surrogates): "strict" or "backslashreplace".</summary>
    public string Errors { get; }

    public int FileNo { get; }

    public bool IsWritable => _writer is not null;

    /// <summary>Writes <paramref name="text"/>; false with an exception pending (closed stream, unencodable text, not writable).</summary>
    public bool Write(PyStr text)
    {
        if (!CheckOpen())
        {
            return false;
        }

        if (_writer is null)
        {
            PyErr.SetString(UnsupportedOperation, "not writable");
            return false;
        }

        string s = text.Value;
        if (text.CodePoints is not null || HasLoneSurrogate(s))
        {
            return WriteWithSurrogates(text);
        }

        _writer.Write(s);
        return true;
    }

    /// <summary>Writes .NET text known to be free of lone surrogates (separators, newlines).</summary>
    public bool Write(string text)
    {
        if (!CheckOpen())
        {
            return false;
        }

        if (_writer is null)
        {
            PyErr.SetString(UnsupportedOperation, "not writable");
            return false;
        }

        _writer.Write(text);
        return true;
    }

    public bool Flush()
    {
        if (!CheckOpen())
        {
            return false;
        }

        _writer?.Flush();
        return true;
    }

    /// <summary>One line including its "\n" ("" at end of input); at most <paramref name="limit"/> characters when not negative. Null with an exception pending.</summary>
    public PyObject? ReadLine(long limit = -1)
    {
        if (!CheckReadable())
        {
            return null;
        }

        var sb = new StringBuilder();
        while (limit < 0 || sb.Length < limit)
        {
            int c = _reader!.Read();
            if (c < 0)
            {
                break;
            }

            if (c == '\r')
            {
                if (_reader.Peek() == '\n')
                {
                    _reader.Read();
                }

                c = '\n';
            }

            sb.Append((char)c);
            if (c == '\n')
            {
                break;
            }
        }

        return PyStr.From(sb.ToString());
    }

    /// <summary>Everything up to end of input, or at most <paramref name="size"/> characters.</summary>
    public PyObject? Read(long size = -1)
    {
        if (!CheckReadable())
        {
            return null;
        }

        var sb = new StringBuilder();
        while (size < 0 || sb.Length < size)
        {
            int c = _reader!.Read();
            if (c < 0)
            {
                break;
            }

            if (c == '\r')
            {
                if (_reader.Peek() == '\n')
                {
                    _reader.Read();
                }

                c = '\n';
            }

            sb.Append((char)c);
        }

        return PyStr.From(sb.ToString());
    }

    private bool CheckOpen()
    {
        if (_closed)
        {
            PyErr.ValueError("I/O operation on closed file.");
            return false;
        }

        return true;
    }

    private bool CheckReadable()
    {
        if (!CheckOpen())
        {
            return false;
        }

        if (_reader is null)
        {
            PyErr.SetString(UnsupportedOperation, "not readable");
            return false;
        }

        return true;
    }

    /// <summary>
    /// io.UnsupportedOperation is an OSError and ValueError subclass defined by
    /// _io; until that module exists, OSError stands in for it.
    /// </summary>
    private static PyType UnsupportedOperation => PyExc.OSError;

    internal static bool HasLoneSurrogate(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    i++;
                    continue;
                }

                return true;
            }
        }

        return false;
    }

    private bool WriteWithSurrogates(PyStr text)
    {
        // Code points of the text, so positions in the error are code-point positions.
        int[] cps = text.CodePoints ?? ToCodePoints(text.Value);
        var sb = new StringBuilder(cps.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            int cp = cps[i];
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                if (Errors == "backslashreplace")
                {
                    sb.Append("\\u").Append(cp.ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    continue;
                }

                int end = i + 1;
                while (end < cps.Length && cps[end] is >= 0xD800 and <= 0xDFFF)
                {
                    end++;
                }

                PyErr.SetObject(PyExc.UnicodeEncodeError, new PyTuple(
                [
                    new PyStr("utf-8"), text, PyInt.From(i), PyInt.From(end), new PyStr("surrogates not allowed"),
                ]));
                return false;
            }

            sb.Append(char.ConvertFromUtf32(cp));
        }

        _writer!.Write(sb.ToString());
        return true;
    }

    private static int[] ToCodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(c, s[i + 1]));
                i++;
            }
            else
            {
                list.Add(c);
            }
        }

        return [.. list];
    }

    private static PyHostTextStream Self(PyObject o) => (PyHostTextStream)o;

    private static void InitSlots(PyType type)
    {
        type.Repr = static self =>
        {
            var s = Self(self);
            return new PyStr($"<_io.TextIOWrapper name='{s.Name}' mode='{s.Mode}' encoding='utf-8'>");
        };
        type.Iter = static self => Self(self).CheckReadable() ? self : null;
        type.Next = static self =>
        {
            var line = Self(self).ReadLine();
            return line is PyStr { Value.Length: 0 } ? null : line;
        };
    }

    private static void InitMembers(PyType type)
    {
        type.AddMethod("write", static (self, args, kw) =>
        {
            if (!Args.ExactlyOne("TextIOWrapper.write", args, kw))
            {
                return null;
            }

            if (args[0] is not PyStr s)
            {
                return PyErr.TypeError($"write() argument must be str, not {StrArgs.TypeNameForError(args[0])}");
            }

            return Self(self).Write(s) ? PyInt.From(s.Length) : null;
        });
        type.AddMethod("writelines", static (self, args, kw) =>
        {
            if (!Args.Positional("writelines", args, kw, 1, 1))
            {
                return null;
            }

            var it = PyIter.GetIter(args[0]);
            if (it is null)
            {
                return null;
            }

            while (PyIter.TryNext(it, out var line))
            {
                if (line is not PyStr s)
                {
                    return PyErr.TypeError($"write() argument must be str, not {StrArgs.TypeNameForError(line)}");
                }

                if (!Self(self).Write(s))
                {
                    return null;
                }
            }

            return PyErr.Occurred ? null : PyNone.Instance;
        });
        type.AddMethod("flush", static (self, args, kw) =>
            Args.NoArgs("TextIOWrapper.flush", args, kw) && Self(self).Flush() ? PyNone.Instance : null);
        type.AddMethod("read", static (self, args, kw) =>
            Args.Positional("read", args, kw, 0, 1) && SizeArg(args, out long n) ? Self(self).Read(n) : null);
        type.AddMethod("readline", static (self, args, kw) =>
            Args.Positional("readline", args, kw, 0, 1) && SizeArg(args, out long n) ? Self(self).ReadLine(n) : null);
        type.AddMethod("readlines", static (self, args, kw) =>
        {
            if (!Args.Positional("readlines", args, kw, 0, 1))
            {
                return null;
            }

            var list = new PyList();
            while (true)
            {
                var line = Self(self).ReadLine();
                if (line is null)
                {
                    return null;
                }

                if (((PyStr)line).Value.Length == 0)
                {
                    return list;
                }

                list.Append(line);
            }
        });
        type.AddMethod("close", static (self, args, kw) =>
        {
            if (!Args.NoArgs("TextIOWrapper.close", args, kw))
            {
                return null;
            }

            var s = Self(self);
            if (!s._closed)
            {
                s._writer?.Flush();
                s._closed = true;
            }

            return PyNone.Instance;
        });
        type.AddMethod("fileno", static (self, args, kw) => Args.NoArgs("TextIOWrapper.fileno", args, kw) ? PyInt.From(Self(self).FileNo) : null);
        type.AddMethod("isatty", static (self, args, kw) => Args.NoArgs("TextIOWrapper.isatty", args, kw) && Self(self).CheckOpen() ? PyBool.False : null);
        type.AddMethod("readable", static (self, args, kw) => Args.NoArgs("TextIOWrapper.readable", args, kw) && Self(self).CheckOpen() ? PyBool.From(Self(self)._reader is not null) : null);
        type.AddMethod("writable", static (self, args, kw) => Args.NoArgs("TextIOWrapper.writable", args, kw) && Self(self).CheckOpen() ? PyBool.From(Self(self)._writer is not null) : null);
        type.AddMethod("seekable", static (self, args, kw) => Args.NoArgs("TextIOWrapper.seekable", args, kw) && Self(self).CheckOpen() ? PyBool.False : null);
        type.AddGetter("encoding", static self => new PyStr("utf-8"));
        type.AddGetter("errors", static self => new PyStr(Self(self).Errors));
        type.AddGetter("name", static self => new PyStr(Self(self).Name));
        type.AddGetter("mode", static self => new PyStr(Self(self).Mode));
        type.AddGetter("closed", static self => PyBool.From(Self(self)._closed));
        type.AddGetter("line_buffering", static self => PyBool.False);
        type.AddGetter("newlines", static self => PyNone.Instance);
    }

    private static bool SizeArg(ReadOnlySpan<PyObject> args, out long size)
    {
        size = -1;
        if (args.Length == 0 || args[0] is PyNone)
        {
            return true;
        }

        if (args[0] is PyInt i && i.IsSmall)
        {
            size = i.Small;
            return true;
        }

        PyErr.TypeError($"argument should be integer or None, not '{args[0].Type.Name}'");
        return false;
    }
}
