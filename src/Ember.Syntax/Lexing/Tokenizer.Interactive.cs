namespace Ember.Syntax.Lexing;

/// <summary>What the parser needs from the tokenizer for single-statement ('single') input.</summary>
public sealed partial class Tokenizer
{
    /// <summary>
    /// Closes every open indentation level: the DEDENTs come out of the next calls
    /// to <see cref="Next"/> (CPython sets <c>tok->pendin = -tok->indent</c> when it
    /// turns the end of single input into a NEWLINE).
    /// </summary>
    public void ImplyDedents()
    {
        _pendin = -_indent;
        _indent = 0;
    }

    /// <summary>
    /// Whether anything but whitespace and comments follows the tokenizer's
    /// position (CPython's <c>bad_single_statement</c>).
    /// </summary>
    public bool HasMoreStatements()
    {
        var s = _s;
        int i = _cur;
        while (i < s.Length)
        {
            char c = s[i];
            if (c is ' ' or '\t' or '\n' or '\f')
            {
                i++;
                continue;
            }

            if (c != '#')
            {
                return true;
            }

            while (i < s.Length && s[i] != '\n')
            {
                i++;
            }
        }

        return false;
    }
}
