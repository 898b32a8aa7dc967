using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Ember.Runtime.Hashing;

/// <summary>
/// The hash of str and bytes (Python/pyhash.c): SipHash-1-3 over the bytes of
/// the object's canonical representation (a str's code points as 1, 2 or 4
/// bytes each, whichever its largest code point needs), keyed by a per-process
/// secret. As in CPython, the secret comes from <c>PYTHONHASHSEED</c>: unset
/// or "random" gives a random key; 0 gives the zero key (hash randomization
/// off); any other integer up to 2**32-1 gives the key CPython derives from it,
/// so hashes, and with them set and dict-of-str iteration orders, are CPython's.
/// The secret is read once and never changes (it is process-wide in CPython
/// too: strs are shared between interpreters).
/// </summary>
public static class PyHash
{
    private const int LargeBuffer = 256;

    private static readonly (ulong K0, ulong K1) s_key = ReadKey(Environment.GetEnvironmentVariable("PYTHONHASHSEED"), out s_randomized);

    private static readonly bool s_randomized;

    /// <summary>Whether the key is random (sys.flags.hash_randomization).</summary>
    public static bool Randomized => s_randomized;

    /// <summary>
    /// Whether <paramref name="value"/> is a valid PYTHONHASHSEED: unset, empty,
    /// "random", or an integer in [0, 4294967295]. The command line reports
    /// CPython's fatal error for any other value.
    /// </summary>
    public static bool IsValidSeed(string? value) =>
        string.IsNullOrEmpty(value) || value == "random" || TryParseSeed(value, out _);

    /// <summary>The hash of these bytes; 0 for none, never -1.</summary>
    public static long HashBytes(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0)
        {
            return 0;
        }

        long h = (long)SipHash13(s_key.K0, s_key.K1, data);
        return h == -1 ? -2 : h;
    }

    /// <summary>The hash of the str whose text is <paramref name="text"/> (a str without adjacent lone surrogates).</summary>
    public static long HashText(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (text.IndexOfAnyExceptInRange('\0', '\u00FF') < 0)
        {
            return HashLatin1(text);
        }

        if (!HasSurrogatePair(text))
        {
            // Every code point is one UTF-16 unit (lone surrogates included): UCS-2.
            return HashBytes(MemoryMarshal.AsBytes(text));
        }

        // A pair is one astral character: the text is hashed as UCS-4.
        var codePoints = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate((char)c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                c = char.ConvertToUtf32((char)c, text[++i]);
            }

            codePoints.Add(c);
        }

        return HashUcs4(CollectionsMarshal.AsSpan(codePoints));
    }

    private static bool HasSurrogatePair(ReadOnlySpan<char> text)
    {
        int i = text.IndexOfAnyInRange('\uD800', '\uDBFF');
        while (i >= 0 && i + 1 < text.Length)
        {
            if (char.IsLowSurrogate(text[i + 1]))
            {
                return true;
            }

            int next = text[(i + 1)..].IndexOfAnyInRange('\uD800', '\uDBFF');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    /// <summary>The hash of the str with these code points.</summary>
    public static long HashCodePoints(ReadOnlySpan<int> codePoints)
    {
        int max = 0;
        foreach (int cp in codePoints)
        {
            max = Math.Max(max, cp);
        }

        if (max >= 0x10000)
        {
            return HashUcs4(codePoints);
        }

        // Every code point fits 16 bits: hash them as UCS-2 (or Latin-1).
        var units = new char[codePoints.Length];
        for (int i = 0; i < units.Length; i++)
        {
            units[i] = (char)codePoints[i];
        }

        return max < 256 ? HashLatin1(units) : HashBytes(MemoryMarshal.AsBytes(units.AsSpan()));
    }

    private static long HashUcs4(ReadOnlySpan<int> codePoints)
    {
        if (BitConverter.IsLittleEndian)
        {
            return HashBytes(MemoryMarshal.AsBytes(codePoints));
        }

        var le = new byte[codePoints.Length * 4];
        for (int i = 0; i < codePoints.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(le.AsSpan(i * 4), codePoints[i]);
        }

        return HashBytes(le);
    }

    private static long HashLatin1(ReadOnlySpan<char> text)
    {
        byte[]? rented = null;
        Span<byte> bytes = text.Length <= LargeBuffer
            ? stackalloc byte[LargeBuffer]
            : (rented = ArrayPool<byte>.Shared.Rent(text.Length));
        bytes = bytes[..text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            bytes[i] = (byte)text[i];
        }

        long h = HashBytes(bytes);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return h;
    }

    /// <summary>SipHash with one compression and three finalization rounds, the variant CPython 3.11 uses.</summary>
    public static ulong SipHash13(ulong k0, ulong k1, ReadOnlySpan<byte> data)
    {
        ulong v0 = k0 ^ 0x736f6d6570736575UL;
        ulong v1 = k1 ^ 0x646f72616e646f6dUL;
        ulong v2 = k0 ^ 0x6c7967656e657261UL;
        ulong v3 = k1 ^ 0x7465646279746573UL;
        ulong last = (ulong)data.Length << 56;

        int whole = data.Length & ~7;
        for (int i = 0; i < whole; i += 8)
        {
            ulong m = BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i, 8));
            v3 ^= m;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= m;
        }

        ulong tail = 0;
        for (int i = data.Length - 1; i >= whole; i--)
        {
            tail = (tail << 8) | data[i];
        }

        last |= tail;
        v3 ^= last;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= last;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        return v0 ^ v1 ^ v2 ^ v3;
    }

    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        v0 += v1;
        v2 += v3;
        v1 = BitOperations.RotateLeft(v1, 13) ^ v0;
        v3 = BitOperations.RotateLeft(v3, 16) ^ v2;
        v0 = BitOperations.RotateLeft(v0, 32);
        v2 += v1;
        v0 += v3;
        v1 = BitOperations.RotateLeft(v1, 17) ^ v2;
        v3 = BitOperations.RotateLeft(v3, 21) ^ v0;
        v2 = BitOperations.RotateLeft(v2, 32);
    }

    private static (ulong, ulong) ReadKey(string? seed, out bool randomized)
    {
        Span<byte> secret = stackalloc byte[16];
        if (string.IsNullOrEmpty(seed) || seed == "random" || !TryParseSeed(seed, out uint value))
        {
            randomized = true;
            RandomNumberGenerator.Fill(secret);
        }
        else
        {
            randomized = value != 0;
            if (value != 0)
            {
                // CPython's lcg_urandom: a linear congruential generator seeded with the value.
                uint x = value;
                for (int i = 0; i < secret.Length; i++)
                {
                    x = unchecked((x * 214013) + 2531011);
                    secret[i] = (byte)((x >> 16) & 0xff);
                }
            }
        }

        return (BinaryPrimitives.ReadUInt64LittleEndian(secret), BinaryPrimitives.ReadUInt64LittleEndian(secret[8..]));
    }

    // As C's strtoul reads it: leading white space, a sign (a negative value wraps
    // past the limit, so only -0 is valid), decimal digits and nothing after.
    private static bool TryParseSeed(string value, out uint seed)
    {
        var text = value.AsSpan().TrimStart(" \t\n\v\f\r");
        bool negative = false;
        if (text.Length > 0 && (text[0] == '+' || text[0] == '-'))
        {
            negative = text[0] == '-';
            text = text[1..];
        }

        if (!uint.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out seed))
        {
            return false;
        }

        return !negative || seed == 0;
    }
}
