using System.Runtime.InteropServices;
using Ember.Runtime.Threading;

namespace Ember.Modules.Zlib;

/// <summary>
/// One z_stream in native memory and what owns it: whether deflateInit or
/// inflateInit succeeded (is_initialised in zlibmodule.c) and the object lock
/// that ENTER_ZLIB takes. The finalizer ends a stream nobody ended, as the
/// C objects' dealloc does.
/// </summary>
internal sealed unsafe class ZStream
{
    private readonly object _lock = new();
    private readonly bool _deflate;

    public ZStream(bool deflate)
    {
        _deflate = deflate;
        Native = (ZStreamNative*)NativeMemory.AllocZeroed((nuint)sizeof(ZStreamNative));
    }

    ~ZStream()
    {
        Dispose();
    }

    public ZStreamNative* Native { get; private set; }

    public nint Ptr => (nint)Native;

    public bool Initialised { get; set; }

    /// <summary>
    /// A first output block kept between calls (pinned blocks are slow to
    /// allocate); taken by an <see cref="OutputBuffer"/> while it runs, under the object lock.
    /// </summary>
    public byte[]? Scratch { get; set; }

    /// <summary>Ends the stream and frees it now rather than at finalization (the one-shot functions).</summary>
    public void Dispose()
    {
        if (Native == null)
        {
            return;
        }

        End();
        NativeMemory.Free(Native);
        Native = null;
        GC.SuppressFinalize(this);
    }

    /// <summary>deflateEnd or inflateEnd if the stream is still live; the result of that call (Z_OK otherwise).</summary>
    public int End()
    {
        if (!Initialised)
        {
            return LibZ.Z_OK;
        }

        Initialised = false;
        return _deflate ? LibZ.DeflateEnd(Ptr) : LibZ.InflateEnd(Ptr);
    }

    /// <summary>
    /// ENTER_ZLIB: takes the object's lock, giving up the interpreter lock
    /// while it waits so the thread inside (which may be waiting for the
    /// interpreter lock itself) can finish.
    /// </summary>
    public void Enter(PyThreadState ts)
    {
        if (Monitor.TryEnter(_lock))
        {
            return;
        }

        ts.Interpreter.Gil.Release(ts);
        try
        {
            Monitor.Enter(_lock);
        }
        finally
        {
            ts.Interpreter.Gil.Acquire(ts);
        }
    }

    public void Leave() => Monitor.Exit(_lock);

    /// <summary>deflate() with the interpreter lock released around it (Py_BEGIN_ALLOW_THREADS).</summary>
    public int Deflate(PyThreadState ts, int flush)
    {
        ts.Interpreter.Gil.Release(ts);
        try
        {
            return LibZ.Deflate(Ptr, flush);
        }
        finally
        {
            ts.Interpreter.Gil.Acquire(ts);
            GC.KeepAlive(this);
        }
    }

    /// <summary>inflate() with the interpreter lock released around it.</summary>
    public int Inflate(PyThreadState ts, int flush)
    {
        ts.Interpreter.Gil.Release(ts);
        try
        {
            return LibZ.Inflate(Ptr, flush);
        }
        finally
        {
            ts.Interpreter.Gil.Acquire(ts);
            GC.KeepAlive(this);
        }
    }

    /// <summary>
    /// Gives the stream the next piece of the input (arrange_input_buffer):
    /// at most UINT_MAX bytes, taken off <paramref name="remains"/>.
    /// </summary>
    public void ArrangeInput(ref long remains)
    {
        uint n = (uint)System.Math.Min(remains, uint.MaxValue);
        Native->AvailIn = n;
        remains -= n;
    }

    /// <summary>zst.msg, CPython quotes at most 200 bytes of it ("%.200s").</summary>
    public string? Message
    {
        get
        {
            nint msg = Native->Msg;
            if (msg == 0)
            {
                return null;
            }

            var span = MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)msg);
            return System.Text.Encoding.UTF8.GetString(span.Length > 200 ? span[..200] : span);
        }
    }
}

/// <summary>
/// The growing output of one call (pycore_blocks_output_buffer.h): a list of
/// blocks of growing size (32 KiB, 64 KiB, 256 KiB, ... up to 256 MiB), so
/// large outputs are never copied while they grow, and one copy into the
/// result at the end. Blocks are allocated pinned, so zlib can write into
/// them while the stream is outside managed code. Deflate's output can depend
/// on how much room each call gets (stored blocks), so the sizes are
/// CPython's own.
/// </summary>
internal sealed unsafe class OutputBuffer
{
    private const int MaxBlock = 256 * 1024 * 1024;

