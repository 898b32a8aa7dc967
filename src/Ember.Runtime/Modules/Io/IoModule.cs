using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Runtime.Modules.Io;

/// <summary>
/// The <c>_io</c> module (Modules/_io/_iomodule.c): the I/O class hierarchy
/// under the stdlib's io.py, <c>open</c>, <c>open_code</c> and <c>text_encoding</c>.
/// </summary>
public static partial class IoModule
{
    private const string Doc = "The io module provides the Python interfaces to stream handling. The\n"
        + "builtin open function is defined in this module.\n";

    public static PyModule Create(PyInterpreterState interp)
    {
        var module = new PyModule("_io") { Origin = "built-in" };
        var d = module.Dict;
        d.SetItemStr("__doc__", new PyStr(Doc));
        d.SetItemStr("DEFAULT_BUFFER_SIZE", PyInt.From(IoErr.DefaultBufferSize));
        var unsupported = IoErr.UnsupportedOperation();
        if (unsupported is not null)
        {
            d.SetItemStr("UnsupportedOperation", unsupported);
        }

        d.SetItemStr("BlockingIOError", PyExc.BlockingIOError);
        d.SetItemStr("_IOBase", PyIOBase.IOBaseType);
        d.SetItemStr("_RawIOBase", PyIOBase.RawIOBaseType);
        d.SetItemStr("_BufferedIOBase", PyBytesIO.BufferedIOBaseType);
        d.SetItemStr("FileIO", PyFileIO.TypeObject);
        d.SetItemStr("BytesIO", PyBytesIO.TypeObject);
        AddTypes(d);
        Add(d, "open_code", OpenCode);
        AddFunctions(d);
        return module;
    }

    static partial void AddTypes(PyDict d);

    static partial void AddFunctions(PyDict d);

    private static readonly ArgSpec s_openCodeSpec = new("open_code", ["path"]);

    // open_code(path): open(path, 'rb'); path must be a str (PyFile_OpenCode).
    private static PyObject? OpenCode(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = [null];
        if (!s_openCodeSpec.Parse(args, kwnames, a))
        {
            return null;
        }

        if (a[0] is not PyStr path)
        {
            return PyErr.TypeError($"open_code() argument 'path' must be str, not {a[0]!.Type.TpName}");
        }

        return OpenBinaryRead(path);
    }

    internal static void Add(PyDict d, string name, FunctionImpl impl) =>
        d.SetItemStr(name, new PyBuiltinFunction(name, impl, "_io"));
}
