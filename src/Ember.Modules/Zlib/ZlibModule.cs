using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Modules.Zlib;

/// <summary>
/// The <c>zlib</c> module (Modules/zlibmodule.c) over the system zlib:
/// compress/decompress, the Compress and Decompress stream objects, crc32,
/// adler32, the constants and <c>zlib.error</c> with CPython's messages.
/// </summary>
public static unsafe class ZlibModule
{
    /// <summary>DEF_BUF_SIZE: decompress()'s and Decompress.flush()'s default output size.</summary>
    public const int DefBufSize = 16 * 1024;

    private sealed class State
    {
        public PyType? Error;

        // One output block the one-shot functions pass on to each other; taken and given back atomically.
        public byte[]? Scratch;
    }

    private static readonly ArgSpec s_compressSpec = new("compress", ["data", "level", "wbits"], posOnly: 1, required: 1);
    private static readonly ArgSpec s_decompressSpec = new("decompress", ["data", "wbits", "bufsize"], posOnly: 1, required: 1);
    private static readonly ArgSpec s_compressobjSpec = new("compressobj", ["level", "method", "wbits", "memLevel", "strategy", "zdict"]);
    private static readonly ArgSpec s_decompressobjSpec = new("decompressobj", ["wbits", "zdict"]);

    private static State StateOf(PyInterpreterState interp) => interp.GetState(static _ => new State());

    /// <summary>This interpreter's <c>zlib.error</c>.</summary>
    internal static PyType Error() => StateOf(PyThreadState.Current.Interpreter).Error ?? PyExc.Exception;

    public static PyModule Create(PyInterpreterState interp)
    {
        var state = StateOf(interp);
        state.Error ??= ModuleHelpers.NewException("zlib.error", PyExc.Exception);
        var m = ModuleHelpers.NewModule("zlib", "Compression and decompression in the zlib and gzip formats, and the CRC-32 and Adler-32 checksums.");
        m.Dict.SetItemStr("error", state.Error!);
        m.AddFunction("adler32", Adler32, "adler32(data, value=1, /): the Adler-32 checksum of data, continuing from value.");
        m.AddFunction("compress", Compress, "compress(data, /, level=-1, wbits=15): data compressed in one call.");
        m.AddFunction("compressobj", CompressObj, "compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None): a Compress object for data given in pieces.");
        m.AddFunction("crc32", Crc32, "crc32(data, value=0, /): the CRC-32 checksum of data, continuing from value.");
        m.AddFunction("decompress", Decompress, "decompress(data, /, wbits=15, bufsize=16384): data decompressed in one call.");
        m.AddFunction("decompressobj", DecompressObj, "decompressobj(wbits=15, zdict=b''): a Decompress object for data given in pieces.");

        (string Name, int Value)[] constants =
        [
            ("MAX_WBITS", LibZ.MAX_WBITS), ("DEFLATED", LibZ.DEFLATED), ("DEF_MEM_LEVEL", LibZ.DEF_MEM_LEVEL),
            ("DEF_BUF_SIZE", DefBufSize), ("Z_NO_COMPRESSION", LibZ.Z_NO_COMPRESSION), ("Z_BEST_SPEED", LibZ.Z_BEST_SPEED),
            ("Z_BEST_COMPRESSION", LibZ.Z_BEST_COMPRESSION), ("Z_DEFAULT_COMPRESSION", LibZ.Z_DEFAULT_COMPRESSION),
            ("Z_FILTERED", LibZ.Z_FILTERED), ("Z_HUFFMAN_ONLY", LibZ.Z_HUFFMAN_ONLY), ("Z_RLE", LibZ.Z_RLE),
            ("Z_FIXED", LibZ.Z_FIXED), ("Z_DEFAULT_STRATEGY", LibZ.Z_DEFAULT_STRATEGY), ("Z_NO_FLUSH", LibZ.Z_NO_FLUSH),
            ("Z_PARTIAL_FLUSH", LibZ.Z_PARTIAL_FLUSH), ("Z_SYNC_FLUSH", LibZ.Z_SYNC_FLUSH), ("Z_FULL_FLUSH", LibZ.Z_FULL_FLUSH),
            ("Z_FINISH", LibZ.Z_FINISH), ("Z_BLOCK", LibZ.Z_BLOCK), ("Z_TREES", LibZ.Z_TREES),
        ];
        foreach (var (name, value) in constants)
        {
            m.Dict.SetItemStr(name, PyInt.From(value));
        }

        // There are no headers here to differ from the library: both versions are the loaded one's.
        string version = LibZ.Available ? LibZ.Version() : "";
        m.Dict.SetItemStr("ZLIB_VERSION", new PyStr(version));
        m.Dict.SetItemStr("ZLIB_RUNTIME_VERSION", new PyStr(version));
        m.Dict.SetItemStr("__version__", new PyStr("1.0"));
        return m;
    }

