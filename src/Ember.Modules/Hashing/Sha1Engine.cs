using System.Buffers.Binary;
using System.Numerics;

namespace Ember.Modules.Hashing;

/// <summary>SHA-1 (FIPS 180-4, 6.1): eighty steps over a big-endian message schedule.</summary>
internal sealed class Sha1Engine : BlockHashEngine
{
    private readonly uint[] _h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];

    public Sha1Engine()
        : base(64)
    {
    }

    public override int DigestSize => 20;

    protected override int LengthFieldSize => 8;

    protected override bool BigEndian => true;

    protected override BlockHashEngine CloneState()
    {
        var copy = new Sha1Engine();
        _h.CopyTo(copy._h, 0);
        return copy;
    }

    protected override void Compress(ReadOnlySpan<byte> block)
    {
        Span<uint> w = stackalloc uint[80];
        for (int i = 0; i < 16; i++)
        {
            w[i] = BinaryPrimitives.ReadUInt32BigEndian(block[(i * 4)..]);
        }

        for (int i = 16; i < 80; i++)
        {
            w[i] = BitOperations.RotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        }

        uint a = _h[0], b = _h[1], c = _h[2], d = _h[3], e = _h[4];
        for (int i = 0; i < 80; i++)
        {
            uint f, k;
            if (i < 20)
            {
                f = (b & c) | (~b & d);
                k = 0x5a827999;
            }
            else if (i < 40)
            {
                f = b ^ c ^ d;
                k = 0x6ed9eba1;
            }
            else if (i < 60)
            {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8f1bbcdc;
            }
            else
            {
                f = b ^ c ^ d;
                k = 0xca62c1d6;
            }

            uint t = BitOperations.RotateLeft(a, 5) + f + e + k + w[i];
            e = d;
            d = c;
            c = BitOperations.RotateLeft(b, 30);
            b = a;
            a = t;
        }

        _h[0] += a;
        _h[1] += b;
        _h[2] += c;
        _h[3] += d;
        _h[4] += e;
    }

    protected override void WriteState(Span<byte> output)
    {
        for (int i = 0; i < 5; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(output[(i * 4)..], _h[i]);
        }
    }
}
