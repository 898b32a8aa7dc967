using Ember.Runtime.Objects;

namespace Ember.Runtime.Codecs;

/// <summary>
/// UTF-7 (RFC 2152) as CPython 3.11 writes and reads it
/// (PyUnicode_EncodeUTF7 with Set O and white space direct,
/// PyUnicode_DecodeUTF7Stateful, permissive on decoding).
/// </summary>
public static class Utf7
{
    private const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    // 0: Set D, 1: Set O, 2: white space, 3: special (always base64), for ASCII.
    private static ReadOnlySpan<byte> Category =>
    [
        3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3,
    ];

    private static bool IsBase64(int c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '+' or '/';

    private static int FromBase64(int c) =>
        c >= 'a' ? c - 'a' + 26 : c >= 'A' ? c - 'A' : c >= '0' ? c - '0' + 52 : c == '+' ? 62 : 63;

    private static bool EncodeDirect(int c) => c is > 0 and < 128 && Category[c] != 3;

    private static bool DecodeDirect(int c) => c <= 127 && c != '+';

    public static PyBytes Encode(PyStr s)
    {
        var output = new ByteBuilder(s.Length + 8);
        bool inShift = false;
        int bits = 0;
        ulong buffer = 0;
        foreach (int cp in s.GetCodePoints())
        {
            int ch = cp;
            if (inShift)
            {
                if (EncodeDirect(ch))
                {
                    if (bits > 0)
                    {
                        output.Add((byte)Base64[(int)((buffer << (6 - bits)) & 0x3F)]);
                        buffer = 0;
                        bits = 0;
                    }

                    inShift = false;

                    // A character outside the base64 set ends the run by itself; '-' is written before one inside it, or before '-'.
                    if (IsBase64(ch) || ch == '-')
                    {
                        output.Add((byte)'-');
                    }

                    output.Add((byte)ch);
                    continue;
                }
            }
            else if (ch == '+')
            {
                output.Add([(byte)'+', (byte)'-']);
                continue;
            }
            else if (EncodeDirect(ch))
            {
                output.Add((byte)ch);
                continue;
            }
            else
            {
                output.Add((byte)'+');
                inShift = true;
            }

            if (ch >= 0x10000)
            {
                bits += 16;
                buffer = (buffer << 16) | (uint)(0xD800 | ((ch - 0x10000) >> 10));
                while (bits >= 6)
                {
                    output.Add((byte)Base64[(int)((buffer >> (bits - 6)) & 0x3F)]);
                    bits -= 6;
                }

                ch = 0xDC00 | ((ch - 0x10000) & 0x3FF);
            }

            bits += 16;
            buffer = (buffer << 16) | (uint)ch;
            while (bits >= 6)
            {
                output.Add((byte)Base64[(int)((buffer >> (bits - 6)) & 0x3F)]);
                bits -= 6;
            }
        }

        if (bits > 0)
        {
            output.Add((byte)Base64[(int)((buffer << (6 - bits)) & 0x3F)]);
        }

        if (inShift)
        {
            output.Add((byte)'-');
        }

        return new PyBytes(output.ToArray());
    }

    public static PyStr? Decode(ReadOnlySpan<byte> data, string errors, bool final, out int consumed)
    {
        consumed = 0;
        if (data.Length == 0)
        {
            return PyStr.Empty;
        }

        var output = new CodePointBuilder(data.Length);
        PyBytes? source = null;
        int e = data.Length;
        int s = 0;
        int startinpos = 0;
        bool inShift = false;
        int shiftOutStart = 0;
        int bits = 0;
        ulong buffer = 0;
        int surrogate = 0;
        while (true)
        {
            while (s < e)
            {
                int ch = data[s];
                string errmsg;
                if (inShift)
                {
                    if (IsBase64(ch))
                    {
                        buffer = (buffer << 6) | (uint)FromBase64(ch);
                        bits += 6;
                        s++;
                        if (bits >= 16)
                        {
                            int outCh = (int)((buffer >> (bits - 16)) & 0xFFFF);
                            bits -= 16;
                            buffer &= (1UL << bits) - 1;
                            if (surrogate != 0)
                            {
                                if (outCh is >= 0xDC00 and <= 0xDFFF)
                                {
                                    output.Add(0x10000 + ((surrogate - 0xD800) << 10) + (outCh - 0xDC00));
                                    surrogate = 0;
                                    continue;
                                }

                                output.Add(surrogate);
                                surrogate = 0;
                            }

                            if (outCh is >= 0xD800 and <= 0xDBFF)
                            {
                                surrogate = outCh;
                            }
                            else
                            {
                                output.Add(outCh);
                            }
                        }

                        continue;
                    }

                    inShift = false;
                    if (bits > 0)
                    {
                        if (bits >= 6)
                        {
                            s++;
                            errmsg = "partial character in shift sequence";
                            goto Error;
                        }

                        if (buffer != 0)
                        {
                            s++;
                            errmsg = "non-zero padding bits in shift sequence";
                            goto Error;
                        }
                    }

                    if (surrogate != 0 && DecodeDirect(ch))
                    {
                        output.Add(surrogate);
                    }

                    surrogate = 0;
                    if (ch == '-')
                    {
                        s++;
                    }

                    continue;
                }

                if (ch == '+')
                {
                    startinpos = s;
                    s++;
                    if (s < e && data[s] == '-')
                    {
                        s++;
                        output.Add('+');
                    }
                    else if (s < e && !IsBase64(data[s]))
                    {
                        s++;
                        errmsg = "ill-formed sequence";
                        goto Error;
                    }
                    else
                    {
                        inShift = true;
                        surrogate = 0;
                        shiftOutStart = output.Count;
                        bits = 0;
                        buffer = 0;
                    }

                    continue;
                }

                if (DecodeDirect(ch))
                {
                    s++;
                    output.Add(ch);
                    continue;
                }

                startinpos = s;
                s++;
                errmsg = "unexpected special character";

            Error:
                source ??= new PyBytes(data.ToArray());
                if (!ErrorCallbacks.CallDecode(errors, "utf7", source, startinpos, s, errmsg, out var rep, out int newPos))
                {
                    return null;
                }

                output.Add(rep);
                s = newPos;
            }

            if (inShift && final)
            {
                inShift = false;
                if (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0))
                {
                    source ??= new PyBytes(data.ToArray());
                    if (!ErrorCallbacks.CallDecode(errors, "utf7", source, startinpos, e, "unterminated shift sequence", out var rep, out int newPos))
                    {
                        return null;
                    }

                    output.Add(rep);
                    s = newPos;
                    if (s < e)
                    {
                        continue;
                    }
                }
            }

            break;
        }

        if (!final && inShift)
        {
            consumed = startinpos;
            return PyStr.FromCodePoints(output.AsSpan()[..shiftOutStart]);
        }

        consumed = final ? data.Length : s;
        return output.ToPyStr();
    }
}
