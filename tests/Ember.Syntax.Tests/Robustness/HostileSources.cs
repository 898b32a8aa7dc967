using System.Text;

namespace Ember.Syntax.Tests.Robustness;

/// <summary>
/// Inputs built to break a front end: pathological nesting, huge lines and
/// literals, bytes that are not UTF-8, random noise. Each is made on demand
/// (some are 10 MB) from its name. What CPython 3.11 does with each is noted;
/// the tests only require a Python-style outcome, never a crash or a hang.
/// </summary>
internal static class HostileSources
{
    private const int Deep = 100_000;
    private const int TenMegabytes = 10 * 1024 * 1024;

    /// <summary>Every named case, for [Theory] data.</summary>
    public static readonly string[] Names =
    [
        "deep-parens",
        "deep-parens-closed",
        "deep-brackets",
        "deep-braces",
        "deep-unary-minus",
        "deep-not",
        "deep-await",
        "deep-lambda",
        "deep-ternary",
        "deep-power",
        "deep-if-blocks",
        "deep-if-blocks-tabs",
        "deep-fstring-parens",
        "long-line-sum",
        "long-line-calls",
        "long-string",
        "long-bytes",
        "long-triple-quoted",
        "long-comment",
        "many-lines",
        "invalid-utf8-start-byte",
        "invalid-utf8-continuation",
        "invalid-utf8-overlong",
        "invalid-utf8-surrogate",
        "invalid-utf8-truncated-at-eof",
        "invalid-utf8-in-comment",
        "invalid-utf8-in-identifier",
        "invalid-utf8-after-bom",
        "latin1-declared",
        "unknown-encoding-declared",
        "null-byte",
        "lone-bom",
        "empty",
    ];

    /// <summary>The cases a CPython-compatible front end must reject (so `ember -X ast` exits 1).</summary>
    public static readonly string[] Rejected =
    [
        "deep-parens",
        "deep-brackets",
        "deep-unary-minus",
        "deep-if-blocks",
        "invalid-utf8-start-byte",
        "invalid-utf8-surrogate",
        "unknown-encoding-declared",
        "null-byte",
    ];

    public static byte[] Make(string name) => name switch
    {
        // CPython: SyntaxError "too many nested parentheses" (the tokenizer's limit of 200).
        "deep-parens" => Repeat("(", Deep),
        "deep-parens-closed" => Concat(Repeat("(", Deep), "1"u8.ToArray(), Repeat(")", Deep)),
        "deep-brackets" => Concat(Repeat("[", Deep), Repeat("]", Deep)),
        "deep-braces" => Concat(Repeat("{", Deep), Repeat("}", Deep)),

        // CPython: MemoryError from the parser's stack limit (MAXSTACK 6000).
        "deep-unary-minus" => Concat(Repeat("-", Deep), "1\n"u8.ToArray()),
        // (CPython: "invalid syntax": await's operand is a primary, not another await.)
        "deep-await" => Concat(Repeat("await ", Deep), "x\n"u8.ToArray()),
        "deep-not" => Concat(Repeat("not ", Deep), "x\n"u8.ToArray()),
        "deep-lambda" => Concat(Repeat("lambda: ", Deep), "0\n"u8.ToArray()),
        "deep-ternary" => Concat(Repeat("a if b else ", Deep), "c\n"u8.ToArray()),
        "deep-power" => Concat(Repeat("2 ** ", Deep), "2\n"u8.ToArray()),

        // CPython: IndentationError "too many levels of indentation" at level 100.
        // 1,000 levels are enough to pass the limit; 100,000 would need gigabytes of indentation.
        "deep-if-blocks" => NestedIfs(1_000, " "),
        "deep-if-blocks-tabs" => NestedIfs(1_000, "\t"),

        // CPython: a SyntaxError from the nesting limit inside the f-string's expression.
        "deep-fstring-parens" => Concat("f'{"u8.ToArray(), Repeat("(", Deep), "}'\n"u8.ToArray()),

        // CPython parses these; its ast module then gives RecursionError converting the
        // millions-deep tree. The call chain is shorter: it needs gigabytes at 10 MB.
        "long-line-sum" => LongLine("x = 1", " + 1", TenMegabytes),
        "long-line-calls" => LongLine("x = f", "(1)", TenMegabytes / 5),

        "long-string" => Concat("x = \""u8.ToArray(), Repeat("a", TenMegabytes), "\"\n"u8.ToArray()),
        "long-bytes" => Concat("x = b'"u8.ToArray(), Repeat("\\x00", TenMegabytes / 4), "'\n"u8.ToArray()),
        "long-triple-quoted" => Concat("x = '''"u8.ToArray(), Repeat("line \u00e9\n", TenMegabytes / 8), "'''\n"u8.ToArray()),
        "long-comment" => Concat("# "u8.ToArray(), Repeat("c", TenMegabytes), "\nx = 1\n"u8.ToArray()),
        "many-lines" => Repeat("x = 1\n", 1_000_000),

        // CPython: SyntaxError "(unicode error) 'utf-8' codec can't decode byte ..." for bad bytes
        // in code; bad bytes inside a comment are accepted.
        "invalid-utf8-start-byte" => [.. "x = '"u8, 0xFF, 0xFE, .. "'\n"u8],
        "invalid-utf8-continuation" => [.. "x = '"u8, 0x80, .. "'\n"u8],
        "invalid-utf8-overlong" => [.. "x = '"u8, 0xC0, 0xAF, .. "'\n"u8],
        "invalid-utf8-surrogate" => [.. "x = '"u8, 0xED, 0xA0, 0x80, .. "'\n"u8],
        "invalid-utf8-truncated-at-eof" => [.. "x = 1 # "u8, 0xE2, 0x82],
        "invalid-utf8-in-comment" => [.. "x = 1 # "u8, 0xFF, .. "\ny = 2\n"u8],
        "invalid-utf8-in-identifier" => [.. "x"u8, 0xC3, .. " = 1\n"u8],
        "invalid-utf8-after-bom" => [0xEF, 0xBB, 0xBF, .. "x = '"u8, 0xFF, .. "'\n"u8],
        "latin1-declared" => [.. "# -*- coding: latin-1 -*-\nx = '"u8, 0xFF, .. "'\n"u8],
        "unknown-encoding-declared" => "# -*- coding: no-such-codec -*-\nx = 1\n"u8.ToArray(),

        // CPython: ValueError "source code string cannot contain null bytes".
        "null-byte" => [.. "x = 1"u8, 0x00, .. "\n"u8],
        "lone-bom" => [0xEF, 0xBB, 0xBF],
        "empty" => [],
        _ => throw new ArgumentException("no hostile source named " + name, nameof(name)),
    };

