using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Ember.Syntax.Diagnostics;

namespace Ember.Syntax.Lexing;

/// <summary>
/// Turns source bytes into text the way CPython 3.11 does for <c>compile(bytes)</c>
/// and <c>ast.parse(bytes)</c> (Parser/tokenizer.c <c>decode_str</c>, <c>check_bom</c>,
/// <c>check_coding_spec</c>; Parser/pegen.c <c>_PyPegen_raise_tokenizer_init_error</c>):
/// a UTF-8 BOM, a PEP 263 coding declaration on line 1 or 2.
/// CPython tokenizes UTF-8 source without validating it first and only fails
/// where an invalid byte is actually used (comments may hold anything), so
/// invalid bytes are kept here as lone surrogates U+DC80..U+DCFF (Python's
/// surrogateescape form); the tokenizer and the string-literal decoder report
/// them where CPython does, with <see cref="DescribeUtf8Error"/>.
/// </summary>
public static class SourceDecoder
{
    private const string NullBytesMessage = "source code string cannot contain null bytes";

    /// <summary>Decodes source bytes; see the type's remarks.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string filename) => Decode(bytes, filename, out _);

    /// <summary>
    /// Decodes source bytes. <paramref name="declaredEncoding"/> tells whether the
    /// source had a BOM or a coding declaration: without one CPython 3.11 reports
    /// parser error offsets in bytes (pass it to the tokenizer's <c>charOffsets</c>).
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string filename, out bool declaredEncoding)
    {
        if (bytes.Contains((byte)0))
        {
            throw new PythonParseFailure("ValueError", NullBytesMessage);
        }

        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        if (bom)
        {
            bytes = bytes[3..];
        }

        string? spec = FindCodingSpec(bytes);
        declaredEncoding = bom || spec != null;
        if (spec != null)
        {
            if (bom && spec != "utf-8")
            {
                throw InitError(filename, $"encoding problem: {spec} with BOM");
            }

            if (spec != "utf-8")
            {
                return DecodeWithCodec(bytes, spec, filename);
            }
        }

        return DecodeUtf8Lenient(bytes);
    }

    /// <summary>
    /// For str source (<c>ast.parse(str)</c>): CPython first encodes it to UTF-8,
    /// which fails on lone surrogates with a UnicodeEncodeError. Returns that
    /// error's message, e.g. "'utf-8' codec can't encode character '\udc80' in
    /// position 0: surrogates not allowed", or null when the text encodes.
    /// </summary>
    public static string? DescribeStrEncodeError(string source)
    {
        int i = source.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return null;
        }

        int position = 0;
        for (int k = 0; k < source.Length; k++)
        {
            char c = source[k];
            bool pair = char.IsHighSurrogate(c) && k + 1 < source.Length && char.IsLowSurrogate(source[k + 1]);
            if (!char.IsSurrogate(c) || pair)
            {
                k += pair ? 1 : 0;
                position++;
                continue;
            }

            // A run of lone surrogates is one error.
            int end = k + 1;
            while (end < source.Length && char.IsSurrogate(source[end])
                && !(char.IsHighSurrogate(source[end]) && end + 1 < source.Length && char.IsLowSurrogate(source[end + 1])))
            {
                end++;
            }

            var inv = CultureInfo.InvariantCulture;
            return end - k == 1
                ? string.Format(inv, "'utf-8' codec can't encode character '\\u{0:x4}' in position {1}: surrogates not allowed", (int)c, position)
                : string.Format(inv, "'utf-8' codec can't encode characters in position {0}-{1}: surrogates not allowed", position, position + end - k - 1);
        }

        return null;
    }

    /// <summary>Does the text hold an invalid source byte (a lone surrogate U+DC80..U+DCFF)?</summary>
    public static bool ContainsEscapedBytes(ReadOnlySpan<char> text)
    {
        int i = text.IndexOfAnyInRange('\uDC80', '\uDCFF');
        while (i >= 0)
        {
            if (i == 0 || !char.IsHighSurrogate(text[i - 1]))
            {
                return true;
            }

            int next = text[(i + 1)..].IndexOfAnyInRange('\uDC80', '\uDCFF');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    /// <summary>
    /// The message of the UnicodeDecodeError CPython raises when it decodes this
    /// text's original bytes as strict UTF-8, e.g. "'utf-8' codec can't decode byte
    /// 0xff in position 0: invalid start byte" (positions count bytes of the text),
    /// or null when the text is valid.
    /// </summary>
    public static string? DescribeUtf8Error(ReadOnlySpan<char> text)
    {
        if (!ContainsEscapedBytes(text))
        {
            return null;
        }

        byte[] bytes = OriginalBytes(text);
        int pos = 0;
        while (pos < bytes.Length)
        {
            int length = Utf8Step(bytes, pos, out int errorLength, out string? reason);
            if (reason != null)
            {
                return FormatDecodeError("utf-8", bytes[pos], pos, pos + errorLength, reason);
            }

            pos += length;
        }

        return null;
    }

    /// <summary>The text with each invalid byte sequence replaced by U+FFFD, as CPython's "replace" error handler shows it.</summary>
    public static string ReplaceEscapedBytes(ReadOnlySpan<char> text)
    {
        if (!ContainsEscapedBytes(text))
        {
            return text.ToString();
        }

        byte[] bytes = OriginalBytes(text);
        var sb = new StringBuilder(text.Length);
        int pos = 0;
        while (pos < bytes.Length)
        {
            int length = Utf8Step(bytes, pos, out int errorLength, out string? reason);
            if (reason != null)
            {
                sb.Append('\uFFFD');
                pos += errorLength;
            }
            else
            {
                sb.Append(Encoding.UTF8.GetString(bytes, pos, length));
                pos += length;
            }
        }

        return sb.ToString();
    }

    private static byte[] OriginalBytes(ReadOnlySpan<char> text)
    {
        var result = new List<byte>(text.Length + 8);
        Span<byte> buffer = stackalloc byte[4];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= '\uDC80' && c <= '\uDCFF' && (i == 0 || !char.IsHighSurrogate(text[i - 1])))
            {
                result.Add((byte)(c - 0xDC00));
                continue;
            }

            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(c, text[i + 1]);
                i++;
            }

            int n = new Rune(cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp).EncodeToUtf8(buffer);
            for (int k = 0; k < n; k++)
            {
                result.Add(buffer[k]);
            }
        }

        return result.ToArray();
    }

    /// <summary>
    /// One step of CPython's UTF-8 decoder (Objects/stringlib/codecs.h): the length
    /// of the valid sequence at <paramref name="pos"/>, or a failure reason with the
    /// number of bytes the error covers.
    /// </summary>
    private static int Utf8Step(ReadOnlySpan<byte> s, int pos, out int errorLength, out string? reason)
    {
        errorLength = 0;
        reason = null;
        int ch = s[pos];
        int left = s.Length - pos;
        if (ch < 0x80)
        {
            return 1;
        }

        if (ch < 0xC2 || ch >= 0xF5)
        {
            reason = "invalid start byte";
            errorLength = 1;
            return 0;
        }

        int need = ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
        for (int k = 1; k < need; k++)
        {
            if (k >= left)
            {
                reason = "unexpected end of data";
                errorLength = left;
                return 0;
            }

            int b = s[pos + k];
            bool ok = (b & 0xC0) == 0x80;
            if (ok && k == 1)
            {
                ok = ch switch
                {
                    0xE0 => b >= 0xA0,
                    0xED => b < 0xA0,
                    0xF0 => b >= 0x90,
                    0xF4 => b < 0x90,
                    _ => true,
                };
            }

            if (!ok)
            {
                reason = "invalid continuation byte";
                errorLength = k;
                return 0;
            }
        }

        return need;
    }

    private static string FormatDecodeError(string codec, byte first, int start, int end, string reason)
    {
        var inv = CultureInfo.InvariantCulture;
        return end - start == 1
            ? string.Format(inv, "'{0}' codec can't decode byte 0x{1:x2} in position {2}: {3}", codec, first, start, reason)
            : string.Format(inv, "'{0}' codec can't decode bytes in position {1}-{2}: {3}", codec, start, end - 1, reason);
    }

    private static string DecodeUtf8Lenient(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var sb = new StringBuilder(bytes.Length);
        int pos = 0;
        while (pos < bytes.Length)
        {
            int length = Utf8Step(bytes, pos, out int errorLength, out string? reason);
            if (reason != null)
            {
                for (int k = 0; k < errorLength; k++)
                {
                    sb.Append((char)(0xDC00 + bytes[pos + k]));
                }

                pos += errorLength;
                continue;
            }

            // Copy the valid run up to the next invalid sequence in one go.
            int runEnd = pos + length;
            while (runEnd < bytes.Length)
            {
                int n = Utf8Step(bytes, runEnd, out _, out string? r);
                if (r != null)
                {
                    break;
                }

                runEnd += n;
            }

            sb.Append(Encoding.UTF8.GetString(bytes[pos..runEnd]));
            pos = runEnd;
        }

        return sb.ToString();
    }

    /// <summary>
    /// The coding declaration of line 1, or of line 2 when line 1 is blank or a
    /// comment (decode_str/check_coding_spec), normalized by get_normal_name.
    /// </summary>
    private static string? FindCodingSpec(ReadOnlySpan<byte> bytes)
    {
        // CPython looks only at lines that end with a newline (exec input always does).
        // Newlines are not translated yet: a line ends at \n, \r or \r\n.
        int nl1 = bytes.IndexOfAny((byte)'\n', (byte)'\r');
        var line1 = nl1 >= 0 ? bytes[..nl1] : bytes;
        string? spec = GetCodingSpec(line1, line1.Length);
        if (spec != null)
        {
            return spec;
        }

        if (!IsBlankOrComment(line1))
        {
            return null;
        }

        if (nl1 < 0)
        {
            return null;
        }

        int next = nl1 + (bytes[nl1] == '\r' && nl1 + 1 < bytes.Length && bytes[nl1 + 1] == '\n' ? 2 : 1);
        var rest = bytes[next..];
        int nl2 = rest.IndexOfAny((byte)'\n', (byte)'\r');
        var line2 = nl2 >= 0 ? rest[..nl2] : rest;

        // CPython passes line 2 with its newline counted in the size.
        return GetCodingSpec(line2, line2.Length + 1);
    }

    private static bool IsBlankOrComment(ReadOnlySpan<byte> line)
    {
        foreach (byte b in line)
        {
            if (b == '#' || b == '\n' || b == '\r')
            {
                return true;
            }

            if (b != ' ' && b != '\t' && b != '\f')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>get_coding_spec: "coding[:=]\s*([-\w.]+)" inside a comment that is alone on its line.</summary>
    private static string? GetCodingSpec(ReadOnlySpan<byte> s, int size)
    {
        int i = 0;
        for (; i < size - 6; i++)
        {
            byte b = At(s, i);
            if (b == '#')
            {
                break;
            }

            if (b != ' ' && b != '\t' && b != '\f')
            {
                return null;
            }
        }

        for (; i < size - 6; i++)
        {
            if (!(At(s, i) == 'c' && At(s, i + 1) == 'o' && At(s, i + 2) == 'd' && At(s, i + 3) == 'i'
                && At(s, i + 4) == 'n' && At(s, i + 5) == 'g'))
            {
                continue;
            }

            int t = i + 6;
            if (At(s, t) != ':' && At(s, t) != '=')
            {
                continue;
            }

            do
            {
                t++;
            }
            while (At(s, t) == ' ' || At(s, t) == '\t');

            int begin = t;
            while (IsAsciiAlnum(At(s, t)) || At(s, t) == '-' || At(s, t) == '_' || At(s, t) == '.')
            {
                t++;
            }

            if (begin < t)
            {
                return GetNormalName(Encoding.ASCII.GetString(s[begin..t]));
            }
        }

        return null;
    }

    // The byte at i, or '\n' just past the line as in CPython's buffer (the line is followed by its newline).
    private static byte At(ReadOnlySpan<byte> s, int i) => i < s.Length ? s[i] : (byte)'\n';

    private static bool IsAsciiAlnum(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a' || (uint)(b - '0') <= 9;

    /// <summary>get_normal_name: the utf-8 and latin-1 spellings become "utf-8" and "iso-8859-1".</summary>
    private static string GetNormalName(string s)
    {
        var buf = new StringBuilder(12);
        for (int i = 0; i < 12 && i < s.Length; i++)
        {
            char c = s[i];
            buf.Append(c == '_' ? '-' : char.ToLowerInvariant(c));
        }

        string b = buf.ToString();
        if (b == "utf-8" || b.StartsWith("utf-8-", StringComparison.Ordinal))
        {
            return "utf-8";
        }

        if (b == "latin-1" || b == "iso-8859-1" || b == "iso-latin-1"
            || b.StartsWith("latin-1-", StringComparison.Ordinal)
            || b.StartsWith("iso-8859-1-", StringComparison.Ordinal)
            || b.StartsWith("iso-latin-1-", StringComparison.Ordinal))
        {
            return "iso-8859-1";
        }

        return s;
    }

    /// <summary>
    /// A decoding failure of the whole source. CPython decodes after translating
    /// newlines, so positions count each \r\n as one byte.
    /// </summary>
    private static PythonSyntaxError CodecError(string filename, string codec, ReadOnlySpan<byte> bytes, int start, int end, string reason)
    {
        int shift = 0;
        for (int i = 0; i + 1 < start; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                shift++;
            }
        }

        return InitError(filename, FormatDecodeError(codec, bytes[start], start - shift, end - shift, reason));
    }

    private static PythonSyntaxError InitError(string filename, string message) =>
        new(SyntaxErrorKind.SyntaxError, message, filename, 0, -1, null, null, null);

    private static string DecodeWithCodec(ReadOnlySpan<byte> bytes, string spec, string filename)
    {
        string codec = PythonCodecName(spec);
        switch (codec)
        {
            case "utf_8":
                {
                    int pos = 0;
                    while (pos < bytes.Length)
                    {
                        int n = Utf8Step(bytes, pos, out int errorLength, out string? reason);
                        if (reason != null)
                        {
                            throw CodecError(filename, "utf-8", bytes, pos, pos + errorLength, reason);
                        }

                        pos += n;
                    }

                    return Encoding.UTF8.GetString(bytes);
                }

            case "latin_1":
                return Encoding.Latin1.GetString(bytes);
            case "ascii":
                {
                    int bad = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
                    if (bad >= 0)
                    {
                        throw CodecError(filename, "ascii", bytes, bad, bad + 1, "ordinal not in range(128)");
                    }

                    return Encoding.ASCII.GetString(bytes);
                }

            case "cp1252":
                return DecodeCp1252(bytes, filename);
            case "utf_16" or "utf_16_le" or "utf_16_be" or "utf_32" or "utf_32_le" or "utf_32_be":
                return DecodeUtf16Or32(bytes, codec, filename);
        }

        var encoding = DotNetEncoding(codec);
        if (encoding == null)
        {
            throw InitError(filename, $"unknown encoding: {spec}");
        }

        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            int index = e.Index < 0 ? 0 : e.Index;
            bool singleByte = encoding.IsSingleByte;
            throw CodecError(
                filename,
                singleByte ? "charmap" : codec,
                bytes,
                index,
                index + 1,
                singleByte ? "character maps to <undefined>" : "illegal multibyte sequence");
        }
    }

    /// <summary>
    /// A UTF-16 or UTF-32 declaration: CPython decodes the whole source, its
    /// declaration line included, with that codec (little-endian unless a BOM says
    /// otherwise), which almost always fails or yields text that does not tokenize.
    /// </summary>
    private static string DecodeUtf16Or32(ReadOnlySpan<byte> bytes, string codec, string filename)
    {
        int unit = codec.StartsWith("utf_16", StringComparison.Ordinal) ? 2 : 4;
        bool bigEndian = codec.EndsWith("_be", StringComparison.Ordinal);
        int start = 0;
        if (codec is "utf_16" && bytes.Length >= 2)
        {
            if (bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                start = 2;
            }
            else if (bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                start = 2;
                bigEndian = true;
            }
        }
        else if (codec is "utf_32" && bytes.Length >= 4)
        {
            if (bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
            {
                start = 4;
            }
            else if (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
            {
                start = 4;
                bigEndian = true;
            }
        }

        string name = (unit == 2 ? "utf-16-" : "utf-32-") + (bigEndian ? "be" : "le");
        int usable = start + ((bytes.Length - start) / unit * unit);
        Encoding encoding = unit == 2
            ? new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true)
            : new UTF32Encoding(bigEndian, byteOrderMark: false, throwOnInvalidCharacters: true);
        string text;
        try
        {
            text = encoding.GetString(bytes[start..usable]);
        }
        catch (DecoderFallbackException e)
        {
            int index = start + (e.Index < 0 ? 0 : e.Index);
            throw CodecError(filename, name, bytes, index, index + unit, unit == 2 ? "illegal UTF-16 surrogate" : "code point not in range(0x110000)");
        }

        if (usable != bytes.Length)
        {
            throw CodecError(filename, name, bytes, usable, bytes.Length, "truncated data");
        }

        return text;
    }

    private static string DecodeCp1252(ReadOnlySpan<byte> bytes, string filename)
    {
        // 0x80..0x9F; '\0' marks the five bytes Python's cp1252 leaves undefined.
        const string high = "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0"
            + "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            char c = b >= 0x80 && b < 0xA0 ? high[b - 0x80] : (char)b;
            if (c == '\0')
            {
                throw CodecError(filename, "charmap", bytes, i, i + 1, "character maps to <undefined>");
            }

            chars[i] = c;
        }

        return new string(chars);
    }

    /// <summary>Python's codec lookup normalization (encodings.normalize_encoding) and the aliases this decoder knows.</summary>
    private static string PythonCodecName(string spec)
    {
        var sb = new StringBuilder(spec.Length);
        bool punct = false;
        foreach (char ch in spec.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch) || ch == '.')
            {
                if (punct && sb.Length > 0)
                {
                    sb.Append('_');
                }

                sb.Append(ch);
                punct = false;
            }
            else
            {
                punct = true;
            }
        }

        string name = sb.ToString();
        return name switch
        {
            "u8" or "utf" or "utf8" or "utf_8" or "utf8_ucs2" or "utf8_ucs4" or "cp65001" => "utf_8",
            "8859" or "cp819" or "csisolatin1" or "ibm819" or "iso8859" or "iso8859_1" or "iso_8859_1"
                or "iso_8859_1_1987" or "iso_ir_100" or "l1" or "latin" or "latin1" or "latin_1" => "latin_1",
            "646" or "ansi_x3.4_1968" or "ansi_x3_4_1968" or "ansi_x3.4_1986" or "cp367" or "csascii" or "ibm367"
                or "iso646_us" or "iso_646.irv_1991" or "iso_ir_6" or "us" or "us_ascii" or "ascii" => "ascii",
            "1252" or "windows_1252" or "cp1252" => "cp1252",
            "u16" or "utf16" or "utf_16" => "utf_16",
            "unicodelittleunmarked" or "utf_16le" or "utf_16_le" => "utf_16_le",
            "unicodebigunmarked" or "utf_16be" or "utf_16_be" => "utf_16_be",
            "u32" or "utf32" or "utf_32" => "utf_32",
            "utf_32le" or "utf_32_le" => "utf_32_le",
            "utf_32be" or "utf_32_be" => "utf_32_be",
            _ => name,
        };
    }

    private static Encoding? DotNetEncoding(string codec)
    {
        string dotnet = codec.Replace('_', '-');
        if (codec.StartsWith("iso8859-", StringComparison.Ordinal) || codec.StartsWith("iso8859_", StringComparison.Ordinal))
        {
            dotnet = "iso-8859-" + codec[8..];
        }
        else if (codec.StartsWith("cp125", StringComparison.Ordinal) || codec.StartsWith("windows-125", StringComparison.Ordinal))
        {
            dotnet = "windows-" + codec[^4..];
        }
        else if (codec == "sjis" || codec == "shiftjis")
        {
            dotnet = "shift_jis";
        }

        var provider = CodePagesEncodingProvider.Instance;
        try
        {
            var encoding = provider.GetEncoding(dotnet) ?? provider.GetEncoding(codec);
            return encoding == null
                ? null
                : provider.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
