using System.Globalization;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Syntax.Parsing;

namespace Ember.Runtime.Codecs;

/// <summary>
/// The escape codecs (Objects/unicodeobject.c, Objects/bytesobject.c):
/// unicode_escape and raw_unicode_escape between str and bytes, and
/// escape_encode/escape_decode, the bytes-to-bytes form of a bytes literal.
/// </summary>
public static class EscapeCodecs
{
    private const string HexDigits = "0123456789abcdef";

    private static void Hex(ByteBuilder output, char prefix, int value, int digits)
    {
        output.Add((byte)'\\');
        output.Add((byte)prefix);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        {
            output.Add((byte)HexDigits[(value >> shift) & 0xF]);
        }
    }

    /// <summary>PyUnicode_AsUnicodeEscapeString.</summary>
    public static PyBytes UnicodeEscapeEncode(PyStr s)
    {
        var output = new ByteBuilder(s.Length + 8);
        foreach (int ch in s.GetCodePoints())
        {
            if (ch >= 0x10000)
            {
                Hex(output, 'U', ch, 8);
            }
            else if (ch >= 0x100)
            {
                Hex(output, 'u', ch, 4);
            }
            else if (ch == '\\')
            {
                output.Add([(byte)'\\', (byte)'\\']);
            }
            else if (ch == '\t')
            {
                output.Add([(byte)'\\', (byte)'t']);
            }
            else if (ch == '\n')
            {
                output.Add([(byte)'\\', (byte)'n']);
            }
            else if (ch == '\r')
            {
                output.Add([(byte)'\\', (byte)'r']);
            }
            else if (ch is < ' ' or >= 0x7F)
            {
                Hex(output, 'x', ch, 2);
            }
            else
            {
                output.Add((byte)ch);
            }
        }

        return new PyBytes(output.ToArray());
    }

    /// <summary>PyUnicode_AsRawUnicodeEscapeString.</summary>
    public static PyBytes RawUnicodeEscapeEncode(PyStr s)
    {
        var output = new ByteBuilder(s.Length + 8);
        foreach (int ch in s.GetCodePoints())
        {
            if (ch >= 0x10000)
            {
                Hex(output, 'U', ch, 8);
            }
            else if (ch >= 0x100)
            {
                Hex(output, 'u', ch, 4);
            }
            else
            {
                output.Add((byte)ch);
            }
        }

        return new PyBytes(output.ToArray());
    }

    private static int HexValue(byte c) =>
        c is >= (byte)'0' and <= (byte)'9' ? c - '0'
        : c is >= (byte)'a' and <= (byte)'f' ? c - 'a' + 10
        : c is >= (byte)'A' and <= (byte)'F' ? c - 'A' + 10
        : -1;

