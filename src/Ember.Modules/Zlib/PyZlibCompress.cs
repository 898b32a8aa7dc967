using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Modules.Zlib;

/// <summary>
/// <c>zlib.Compress</c> (zlibmodule.c's compobject used for deflate): a
/// compression stream fed piece by piece. Made only by compressobj().
/// </summary>
internal sealed unsafe class PyZlibCompress : PyObject
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("Compress", null, TypeFlags.None, null, InitMembers, "zlib");

    private static readonly ArgSpec s_compressSpec = new("compress", ["data"], posOnly: 1, required: 1);
    private static readonly ArgSpec s_flushSpec = new("flush", ["mode"], posOnly: 1);
    private static readonly ArgSpec s_deepcopySpec = new("__deepcopy__", ["memo"], posOnly: 1, required: 1);

    public PyZlibCompress()
        : base(TypeObject)
    {
    }

    public ZStream Stream { get; } = new(deflate: true);

    private static void InitMembers(PyType t)
    {
        t.AddMethod("compress", static (self, args, kw) => ((PyZlibCompress)self).Compress(args, kw),
            "compress(data, /): compressed bytes for data; some may stay buffered until flush().");
        t.AddMethod("flush", static (self, args, kw) => ((PyZlibCompress)self).Flush(args, kw),
            "flush(mode=Z_FINISH, /): the buffered compressed bytes; after Z_FINISH the object cannot be used again.");
        t.AddMethod("copy", static (self, args, kw) => NoArgs("copy", args, kw) ? ((PyZlibCompress)self).Copy() : null,
            "copy(): a copy of the compressor in its current state.");
        t.AddMethod("__copy__", static (self, args, kw) => NoArgs("__copy__", args, kw) ? ((PyZlibCompress)self).Copy() : null);
        t.AddMethod("__deepcopy__", static (self, args, kw) =>
        {
            Span<PyObject?> slots = new PyObject?[1];
            return s_deepcopySpec.Parse(args, kw, slots) ? ((PyZlibCompress)self).Copy() : null;
        });
    }

    /// <summary>A method without parameters taking its class (defining_class): positional arguments are refused, keywords ignored.</summary>
    internal static bool NoArgs(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length - ModuleHelpers.KeywordCount(kwnames) == 0)
        {
            return true;
        }

        PyErr.TypeError($"{name}() takes no arguments");
        return false;
    }

    private PyObject? Compress(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[1];
        if (!s_compressSpec.Parse(args, kwnames, slots) || !ZlibModule.Buffer(slots[0]!, out var data))
        {
            return null;
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
                output.InitAndGrow(s, -1);
                do
                {
                    stream.ArrangeInput(ref remains);
                    do
                    {
                        if (s->AvailOut == 0 && !output.Grow(s))
                        {
                            return null;
                        }

                        int err = stream.Deflate(ts, LibZ.Z_NO_FLUSH);
                        if (err == LibZ.Z_STREAM_ERROR)
                        {
                            return ZlibModule.RaiseError(stream, err, "while compressing data");
                        }
                    }
                    while (s->AvailOut == 0);
                }
                while (remains != 0);

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
        if (!s_flushSpec.Parse(args, kwnames, slots) || !ZlibModule.IntArg(slots[0], LibZ.Z_FINISH, out int mode))
        {
            return null;
        }

        // Flushing with Z_NO_FLUSH does nothing.
        if (mode == LibZ.Z_NO_FLUSH)
        {
            return PyBytes.Empty;
        }

        var ts = PyThreadState.Current;
        var stream = Stream;
        var s = stream.Native;
        stream.Enter(ts);
        try
        {
            s->AvailIn = 0;
            var output = new OutputBuffer(stream);
            output.InitAndGrow(s, -1);
            int err;
            do
            {
                if (s->AvailOut == 0 && !output.Grow(s))
                {
                    return null;
                }

                err = stream.Deflate(ts, mode);
                if (err == LibZ.Z_STREAM_ERROR)
                {
                    return ZlibModule.RaiseError(stream, err, "while flushing");
                }
            }
            while (s->AvailOut == 0);

            if (err == LibZ.Z_STREAM_END && mode == LibZ.Z_FINISH)
            {
                err = LibZ.DeflateEnd(stream.Ptr);
                if (err != LibZ.Z_OK)
                {
                    return ZlibModule.RaiseError(stream, err, "while finishing compression");
                }

                stream.Initialised = false;
            }
            else if (err != LibZ.Z_OK && err != LibZ.Z_BUF_ERROR)
            {
                // Z_BUF_ERROR only means the last call had nothing more to write.
                return ZlibModule.RaiseError(stream, err, "while flushing");
            }

            return new PyBytes(output.Finish(s));
        }
        finally
        {
            stream.Leave();
        }
    }

    private PyObject? Copy()
    {
        var copy = new PyZlibCompress();
        var ts = PyThreadState.Current;
        Stream.Enter(ts);
        try
        {
            int err = LibZ.DeflateCopy(copy.Stream.Ptr, Stream.Ptr);
            switch (err)
            {
                case LibZ.Z_OK:
                    copy.Stream.Initialised = true;
                    return copy;
                case LibZ.Z_STREAM_ERROR:
                    return PyErr.ValueError("Inconsistent stream state");
                case LibZ.Z_MEM_ERROR:
                    return PyErr.SetString(PyExc.MemoryError, "Can't allocate memory for compression object");
                default:
                    return ZlibModule.RaiseError(Stream, err, "while copying compression object");
            }
        }
        finally
        {
            Stream.Leave();
        }
    }
}
