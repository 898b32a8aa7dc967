using System.Globalization;
using System.Text;
using Ember.Runtime.Objects;

namespace Ember.Runtime.Codecs;

/// <summary>
/// str → bytes for the C# codecs (Objects/unicodeobject.c's encoders and
/// Python/codecs.c's error handlers): runs of characters the codec cannot
/// encode go to the error handler, as CPython groups them (ascii, latin-1 and
/// utf-8 report a whole run; utf-16 and utf-32 one character at a time).
/// </summary>
internal static class Encoder
{
    public static PyObject? Encode(PyStr s, CodecKind kind, string errors)
    {
        if (s.IsAscii && kind is CodecKind.Utf8 or CodecKind.Ascii or CodecKind.Latin1)
        {
            return new PyBytes(Encoding.ASCII.GetBytes(s.Value));
        }

        if (kind == CodecKind.Utf8 && s.IsNarrow)
        {
            return new PyBytes(Encoding.UTF8.GetBytes(s.Value));
        }

        var cps = s.GetCodePoints();
        var output = new ByteBuilder(cps.Length + 8);
        bool bigEndian = kind is CodecKind.Utf16BE or CodecKind.Utf32BE;
        if (kind == CodecKind.Utf16)
        {
            output.Add([0xFF, 0xFE]);
        }
        else if (kind == CodecKind.Utf32)
        {
            output.Add([0xFF, 0xFE, 0x00, 0x00]);
        }

        bool collapse = kind is CodecKind.Ascii or CodecKind.Latin1 or CodecKind.Utf8;
        ErrorHandler handler = ErrorHandler.Strict;
        bool handlerParsed = false;
        for (int i = 0; i < cps.Length; i++)
        {
            int cp = cps[i];
            if (CanEncode(kind, cp))
            {
                Write(output, kind, bigEndian, cp);
                continue;
            }

            int end = i + 1;
            if (collapse)
            {
                while (end < cps.Length && !CanEncode(kind, cps[end]))
                {
                    end++;
                }
            }

            if (!handlerParsed)
            {
                handler = ErrorHandlers.Parse(errors);
                handlerParsed = true;
            }

            if (handler == ErrorHandler.Unknown)
            {
                int resume = CallHandler(output, kind, bigEndian, errors, s, cps, i, end);
                if (resume < 0)
                {
                    return null;
                }

                i = resume - 1;
                continue;
            }

            if (!HandleError(output, kind, bigEndian, handler, errors, s, cps, i, end))
            {
                return null;
            }

            i = end - 1;
        }

        return new PyBytes(output.ToArray());
    }

    /// <summary>
    /// A handler registered from Python: its str replacement is encoded by this codec
    /// (ASCII only for the UTF codecs, within range for ascii and latin-1, else the
    /// original error); bytes are written as they are (whole code units for UTF-16/32).
    /// Returns where encoding resumes, or -1 with the error pending.
    /// </summary>
    private static int CallHandler(ByteBuilder output, CodecKind kind, bool bigEndian, string errors, PyStr s, int[] cps, int start, int end)
    {
        string name = CodecRegistry.ErrorName(kind);
        if (!ErrorCallbacks.CallEncode(errors, name, s, cps.Length, start, end, Reason(kind), out var replacement, out int newPos))
        {
            return -1;
        }

        if (replacement is PyBytes bytes)
        {
            int unit = kind switch
            {
                CodecKind.Utf16 or CodecKind.Utf16LE or CodecKind.Utf16BE => 2,
                CodecKind.Utf32 or CodecKind.Utf32LE or CodecKind.Utf32BE => 4,
                _ => 1,
            };
            if (bytes.Data.Length % unit != 0)
            {
                CodecErrors.EncodeError(name, s, start, end, Reason(kind));
                return -1;
            }

            output.Add(bytes.Data);
            return newPos;
        }

        var rep = (PyStr)replacement;
        int limit = kind == CodecKind.Latin1 ? 0x100 : 0x80;
        foreach (int cp in rep.GetCodePoints())
        {
            if (cp >= limit)
            {
                CodecErrors.EncodeError(name, s, start, end, Reason(kind));
                return -1;
            }
        }

        foreach (int cp in rep.GetCodePoints())
        {
            Write(output, kind, bigEndian, cp);
        }

        return newPos;
    }

    private static bool CanEncode(CodecKind kind, int cp) => kind switch
    {
        CodecKind.Ascii => cp < 0x80,
        CodecKind.Latin1 => cp < 0x100,
        _ => (uint)(cp - 0xD800) >= 0x800,
    };

    private static string Reason(CodecKind kind) => kind switch
    {
        CodecKind.Ascii => "ordinal not in range(128)",
        CodecKind.Latin1 => "ordinal not in range(256)",
        _ => "surrogates not allowed",
    };

