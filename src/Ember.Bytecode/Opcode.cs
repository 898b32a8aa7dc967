namespace Ember.Bytecode;

/// <summary>
/// Ember's instructions. The set and the stack semantics are CPython 3.11's
/// (Doc/library/dis.rst for 3.11, Python/ceval.c) unless a comment here says
/// otherwise; the differences make the loop simpler:
/// <list type="bullet">
/// <item>One instruction is one 32-bit code unit: opcode in the low 8 bits,
/// argument in the high 24 bits. There is no EXTENDED_ARG; the compiler
/// rejects code that would need a larger argument.</item>
/// <item>Jump arguments are absolute code-unit indexes of the target (not
/// relative deltas), so there is one opcode per jump kind instead of a forward
/// and a backward one; <see cref="JumpBackward"/> stays separate because the
/// later tiers count loop back-edges on it.</item>
/// <item>There is no PRECALL: <see cref="Call"/> alone performs the call.</item>
/// <item>An instruction with inline caches is followed by
/// <see cref="OpcodeInfo.CacheSize"/> code units of <see cref="Cache"/>; the
/// loop skips them. Positions and jump targets count them like any unit.</item>
/// </list>
/// The numbering is Ember's own and may change; nothing outside the process
/// depends on it except the compiled-code cache, which records a format
/// version (<see cref="CodeObject.FormatVersion"/>).
/// </summary>
public enum Opcode : byte
{
    /// <summary>An inline cache unit; never executed.</summary>
    Cache = 0,
    Nop,
    PopTop,
    PushNull,
    /// <summary>COPY i: push the i-th item (1 = top) again.</summary>
    Copy,
    /// <summary>SWAP i: swap the top with the i-th item.</summary>
    Swap,

    UnaryPositive,
    UnaryNegative,
    UnaryNot,
    UnaryInvert,

    /// <summary>BINARY_OP: the argument is a <see cref="BinaryOp"/>.</summary>
    BinaryOp,
    /// <summary>COMPARE_OP: the argument is a <see cref="CompareOp"/>.</summary>
    CompareOp,
    /// <summary>IS_OP: argument 1 means "is not".</summary>
    IsOp,
    /// <summary>CONTAINS_OP: argument 1 means "not in".</summary>
    ContainsOp,

    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    /// <summary>BUILD_SLICE argc (2 or 3).</summary>
    BuildSlice,

    GetIter,
    GetYieldFromIter,
    /// <summary>FOR_ITER target: push the next item, or pop the iterator and jump when exhausted.</summary>
    ForIter,

    /// <summary>LOAD_CONST i: push <c>Constants[i]</c>.</summary>
    LoadConst,
    LoadFast,
    /// <summary>LOAD_FAST that raises UnboundLocalError when the slot is empty (the compiler emits it where the local may be unbound).</summary>
    LoadFastCheck,
    StoreFast,
    DeleteFast,
    /// <summary>MAKE_CELL i: replace local i with a cell holding its value (3.11).</summary>
    MakeCell,
    /// <summary>COPY_FREE_VARS n: copy the function's closure cells into the last n locals-plus slots.</summary>
    CopyFreeVars,
    LoadClosure,
    LoadDeref,
    /// <summary>LOAD_CLASSDEREF i: the class body's mapping first, then the cell.</summary>
    LoadClassDeref,
    StoreDeref,
    DeleteDeref,
    LoadName,
    StoreName,
    DeleteName,
    /// <summary>LOAD_GLOBAL i: name <c>Names[i &gt;&gt; 1]</c>; when the low bit is set, push NULL first (3.11).</summary>
    LoadGlobal,
    StoreGlobal,
    DeleteGlobal,
    LoadAttr,
    StoreAttr,
    DeleteAttr,
    /// <summary>LOAD_METHOD i: replace the object with (method, self) or (NULL, attribute) (3.11).</summary>
    LoadMethod,

