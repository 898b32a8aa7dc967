namespace Ember.Modules.Sre;

/// <summary>
/// The SRE program's opcodes, position codes, categories and flags, in the
/// order of 3.11's re/_constants.py (ORDER OPCODES: the numbers are the
/// indexes of its OPCODES, ATCODES and CHCODES lists).
/// </summary>
internal static class SreOp
{
    public const int Failure = 0;
    public const int Success = 1;
    public const int Any = 2;
    public const int AnyAll = 3;
    public const int Assert = 4;
    public const int AssertNot = 5;
    public const int At = 6;
    public const int Branch = 7;
    public const int Category = 8;
    public const int Charset = 9;
    public const int BigCharset = 10;
    public const int GroupRef = 11;
    public const int GroupRefExists = 12;
    public const int In = 13;
    public const int Info = 14;
    public const int Jump = 15;
    public const int Literal = 16;
    public const int Mark = 17;
    public const int MaxUntil = 18;
    public const int MinUntil = 19;
    public const int NotLiteral = 20;
    public const int Negate = 21;
    public const int Range = 22;
    public const int Repeat = 23;
    public const int RepeatOne = 24;
    public const int SubPattern = 25;
    public const int MinRepeatOne = 26;
    public const int AtomicGroup = 27;
    public const int PossessiveRepeat = 28;
    public const int PossessiveRepeatOne = 29;
    public const int GroupRefIgnore = 30;
    public const int InIgnore = 31;
    public const int LiteralIgnore = 32;
    public const int NotLiteralIgnore = 33;
    public const int GroupRefLocIgnore = 34;
    public const int InLocIgnore = 35;
    public const int LiteralLocIgnore = 36;
    public const int NotLiteralLocIgnore = 37;
    public const int GroupRefUniIgnore = 38;
    public const int InUniIgnore = 39;
    public const int LiteralUniIgnore = 40;
    public const int NotLiteralUniIgnore = 41;
    public const int RangeUniIgnore = 42;
}

internal static class SreAt
{
    public const int Beginning = 0;
    public const int BeginningLine = 1;
    public const int BeginningString = 2;
    public const int Boundary = 3;
    public const int NonBoundary = 4;
    public const int End = 5;
    public const int EndLine = 6;
    public const int EndString = 7;
    public const int LocBoundary = 8;
    public const int LocNonBoundary = 9;
    public const int UniBoundary = 10;
    public const int UniNonBoundary = 11;
}

internal static class SreCategory
{
    public const int Digit = 0;
    public const int NotDigit = 1;
    public const int Space = 2;
    public const int NotSpace = 3;
    public const int Word = 4;
    public const int NotWord = 5;
    public const int LineBreak = 6;
    public const int NotLineBreak = 7;
    public const int LocWord = 8;
    public const int LocNotWord = 9;
    public const int UniDigit = 10;
    public const int UniNotDigit = 11;
    public const int UniSpace = 12;
    public const int UniNotSpace = 13;
    public const int UniWord = 14;
    public const int UniNotWord = 15;
    public const int UniLineBreak = 16;
    public const int UniNotLineBreak = 17;
}

internal static class SreFlags
{
    public const int Template = 1;
    public const int IgnoreCase = 2;
    public const int Locale = 4;
    public const int MultiLine = 8;
    public const int DotAll = 16;
    public const int Unicode = 32;
    public const int Verbose = 64;
    public const int Debug = 128;
    public const int Ascii = 256;

    public const int InfoPrefix = 1;
    public const int InfoLiteral = 2;
    public const int InfoCharset = 4;
}

/// <summary>What the matcher returns: 1 matched, 0 no match, negative an error (sre.c's SRE_ERROR_*).</summary>
internal static class SreError
{
    public const int IllegalOpcode = -1;
    public const int State = -2;
    public const int RecursionLimit = -3;
    public const int Memory = -9;
    public const int Interrupted = -10;
}
