using System.Text;
using Ember.Runtime.Objects;

namespace Ember.Runtime.Codecs;

/// <summary>
/// bytes → str for the C# codecs (Objects/unicodeobject.c's decoders, Python/codecs.c's
/// handlers), with CPython's error ranges and reasons: utf-8's maximal-subpart
/// rule, utf-16's surrogate checks, utf-32's range checks, and the BOM of the
/// plain "utf-16" and "utf-32" codecs.
/// </summary>
internal static class Decoder
{
    public static PyObject? Decode(ReadOnlySpan<byte> data, CodecKind kind, string errors)
    {
        int byteorder = 0;
        return Decode(data, kind, errors, true, ref byteorder, out _);
    }

    /// <summary>
    /// The stateful form (PyUnicode_Decode*Stateful): with <paramref name="final"/>
    /// false an incomplete sequence at the end is left for the next call, and
    /// <paramref name="consumed"/> says how many bytes were used. For the plain
    /// utf-16 and utf-32 codecs <paramref name="byteorder"/> is the byte order in
    /// and out (0: read a BOM if there is one; -1 little, 1 big endian).
    /// </summary>
    public static PyStr? Decode(ReadOnlySpan<byte> data, CodecKind kind, string errors, bool final, ref int byteorder, out int consumed)
    {
        consumed = data.Length;
        switch (kind)
        {
            case CodecKind.Utf8:
                if (System.Text.Unicode.Utf8.IsValid(data))
                {
                    return PyStr.From(Encoding.UTF8.GetString(data));
                }

                break;
            case CodecKind.Ascii:
                if (System.Text.Ascii.IsValid(data))
                {
                    return PyStr.From(Encoding.ASCII.GetString(data));
                }

                break;
            case CodecKind.Latin1:
                return PyStr.From(Encoding.Latin1.GetString(data));
        }

        var state = new State(data, kind, errors) { Final = final, Consumed = data.Length, ByteOrder = byteorder };
        var output = new CodePointBuilder(data.Length);
        bool ok = kind switch
        {
            CodecKind.Utf8 => DecodeUtf8(ref state, output),
            CodecKind.Ascii => DecodeAscii(ref state, output),
            CodecKind.Utf16 or CodecKind.Utf16LE or CodecKind.Utf16BE => DecodeUtf16(ref state, output),
            _ => DecodeUtf32(ref state, output),
        };
        consumed = state.Consumed;
        byteorder = state.ByteOrder;
        return ok ? output.ToPyStr() : null;
    }

    private ref struct State
    {
        public ReadOnlySpan<byte> Data;
        public CodecKind Kind;
        public string Errors;
        public ErrorHandler Handler;
        public bool HandlerParsed;
        public string Name;
        public bool Final;
        public int Consumed;
        public int ByteOrder;
        public PyBytes? Object;

        public State(ReadOnlySpan<byte> data, CodecKind kind, string errors)
        {
            Data = data;
            Kind = kind;
            Errors = errors;
            Name = CodecRegistry.ErrorName(kind);
        }
    }

    /// <summary>
    /// Runs the error handler over data[start, end): adds its replacement and
    /// returns where decoding resumes, or -1 with the exception pending.
    /// </summary>
    private static int HandleError(ref State st, CodePointBuilder output, int start, int end, string reason)
    {
        if (!st.HandlerParsed)
        {
            st.Handler = ErrorHandlers.Parse(st.Errors);
            st.HandlerParsed = true;
        }

        var data = st.Data;
        switch (st.Handler)
        {
            case ErrorHandler.Ignore:
                return end;
            case ErrorHandler.Replace:
                output.Add(0xFFFD);
                return end;
            case ErrorHandler.BackslashReplace:
                for (int i = start; i < end; i++)
                {
                    foreach (char c in Encoder.BackslashEscape(data[i]))
                    {
                        output.Add(c);
                    }
                }

                return end;
            case ErrorHandler.SurrogateEscape:
            {
                // Up to four non-ASCII bytes become U+DC80..U+DCFF; decoding resumes after them.
                int consumed = 0;
                while (consumed < 4 && start + consumed < end && data[start + consumed] >= 0x80)
                {
                    output.Add(0xDC00 + data[start + consumed]);
                    consumed++;
                }

                if (consumed > 0)
                {
                    return start + consumed;
                }

                break;
            }

            case ErrorHandler.SurrogatePass:
            {
                int taken = TakeSurrogate(ref st, start, out int cp);
                if (taken > 0)
                {
                    output.Add(cp);
                    return start + taken;
                }

                break;
            }

            case ErrorHandler.XmlCharRefReplace or ErrorHandler.NameReplace:
                CodecErrors.CannotHandleDecode();
                return -1;
            case ErrorHandler.Unknown:
            {
                st.Object ??= new PyBytes(data.ToArray());
                if (!ErrorCallbacks.CallDecode(st.Errors, st.Name, st.Object, start, end, reason, out var replacement, out int newPos))
                {
                    return -1;
                }

                output.Add(replacement);
                return newPos;
            }
        }

        CodecErrors.DecodeError(st.Name, data, start, end, reason);
        return -1;
    }