    private static void Write(ByteBuilder output, CodecKind kind, bool bigEndian, int cp)
    {
        switch (kind)
        {
            case CodecKind.Ascii or CodecKind.Latin1:
                output.Add((byte)cp);
                break;
            case CodecKind.Utf8:
                WriteUtf8(output, cp);
                break;
            case CodecKind.Utf16 or CodecKind.Utf16LE or CodecKind.Utf16BE:
                if (cp >= 0x10000)
                {
                    int v = cp - 0x10000;
                    WriteUnit16(output, 0xD800 + (v >> 10), bigEndian);
                    WriteUnit16(output, 0xDC00 + (v & 0x3FF), bigEndian);
                }
                else
                {
                    WriteUnit16(output, cp, bigEndian);
                }

                break;
            default:
                if (bigEndian)
                {
                    output.Add([(byte)(cp >> 24), (byte)(cp >> 16), (byte)(cp >> 8), (byte)cp]);
                }
                else
                {
                    output.Add([(byte)cp, (byte)(cp >> 8), (byte)(cp >> 16), (byte)(cp >> 24)]);
                }

                break;
        }
    }

    private static void WriteUnit16(ByteBuilder output, int unit, bool bigEndian)
    {
        if (bigEndian)
        {
            output.Add((byte)(unit >> 8));
            output.Add((byte)unit);
        }
        else
        {
            output.Add((byte)unit);
            output.Add((byte)(unit >> 8));
        }
    }

    /// <summary>UTF-8 of one code point; surrogates too (what surrogatepass writes).</summary>
    internal static void WriteUtf8(ByteBuilder output, int cp)
    {
        if (cp < 0x80)
        {
            output.Add((byte)cp);
        }
        else if (cp < 0x800)
        {
            output.Add((byte)(0xC0 | (cp >> 6)));
            output.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else if (cp < 0x10000)
        {
            output.Add((byte)(0xE0 | (cp >> 12)));
            output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            output.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else
        {
            output.Add((byte)(0xF0 | (cp >> 18)));
            output.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
            output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            output.Add((byte)(0x80 | (cp & 0x3F)));
        }
    }

    private static void WriteAscii(ByteBuilder output, CodecKind kind, bool bigEndian, string text)
    {
        foreach (char c in text)
        {
            Write(output, kind, bigEndian, c);
        }
    }

    private static bool HandleError(ByteBuilder output, CodecKind kind, bool bigEndian, ErrorHandler handler, string errors, PyStr s, int[] cps, int start, int end)
    {
        string name = CodecRegistry.ErrorName(kind);
        switch (handler)
        {
            case ErrorHandler.Strict:
                CodecErrors.EncodeError(name, s, start, end, Reason(kind));
                return false;
            case ErrorHandler.Ignore:
                return true;
            case ErrorHandler.Replace:
                for (int i = start; i < end; i++)
                {
                    Write(output, kind, bigEndian, '?');
                }

                return true;
            case ErrorHandler.BackslashReplace:
                for (int i = start; i < end; i++)
                {
                    WriteAscii(output, kind, bigEndian, BackslashEscape(cps[i]));
                }

                return true;
            case ErrorHandler.XmlCharRefReplace:
                for (int i = start; i < end; i++)
                {
                    WriteAscii(output, kind, bigEndian, "&#" + cps[i].ToString(CultureInfo.InvariantCulture) + ";");
                }

                return true;
            case ErrorHandler.NameReplace:
                for (int i = start; i < end; i++)
                {
                    string? charName = UnicodeNameLookup.NameOf(cps[i]);
                    WriteAscii(output, kind, bigEndian, charName is null ? BackslashEscape(cps[i]) : "\\N{" + charName + "}");
                }

                return true;
            case ErrorHandler.SurrogateEscape:
                // Only byte-oriented codecs take the escaped bytes (utf-16/32 cannot write a lone byte).
                // CPython writes the escapable prefix of the run and reports the rest.
                if (kind is CodecKind.Ascii or CodecKind.Latin1 or CodecKind.Utf8)
                {
                    while (start < end && cps[start] is >= 0xDC80 and <= 0xDCFF)
                    {
                        output.Add((byte)(cps[start] - 0xDC00));
                        start++;
                    }

                    if (start == end)
                    {
                        return true;
                    }
                }

                CodecErrors.EncodeError(name, s, start, end, Reason(kind));
                return false;
            case ErrorHandler.SurrogatePass:
                if (kind is not (CodecKind.Ascii or CodecKind.Latin1))
                {
                    for (int i = start; i < end; i++)
                    {
                        int cp = cps[i];
                        if (kind == CodecKind.Utf8)
                        {
                            WriteUtf8(output, cp);
                        }
                        else if (kind is CodecKind.Utf16 or CodecKind.Utf16LE or CodecKind.Utf16BE)
                        {
                            WriteUnit16(output, cp, bigEndian);
                        }
                        else
                        {
                            Write(output, kind, bigEndian, cp);
                        }
                    }

                    return true;
                }

                CodecErrors.EncodeError(name, s, start, end, Reason(kind));
                return false;
            default:
                return false;
        }
    }

    /// <summary>backslashreplace's form of one code point: \xhh, \uhhhh or \Uhhhhhhhh.</summary>
    internal static string BackslashEscape(int cp) =>
        cp < 0x100 ? "\\x" + cp.ToString("x2", CultureInfo.InvariantCulture)
        : cp < 0x10000 ? "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture)
        : "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture);
}
