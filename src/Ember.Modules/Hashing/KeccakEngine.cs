using System.Buffers.Binary;
using System.Numerics;

namespace Ember.Modules.Hashing;

/// <summary>
/// The Keccak sponge over Keccak-f[1600] (FIPS 202): SHA3-224/256/384/512
/// (domain suffix 0x06, fixed output) and SHAKE128/256 (suffix 0x1f, output
/// of any length). The rate is a whole number of lanes for all six.
/// </summary>
internal sealed class KeccakEngine : HashEngine
{
    // Iota's round constants, from the degree-8 LFSR of FIPS 202 3.2.5.
    private static readonly ulong[] s_roundConstants =
    [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000,
        0x000000000000808b, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
        0x000000000000008a, 0x0000000000000088, 0x0000000080008009, 0x000000008000000a,
        0x000000008000808b, 0x800000000000008b, 0x8000000000008089, 0x8000000000008003,
        0x8000000000008002, 0x8000000000000080, 0x000000000000800a, 0x800000008000000a,
        0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ];

    // Rho and pi together: following the lane path (x, y) -> (y, 2x + 3y) from
    // lane 1, the rotation of each step and the lane index it lands on.
    private static readonly int[] s_rotations = [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44];

    private static readonly int[] s_path = [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1];

    private readonly ulong[] _state = new ulong[25];
    private readonly byte[] _buffer;
    private int _buffered;

    public KeccakEngine(int rate, int digestSize, byte suffix)
    {
        _buffer = new byte[rate];
        DigestSize = digestSize;
        Suffix = suffix;
    }

    public override int DigestSize { get; }

    public override int BlockSize => _buffer.Length;

    public byte Suffix { get; }

    public override HashEngine Clone()
    {
        var copy = new KeccakEngine(_buffer.Length, DigestSize, Suffix);
        _state.CopyTo(copy._state, 0);
        _buffer.CopyTo(copy._buffer, 0);
        copy._buffered = _buffered;
        return copy;
    }

    public override void Update(ReadOnlySpan<byte> data)
    {
        int rate = _buffer.Length;
        if (_buffered > 0)
        {
            int take = System.Math.Min(rate - _buffered, data.Length);
            data[..take].CopyTo(_buffer.AsSpan(_buffered));
            _buffered += take;
            data = data[take..];
            if (_buffered < rate)
            {
                return;
            }

            Absorb(_buffer);
            _buffered = 0;
        }

        while (data.Length >= rate)
        {
            Absorb(data[..rate]);
            data = data[rate..];
        }

        data.CopyTo(_buffer);
        _buffered = data.Length;
    }

    protected override void Finish(Span<byte> output)
    {
        int rate = _buffer.Length;
        _buffer.AsSpan(_buffered).Clear();
        _buffer[_buffered] ^= Suffix;
        _buffer[rate - 1] ^= 0x80;
        Absorb(_buffer);
        Span<byte> block = stackalloc byte[rate];
        while (true)
        {
            for (int i = 0; i < rate / 8; i++)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(block[(i * 8)..], _state[i]);
            }

            int n = System.Math.Min(rate, output.Length);
            block[..n].CopyTo(output);
            output = output[n..];
            if (output.IsEmpty)
            {
                return;
            }

            Permute(_state);
        }
    }

    private void Absorb(ReadOnlySpan<byte> block)
    {
        for (int i = 0; i < block.Length / 8; i++)
        {
            _state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        }

        Permute(_state);
    }

    private static void Permute(ulong[] a)
    {
        Span<ulong> c = stackalloc ulong[5];
        for (int round = 0; round < 24; round++)
        {
            // Theta: each lane takes the parities of two neighbouring columns.
            for (int x = 0; x < 5; x++)
            {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }

            for (int x = 0; x < 5; x++)
            {
                ulong d = c[(x + 4) % 5] ^ BitOperations.RotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5)
                {
                    a[y + x] ^= d;
                }
            }

            // Rho and pi.
            ulong carried = a[1];
            for (int i = 0; i < 24; i++)
            {
                int j = s_path[i];
                ulong next = a[j];
                a[j] = BitOperations.RotateLeft(carried, s_rotations[i]);
                carried = next;
            }

            // Chi, row by row.
            for (int y = 0; y < 25; y += 5)
            {
                for (int x = 0; x < 5; x++)
                {
                    c[x] = a[y + x];
                }

                for (int x = 0; x < 5; x++)
                {
                    a[y + x] = c[x] ^ (~c[(x + 1) % 5] & c[(x + 2) % 5]);
                }
            }

            a[0] ^= s_roundConstants[round];
        }
    }
}
