namespace Ember.Bytecode;

/// <summary><c>co_flags</c> bits, CPython 3.11's values (Include/cpython/code.h).</summary>
[Flags]
public enum CodeFlags
{
    None = 0,
    Optimized = 0x0001,
    NewLocals = 0x0002,
    VarArgs = 0x0004,
    VarKeywords = 0x0008,
    Nested = 0x0010,
    Generator = 0x0020,
    NoFree = 0x0040,
    Coroutine = 0x0080,
    IterableCoroutine = 0x0100,
    AsyncGenerator = 0x0200,

    FutureDivision = 0x20000,
    FutureAbsoluteImport = 0x40000,
    FutureWithStatement = 0x80000,
    FuturePrintFunction = 0x100000,
    FutureUnicodeLiterals = 0x200000,
    FutureBarryAsBdfl = 0x400000,
    FutureGeneratorStop = 0x800000,
    FutureAnnotations = 0x1000000,
}

/// <summary>Kinds of a locals-plus slot (3.11's CO_FAST_*); an argument that is also a cell is Local | Cell.</summary>
[Flags]
public enum LocalKind : byte
{
    None = 0,
    Local = 0x20,
    Cell = 0x40,
    Free = 0x80,
}