    /// <summary>Seeded random bytes: mostly invalid UTF-8 and stray characters.</summary>
    public static byte[] RandomBytes(Random random, int maxLength)
    {
        var bytes = new byte[random.Next(maxLength + 1)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static readonly string[] s_tokens =
    [
        "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", ":=", "->", "+", "-", "*", "**", "/", "//",
        "%", "@", "|", "&", "^", "~", "<", ">", "==", "!=", "<=", ">=", "<<", ">>", "+=", "**=", "\\\n",
        "if", "elif", "else", "for", "while", "in", "not", "and", "or", "is", "def", "class", "return", "yield",
        "lambda", "async", "await", "with", "as", "try", "except", "except*", "finally", "raise", "from",
        "import", "global", "nonlocal", "del", "pass", "break", "continue", "assert", "match", "case", "_",
        "None", "True", "False", "x", "y", "self", "print", "0", "1", "0x1F", "1_000", "1e3", "2j", "0o7",
        "'s'", "\"s\"", "b'b'", "r'\\d'", "f'{x}'", "f'{x!r:>{w}}'", "'''t\n'''", "'unterminated", "#c",
        "\n", "\n", "\n    ", "\n        ", "\t", " ", " ", " ", "é", "\u00a0", "$", "?", "`",
    ];

    /// <summary>Seeded sequences of Python tokens: gets far into the grammar and its error rules.</summary>
    public static byte[] RandomTokens(Random random, int maxTokens)
    {
        var sb = new StringBuilder();
        int n = random.Next(maxTokens + 1);
        for (int i = 0; i < n; i++)
        {
            sb.Append(s_tokens[random.Next(s_tokens.Length)]);
            if (random.Next(3) == 0)
            {
                sb.Append(' ');
            }
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static readonly byte[] s_mutationBytes = "()[]{}:,'\"\\\n =#.\t"u8.ToArray();

    /// <summary>A real source with a few bytes deleted, duplicated or replaced: near-valid programs.</summary>
    public static byte[] Mutate(Random random, byte[] source)
    {
        var bytes = new List<byte>(source);
        int edits = 1 + random.Next(4);
        for (int e = 0; e < edits && bytes.Count > 0; e++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(3))
            {
                case 0:
                    bytes.RemoveAt(at);
                    break;
                case 1:
                    bytes.Insert(at, bytes[random.Next(bytes.Count)]);
                    break;
                default:
                    bytes[at] = s_mutationBytes[random.Next(s_mutationBytes.Length)];
                    break;
            }
        }

        return bytes.ToArray();
    }

    private static byte[] Repeat(string unit, int count)
    {
        var piece = Encoding.UTF8.GetBytes(unit);
        var result = new byte[piece.Length * count];
        for (int i = 0; i < count; i++)
        {
            piece.CopyTo(result, i * piece.Length);
        }

        return result;
    }

    private static byte[] Concat(params byte[][] parts)
    {
        var result = new byte[parts.Sum(p => p.Length)];
        int at = 0;
        foreach (var p in parts)
        {
            p.CopyTo(result, at);
            at += p.Length;
        }

        return result;
    }

    private static byte[] LongLine(string head, string unit, int totalBytes)
    {
        int count = (totalBytes - head.Length) / unit.Length;
        return Concat(Encoding.UTF8.GetBytes(head), Repeat(unit, count), "\n"u8.ToArray());
    }

    private static byte[] NestedIfs(int depth, string indentUnit)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < depth; i++)
        {
            sb.Insert(sb.Length, indentUnit, i).Append("if x:\n");
        }

        sb.Insert(sb.Length, indentUnit, depth).Append("pass\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
