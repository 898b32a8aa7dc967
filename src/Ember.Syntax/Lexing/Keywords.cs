using System.Collections.Frozen;

namespace Ember.Syntax.Lexing;

/// <summary>The reserved words of Python 3.11 and their token kinds.</summary>
public static class Keywords
{
    private static readonly FrozenDictionary<string, TokenKind> s_table = new Dictionary<string, TokenKind>(StringComparer.Ordinal)
    {
        ["False"] = TokenKind.False,
        ["None"] = TokenKind.None,
        ["True"] = TokenKind.True,
        ["and"] = TokenKind.And,
        ["as"] = TokenKind.As,
        ["assert"] = TokenKind.Assert,
        ["async"] = TokenKind.Async,
        ["await"] = TokenKind.Await,
        ["break"] = TokenKind.Break,
        ["class"] = TokenKind.Class,
        ["continue"] = TokenKind.Continue,
        ["def"] = TokenKind.Def,
        ["del"] = TokenKind.Del,
        ["elif"] = TokenKind.Elif,
        ["else"] = TokenKind.Else,
        ["except"] = TokenKind.Except,
        ["finally"] = TokenKind.Finally,
        ["for"] = TokenKind.For,
        ["from"] = TokenKind.From,
        ["global"] = TokenKind.Global,
        ["if"] = TokenKind.If,
        ["import"] = TokenKind.Import,
        ["in"] = TokenKind.In,
        ["is"] = TokenKind.Is,
        ["lambda"] = TokenKind.Lambda,
        ["nonlocal"] = TokenKind.Nonlocal,
        ["not"] = TokenKind.Not,
        ["or"] = TokenKind.Or,
        ["pass"] = TokenKind.Pass,
        ["raise"] = TokenKind.Raise,
        ["return"] = TokenKind.Return,
        ["try"] = TokenKind.Try,
        ["while"] = TokenKind.While,
        ["with"] = TokenKind.With,
        ["yield"] = TokenKind.Yield,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The keyword kind for <paramref name="name"/>, or <see cref="TokenKind.Name"/> when it is not reserved.</summary>
    public static TokenKind Lookup(string name) =>
        name.Length >= 2 && name.Length <= 8 && s_table.TryGetValue(name, out var kind) ? kind : TokenKind.Name;

    public static bool IsKeyword(TokenKind kind) => kind >= TokenKind.False;
}
