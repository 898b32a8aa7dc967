using Ember.Runtime.Threading;

namespace Ember.Modules.Zlib;

/// <summary>
/// CRC-32 and Adler-32 as zlib computes them, shared by <c>zlib</c> and
/// <c>binascii</c> (CPython's binascii.crc32 also calls zlib's crc32 when it
/// is built with zlib). The system zlib does the work; the tables here are
/// the fallback for a machine without it.
/// </summary>
internal static unsafe class Checksums
{
    // Releasing the interpreter lock costs more than checksumming a small buffer (zlibmodule.c's threshold).
    private const int ReleaseThreshold = 5 * 1024;

    // The reflected CRC-32 table (polynomial 0xEDB88320); filled once, never written after.
    private static readonly uint[] s_crcTable = BuildCrcTable();

    /// <summary>crc32(): the CRC-32 of <paramref name="data"/> continued from <paramref name="start"/>.</summary>
    public static uint Crc32(uint start, ReadOnlySpan<byte> data)
    {
        if (!LibZ.Available)
        {
            return TableCrc32(start, data);
        }

        fixed (byte* p = data)
        {
            return (uint)Run(p, data.Length, start, crc: true);
        }
    }

    /// <summary>adler32(): the Adler-32 of <paramref name="data"/> continued from <paramref name="start"/>.</summary>
    public static uint Adler32(uint start, ReadOnlySpan<byte> data)
    {
        if (!LibZ.Available)
        {
            return PlainAdler32(start, data);
        }

        fixed (byte* p = data)
        {
            return (uint)Run(p, data.Length, start, crc: false);
        }
    }

    private static nuint Run(byte* p, int length, uint start, bool crc)
    {
        // zlib treats a null buffer as a request for the initial value, not as empty data.
        byte none = 0;
        if (p == null)
        {
            p = &none;
        }

        PyThreadState? ts = length > ReleaseThreshold ? PyThreadState.Current : null;
        ts?.Interpreter.Gil.Release(ts);
        try
        {
            nuint value = start;
            return crc ? LibZ.Crc32(value, (nint)p, (uint)length) : LibZ.Adler32(value, (nint)p, (uint)length);
        }
        finally
        {
            ts?.Interpreter.Gil.Acquire(ts);
        }
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }

    private static uint TableCrc32(uint start, ReadOnlySpan<byte> data)
    {
        var table = s_crcTable;
        uint crc = ~start;
        foreach (byte b in data)
        {
            crc = table[(crc ^ b) & 0xff] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint PlainAdler32(uint start, ReadOnlySpan<byte> data)
    {
        const uint Base = 65521;
        uint a = start & 0xffff;
        uint b = start >> 16;
        int i = 0;
        do
        {
            // 5552 bytes is the most that can be summed before b could overflow 32 bits.
            int end = System.Math.Min(data.Length, i + 5552);
            for (; i < end; i++)
            {
                a += data[i];
                b += a;
            }

            a %= Base;
            b %= Base;
        }
        while (i < data.Length);

        return (b << 16) | a;
    }
}
