using Ember.Syntax.Ast;
using Ember.Syntax.Lexing;

namespace Ember.Syntax.Parsing;

/// <summary>
/// The action of the grammar rule <c>strings: STRING+</c>: adjacent string tokens
/// become one <see cref="Constant"/> (str or bytes) or one <see cref="JoinedStr"/>,
/// as CPython 3.11's <c>_PyPegen_concatenate_strings</c> (Parser/action_helpers.c)
/// and <c>_PyPegen_parsestr</c> (Parser/string_parser.c) build them, positions and
/// error messages included.
/// </summary>
internal static class StringLiterals
{
    public static ExprNode Concatenate(Parser parser, List<Token> tokens)
    {
        var first = tokens[0];
        var last = tokens[^1];
        if (tokens.Count == 1)
        {
            var only = SplitLiteral(first.Text);
            if (!only.IsFString)
            {
                var single = Decode(parser, first.Text, only);
                if (single is string decoded)
                {
                    single = SurrogateMarks.Finish(decoded);
                }

                var singleKind = !only.IsBytes && first.Text[0] == 'u' ? "u" : null;
                return new Constant(single, singleKind, first.Lineno, first.ColOffset, first.EndLineno, first.EndColOffset);
            }
        }

        bool bytesMode = false;
        List<byte[]>? byteParts = null;
        var state = new FStringParser(parser, first, last);
        for (int i = 0; i < tokens.Count; i++)
        {
            // The tokenizer has already turned \r\n and \r into \n, as CPython's does.
            var t = tokens[i];
            var text = t.Text;
            var literal = SplitLiteral(text);

            // Plain literals are decoded before the bytes/str check, f-strings after it,
            // so that a bad escape or a bad f-string wins or loses as in CPython.
            object? value = null;
            if (!literal.IsFString)
            {
                value = Decode(parser, text, literal);
            }

            if (i != 0 && bytesMode != literal.IsBytes)
            {
                throw parser.ErrorAtLastToken("cannot mix bytes and nonbytes literals");
            }

            bytesMode = literal.IsBytes;
            if (literal.IsFString)
            {
                state.ConcatFString(text, literal.BodyStart, literal.BodyEnd, literal.IsRaw, t);
            }
            else if (bytesMode)
            {
                (byteParts ??= new List<byte[]>()).Add((byte[])value!);
            }
            else
            {
                state.ConcatString((string)value!);
            }
        }

        if (bytesMode)
        {
            return new Constant(Join(byteParts!), null, first.Lineno, first.ColOffset, last.EndLineno, last.EndColOffset);
        }

        return state.Finish();
    }

    /// <summary>Where a literal's body lies inside its token text, and what its prefix says.</summary>
    private readonly record struct Literal(int BodyStart, int BodyEnd, bool IsBytes, bool IsRaw, bool IsFString);

    private static Literal SplitLiteral(string text)
    {
        bool isBytes = false;
        bool isRaw = false;
        bool isF = false;
        int i = 0;
        for (; ; i++)
        {
            switch (text[i])
            {
                case 'b' or 'B':
                    isBytes = true;
                    continue;
                case 'r' or 'R':
                    isRaw = true;
                    continue;
                case 'f' or 'F':
                    isF = true;
                    continue;
                case 'u' or 'U':
                    continue;
            }

            break;
        }

        char quote = text[i];
        int start = i + 1;
        int end = text.Length - 1;
        if (end - start >= 4 && text[start] == quote && text[start + 1] == quote)
        {
            start += 2;
            end -= 2;
        }

        return new Literal(start, end, isBytes, isRaw, isF);
    }

    /// <summary>The value of a literal that is not an f-string: a string or a byte array.</summary>
    private static object Decode(Parser parser, string text, in Literal literal)
    {
        int start = literal.BodyStart;
        int end = literal.BodyEnd;
        if (literal.IsBytes)
        {
            for (int i = start; i < end; i++)
            {
                if (text[i] >= 0x80)
                {
                    throw parser.ErrorAtLastToken("bytes can only contain ASCII literal characters");
                }
            }

            if (literal.IsRaw || text.IndexOf('\\', start, end - start) < 0)
            {
                var raw = new byte[end - start];
                for (int i = start; i < end; i++)
                {
                    raw[i - start] = (byte)text[i];
                }

                return raw;
            }

            return EscapeDecoder.DecodeBytes(text, start, end, out var bytesError)
                ?? throw parser.ErrorAtLastToken(bytesError!);
        }

        CheckUtf8(parser, text, start, end, literal.IsRaw || text.IndexOf('\\', start, end - start) < 0);
        if (literal.IsRaw)
        {
            return SurrogateMarks.EscapeText(text.Substring(start, end - start));
        }

        return DecodeStrPart(parser, text, start, end);
    }

    /// <summary>
    /// Source bytes that were not UTF-8 survive decoding as escaped bytes; CPython
    /// reports them when it decodes the literal: the whole body at once when there
    /// is no escape to process, else each run of non-ASCII characters.
    /// </summary>
    private static void CheckUtf8(Parser parser, string text, int start, int end, bool whole)
    {
        if (!SourceDecoder.ContainsEscapedBytes(text.AsSpan(start, end - start)))
        {
            return;
        }

        string? message = null;
        if (whole)
        {
            message = SourceDecoder.DescribeUtf8Error(text.AsSpan(start, end - start));
        }
        else
        {
            int i = start;
            while (i < end && message == null)
            {
                if (text[i] < 0x80)
                {
                    i++;
                    continue;
                }

                int j = i;
                while (j < end && text[j] >= 0x80)
                {
                    j++;
                }

                message = SourceDecoder.DescribeUtf8Error(text.AsSpan(i, j - i));
                i = j;
            }
        }

        if (message != null)
        {
            throw parser.ErrorAtLastToken("(unicode error) " + message);
        }
    }

    /// <summary>A non-raw str part (a whole literal or an f-string's literal text), escapes decoded.</summary>
    internal static string DecodeStrPart(Parser parser, string text, int start, int end) =>
        EscapeDecoder.DecodeStr(text, start, end, out var error) ?? throw parser.ErrorAtLastToken(error!);

    private static byte[] Join(List<byte[]> parts)
    {
        int length = 0;
        foreach (var part in parts)
        {
            length += part.Length;
        }

        var result = new byte[length];
        int offset = 0;
        foreach (var part in parts)
        {
            part.CopyTo(result, offset);
            offset += part.Length;
        }

        return result;
    }
}
