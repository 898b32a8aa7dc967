using System.Collections.Frozen;
using System.Text;

namespace Ember.Runtime.Codecs;

/// <summary>The text encodings Ember implements in C#.</summary>
public enum CodecKind
{
    None,
    Utf8,
    Ascii,
    Latin1,
    Utf16,
    Utf16LE,
    Utf16BE,
    Utf32,
    Utf32LE,
    Utf32BE,
}

/// <summary>
/// Encoding names as CPython resolves them (codecs.lookup: lower case, then
/// encodings.normalize_encoding, then encodings.aliases): "UTF8", "utf_8",
/// "U8", "latin1", "ISO-8859-1" and the rest of the aliases of the codecs here.
/// </summary>
public static class CodecRegistry
{
    private static readonly FrozenDictionary<string, CodecKind> s_aliases = BuildAliases();

    /// <summary>The codec for <paramref name="name"/>, or <see cref="CodecKind.None"/> when Ember has no C# codec by that name.</summary>
    public static CodecKind Lookup(string name)
    {
        // The names used all the time, without normalizing.
        switch (name)
        {
            case "utf-8" or "utf8" or "UTF-8":
                return CodecKind.Utf8;
            case "ascii":
                return CodecKind.Ascii;
            case "latin-1" or "latin1" or "iso-8859-1":
                return CodecKind.Latin1;
        }

        // encodings.search_function: an alias (also with '.' read as '_'), else a module of that exact name.
        string normalized = Normalize(name);
        if (s_aliases.TryGetValue(normalized, out var kind) || s_aliases.TryGetValue(normalized.Replace('.', '_'), out kind))
        {
            return kind;
        }

        return normalized switch
        {
            "utf_8" => CodecKind.Utf8,
            "ascii" => CodecKind.Ascii,
            "latin_1" or "iso8859_1" => CodecKind.Latin1,
            "utf_16" => CodecKind.Utf16,
            "utf_16_le" => CodecKind.Utf16LE,
            "utf_16_be" => CodecKind.Utf16BE,
            "utf_32" => CodecKind.Utf32,
            "utf_32_le" => CodecKind.Utf32LE,
            "utf_32_be" => CodecKind.Utf32BE,
            _ => CodecKind.None,
        };
    }

    /// <summary>
    /// Whether str.encode / bytes.decode reach this name's codec directly
    /// rather than through the codec registry (PyUnicode_AsEncodedString's
    /// and PyUnicode_Decode's shortcuts); only the registry path wraps
    /// handler errors in "encoding with 'x' codec failed".
    /// </summary>
    public static bool IsBuiltinFastPath(string name) => Normalize(name) switch
    {
        "utf8" or "utf_8" or "utf16" or "utf_16" or "utf32" or "utf_32" => true,
        "ascii" or "us_ascii" or "latin1" or "latin_1" or "iso_8859_1" or "iso8859_1" => true,
        _ => false,
    };

    /// <summary>
    /// encodings.normalize_encoding applied to the lower-cased name: runs of
    /// characters other than ASCII letters, digits and '.' become one '_', and
    /// none is kept at either end.
    /// </summary>
    public static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool punct = false;
        foreach (char ch in name)
        {
            char c = ch is >= 'A' and <= 'Z' ? (char)(ch + 32) : ch;
            if (char.IsLetterOrDigit(c) || c == '.')
            {
                if (punct && sb.Length > 0)
                {
                    sb.Append('_');
                }

                if (c < 0x80)
                {
                    sb.Append(c);
                }

                punct = false;
            }
            else
            {
                punct = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>The codec's name as codecs.lookup(...).name reports it.</summary>
    public static string CanonicalName(CodecKind kind) => kind switch
    {
        CodecKind.Utf8 => "utf-8",
        CodecKind.Ascii => "ascii",
        CodecKind.Latin1 => "iso8859-1",
        CodecKind.Utf16 => "utf-16",
        CodecKind.Utf16LE => "utf-16-le",
        CodecKind.Utf16BE => "utf-16-be",
        CodecKind.Utf32 => "utf-32",
        CodecKind.Utf32LE => "utf-32-le",
        CodecKind.Utf32BE => "utf-32-be",
        _ => string.Empty,
    };

    /// <summary>The name the codec's errors carry ("'latin-1' codec can't encode ...").</summary>
    public static string ErrorName(CodecKind kind) => kind == CodecKind.Latin1 ? "latin-1" : CanonicalName(kind);

    private static FrozenDictionary<string, CodecKind> BuildAliases()
    {
        var map = new Dictionary<string, CodecKind>(StringComparer.Ordinal);
        void Add(CodecKind kind, params string[] names)
        {
            foreach (var n in names)
            {
                map[n] = kind;
            }
        }

        // encodings/aliases.py for these codecs.
        Add(CodecKind.Utf8, "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001");
        Add(CodecKind.Ascii, "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367",
            "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii");
        Add(CodecKind.Latin1, "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso_8859_1",
            "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1");
        Add(CodecKind.Utf16, "u16", "utf16");
        Add(CodecKind.Utf16LE, "unicodelittleunmarked", "utf_16le");
        Add(CodecKind.Utf16BE, "unicodebigunmarked", "utf_16be");
        Add(CodecKind.Utf32, "u32", "utf32");
        Add(CodecKind.Utf32LE, "utf_32le");
        Add(CodecKind.Utf32BE, "utf_32be");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
