using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Modules.Zlib;

/// <summary>
/// <c>zlib.Decompress</c> (zlibmodule.c's compobject used for inflate): a
/// decompression stream fed piece by piece, with the input it has not used
/// yet (<c>unconsumed_tail</c>, when max_length stopped it) and the input
/// after the end of the stream (<c>unused_data</c>). Made only by decompressobj().
/// </summary>
internal sealed unsafe class PyZlibDecompress : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("Decompress", null, TypeFlags.None, null, InitMembers, "zlib");

    private static readonly ArgSpec s_decompressSpec = new("decompress", ["data", "max_length"], posOnly: 1, required: 1);
    private static readonly ArgSpec s_flushSpec = new("flush", ["length"], posOnly: 1);
    private static readonly ArgSpec s_deepcopySpec = new("__deepcopy__", ["memo"], posOnly: 1, required: 1);

    private readonly PyObject? _zdict;
    private PyBytes _unusedData = PyBytes.Empty;
    private PyBytes _unconsumedTail = PyBytes.Empty;
    private bool _eof;

    public PyZlibDecompress(PyObject? zdict)
        : base(TypeObject)
    {
        _zdict = zdict;
    }

    public ZStream Stream { get; } = new(deflate: false);

    private static void InitMembers(PyType t)
    {
        t.AddMethod("decompress", static (self, args, kw) => ((PyZlibDecompress)self).Decompress(args, kw),
            "decompress(data, /, max_length=0): the bytes decompressed from data, at most max_length of them when it is not 0.");
        t.AddMethod("flush", static (self, args, kw) => ((PyZlibDecompress)self).Flush(args, kw),
            "flush(length=DEF_BUF_SIZE, /): whatever can still be decompressed from the input given so far.");
        t.AddMethod("copy", static (self, args, kw) => PyZlibCompress.NoArgs("copy", args, kw) ? ((PyZlibDecompress)self).Copy() : null,
            "copy(): a copy of the decompressor in its current state.");
        t.AddMethod("__copy__", static (self, args, kw) => PyZlibCompress.NoArgs("__copy__", args, kw) ? ((PyZlibDecompress)self).Copy() : null);
        t.AddMethod("__deepcopy__", static (self, args, kw) =>
        {
            Span<PyObject?> slots = new PyObject?[1];
            return s_deepcopySpec.Parse(args, kw, slots) ? ((PyZlibDecompress)self).Copy() : null;
        });
        t.AddReadonlyMember("unused_data", static self => ((PyZlibDecompress)self)._unusedData);
        t.AddReadonlyMember("unconsumed_tail", static self => ((PyZlibDecompress)self)._unconsumedTail);
        t.AddReadonlyMember("eof", static self => PyBool.From(((PyZlibDecompress)self)._eof));
    }

    /// <summary>set_inflate_zdict: gives the stream the dictionary decompressobj() was given.</summary>
    public bool SetDictionary()
    {
        if (!ZlibModule.Buffer(_zdict!, out var dict))
        {
            return false;
        }

        int err;
        fixed (byte* p = dict)
        {
            byte none = 0;
            err = LibZ.InflateSetDictionary(Stream.Ptr, p == null ? (nint)(&none) : (nint)p, (uint)dict.Length);
        }

        if (err != LibZ.Z_OK)
        {
            ZlibModule.RaiseError(Stream, err, "while setting zdict");
            return false;
        }

        return true;
    }

    /// <summary>
    /// save_unconsumed_input: after the end of the stream the rest of the
    /// input joins unused_data; input left because the output was full (or a
    /// tail that is now used up) replaces unconsumed_tail.
    /// </summary>
    private void SaveUnconsumedInput(ReadOnlySpan<byte> data, byte* start, int err)
    {
        var s = Stream.Native;
        int consumed = (int)((byte*)s->NextIn - start);
        var left = data[consumed..];
        if (err == LibZ.Z_STREAM_END && s->AvailIn > 0)
        {
            var joined = new byte[_unusedData.Data.Length + left.Length];
            _unusedData.Data.CopyTo(joined, 0);
            left.CopyTo(joined.AsSpan(_unusedData.Data.Length));
            _unusedData = new PyBytes(joined);
            s->AvailIn = 0;
        }

        if (s->AvailIn > 0 || _unconsumedTail.Data.Length > 0)
        {
            _unconsumedTail = left.Length == 0 ? PyBytes.Empty : new PyBytes(left.ToArray());
        }
    }

    private PyObject? Decompress(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[2];
        if (!s_decompressSpec.Parse(args, kwnames, slots)
            || !ZlibModule.Buffer(slots[0]!, out var data)
            || !ZlibModule.SsizeArg(slots[1], 0, out long maxLength))
        {
            return null;
        }

        if (maxLength < 0)
        {
            return PyErr.ValueError("max_length must be non-negative");
        }

        if (maxLength == 0)
        {
            maxLength = -1;
        }

        var ts = PyThreadState.Current;
        var stream = Stream;
        var s = stream.Native;
        stream.Enter(ts);
        try
        {
            fixed (byte* input = data)
            {
                s->NextIn = (nint)input;
                long remains = data.Length;
                var output = new OutputBuffer(stream);
                output.InitAndGrow(s, maxLength);
                int err = LibZ.Z_OK;
                do
                {
                    stream.ArrangeInput(ref remains);
                    do
                    {
                        if (s->AvailOut == 0)
                        {
                            if (output.DataSize(s) == maxLength)
                            {
                                goto save;
                            }

                            if (!output.Grow(s))
                            {
                                return null;
                            }
                        }

                        err = stream.Inflate(ts, LibZ.Z_SYNC_FLUSH);
                        if (err is not (LibZ.Z_OK or LibZ.Z_BUF_ERROR or LibZ.Z_STREAM_END))
                        {
                            if (err != LibZ.Z_NEED_DICT || _zdict is null)
                            {
                                goto save;
                            }

                            if (!SetDictionary())
                            {
                                return null;
                            }
                        }
                    }
                    while (s->AvailOut == 0 || err == LibZ.Z_NEED_DICT);
                }
                while (err != LibZ.Z_STREAM_END && remains != 0);

            save:
                SaveUnconsumedInput(data, input, err);
                if (err == LibZ.Z_STREAM_END)
                {
                    // inflateEnd waits for flush(), as it always has in CPython.
                    _eof = true;
                }
                else if (err != LibZ.Z_OK && err != LibZ.Z_BUF_ERROR)
                {
                    // Z_BUF_ERROR only means the output was full and there was no more to give.
                    return ZlibModule.RaiseError(stream, err, "while decompressing data");
                }

                return new PyBytes(output.Finish(s));
            }
        }
        finally
        {
            stream.Leave();
        }
    }

    private PyObject? Flush(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[1];
        if (!s_flushSpec.Parse(args, kwnames, slots) || !ZlibModule.SsizeArg(slots[0], ZlibModule.DefBufSize, out long length))
        {
            return null;
        }

        if (length <= 0)
        {
            return PyErr.ValueError("length must be greater than zero");
        }

        var ts = PyThreadState.Current;
        var stream = Stream;
        var s = stream.Native;
        stream.Enter(ts);
        try
        {
            var tail = _unconsumedTail.Data;
            fixed (byte* input = tail)
            {
                s->NextIn = (nint)input;
                long remains = tail.Length;
                var output = new OutputBuffer(stream);
                output.InitWithSize(s, length);
                int err;
                do
                {
                    stream.ArrangeInput(ref remains);
                    int flush = remains == 0 ? LibZ.Z_FINISH : LibZ.Z_NO_FLUSH;
                    do
                    {
                        if (s->AvailOut == 0 && !output.Grow(s))
                        {
                            return null;
                        }

                        err = stream.Inflate(ts, flush);
                        if (err is not (LibZ.Z_OK or LibZ.Z_BUF_ERROR or LibZ.Z_STREAM_END))
                        {
                            goto save;
                        }
                    }
                    while (s->AvailOut == 0);
                }
                while (err != LibZ.Z_STREAM_END && remains != 0);

            save:
                SaveUnconsumedInput(tail, input, err);
                if (err == LibZ.Z_STREAM_END)
                {
                    // The end of the stream: zlib's memory can go now.
                    _eof = true;
                    err = stream.End();
                    if (err != LibZ.Z_OK)
                    {
                        return ZlibModule.RaiseError(stream, err, "while finishing decompression");
                    }
                }

                return new PyBytes(output.Finish(s));
            }
        }
        finally
        {
            stream.Leave();
        }
    }

    private PyObject? Copy()
    {
        var copy = new PyZlibDecompress(_zdict);
        var ts = PyThreadState.Current;
        Stream.Enter(ts);
        try
        {
            int err = LibZ.InflateCopy(copy.Stream.Ptr, Stream.Ptr);
            switch (err)
            {
                case LibZ.Z_OK:
                    copy.Stream.Initialised = true;
                    copy._unusedData = _unusedData;
                    copy._unconsumedTail = _unconsumedTail;
                    copy._eof = _eof;
                    return copy;
                case LibZ.Z_STREAM_ERROR:
                    return PyErr.ValueError("Inconsistent stream state");
                case LibZ.Z_MEM_ERROR:
                    return PyErr.SetString(PyExc.MemoryError, "Can't allocate memory for decompression object");
                default:
                    return ZlibModule.RaiseError(Stream, err, "while copying decompression object");
            }
        }
        finally
        {
            Stream.Leave();
        }
    }
}