    /// <summary>
    /// _PyUnicode_DecodeUnicodeEscapeInternal: with <paramref name="final"/> false an
    /// escape cut off by the end of the data is left for the next call.
    /// Invalid escapes are kept as they are (CPython also warns; Ember has no warnings yet).
    /// </summary>
    public static PyStr? UnicodeEscapeDecode(ReadOnlySpan<byte> data, string errors, bool final, out int consumed)
    {
        consumed = data.Length;
        var output = new CodePointBuilder(data.Length);
        PyBytes? source = null;
        int end = data.Length;
        int s = 0;
        while (s < end)
        {
            byte c = data[s];
            if (c != '\\')
            {
                output.Add(c);
                s++;
                continue;
            }

            int startinpos = s;
            s++;
            string message;
            bool incomplete = false;
            if (s >= end)
            {
                message = "\\ at end of string";
                incomplete = true;
            }
            else
            {
                c = data[s++];
                int count = 0;
                message = string.Empty;
                switch ((char)c)
                {
                    case '\n': continue;
                    case '\\': output.Add('\\'); continue;
                    case '\'': output.Add('\''); continue;
                    case '"': output.Add('"'); continue;
                    case 'b': output.Add('\b'); continue;
                    case 'f': output.Add('\f'); continue;
                    case 't': output.Add('\t'); continue;
                    case 'n': output.Add('\n'); continue;
                    case 'r': output.Add('\r'); continue;
                    case 'v': output.Add('\v'); continue;
                    case 'a': output.Add('\a'); continue;
                    case >= '0' and <= '7':
                    {
                        int ch = c - '0';
                        if (s < end && data[s] is >= (byte)'0' and <= (byte)'7')
                        {
                            ch = (ch << 3) + data[s++] - '0';
                            if (s < end && data[s] is >= (byte)'0' and <= (byte)'7')
                            {
                                ch = (ch << 3) + data[s++] - '0';
                            }
                        }

                        output.Add(ch);
                        continue;
                    }

                    case 'x':
                        count = 2;
                        message = "truncated \\xXX escape";
                        break;
                    case 'u':
                        count = 4;
                        message = "truncated \\uXXXX escape";
                        break;
                    case 'U':
                        count = 8;
                        message = "truncated \\UXXXXXXXX escape";
                        break;
                    case 'N':
                    {
                        message = "malformed \\N character escape";
                        if (s >= end)
                        {
                            incomplete = true;
                            break;
                        }

                        if (data[s] == '{')
                        {
                            int nameStart = ++s;
                            while (s < end && data[s] != '}')
                            {
                                s++;
                            }

                            if (s >= end)
                            {
                                incomplete = true;
                                break;
                            }

                            int nameLength = s - nameStart;
                            if (nameLength > 0)
                            {
                                s++;
                                var name = System.Text.Encoding.Latin1.GetString(data.Slice(nameStart, nameLength));
                                int cp = UnicodeCharacterNames.Lookup(name);
                                if (cp >= 0)
                                {
                                    output.Add(cp);
                                    continue;
                                }

                                message = "unknown Unicode character name";
                            }
                        }

                        break;
                    }

                    default:
                        output.Add('\\');
                        output.Add(c);
                        continue;
                }

                if (count > 0)
                {
                    long ch = 0;
                    bool bad = false;
                    for (; count > 0; s++, count--)
                    {
                        if (s >= end)
                        {
                            incomplete = true;
                            break;
                        }

                        int v = HexValue(data[s]);
                        if (v < 0)
                        {
                            bad = true;
                            break;
                        }

                        ch = (ch << 4) + v;
                    }

                    if (!incomplete && !bad)
                    {
                        if (ch <= 0x10FFFF)
                        {
                            output.Add((int)ch);
                            continue;
                        }

                        message = "illegal Unicode character";
                    }
                }
            }

            if (incomplete && !final)
            {
                consumed = startinpos;
                break;
            }

            source ??= new PyBytes(data.ToArray());
            if (!ErrorCallbacks.CallDecode(errors, "unicodeescape", source, startinpos, s, message, out var rep, out int newPos))
            {
                return null;
            }

            output.Add(rep);
            s = newPos;
        }

        return output.ToPyStr();
    }

    /// <summary>_PyUnicode_DecodeRawUnicodeEscapeStateful: only \u and \U are escapes.</summary>
    public static PyStr? RawUnicodeEscapeDecode(ReadOnlySpan<byte> data, string errors, bool final, out int consumed)
    {
        consumed = data.Length;
        var output = new CodePointBuilder(data.Length);
        PyBytes? source = null;
        int end = data.Length;
        int s = 0;
        while (s < end)
        {
            byte c = data[s++];
            if (c != '\\' || (s >= end && final))
            {
                output.Add(c);
                continue;
            }

            int startinpos = s - 1;
            string message = "\\ at end of string";
            bool incomplete = false;
            if (s >= end)
            {
                incomplete = true;
            }
            else
            {
                c = data[s++];
                int count;
                if (c == 'u')
                {
                    count = 4;
                    message = "truncated \\uXXXX escape";
                }
                else if (c == 'U')
                {
                    count = 8;
                    message = "truncated \\UXXXXXXXX escape";
                }
                else
                {
                    output.Add('\\');
                    output.Add(c);
                    continue;
                }

                long ch = 0;
                bool bad = false;
                for (; count > 0; s++, count--)
                {
                    if (s >= end)
                    {
                        incomplete = true;
                        break;
                    }

                    int v = HexValue(data[s]);
                    if (v < 0)
                    {
                        bad = true;
                        break;
                    }

                    ch = (ch << 4) + v;
                }

                if (!incomplete && !bad)
                {
                    if (ch <= 0x10FFFF)
                    {
                        output.Add((int)ch);
                        continue;
                    }

                    message = "\\Uxxxxxxxx out of range";
                }
            }

            if (incomplete && !final)
            {
                consumed = startinpos;
                break;
            }

            source ??= new PyBytes(data.ToArray());
            if (!ErrorCallbacks.CallDecode(errors, "rawunicodeescape", source, startinpos, s, message, out var rep, out int newPos))
            {
                return null;
            }

            output.Add(rep);
            s = newPos;
        }

        return output.ToPyStr();
    }

