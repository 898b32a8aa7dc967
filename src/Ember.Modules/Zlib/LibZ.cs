using System.Runtime.InteropServices;

namespace Ember.Modules.Zlib;

/// <summary>
/// zlib's z_stream (zlib.h) as laid out on LP64 Unix: <c>uLong</c> is
/// pointer-sized there, so <see cref="nuint"/> matches it. zlib keeps a
/// pointer back to the stream in its state and checks it, so a stream lives
/// in native memory and never moves (<see cref="ZStream"/>).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ZStreamNative
{
    public nint NextIn;
    public uint AvailIn;
    public nuint TotalIn;
    public nint NextOut;
    public uint AvailOut;
    public nuint TotalOut;
    public nint Msg;
    public nint State;
    public nint ZAlloc;
    public nint ZFree;
    public nint Opaque;
    public int DataType;
    public nuint Adler;
    public nuint Reserved;
}

/// <summary>
/// The system zlib (<c>libz.so.1</c>, the library CPython's zlibmodule.c
/// links), so compressed bytes are the same as CPython's. Stateless.
/// </summary>
internal static class LibZ
{
    private const string Lib = "libz.so.1";

    public const int Z_NO_FLUSH = 0;
    public const int Z_PARTIAL_FLUSH = 1;
    public const int Z_SYNC_FLUSH = 2;
    public const int Z_FULL_FLUSH = 3;
    public const int Z_FINISH = 4;
    public const int Z_BLOCK = 5;
    public const int Z_TREES = 6;

    public const int Z_OK = 0;
    public const int Z_STREAM_END = 1;
    public const int Z_NEED_DICT = 2;
    public const int Z_ERRNO = -1;
    public const int Z_STREAM_ERROR = -2;
    public const int Z_DATA_ERROR = -3;
    public const int Z_MEM_ERROR = -4;
    public const int Z_BUF_ERROR = -5;
    public const int Z_VERSION_ERROR = -6;

    public const int Z_NO_COMPRESSION = 0;
    public const int Z_BEST_SPEED = 1;
    public const int Z_BEST_COMPRESSION = 9;
    public const int Z_DEFAULT_COMPRESSION = -1;

    public const int Z_FILTERED = 1;
    public const int Z_HUFFMAN_ONLY = 2;
    public const int Z_RLE = 3;
    public const int Z_FIXED = 4;
    public const int Z_DEFAULT_STRATEGY = 0;

    public const int DEFLATED = 8;
    public const int MAX_WBITS = 15;
    public const int DEF_MEM_LEVEL = 8;

    /// <summary>Whether the library can be loaded; asked once per process (the answer cannot change).</summary>
    public static readonly bool Available = NativeLibrary.TryLoad(Lib, typeof(LibZ).Assembly, null, out _);

    [DllImport(Lib, EntryPoint = "zlibVersion")]
    public static extern nint ZlibVersion();

    [DllImport(Lib, EntryPoint = "deflateInit2_")]
    public static extern int DeflateInit2(nint strm, int level, int method, int windowBits, int memLevel, int strategy, nint version, int streamSize);

    [DllImport(Lib, EntryPoint = "deflate")]
    public static extern int Deflate(nint strm, int flush);

    [DllImport(Lib, EntryPoint = "deflateEnd")]
    public static extern int DeflateEnd(nint strm);

    [DllImport(Lib, EntryPoint = "deflateSetDictionary")]
    public static extern int DeflateSetDictionary(nint strm, nint dictionary, uint dictLength);

    [DllImport(Lib, EntryPoint = "deflateCopy")]
    public static extern int DeflateCopy(nint dest, nint source);

    [DllImport(Lib, EntryPoint = "inflateInit2_")]
    public static extern int InflateInit2(nint strm, int windowBits, nint version, int streamSize);

    [DllImport(Lib, EntryPoint = "inflate")]
    public static extern int Inflate(nint strm, int flush);

    [DllImport(Lib, EntryPoint = "inflateEnd")]
    public static extern int InflateEnd(nint strm);

    [DllImport(Lib, EntryPoint = "inflateSetDictionary")]
    public static extern int InflateSetDictionary(nint strm, nint dictionary, uint dictLength);

    [DllImport(Lib, EntryPoint = "inflateCopy")]
    public static extern int InflateCopy(nint dest, nint source);

    [DllImport(Lib, EntryPoint = "crc32")]
    public static extern nuint Crc32(nuint crc, nint buf, uint len);

    [DllImport(Lib, EntryPoint = "adler32")]
    public static extern nuint Adler32(nuint adler, nint buf, uint len);

    /// <summary>zlibVersion(): the loaded library's version string.</summary>
    public static string Version() => Marshal.PtrToStringUTF8(ZlibVersion()) ?? "";
}
