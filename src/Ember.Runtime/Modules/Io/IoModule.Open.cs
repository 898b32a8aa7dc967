using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Io;

public static partial class IoModule
{
    private static readonly ArgSpec s_openSpec = new("open", ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], required: 1);
    private static readonly ArgSpec s_textEncodingSpec = new("text_encoding", ["encoding", "stacklevel"], posOnly: 0, required: 1);

    /// <summary>open(path, 'rb') for open_code and the import system: a BufferedReader over a FileIO.</summary>
    public static PyObject? OpenBinaryRead(PyObject path) => Open(path, "rb", -1, null, null, null, true, null);

    static partial void AddTypes(PyDict d)
    {
        d.SetItemStr("BufferedReader", PyBuffered.ReaderType);
        d.SetItemStr("BufferedWriter", PyBuffered.WriterType);
        d.SetItemStr("BufferedRandom", PyBuffered.RandomType);
        d.SetItemStr("BufferedRWPair", PyBufferedRWPair.TypeObject);
        d.SetItemStr("_TextIOBase", PyTextIOWrapper.TextIOBaseType);
        d.SetItemStr("TextIOWrapper", PyTextIOWrapper.TypeObject);
        d.SetItemStr("StringIO", PyStringIO.TypeObject);
        d.SetItemStr("IncrementalNewlineDecoder", PyIncrementalNewlineDecoder.TypeObject);
    }

    static partial void AddFunctions(PyDict d)
    {
        // builtins.open is _io.open (one function object).
        if (Threading.PyThreadState.Current.Interpreter.Modules.GetItemStr("builtins") is PyModule { } builtins
            && builtins.Dict.GetItemStr("open") is PyBuiltinFunction shared)
        {
            d.SetItemStr("open", shared);
        }
        else
        {
            Add(d, "open", OpenFunction);
        }

        Add(d, "text_encoding", static (args, kw) =>
        {
            Span<PyObject?> a = [null, null];
            if (!s_textEncodingSpec.Parse(args, kw, a))
            {
                return null;
            }

            if (a[1] is not null && !IoErr.Int(a[1]!, out _))
            {
                return null;
            }

            return a[0] is null or PyNone ? new PyStr("locale") : a[0];
        });
    }

    /// <summary>The builtin <c>open</c> (the same function object as <c>_io.open</c>).</summary>
    public static PyObject? OpenFunction(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = [null, null, null, null, null, null, null, null];
        if (!s_openSpec.Parse(args, kwnames, a))
        {
            return null;
        }

        string mode = "r";
        if (a[1] is not null)
        {
            if (a[1] is not PyStr ms)
            {
                return PyErr.TypeError($"open() argument 'mode' must be str, not {a[1]!.Type.TpName}");
            }

            if (ms.Value.Contains('\0'))
            {
                return PyErr.ValueError("embedded null character");
            }

            mode = ms.Value;
        }

        int buffering = -1;
        if (a[2] is not null && !IoErr.Int(a[2]!, out buffering))
        {
            return null;
        }

        if (!PyTextIOWrapper.StrOrNone("open", "encoding", a[3], out var encoding)
            || !PyTextIOWrapper.StrOrNone("open", "errors", a[4], out var errors)
            || !PyTextIOWrapper.StrOrNone("open", "newline", a[5], out var newline))
        {
            return null;
        }

        bool closefd = true;
        if (a[6] is not null)
        {
            if (!IoErr.Int(a[6]!, out int cfd))
            {
                return null;
            }

            closefd = cfd != 0;
        }

        return Open(a[0]!, mode, buffering, encoding, errors, newline, closefd, a[7]);
    }

    public static PyObject? Open(PyObject file, string mode, int buffering, string? encoding, string? errors, string? newline, bool closefd, PyObject? opener)
    {
        bool isNumber = file.Type.Index is not null || file.Type.Float is not null || file is PyInt;
        PyObject pathOrFd = file;
        if (!isNumber)
        {
            var p = PyFileIO.FsPathObject(file);
            if (p is null)
            {
                return null;
            }

            pathOrFd = p;
        }

        if (!isNumber && pathOrFd is not (PyStr or PyBytes))
        {
            return PyErr.TypeError($"invalid file: {PyOps.ReprString(file)}");
        }

        bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        for (int i = 0; i < mode.Length; i++)
        {
            char c = mode[i];
            bool ok = "xrwa+tb".Contains(c) && mode.IndexOf(c, i + 1) < 0;
            if (!ok)
            {
                return PyErr.ValueError($"invalid mode: '{mode}'");
            }

            switch (c)
            {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                case 'b': binary = true; break;
            }
        }

        string rawmode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "") + (updating ? "+" : "");
        if (text && binary)
        {
            return PyErr.ValueError("can't have text and binary mode at once");
        }

        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1)
        {
            return PyErr.ValueError("must have exactly one of create/read/write/append mode");
        }

        if (kinds == 0)
        {
            return PyErr.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }

        if (binary && encoding is not null)
        {
            return PyErr.ValueError("binary mode doesn't take an encoding argument");
        }

        if (binary && errors is not null)
        {
            return PyErr.ValueError("binary mode doesn't take an errors argument");
        }

        if (binary && newline is not null)
        {
            return PyErr.ValueError("binary mode doesn't take a newline argument");
        }

        var raw = PyFileIO.Open(pathOrFd, rawmode, closefd, opener);
        if (raw is null)
        {
            return null;
        }

        PyObject result = raw;
        var opened = OpenLayers(raw, mode, buffering, binary, updating, writing || creating || appending, reading, encoding, errors, newline);
        if (opened is not null)
        {
            return opened;
        }

        // Close what was opened, keeping the first error (as _io_open_impl's error path).
        var error = PyErr.Fetch();
        if (PyCall.CallMethod(result, "close", []) is null)
        {
            var closeError = PyErr.Fetch()!;
            closeError.Context = error;
            PyErr.Raise(closeError);
            return null;
        }

        if (error is not null)
        {
            PyErr.Raise(error);
        }

        return null;
    }

    private static PyObject? OpenLayers(PyFileIO raw, string mode, int buffering, bool binary, bool updating, bool writing, bool reading,
        string? encoding, string? errors, string? newline)
    {
        bool lineBuffering = false;
        if (buffering == 1 || (buffering < 0 && Posix.Isatty(raw.Fd)))
        {
            buffering = -1;
            lineBuffering = true;
        }

        long size = buffering;
        if (buffering < 0)
        {
            size = raw.BlockSize > 1 ? raw.BlockSize : IoErr.DefaultBufferSize;
        }

        if (size < 0)
        {
            return PyErr.ValueError("invalid buffering size");
        }

        if (size == 0)
        {
            return binary ? raw : PyErr.ValueError("can't have unbuffered text I/O");
        }

        var type = updating ? PyBuffered.RandomType : writing ? PyBuffered.WriterType : PyBuffered.ReaderType;
        var buffer = PyBuffered.Create(type, raw, size);
        if (buffer is null)
        {
            return null;
        }

        if (binary)
        {
            return buffer;
        }

        var wrapper = PyTextIOWrapper.Create(buffer, encoding, errors, newline, lineBuffering, false);
        if (wrapper is null)
        {
            PyCall.CallMethod(buffer, "close", []);
            return null;
        }

        if (!PyOps.SetAttr(wrapper, new PyStr("mode"), new PyStr(mode)))
        {
            return null;
        }

        return wrapper;
    }
}