    /// <summary>False with ImportError pending when the system zlib could not be loaded.</summary>
    internal static bool CheckLibrary()
    {
        if (LibZ.Available)
        {
            return true;
        }

        PyErr.SetString(PyExc.ImportError, "zlib: the system zlib library (libz.so.1) could not be loaded");
        return false;
    }

    /// <summary>
    /// zlib_error: "Error -3 while decompressing data: incorrect header check",
    /// zlib's own message when it gave one, else a description of the code.
    /// </summary>
    internal static PyObject? RaiseError(ZStream stream, int err, string what)
    {
        string? zmsg = err == LibZ.Z_VERSION_ERROR ? "library version mismatch" : stream.Message;
        zmsg ??= err switch
        {
            LibZ.Z_BUF_ERROR => "incomplete or truncated stream",
            LibZ.Z_STREAM_ERROR => "inconsistent stream state",
            LibZ.Z_DATA_ERROR => "invalid input data",
            _ => null,
        };
        return PyErr.SetString(Error(), zmsg is null ? $"Error {err} {what}" : $"Error {err} {what}: {zmsg}");
    }

    /// <summary>A Py_buffer argument: the bytes of a bytes-like object, or false with CPython's error pending.</summary>
    internal static bool Buffer(PyObject o, out ReadOnlySpan<byte> data)
    {
        if (BytesLike.TryGetBytes(o, out data))
        {
            return true;
        }

        if (o is PyMemoryView)
        {
            // Only a released view or a strided one gives no span; len() reports the first.
            if (PySequence.Length(o) >= 0)
            {
                PyErr.SetString(PyExc.BufferError, "memoryview: underlying buffer is not C-contiguous");
            }

            return false;
        }

        PyErr.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");
        return false;
    }

    /// <summary>Whether <paramref name="o"/> exports a buffer at all (PyObject_CheckBuffer): a strided view does too.</summary>
    internal static bool HasBuffer(PyObject o) => o is PyMemoryView || BytesLike.TryGetBytes(o, out _);

    /// <summary>The "int" converter of Argument Clinic for an optional argument.</summary>
    internal static bool IntArg(PyObject? o, int fallback, out int value)
    {
        if (o is null)
        {
            value = fallback;
            return true;
        }

        return PyLong.AsInt(o, out value);
    }

    /// <summary>The "Py_ssize_t" converter for an optional argument.</summary>
    internal static bool SsizeArg(PyObject? o, long fallback, out long value)
    {
        if (o is null)
        {
            value = fallback;
            return true;
        }

        return PyLong.AsSsize(o, out value);
    }

    /// <summary>unsigned_int(bitwise=True): any integer, its low 32 bits.</summary>
    private static bool UIntBitwise(PyObject o, out uint value)
    {
        if (o is PyInt small && small.IsSmall)
        {
            value = (uint)small.Small;
            return true;
        }

        if (!PyLong.AsBigInteger(o, out var big))
        {
            value = 0;
            return false;
        }

        value = (uint)(ulong)(big & uint.MaxValue);
        return true;
    }