    BuildTuple,
    BuildList,
    BuildSet,
    BuildMap,
    /// <summary>BUILD_CONST_KEY_MAP n: keys in a constant tuple on top, n values under it.</summary>
    BuildConstKeyMap,
    BuildString,
    ListAppend,
    SetAdd,
    MapAdd,
    ListExtend,
    SetUpdate,
    DictUpdate,
    DictMerge,
    ListToTuple,
    UnpackSequence,
    /// <summary>UNPACK_EX: low byte = targets before the star, high byte = after.</summary>
    UnpackEx,
    /// <summary>FORMAT_VALUE flags: 3.11's conversion bits and "has spec" bit 0x04.</summary>
    FormatValue,

    /// <summary>JUMP target (forward or to an earlier unit that is not a loop head).</summary>
    Jump,
    /// <summary>JUMP_BACKWARD target: a loop's back-edge; checks for pending signals/eval breaker.</summary>
    JumpBackward,
    PopJumpIfFalse,
    PopJumpIfTrue,
    PopJumpIfNone,
    PopJumpIfNotNone,
    JumpIfFalseOrPop,
    JumpIfTrueOrPop,

    /// <summary>KW_NAMES i: <c>Constants[i]</c> is the tuple of keyword names for the next CALL.</summary>
    KwNames,
    /// <summary>CALL argc: stack is [NULL or method, callable or self, args...] as in 3.11 after PRECALL.</summary>
    Call,
    /// <summary>CALL_FUNCTION_EX flags: bit 0 = a mapping of keyword arguments is on top.</summary>
    CallFunctionEx,
    /// <summary>MAKE_FUNCTION flags: 0x01 defaults, 0x02 kw defaults, 0x04 annotations, 0x08 closure (3.11).</summary>
    MakeFunction,
    ReturnValue,
    ReturnGenerator,
    /// <summary>RESUME where: 0 start, 1 after yield, 2 after yield from, 3 after await.</summary>
    Resume,
    YieldValue,
    /// <summary>SEND target: jump when the sub-iterator returned (its value stays on the stack).</summary>
    Send,
    AsyncGenWrap,
    /// <summary>GET_AWAITABLE where: 0 plain await, 1 after __aenter__, 2 after __aexit__.</summary>
    GetAwaitable,
    GetAIter,
    GetANext,
    EndAsyncFor,

    /// <summary>RAISE_VARARGS argc: 0 re-raise, 1 raise exc, 2 raise exc from cause.</summary>
    RaiseVarargs,
    PushExcInfo,
    PopExcept,
    /// <summary>RERAISE oparg: when oparg is non-zero, set f_lasti from the value under the exception.</summary>
    Reraise,
    CheckExcMatch,
    CheckEgMatch,
    PrepReraiseStar,
    WithExceptStart,
    BeforeWith,
    BeforeAsyncWith,
    LoadAssertionError,

    LoadBuildClass,
    SetupAnnotations,
    ImportName,
    ImportFrom,
    ImportStar,
    PrintExpr,

    GetLen,
    MatchMapping,
    MatchSequence,
    MatchKeys,
    MatchClass,

    /// <summary>One past the last opcode; table sizes.</summary>
    Count,
}

/// <summary>BINARY_OP arguments, CPython 3.11's NB_* numbering (Include/opcode.h).</summary>
public enum BinaryOp
{
    Add = 0,
    And = 1,
    FloorDivide = 2,
    LShift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    RShift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
    InplaceAdd = 13,
    InplaceAnd = 14,
    InplaceFloorDivide = 15,
    InplaceLShift = 16,
    InplaceMatrixMultiply = 17,
    InplaceMultiply = 18,
    InplaceRemainder = 19,
    InplaceOr = 20,
    InplacePower = 21,
    InplaceRShift = 22,
    InplaceSubtract = 23,
    InplaceTrueDivide = 24,
    InplaceXor = 25,
}

/// <summary>Rich comparison operators, CPython's Py_LT..Py_GE numbering.</summary>
public enum CompareOp
{
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}
