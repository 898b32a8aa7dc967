using System.Buffers.Binary;
using System.Numerics;

namespace Ember.Modules.Hashing;

/// <summary>MD5 (RFC 1321): four rounds of sixteen steps over little-endian words.</summary>
internal sealed class Md5Engine : BlockHashEngine
{
    // floor(abs(sin(i + 1)) * 2**32), the RFC's table T.
    private static readonly uint[] s_k =
    [
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
    ];

    private static readonly int[] s_shifts = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

    private uint _a = 0x67452301, _b = 0xefcdab89, _c = 0x98badcfe, _d = 0x10325476;

    public Md5Engine()
        : base(64)
    {
    }

    public override int DigestSize => 16;

    protected override int LengthFieldSize => 8;

    protected override bool BigEndian => false;

    protected override BlockHashEngine CloneState() => new Md5Engine { _a = _a, _b = _b, _c = _c, _d = _d };

    protected override void Compress(ReadOnlySpan<byte> block)
    {
        Span<uint> m = stackalloc uint[16];
        for (int i = 0; i < 16; i++)
        {
            m[i] = BinaryPrimitives.ReadUInt32LittleEndian(block[(i * 4)..]);
        }

        uint a = _a, b = _b, c = _c, d = _d;
        for (int i = 0; i < 64; i++)
        {
            uint f;
            int g;
            switch (i >> 4)
            {
                case 0:
                    f = (b & c) | (~b & d);
                    g = i;
                    break;
                case 1:
                    f = (d & b) | (~d & c);
                    g = ((5 * i) + 1) & 15;
                    break;
                case 2:
                    f = b ^ c ^ d;
                    g = ((3 * i) + 5) & 15;
                    break;
                default:
                    f = c ^ (b | ~d);
                    g = (7 * i) & 15;
                    break;
            }

            f += a + s_k[i] + m[g];
            a = d;
            d = c;
            c = b;
            b += BitOperations.RotateLeft(f, s_shifts[((i >> 4) << 2) | (i & 3)]);
        }

        _a += a;
        _b += b;
        _c += c;
        _d += d;
    }

    protected override void WriteState(Span<byte> output)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(output, _a);
        BinaryPrimitives.WriteUInt32LittleEndian(output[4..], _b);
        BinaryPrimitives.WriteUInt32LittleEndian(output[8..], _c);
        BinaryPrimitives.WriteUInt32LittleEndian(output[12..], _d);
    }
}