    private static PyObject? Crc32(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Checksum("crc32", args, kwnames, 0, crc: true);

    private static PyObject? Adler32(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Checksum("adler32", args, kwnames, 1, crc: false);

    private static PyObject? Checksum(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, uint initial, bool crc)
    {
        if (!Args.Positional(name, "zlib." + name, args, kwnames, 1, 2) || !Buffer(args[0], out var data))
        {
            return null;
        }

        uint value = initial;
        if (args.Length == 2 && !UIntBitwise(args[1], out value))
        {
            return null;
        }

        return PyInt.From(crc ? Checksums.Crc32(value, data) : Checksums.Adler32(value, data));
    }

    /// <summary>A stream for a one-shot call, with the interpreter's spare output block if nobody else has it.</summary>
    private static ZStream TakeScratch(PyThreadState ts, bool deflate) =>
        new(deflate) { Scratch = Interlocked.Exchange(ref StateOf(ts.Interpreter).Scratch, null) };

    private static PyBytes Finish(PyThreadState ts, ZStream stream, OutputBuffer output)
    {
        var result = new PyBytes(output.Finish(stream.Native));
        if (stream.Scratch is { } scratch)
        {
            Interlocked.Exchange(ref StateOf(ts.Interpreter).Scratch, scratch);
        }

        return result;
    }

    /// <summary>compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS).</summary>
    private static PyObject? Compress(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[3];
        if (!s_compressSpec.Parse(args, kwnames, slots)
            || !Buffer(slots[0]!, out var data)
            || !IntArg(slots[1], LibZ.Z_DEFAULT_COMPRESSION, out int level)
            || !IntArg(slots[2], LibZ.MAX_WBITS, out int wbits)
            || !CheckLibrary())
        {
            return null;
        }

        var ts = PyThreadState.Current;
        var stream = TakeScratch(ts, deflate: true);
        try
        {
            var s = stream.Native;
            var output = new OutputBuffer(stream);
            output.InitAndGrow(s, -1);
            int err = LibZ.DeflateInit2(stream.Ptr, level, LibZ.DEFLATED, wbits, LibZ.DEF_MEM_LEVEL, LibZ.Z_DEFAULT_STRATEGY, LibZ.ZlibVersion(), sizeof(ZStreamNative));
            switch (err)
            {
                case LibZ.Z_OK:
                    stream.Initialised = true;
                    break;
                case LibZ.Z_MEM_ERROR:
                    return PyErr.SetString(PyExc.MemoryError, "Out of memory while compressing data");
                case LibZ.Z_STREAM_ERROR:
                    return PyErr.SetString(Error(), "Bad compression level");
                default:
                    LibZ.DeflateEnd(stream.Ptr);
                    return RaiseError(stream, err, "while compressing data");
            }

            fixed (byte* input = data)
            {
                s->NextIn = (nint)input;
                long remains = data.Length;
                int flush;
                do
                {
                    stream.ArrangeInput(ref remains);
                    flush = remains == 0 ? LibZ.Z_FINISH : LibZ.Z_NO_FLUSH;
                    do
                    {
                        if (s->AvailOut == 0 && !output.Grow(s))
                        {
                            stream.End();
                            return null;
                        }

                        err = stream.Deflate(ts, flush);
                        if (err == LibZ.Z_STREAM_ERROR)
                        {
                            stream.End();
                            return RaiseError(stream, err, "while compressing data");
                        }
                    }
                    while (s->AvailOut == 0);
                }
                while (flush != LibZ.Z_FINISH);
            }

            err = stream.End();
            return err == LibZ.Z_OK ? Finish(ts, stream, output) : RaiseError(stream, err, "while finishing compression");
        }
        finally
        {
            stream.Dispose();
        }
    }

    /// <summary>decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE).</summary>
    private static PyObject? Decompress(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[3];
        if (!s_decompressSpec.Parse(args, kwnames, slots)
            || !Buffer(slots[0]!, out var data)
            || !IntArg(slots[1], LibZ.MAX_WBITS, out int wbits)
            || !SsizeArg(slots[2], DefBufSize, out long bufsize))
        {
            return null;
        }

        if (bufsize < 0)
        {
            return PyErr.ValueError("bufsize must be non-negative");
        }

        if (!CheckLibrary())
        {
            return null;
        }

        var ts = PyThreadState.Current;
        var stream = TakeScratch(ts, deflate: false);
        try
        {
            var s = stream.Native;
            var output = new OutputBuffer(stream);
            output.InitWithSize(s, System.Math.Max(bufsize, 1));
            int err = LibZ.InflateInit2(stream.Ptr, wbits, LibZ.ZlibVersion(), sizeof(ZStreamNative));
            switch (err)
            {
                case LibZ.Z_OK:
                    stream.Initialised = true;
                    break;
                case LibZ.Z_MEM_ERROR:
                    return PyErr.SetString(PyExc.MemoryError, "Out of memory while decompressing data");
                default:
                    LibZ.InflateEnd(stream.Ptr);
                    return RaiseError(stream, err, "while preparing to decompress data");
            }

            fixed (byte* input = data)
            {
                s->NextIn = (nint)input;
                long remains = data.Length;
                do
                {
                    stream.ArrangeInput(ref remains);
                    int flush = remains == 0 ? LibZ.Z_FINISH : LibZ.Z_NO_FLUSH;
                    do
                    {
                        if (s->AvailOut == 0 && !output.Grow(s))
                        {
                            stream.End();
                            return null;
                        }

                        err = stream.Inflate(ts, flush);
                        switch (err)
                        {
                            case LibZ.Z_OK or LibZ.Z_BUF_ERROR or LibZ.Z_STREAM_END:
                                break;
                            case LibZ.Z_MEM_ERROR:
                                stream.End();
                                return PyErr.SetString(PyExc.MemoryError, "Out of memory while decompressing data");
                            default:
                                stream.End();
                                return RaiseError(stream, err, "while decompressing data");
                        }
                    }
                    while (s->AvailOut == 0);
                }
                while (err != LibZ.Z_STREAM_END && remains != 0);
            }

            if (err != LibZ.Z_STREAM_END)
            {
                stream.End();
                return RaiseError(stream, err, "while decompressing data");
            }

            err = stream.End();
            return err == LibZ.Z_OK ? Finish(ts, stream, output) : RaiseError(stream, err, "while finishing decompression");
        }
        finally
        {
            stream.Dispose();
        }
    }

    /// <summary>compressobj(level, method, wbits, memLevel, strategy, zdict).</summary>
    private static PyObject? CompressObj(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[6];
        if (!s_compressobjSpec.Parse(args, kwnames, slots)
            || !IntArg(slots[0], LibZ.Z_DEFAULT_COMPRESSION, out int level)
            || !IntArg(slots[1], LibZ.DEFLATED, out int method)
            || !IntArg(slots[2], LibZ.MAX_WBITS, out int wbits)
            || !IntArg(slots[3], LibZ.DEF_MEM_LEVEL, out int memLevel)
            || !IntArg(slots[4], LibZ.Z_DEFAULT_STRATEGY, out int strategy))
        {
            return null;
        }

        ReadOnlySpan<byte> zdict = default;
        if (slots[5] is { } zdictObj && !Buffer(zdictObj, out zdict))
        {
            return null;
        }

        if (!CheckLibrary())
        {
            return null;
        }

        var self = new PyZlibCompress();
        var stream = self.Stream;
        int err = LibZ.DeflateInit2(stream.Ptr, level, method, wbits, memLevel, strategy, LibZ.ZlibVersion(), sizeof(ZStreamNative));
        switch (err)
        {
            case LibZ.Z_OK:
                stream.Initialised = true;
                if (slots[5] is null)
                {
                    return self;
                }

                fixed (byte* dict = zdict)
                {
                    byte none = 0;
                    err = LibZ.DeflateSetDictionary(stream.Ptr, dict == null ? (nint)(&none) : (nint)dict, (uint)zdict.Length);
                }

                return err switch
                {
                    LibZ.Z_OK => self,
                    LibZ.Z_STREAM_ERROR => PyErr.ValueError("Invalid dictionary"),
                    _ => PyErr.ValueError("deflateSetDictionary()"),
                };
            case LibZ.Z_MEM_ERROR:
                return PyErr.SetString(PyExc.MemoryError, "Can't allocate memory for compression object");
            case LibZ.Z_STREAM_ERROR:
                return PyErr.ValueError("Invalid initialization option");
            default:
                return RaiseError(stream, err, "while creating compression object");
        }
    }

    /// <summary>decompressobj(wbits=MAX_WBITS, zdict=b'').</summary>
    private static PyObject? DecompressObj(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[2];
        if (!s_decompressobjSpec.Parse(args, kwnames, slots) || !IntArg(slots[0], LibZ.MAX_WBITS, out int wbits))
        {
            return null;
        }

        var zdict = slots[1];
        if (zdict is not null && !HasBuffer(zdict))
        {
            return PyErr.TypeError("zdict argument must support the buffer protocol");
        }

        if (!CheckLibrary())
        {
            return null;
        }

        var self = new PyZlibDecompress(zdict);
        var stream = self.Stream;
        int err = LibZ.InflateInit2(stream.Ptr, wbits, LibZ.ZlibVersion(), sizeof(ZStreamNative));
        switch (err)
        {
            case LibZ.Z_OK:
                stream.Initialised = true;
                if (zdict is not null && wbits < 0 && !self.SetDictionary())
                {
                    return null;
                }

                return self;
            case LibZ.Z_STREAM_ERROR:
                return PyErr.ValueError("Invalid initialization option");
            case LibZ.Z_MEM_ERROR:
                return PyErr.SetString(PyExc.MemoryError, "Can't allocate memory for decompression object");
            default:
                return RaiseError(stream, err, "while creating decompression object");
        }
    }
}
