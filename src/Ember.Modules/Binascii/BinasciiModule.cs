using Ember.Runtime.Codecs;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;
using Ember.Runtime.Types;

namespace Ember.Modules.Binascii;

/// <summary>
/// The <c>binascii</c> module (Modules/binascii.c), first part: hex
/// (hexlify/b2a_hex with separators, unhexlify/a2b_hex), base64
/// (b2a_base64, a2b_base64 in its non-strict mode), crc32, crc_hqx, Error
/// and Incomplete. Not yet: the quoted-printable and uuencode functions.
/// </summary>
public static class BinasciiModule
{
    private sealed class State
    {
        public PyType? Error;
        public PyType? Incomplete;
    }

    private static State StateOf(PyInterpreterState interp) => interp.GetState(static _ => new State());

    private static PyType Error() => StateOf(PyThreadState.Current.Interpreter).Error ?? PyExc.ValueError;

    private static readonly ArgSpec s_hexlifySpec = new("hexlify", ["data", "sep", "bytes_per_sep"], required: 1);
    private static readonly ArgSpec s_b2aHexSpec = new("b2a_hex", ["data", "sep", "bytes_per_sep"], required: 1);
    private static readonly ArgSpec s_b2aBase64Spec = new("b2a_base64", ["data", "newline"], posOnly: 1, maxPositional: 1, required: 1);
    private static readonly ArgSpec s_a2bBase64Spec = new("a2b_base64", ["data", "strict_mode"], posOnly: 1, maxPositional: 1, required: 1);

    public static PyModule Create(PyInterpreterState interp)
    {
        var state = StateOf(interp);
        state.Error ??= ModuleHelpers.NewException("binascii.Error", PyExc.ValueError);
        state.Incomplete ??= ModuleHelpers.NewException("binascii.Incomplete", PyExc.Exception);
        var m = ModuleHelpers.NewModule("binascii", "Conversion between binary data and ASCII");
        m.Dict.SetItemStr("Error", state.Error!);
        m.Dict.SetItemStr("Incomplete", state.Incomplete!);
        m.AddFunction("hexlify", static (args, kw) => Hexlify(s_hexlifySpec, args, kw));
        m.AddFunction("b2a_hex", static (args, kw) => Hexlify(s_b2aHexSpec, args, kw));
        m.AddFunction("unhexlify", static (args, kw) => Unhexlify("unhexlify", args, kw));
        m.AddFunction("a2b_hex", static (args, kw) => Unhexlify("a2b_hex", args, kw));
        m.AddFunction("b2a_base64", B2aBase64);
        m.AddFunction("a2b_base64", A2bBase64);
        m.AddFunction("crc32", Crc32);
        m.AddFunction("crc_hqx", CrcHqx);
        return m;
    }

    /// <summary>A bytes-like argument ("a bytes-like object is required, not 'str'").</summary>
    private static bool Buffer(PyObject o, out ReadOnlySpan<byte> data)
    {
        if (BytesLike.TryGetBytes(o, out data))
        {
            return true;
        }

        PyErr.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");
        return false;
    }

    /// <summary>An ascii_buffer_converter argument: bytes-like or an ASCII str.</summary>
    private static bool AsciiBuffer(PyObject o, out byte[] data)
    {
        if (o is PyStr s)
        {
            foreach (char c in s.Value)
            {
                if (c > 0x7f)
                {
                    data = [];
                    PyErr.ValueError("string argument should contain only ASCII characters");
                    return false;
                }
            }

            data = System.Text.Encoding.ASCII.GetBytes(s.Value);
            return true;
        }

        if (BytesLike.TryGetBytes(o, out var span))
        {
            data = span.ToArray();
            return true;
        }

        data = [];
        PyErr.TypeError($"argument should be bytes, buffer or ASCII string, not '{o.Type.Name}'");
        return false;
    }

    private static PyObject? Hexlify(ArgSpec spec, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[3];
        if (!spec.Parse(args, kwnames, slots) || !Buffer(slots[0]!, out var data))
        {
            return null;
        }

        byte sep = 0;
        bool hasSep = false;
        if (slots[1] is { } sepObj)
        {
            // pystrhex.c: the length is asked first, then the type; hexlify (bytes out) takes any byte.
            long length = PySequence.Length(sepObj);
            if (length < 0)
            {
                return null;
            }

            if (length != 1)
            {
                return PyErr.ValueError("sep must be length 1.");
            }

            if (sepObj is PyStr ss)
            {
                if (ss.Value[0] > 0xff)
                {
                    return PyErr.ValueError("sep must be ASCII.");
                }

                sep = (byte)ss.Value[0];
                hasSep = true;
            }
            else if (sepObj is PyBytes && BytesLike.TryGetBytes(sepObj, out var sb))
            {
                sep = sb[0];
                hasSep = true;
            }
            else
            {
                return PyErr.TypeError("sep must be str or bytes.");
            }
        }

        long perSep = 1;
        if (slots[2] is { } per && !PyNumber.AsSsize(per, out perSep))
        {
            return null;
        }

        const string digits = "0123456789abcdef";
        var result = new List<byte>(data.Length * 3);
        int n = data.Length;
        long group = System.Math.Abs(perSep);
        for (int i = 0; i < n; i++)
        {
            if (hasSep && i > 0 && group > 0)
            {
                // Positive counts group from the right, negative from the left.
                bool boundary = perSep > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary)
                {
                    result.Add(sep);
                }
            }

            result.Add((byte)digits[data[i] >> 4]);
            result.Add((byte)digits[data[i] & 0xf]);
        }