    /// <summary>surrogatepass: the bytes at <paramref name="start"/> that encode one surrogate in this codec, or 0.</summary>
    private static int TakeSurrogate(ref State st, int start, out int cp)
    {
        var d = st.Data;
        cp = 0;
        switch (st.Kind)
        {
            case CodecKind.Utf8:
                if (start + 3 <= d.Length && d[start] == 0xED && (d[start + 1] & 0xE0) == 0xA0 && (d[start + 2] & 0xC0) == 0x80)
                {
                    cp = 0xD000 | ((d[start + 1] & 0x3F) << 6) | (d[start + 2] & 0x3F);
                    return 3;
                }

                return 0;
            case CodecKind.Utf16LE or CodecKind.Utf16BE:
                if (start + 2 <= d.Length)
                {
                    cp = st.Kind == CodecKind.Utf16LE ? d[start] | (d[start + 1] << 8) : (d[start] << 8) | d[start + 1];
                    return (uint)(cp - 0xD800) < 0x800 ? 2 : 0;
                }

                return 0;
            case CodecKind.Utf32LE or CodecKind.Utf32BE:
                if (start + 4 <= d.Length)
                {
                    cp = st.Kind == CodecKind.Utf32LE
                        ? d[start] | (d[start + 1] << 8) | (d[start + 2] << 16) | (d[start + 3] << 24)
                        : (d[start] << 24) | (d[start + 1] << 16) | (d[start + 2] << 8) | d[start + 3];
                    return (uint)(cp - 0xD800) < 0x800 ? 4 : 0;
                }

                return 0;
            default:
                return 0;
        }
    }