    /// <summary>escape_encode: PyBytes_Repr's escaping without the quotes (single quotes escaped).</summary>
    public static PyBytes EscapeEncode(ReadOnlySpan<byte> data)
    {
        var output = new ByteBuilder(data.Length + 8);
        foreach (byte c in data)
        {
            switch (c)
            {
                case (byte)'\'' or (byte)'\\':
                    output.Add([(byte)'\\', c]);
                    break;
                case (byte)'\t':
                    output.Add([(byte)'\\', (byte)'t']);
                    break;
                case (byte)'\n':
                    output.Add([(byte)'\\', (byte)'n']);
                    break;
                case (byte)'\r':
                    output.Add([(byte)'\\', (byte)'r']);
                    break;
                case < (byte)' ' or >= 0x7F:
                    Hex(output, 'x', c, 2);
                    break;
                default:
                    output.Add(c);
                    break;
            }
        }

        return new PyBytes(output.ToArray());
    }

    /// <summary>
    /// _PyBytes_DecodeEscape: a bytes literal's escapes. A bad \x is a ValueError
    /// under "strict"; "replace" writes '?', "ignore" drops it, any other handler name
    /// is refused.
    /// </summary>
    public static PyBytes? EscapeDecode(ReadOnlySpan<byte> data, string? errors)
    {
        var output = new ByteBuilder(data.Length);
        int end = data.Length;
        int s = 0;
        while (s < end)
        {
            if (data[s] != '\\')
            {
                output.Add(data[s++]);
                continue;
            }

            s++;
            if (s == end)
            {
                PyErr.ValueError("Trailing \\ in string");
                return null;
            }

            byte c = data[s++];
            switch ((char)c)
            {
                case '\n': break;
                case '\\': output.Add((byte)'\\'); break;
                case '\'': output.Add((byte)'\''); break;
                case '"': output.Add((byte)'"'); break;
                case 'b': output.Add((byte)'\b'); break;
                case 'f': output.Add((byte)'\f'); break;
                case 't': output.Add((byte)'\t'); break;
                case 'n': output.Add((byte)'\n'); break;
                case 'r': output.Add((byte)'\r'); break;
                case 'v': output.Add((byte)'\v'); break;
                case 'a': output.Add((byte)'\a'); break;
                case >= '0' and <= '7':
                {
                    int v = c - '0';
                    if (s < end && data[s] is >= (byte)'0' and <= (byte)'7')
                    {
                        v = (v << 3) + data[s++] - '0';
                        if (s < end && data[s] is >= (byte)'0' and <= (byte)'7')
                        {
                            v = (v << 3) + data[s++] - '0';
                        }
                    }

                    output.Add((byte)v);
                    break;
                }

                case 'x':
                {
                    if (s + 1 < end)
                    {
                        int d1 = HexValue(data[s]), d2 = HexValue(data[s + 1]);
                        if (d1 >= 0 && d2 >= 0)
                        {
                            output.Add((byte)((d1 << 4) + d2));
                            s += 2;
                            break;
                        }
                    }

                    if (errors is null or "strict")
                    {
                        PyErr.ValueError($"invalid \\x escape at position {(s - 2).ToString(CultureInfo.InvariantCulture)}");
                        return null;
                    }

                    if (errors == "replace")
                    {
                        output.Add((byte)'?');
                    }
                    else if (errors != "ignore")
                    {
                        PyErr.ValueError($"decoding error; unknown error handling code: {errors}");
                        return null;
                    }

                    if (s < end && HexValue(data[s]) >= 0)
                    {
                        s++;
                    }

                    break;
                }

                default:
                    output.Add((byte)'\\');
                    s--;
                    break;
            }
        }

        return new PyBytes(output.ToArray());
    }
}
