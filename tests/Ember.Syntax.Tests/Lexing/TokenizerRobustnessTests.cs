using Ember.Syntax.Diagnostics;
using Ember.Syntax.Lexing;
using Ember.Syntax.Tests.TestSupport;
using Xunit;

namespace Ember.Syntax.Tests.Lexing;

/// <summary>Huge and hostile input: the tokenizer finishes in linear time and only ever raises Python errors.</summary>
public sealed class TokenizerRobustnessTests
{
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string> HugeSources() => new()
    {
        { "expression line", "x = " + string.Concat(Enumerable.Repeat("1+", 5_000_000)) + "1" },
        { "string", "x = '" + new string('a', 10_000_000) + "'" },
        { "name", new string('a', 10_000_000) + " = 1" },
        { "comment", "# " + new string('a', 10_000_000) },
        { "non-ASCII line", "\u00E9 = " + string.Concat(Enumerable.Repeat("\u00E9+", 5_000_000)) + "\u00E9" },
        { "unterminated non-ASCII string", "x = '\u00E9" + new string('\u00E9', 10_000_000) },
        { "triple-quoted lines", "x = '''" + string.Concat(Enumerable.Repeat("ab\n", 3_000_000)) + "'''" },
        { "backslash continuations", "x = 1 " + string.Concat(Enumerable.Repeat("\\\n", 3_000_000)) + "\\ 2" },
        { "open brackets", new string('(', 1_000_000) },
        { "lines in brackets", "(" + string.Concat(Enumerable.Repeat("1,\n", 3_000_000)) },
    };

    [Theory]
    [MemberData(nameof(HugeSources))]
    public void HugeSourceTokenizesInBoundedTime(string name, string source)
    {
        Bounded.Run(
            () =>
            {
                try
                {
                    var tokenizer = new Tokenizer(source, "<f>");
                    while (tokenizer.Next().Kind != TokenKind.EndMarker)
                    {
                    }
                }
                catch (PythonSyntaxError)
                {
                }

                return 0;
            },
            s_limit,
            name);
    }

    [Fact]
    public void RandomBytesOnlyRaisePythonErrors()
    {
        var random = new Random(1234);
        byte[] alphabet = "\0 \t\n\r\f\\#()[]{}'\"0123456789xobejJ_.+-*/<>=!$?`@:;,rbfuRBFU"u8.ToArray();
        for (int round = 0; round < 20_000; round++)
        {
            var bytes = new byte[random.Next(1, 24)];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = random.Next(4) == 0 ? (byte)random.Next(256) : alphabet[random.Next(alphabet.Length)];
            }

            try
            {
                var source = SourceDecoder.Decode(bytes, "<f>", out bool declared);
                var tokenizer = new Tokenizer(source, "<f>", execInput: true, charOffsets: declared);
                for (int n = 0; n < 1000 && tokenizer.Next().Kind != TokenKind.EndMarker; n++)
                {
                }

                tokenizer.CheckRestForErrors();
            }
            catch (PythonSyntaxError)
            {
            }
            catch (PythonParseFailure)
            {
            }
        }
    }
}
