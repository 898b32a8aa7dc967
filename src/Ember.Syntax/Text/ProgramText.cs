using System.Text;

namespace Ember.Syntax.Text;

/// <summary>
/// The source line a SyntaxError in file input quotes. Like CPython's
/// <c>_PyErr_ProgramDecodedTextObject</c> with no encoding, it reads the file
/// the filename names (not the source that was compiled): no such file, a line
/// past its end or a line that is not valid UTF-8 gives null (CPython's None).
/// The file is read in 1000-byte chunks with universal newlines, so a line
/// longer than 999 bytes is quoted as its last chunk, and a NUL byte ends it.
/// </summary>
public static class ProgramText
{
    private const int Chunk = 999;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Line(string filename, int lineno) => lineno < 1 ? null : Line(ReadFile(filename), lineno);

    /// <summary>The file's bytes, or null when it cannot be read.</summary>
    public static byte[]? ReadFile(string filename)
    {
        try
        {
            return File.Exists(filename) ? File.ReadAllBytes(filename) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Line <paramref name="lineno"/> of a file's bytes as CPython quotes it, or null.</summary>
    public static string? Line(byte[]? bytes, int lineno)
    {
        if (bytes == null || lineno < 1)
        {
            return null;
        }

        int pos = 0;
        for (int line = 1; line < lineno; line++)
        {
            if (pos >= bytes.Length)
            {
                return null;
            }

            pos = NextLineStart(bytes, pos);
        }

        if (pos >= bytes.Length)
        {
            return null;
        }

        var translated = new List<byte>();
        int i = pos;
        while (i < bytes.Length)
        {
            byte b = bytes[i++];
            if (b == (byte)'\r')
            {
                translated.Add((byte)'\n');
                break;
            }

            translated.Add(b);
            if (b == (byte)'\n')
            {
                break;
            }
        }

        int length = translated.Count;
        int rest = length % Chunk;
        int start = length <= Chunk ? 0 : length - (rest == 0 ? Chunk : rest);
        var chunk = translated.GetRange(start, length - start).ToArray();
        int nul = Array.IndexOf(chunk, (byte)0);
        try
        {
            return s_strictUtf8.GetString(chunk, 0, nul < 0 ? chunk.Length : nul);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static int NextLineStart(byte[] bytes, int pos)
    {
        for (int i = pos; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                return i + 1;
            }

            if (bytes[i] == (byte)'\r')
            {
                return i + 1 < bytes.Length && bytes[i + 1] == (byte)'\n' ? i + 2 : i + 1;
            }
        }

        return bytes.Length;
    }
}