    private static readonly int[] s_blockSizes =
    [
        32 * 1024, 64 * 1024, 256 * 1024, 1024 * 1024, 4 * 1024 * 1024, 8 * 1024 * 1024,
        16 * 1024 * 1024, 16 * 1024 * 1024, 32 * 1024 * 1024, 32 * 1024 * 1024, 32 * 1024 * 1024,
        32 * 1024 * 1024, 64 * 1024 * 1024, 64 * 1024 * 1024, 128 * 1024 * 1024, 128 * 1024 * 1024,
        MaxBlock,
    ];

    // Blocks up to this size go back to the stream for its next call.
    private const int MaxScratch = 64 * 1024;

    private readonly ZStream _owner;
    private readonly List<byte[]> _blocks = [];
    private readonly List<int> _sizes = [];
    private long _allocated;
    private long _maxLength = -1;

    public OutputBuffer(ZStream owner)
    {
        _owner = owner;
    }

    /// <summary>_BlocksOutputBuffer_InitAndGrow: the first block, no larger than <paramref name="maxLength"/> (-1: no limit).</summary>
    public void InitAndGrow(ZStreamNative* s, long maxLength)
    {
        int size = maxLength >= 0 && maxLength < s_blockSizes[0] ? (int)maxLength : s_blockSizes[0];
        _maxLength = maxLength;
        Add(s, size);
    }

    /// <summary>
    /// _BlocksOutputBuffer_InitWithSize for decompress(bufsize) and flush(length). Inflate's
    /// output does not depend on the room it gets, so a request past 16 MiB (which CPython
    /// would allocate whole) starts with 16 MiB and grows as needed.
    /// </summary>
    public void InitWithSize(ZStreamNative* s, long size) => Add(s, (int)System.Math.Min(size, 16 * 1024 * 1024));

    /// <summary>_BlocksOutputBuffer_Grow, called when avail_out is 0; false with MemoryError pending past what a bytes object can hold.</summary>
    public bool Grow(ZStreamNative* s)
    {
        int size = _blocks.Count < s_blockSizes.Length ? s_blockSizes[_blocks.Count] : MaxBlock;
        if (_maxLength >= 0 && size > _maxLength - _allocated)
        {
            size = (int)(_maxLength - _allocated);
        }

        if (_allocated + size > System.Array.MaxLength)
        {
            Ember.Runtime.Errors.PyErr.SetString(Ember.Runtime.Objects.PyExc.MemoryError, "Unable to allocate output buffer.");
            return false;
        }

        Add(s, size);
        return true;
    }

    /// <summary>The bytes written so far.</summary>
    public long DataSize(ZStreamNative* s) => _allocated - s->AvailOut;

    /// <summary>_BlocksOutputBuffer_Finish: the written bytes as one array.</summary>
    public byte[] Finish(ZStreamNative* s)
    {
        int avail = (int)s->AvailOut;
        int count = _blocks.Count;
        if (((count == 1 && avail == 0) || (count == 2 && _sizes[1] == avail)) && _blocks[0].Length == _sizes[0])
        {
            return _blocks[0];
        }

        if (_blocks[0].Length <= MaxScratch)
        {
            _owner.Scratch = _blocks[0];
        }

        var result = new byte[_allocated - avail];
        int pos = 0;
        for (int i = 0; i < count; i++)
        {
            int n = i == count - 1 ? _sizes[i] - avail : _sizes[i];
            _blocks[i].AsSpan(0, n).CopyTo(result.AsSpan(pos));
            pos += n;
        }

        return result;
    }

    private void Add(ZStreamNative* s, int size)
    {
        // A block of 0 bytes still gets an address: zlib refuses a null next_out.
        byte[] block;
        if (_blocks.Count == 0 && _owner.Scratch is { } scratch && scratch.Length >= size)
        {
            block = scratch;
            _owner.Scratch = null;
        }
        else
        {
            block = GC.AllocateUninitializedArray<byte>(System.Math.Max(size, 1), pinned: true);
        }

        _blocks.Add(block);
        _sizes.Add(size);
        _allocated += size;
        s->NextOut = Marshal.UnsafeAddrOfPinnedArrayElement(block, 0);
        s->AvailOut = (uint)size;
    }
}
