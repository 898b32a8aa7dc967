using System.Buffers.Binary;
using System.Numerics;

namespace Ember.Modules.Hashing;

/// <summary>
/// The BLAKE2 parameter block's fields (RFC 7693 2.5 and the BLAKE2 paper's
/// tree-hashing section), checked by the caller against the variant's limits.
/// </summary>
internal readonly record struct Blake2Parameters(
    int DigestSize,
    int KeyLength,
    int Fanout,
    int Depth,
    uint LeafSize,
    ulong NodeOffset,
    int NodeDepth,
    int InnerSize,
    byte[] Salt,
    byte[] Person,
    bool LastNode);

/// <summary>
/// BLAKE2b (64-bit words, 12 rounds) and BLAKE2s (32-bit words, 10 rounds)
/// as one generic compression over the word type: the two differ only in the
/// word size, the round count, the G rotations and the initial value (which
/// is SHA-512's and SHA-256's respectively).
/// </summary>
internal sealed class Blake2Engine<T> : HashEngine
    where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>
{
    private static readonly byte[][] s_sigma =
    [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
        [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
        [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
        [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
        [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
        [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
        [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
        [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
        [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    ];

    private static readonly int s_wordBytes = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();

    private readonly T[] _h = new T[8];
    private readonly T[] _iv;
    private readonly byte[] _buffer;
    private int _buffered;
    private T _t0;
    private T _t1;
    private readonly bool _lastNode;

    private Blake2Engine(T[] iv, int digestSize, bool lastNode)
    {
        _iv = iv;
        _buffer = new byte[16 * s_wordBytes];
        DigestSize = digestSize;
        _lastNode = lastNode;
    }

    /// <summary>A fresh state for <paramref name="p"/>, the key (padded to a block) already absorbed.</summary>
    public Blake2Engine(T[] iv, in Blake2Parameters p, ReadOnlySpan<byte> key)
        : this(iv, p.DigestSize, p.LastNode)
    {
        int w = s_wordBytes;
        Span<byte> block = stackalloc byte[8 * w];
        block.Clear();
        block[0] = (byte)p.DigestSize;
        block[1] = (byte)p.KeyLength;
        block[2] = (byte)p.Fanout;
        block[3] = (byte)p.Depth;
        BinaryPrimitives.WriteUInt32LittleEndian(block[4..], p.LeafSize);
        // The node offset is 64 bits in BLAKE2b, 48 in BLAKE2s; node depth and inner length follow it.
        int offsetBytes = w == 8 ? 8 : 6;
        for (int i = 0; i < offsetBytes; i++)
        {
            block[8 + i] = (byte)(p.NodeOffset >> (8 * i));
        }

        block[8 + offsetBytes] = (byte)p.NodeDepth;
        block[9 + offsetBytes] = (byte)p.InnerSize;
        p.Salt.CopyTo(block[(4 * w)..]);
        p.Person.CopyTo(block[(6 * w)..]);
        for (int i = 0; i < 8; i++)
        {
            _h[i] = iv[i] ^ T.ReadLittleEndian(block.Slice(i * w, w), isUnsigned: true);
        }

        if (p.KeyLength > 0)
        {
            Span<byte> keyBlock = stackalloc byte[16 * w];
            keyBlock.Clear();
            key.CopyTo(keyBlock);
            Update(keyBlock);
            keyBlock.Clear();
        }
    }

    public override int DigestSize { get; }

    public override int BlockSize => _buffer.Length;

    public override HashEngine Clone()
    {
        var copy = new Blake2Engine<T>(_iv, DigestSize, _lastNode);
        _h.CopyTo(copy._h, 0);
        _buffer.CopyTo(copy._buffer, 0);
        copy._buffered = _buffered;
        copy._t0 = _t0;
        copy._t1 = _t1;
        return copy;
    }

    // The last block must be compressed with the final flag, so a full buffer
    // is kept until more input shows that it is not the last.
    public override void Update(ReadOnlySpan<byte> data)
    {
        int blockSize = _buffer.Length;
        if (data.IsEmpty)
        {
            return;
        }

        if (_buffered + data.Length > blockSize)
        {
            if (_buffered > 0)
            {
                int take = blockSize - _buffered;
                data[..take].CopyTo(_buffer.AsSpan(_buffered));
                data = data[take..];
                AddCount(blockSize);
                Compress(_buffer, false);
                _buffered = 0;
            }

            while (data.Length > blockSize)
            {
                AddCount(blockSize);
                Compress(data[..blockSize], false);
                data = data[blockSize..];
            }
        }

        data.CopyTo(_buffer.AsSpan(_buffered));
        _buffered += data.Length;
    }

    protected override void Finish(Span<byte> output)
    {
        AddCount(_buffered);
        _buffer.AsSpan(_buffered).Clear();
        Compress(_buffer, true);
        int w = s_wordBytes;
        Span<byte> full = stackalloc byte[8 * w];
        for (int i = 0; i < 8; i++)
        {
            _h[i].WriteLittleEndian(full.Slice(i * w, w));
        }

        full[..output.Length].CopyTo(output);
    }

    private void AddCount(int n)
    {
        var add = T.CreateTruncating(n);
        _t0 += add;
        if (_t0 < add)
        {
            _t1 += T.One;
        }
    }

    private void Compress(ReadOnlySpan<byte> block, bool final)
    {
        int w = s_wordBytes;
        Span<T> m = stackalloc T[16];
        Span<T> v = stackalloc T[16];
        for (int i = 0; i < 16; i++)
        {
            m[i] = T.ReadLittleEndian(block.Slice(i * w, w), isUnsigned: true);
        }

        for (int i = 0; i < 8; i++)
        {
            v[i] = _h[i];
            v[i + 8] = _iv[i];
        }

        v[12] ^= _t0;
        v[13] ^= _t1;
        if (final)
        {
            v[14] = ~v[14];
            if (_lastNode)
            {
                v[15] = ~v[15];
            }
        }

        bool wide = w == 8;
        int rounds = wide ? 12 : 10;
        int r1 = wide ? 32 : 16, r2 = wide ? 24 : 12, r3 = wide ? 16 : 8, r4 = wide ? 63 : 7;
        for (int round = 0; round < rounds; round++)
        {
            var s = s_sigma[round % 10];
            G(v, 0, 4, 8, 12, m[s[0]], m[s[1]], r1, r2, r3, r4);
            G(v, 1, 5, 9, 13, m[s[2]], m[s[3]], r1, r2, r3, r4);
            G(v, 2, 6, 10, 14, m[s[4]], m[s[5]], r1, r2, r3, r4);
            G(v, 3, 7, 11, 15, m[s[6]], m[s[7]], r1, r2, r3, r4);
            G(v, 0, 5, 10, 15, m[s[8]], m[s[9]], r1, r2, r3, r4);
            G(v, 1, 6, 11, 12, m[s[10]], m[s[11]], r1, r2, r3, r4);
            G(v, 2, 7, 8, 13, m[s[12]], m[s[13]], r1, r2, r3, r4);
            G(v, 3, 4, 9, 14, m[s[14]], m[s[15]], r1, r2, r3, r4);
        }

        for (int i = 0; i < 8; i++)
        {
            _h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void G(Span<T> v, int a, int b, int c, int d, T x, T y, int r1, int r2, int r3, int r4)
    {
        v[a] = v[a] + v[b] + x;
        v[d] = T.RotateRight(v[d] ^ v[a], r1);
        v[c] += v[d];
        v[b] = T.RotateRight(v[b] ^ v[c], r2);
        v[a] = v[a] + v[b] + y;
        v[d] = T.RotateRight(v[d] ^ v[a], r3);
        v[c] += v[d];
        v[b] = T.RotateRight(v[b] ^ v[c], r4);
    }
}
