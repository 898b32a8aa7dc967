using Ember.Syntax.Text;

namespace Ember.Syntax.Lexing;

/// <summary>
/// CPython quotes a file-input syntax error's line from the file named by the
/// filename when it can read it (<c>_PyErr_ProgramDecodedTextObject</c>), even if
/// the source came from elsewhere; only when that fails (no such file, no such
/// line, a line that is not valid UTF-8) does it use the tokenizer's buffer.
/// </summary>
public sealed partial class Tokenizer
{
    private bool _programTextLoaded;
    private byte[]? _programText;

    /// <summary>Whether error lines come from the named file first (file input only).</summary>
    public bool QuoteFromFile { get; set; }

    /// <summary>The text an error on <paramref name="lineno"/> quotes.</summary>
    public string? ErrorLine(int lineno)
    {
        if (QuoteFromFile)
        {
            if (!_programTextLoaded)
            {
                _programTextLoaded = true;
                _programText = ProgramText.ReadFile(_filename);
            }

            var line = ProgramText.Line(_programText, lineno);
            if (line != null)
            {
                return line;
            }
        }

        return GetLine(lineno);
    }
}