    private static bool DecodeAscii(ref State st, CodePointBuilder output)
    {
        var d = st.Data;
        int i = 0;
        while (i < d.Length)
        {
            byte b = d[i];
            if (b < 0x80)
            {
                output.Add(b);
                i++;
                continue;
            }

            i = HandleError(ref st, output, i, i + 1, "ordinal not in range(128)");
            if (i < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool DecodeUtf8(ref State st, CodePointBuilder output)
    {
        var d = st.Data;
        int n = d.Length;
        int i = 0;
        while (i < n)
        {
            byte b = d[i];
            if (b < 0x80)
            {
                output.Add(b);
                i++;
                continue;
            }

            string? reason = null;
            int errEnd = i + 1;
            if (b < 0xC2 || b > 0xF4)
            {
                reason = "invalid start byte";
            }
            else
            {
                int need = b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
                int cp = b & (0x3F >> need);
                int j = i + 1;
                for (int k = 1; k <= need; k++)
                {
                    if (j >= n)
                    {
                        if (!st.Final)
                        {
                            st.Consumed = i;
                            return true;
                        }

                        reason = "unexpected end of data";
                        errEnd = n;
                        break;
                    }

                    byte c = d[j];
                    int lo = 0x80, hi = 0xBF;
                    if (k == 1)
                    {
                        switch (b)
                        {
                            case 0xE0: lo = 0xA0; break;
                            case 0xED: hi = 0x9F; break;
                            case 0xF0: lo = 0x90; break;
                            case 0xF4: hi = 0x8F; break;
                        }
                    }

                    if (c < lo || c > hi)
                    {
                        reason = "invalid continuation byte";
                        errEnd = j;
                        break;
                    }

                    cp = (cp << 6) | (c & 0x3F);
                    j++;
                }

                if (reason is null)
                {
                    output.Add(cp);
                    i = j;
                    continue;
                }
            }

            i = HandleError(ref st, output, i, errEnd, reason);
            if (i < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool DecodeUtf16(ref State st, CodePointBuilder output)
    {
        var d = st.Data;
        int n = d.Length;
        int i = 0;
        if (st.Kind == CodecKind.Utf16)
        {
            if (st.ByteOrder == 0 && n >= 2 && d[0] == 0xFE && d[1] == 0xFF)
            {
                st.ByteOrder = 1;
                i = 2;
            }
            else if (st.ByteOrder == 0 && n >= 2 && d[0] == 0xFF && d[1] == 0xFE)
            {
                st.ByteOrder = -1;
                i = 2;
            }

            st.Kind = st.ByteOrder > 0 ? CodecKind.Utf16BE : CodecKind.Utf16LE;
            st.Name = CodecRegistry.ErrorName(st.Kind);
        }

        bool be = st.Kind == CodecKind.Utf16BE;
        while (i < n)
        {
            if (n - i < 2)
            {
                if (!st.Final)
                {
                    st.Consumed = i;
                    return true;
                }

                i = HandleError(ref st, output, i, n, "truncated data");
                if (i < 0)
                {
                    return false;
                }

                continue;
            }

            int u = be ? (d[i] << 8) | d[i + 1] : d[i] | (d[i + 1] << 8);
            if ((uint)(u - 0xD800) >= 0x800)
            {
                output.Add(u);
                i += 2;
                continue;
            }

            string reason;
            int errEnd;
            if (u >= 0xDC00)
            {
                reason = "illegal encoding";
                errEnd = i + 2;
            }
            else if (n - i < 4)
            {
                if (!st.Final)
                {
                    st.Consumed = i;
                    return true;
                }

                reason = "unexpected end of data";
                errEnd = n;
            }
            else
            {
                int u2 = be ? (d[i + 2] << 8) | d[i + 3] : d[i + 2] | (d[i + 3] << 8);
                if ((uint)(u2 - 0xDC00) < 0x400)
                {
                    output.Add(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
                    i += 4;
                    continue;
                }

                reason = "illegal UTF-16 surrogate";
                errEnd = i + 2;
            }

            i = HandleError(ref st, output, i, errEnd, reason);
            if (i < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool DecodeUtf32(ref State st, CodePointBuilder output)
    {
        var d = st.Data;
        int n = d.Length;
        int i = 0;
        if (st.Kind == CodecKind.Utf32)
        {
            if (st.ByteOrder == 0 && n >= 4 && d[0] == 0 && d[1] == 0 && d[2] == 0xFE && d[3] == 0xFF)
            {
                st.ByteOrder = 1;
                i = 4;
            }
            else if (st.ByteOrder == 0 && n >= 4 && d[0] == 0xFF && d[1] == 0xFE && d[2] == 0 && d[3] == 0)
            {
                st.ByteOrder = -1;
                i = 4;
            }

            st.Kind = st.ByteOrder > 0 ? CodecKind.Utf32BE : CodecKind.Utf32LE;
            st.Name = CodecRegistry.ErrorName(st.Kind);
        }

        bool be = st.Kind == CodecKind.Utf32BE;
        while (i < n)
        {
            string reason;
            int errEnd;
            if (n - i < 4)
            {
                if (!st.Final)
                {
                    st.Consumed = i;
                    return true;
                }

                reason = "truncated data";
                errEnd = n;
            }
            else
            {
                uint cp = be
                    ? ((uint)d[i] << 24) | ((uint)d[i + 1] << 16) | ((uint)d[i + 2] << 8) | d[i + 3]
                    : d[i] | ((uint)d[i + 1] << 8) | ((uint)d[i + 2] << 16) | ((uint)d[i + 3] << 24);
                if (cp <= 0x10FFFF && (cp - 0xD800) >= 0x800)
                {
                    output.Add((int)cp);
                    i += 4;
                    continue;
                }

                reason = cp > 0x10FFFF ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)";
                errEnd = i + 4;
            }

            i = HandleError(ref st, output, i, errEnd, reason);
            if (i < 0)
            {
                return false;
            }
        }

        return true;
    }
}
