using System.Text;

namespace Ember.Syntax.Lexing;

/// <summary>
/// CPython quotes a file-input syntax error's line from the file named by the
/// filename when it can open it (<c>_PyErr_ProgramDecodedTextObject</c>), even if
/// the source came from elsewhere; only when that fails does it use the
/// tokenizer's buffer. It reads the file in 1000-byte chunks with universal
/// newlines, so a line longer than 999 bytes is quoted as its last chunk.
/// </summary>
public sealed partial class Tokenizer
{
    private const int ProgramTextChunk = 999;

    private bool _programTextLoaded;
    private byte[]? _programText;

    /// <summary>Whether error lines come from the named file first (file input only).</summary>
    public bool QuoteFromFile { get; set; }

    /// <summary>The text an error on <paramref name="lineno"/> quotes.</summary>
    public string? ErrorLine(int lineno) => (QuoteFromFile ? ProgramTextLine(lineno) : null) ?? GetLine(lineno);

    private string? ProgramTextLine(int lineno)
    {
        if (lineno < 1)
        {
            return null;
        }

        if (!_programTextLoaded)
        {
            _programTextLoaded = true;
            try
            {
                if (File.Exists(_filename))
                {
                    _programText = File.ReadAllBytes(_filename);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        var bytes = _programText;
        if (bytes == null)
        {
            return null;
        }

        // Find line `lineno` with \r\n and \r read as \n.
        int pos = 0;
        for (int line = 1; line < lineno; line++)
        {
            int next = NextLineStart(bytes, pos);
            if (next < 0)
            {
                return null;
            }

            pos = next;
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
                if (i < bytes.Length && bytes[i] == (byte)'\n')
                {
                    i++;
                }

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
        int rest = length % ProgramTextChunk;
        int start = length <= ProgramTextChunk ? 0 : length - (rest == 0 ? ProgramTextChunk : rest);
        var chunk = translated.GetRange(start, length - start).ToArray();

        // fgets stops at a NUL byte as strlen does.
        int nul = Array.IndexOf(chunk, (byte)0);
        return Encoding.UTF8.GetString(chunk, 0, nul < 0 ? chunk.Length : nul);
    }

    /// <summary>The index just past the end of the line starting at <paramref name="pos"/>, or -1 at the end of the file.</summary>
    private static int NextLineStart(byte[] bytes, int pos)
    {
        if (pos >= bytes.Length)
        {
            return -1;
        }

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
