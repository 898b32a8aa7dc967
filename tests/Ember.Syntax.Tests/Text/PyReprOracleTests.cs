using System.Globalization;
using System.Numerics;
using System.Text;
using Ember.Syntax.Tests.TestSupport;
using Ember.Syntax.Text;
using Xunit;

namespace Ember.Syntax.Tests.Text;

/// <summary>PyRepr against CPython 3.11's repr() on seeded random values.</summary>
public sealed class PyReprOracleTests
{
    // Prints "kind<TAB>input<TAB>repr" lines; inputs are hex so nothing is lost in transit.
    private const string Generator = """
        import random, struct, sys
        random.seed(int(sys.argv[1]))
        def h(x): return struct.pack('<d', x).hex()
        out = []
        vals = [0.0, -0.0, 1.0, 1e16, 1e15, 1e-4, 1e-5, 1.5e300, 5e-324, 1.7976931348623157e308, 0.1, 1/3,
                float('inf'), float('-inf'), float('nan'), 2.0**53, 123456789012345678.0]
        vals += [struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0] for _ in range(3000)]
        vals += [random.random() * 10 ** random.randint(-20, 20) for _ in range(2000)]
        vals += [round(random.uniform(-1e6, 1e6), random.randint(0, 8)) for _ in range(1000)]
        for x in vals:
            out.append('f\t%s\t%s' % (h(x), repr(x)))
        for _ in range(500):
            z = complex(random.choice([0.0, -0.0, random.uniform(-1e5, 1e5)]), random.uniform(-1e20, 1e20))
            out.append('c\t%s,%s\t%s' % (h(z.real), h(z.imag), repr(z)))
        for z in (3j, -0j, 1e16j, complex(1, float('nan')), complex(float('inf'), float('-inf'))):
            out.append('c\t%s,%s\t%s' % (h(z.real), h(z.imag), repr(z)))
        for _ in range(3000):
            cps = []
            for _ in range(random.randint(0, 6)):
                r = random.random()
                cps.append(random.randint(0, 0x7f) if r < 0.3 else random.randint(0x80, 0xffff) if r < 0.6 else random.randint(0x10000, 0x10ffff))
            s = ''.join(map(chr, cps))
            # A surrogate pair written as two code points is one character in UTF-16: leave those out.
            if any(0xd800 <= ord(a) < 0xdc00 and 0xdc00 <= ord(b) < 0xe000 for a, b in zip(s, s[1:])):
                continue
            out.append('s\t%s\t%s' % (s.encode('utf-16-le', 'surrogatepass').hex(), repr(s).encode('utf-8', 'surrogatepass').hex()))
            out.append('a\t%s\t%s' % (s.encode('utf-16-le', 'surrogatepass').hex(), ascii(s)))
        for _ in range(500):
            b = bytes(random.getrandbits(8) for _ in range(random.randint(0, 12)))
            out.append('b\t%s\t%s' % (b.hex(), repr(b)))
        sys.stdout.write('\n'.join(out) + '\n')
        """;

    [Theory]
    [InlineData(3114)]
    [InlineData(2718)]
    public void ReprMatchesCPython(int seed)
    {
        var result = ProcessRunner.Run(Oracle.Python, ["-c", Generator, seed.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, result.Stderr);
        var failures = new List<string>();
        int count = 0;
        foreach (var line in result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t');
            string expected = parts[2];
            string actual;
            switch (parts[0])
            {
                case "f":
                    actual = PyRepr.Float(Double(parts[1]));
                    break;
                case "c":
                    var halves = parts[1].Split(',');
                    actual = PyRepr.ComplexNumber(new Complex(Double(halves[0]), Double(halves[1])));
                    break;
                case "s":
                    actual = Convert.ToHexString(Utf8SurrogatePass(PyRepr.Str(Utf16(parts[1])))).ToLowerInvariant();
                    break;
                case "a":
                    actual = PyRepr.Ascii(Utf16(parts[1]));
                    break;
                default:
                    actual = PyRepr.Bytes(Convert.FromHexString(parts[1]));
                    break;
            }

            count++;
            if (actual != expected && failures.Count < 20)
            {
                failures.Add($"{parts[0]} {parts[1]}: expected {expected}, got {actual}");
            }
        }

        Assert.True(count > 9000, $"only {count} values came back from the oracle");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static double Double(string hex) => BitConverter.ToDouble(Convert.FromHexString(hex));

    private static string Utf16(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        var chars = new char[bytes.Length / 2];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(bytes[2 * i] | (bytes[(2 * i) + 1] << 8));
        }

        return new string(chars);
    }

    // UTF-8 that keeps lone surrogates as three-byte sequences, as Python's surrogatepass does.
    private static byte[] Utf8SurrogatePass(string s)
    {
        var output = new List<byte>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }

            if (cp >= 0xd800 && cp < 0xe000)
            {
                output.Add((byte)(0xe0 | (cp >> 12)));
                output.Add((byte)(0x80 | ((cp >> 6) & 0x3f)));
                output.Add((byte)(0x80 | (cp & 0x3f)));
            }
            else
            {
                output.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(cp)));
            }
        }

        return output.ToArray();
    }
}
