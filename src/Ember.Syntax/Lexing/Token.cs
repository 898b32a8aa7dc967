namespace Ember.Syntax.Lexing;

/// <summary>
/// One token. Positions follow CPython: lines are 1-based, columns are 0-based
/// UTF-8 byte offsets within the line. <see cref="Start"/>/<see cref="End"/> are
/// UTF-16 indexes into the decoded source string, for slicing and for error
/// reports (which count characters, not bytes).
/// </summary>
public readonly struct Token
{
    public Token(TokenKind kind, string text, int lineno, int colOffset, int endLineno, int endColOffset, int start, int end)
    {
        Kind = kind;
        Text = text;
        Lineno = lineno;
        ColOffset = colOffset;
        EndLineno = endLineno;
        EndColOffset = endColOffset;
        Start = start;
        End = end;
    }

    public TokenKind Kind { get; }

    /// <summary>
    /// The token's text: for <see cref="TokenKind.Name"/> the NFKC-normalized
    /// identifier, for <see cref="TokenKind.String"/> the whole literal with
    /// prefix and quotes, for <see cref="TokenKind.Number"/> the literal as
    /// written, for operators the operator, empty for INDENT/DEDENT/ENDMARKER.
    /// </summary>
    public string Text { get; }

    public int Lineno { get; }
    public int ColOffset { get; }
    public int EndLineno { get; }
    public int EndColOffset { get; }
    public int Start { get; }
    public int End { get; }

    public Token WithKind(TokenKind kind) => new(kind, Text, Lineno, ColOffset, EndLineno, EndColOffset, Start, End);

    public override string ToString() => $"{Kind} '{Text}' {Lineno}:{ColOffset}-{EndLineno}:{EndColOffset}";
}