        return new PyBytes(result.ToArray());
    }

    private static PyObject? Unhexlify(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional(name, args, kwnames, 1, 1) || !AsciiBuffer(args[0], out var data))
        {
            return null;
        }

        if (data.Length % 2 != 0)
        {
            return PyErr.SetString(Error(), "Odd-length string");
        }

        var result = new byte[data.Length / 2];
        for (int i = 0; i < result.Length; i++)
        {
            int hi = HexValue(data[2 * i]);
            int lo = HexValue(data[(2 * i) + 1]);
            if (hi < 0 || lo < 0)
            {
                return PyErr.SetString(Error(), "Non-hexadecimal digit found");
            }

            result[i] = (byte)((hi << 4) | lo);
        }

        return new PyBytes(result);
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    private static PyObject? B2aBase64(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[2];
        if (!s_b2aBase64Spec.Parse(args, kwnames, slots) || !Buffer(slots[0]!, out var data))
        {
            return null;
        }

        bool newline = true;
        if (slots[1] is { } nl)
        {
            int truth = PyOps.IsTrue(nl);
            if (truth < 0)
            {
                return null;
            }

            newline = truth == 1;
        }

        string text = Convert.ToBase64String(data);
        var bytes = System.Text.Encoding.ASCII.GetBytes(newline ? text + "\n" : text);
        return new PyBytes(bytes);
    }

    private const string Base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>a2b_base64 without strict_mode: characters outside the alphabet are skipped, data after the padding too.</summary>
    private static PyObject? A2bBase64(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> slots = new PyObject?[2];
        if (!s_a2bBase64Spec.Parse(args, kwnames, slots) || !AsciiBuffer(slots[0]!, out var data))
        {
            return null;
        }

        if (slots[1] is { } strict && PyOps.IsTrue(strict) == 1)
        {
            return PyErr.NotImplementedError("binascii.a2b_base64(strict_mode=True) is not supported by Ember yet");
        }

        var result = new List<byte>(data.Length * 3 / 4);
        int quad = 0;
        int leftchar = 0;
        int pads = 0;
        int dataChars = 0;
        foreach (byte c in data)
        {
            if (c == '=')
            {
                // Padding counts once two or more characters of a quad are in.
                if (quad >= 2 && quad + ++pads >= 4)
                {
                    return new PyBytes(result.ToArray());
                }

                continue;
            }

            int v = Base64Alphabet.IndexOf((char)c);
            if (v < 0)
            {
                continue;
            }

            pads = 0;
            dataChars++;
            switch (quad)
            {
                case 0:
                    quad = 1;
                    leftchar = v;
                    break;
                case 1:
                    quad = 2;
                    result.Add((byte)((leftchar << 2) | (v >> 4)));
                    leftchar = v & 0x0f;
                    break;
                case 2:
                    quad = 3;
                    result.Add((byte)((leftchar << 4) | (v >> 2)));
                    leftchar = v & 0x03;
                    break;
                default:
                    quad = 0;
                    result.Add((byte)((leftchar << 6) | v));
                    leftchar = 0;
                    break;
            }
        }

        if (quad != 0)
        {
            return quad == 1
                ? PyErr.SetString(Error(), $"Invalid base64-encoded string: number of data characters ({dataChars}) cannot be 1 more than a multiple of 4")
                : PyErr.SetString(Error(), "Incorrect padding");
        }

        return new PyBytes(result.ToArray());
    }

    private static PyObject? Crc32(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("crc32", args, kwnames, 1, 2) || !Buffer(args[0], out var data))
        {
            return null;
        }

        uint crc = 0;
        if (args.Length == 2)
        {
            if (args[1] is not PyInt start)
            {
                return PyErr.TypeError($"'{args[1].Type.Name}' object cannot be interpreted as an integer");
            }

            crc = (uint)(ulong)(start.ToBigInteger() & 0xFFFFFFFF);
        }

        return PyInt.From(Zlib.Checksums.Crc32(crc, data));
    }

    private static PyObject? CrcHqx(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Args.Positional("crc_hqx", args, kwnames, 2, 2) || !Buffer(args[0], out var data))
        {
            return null;
        }

        if (args[1] is not PyInt start)
        {
            return PyErr.TypeError($"'{args[1].Type.Name}' object cannot be interpreted as an integer");
        }

        uint crc = (uint)(ulong)(start.ToBigInteger() & 0xFFFF);
        foreach (byte b in data)
        {
            crc ^= (uint)b << 8;
            for (int i = 0; i < 8; i++)
            {
                crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
        }

        return PyInt.From(crc);
    }
}
