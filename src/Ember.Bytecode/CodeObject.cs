namespace Ember.Bytecode;

/// <summary>
/// A compiled block: what CPython's code object holds (Objects/codeobject.c,
/// 3.11), in Ember's encoding. Built by the compiler, immutable afterwards
/// except for <see cref="RuntimeData"/>, which the runtime owns.
/// <para>
/// Constants are plain .NET values so that this assembly needs no runtime:
/// <c>null</c> for None, <see cref="bool"/>, <see cref="long"/>,
/// <see cref="System.Numerics.BigInteger"/> (only outside the long range),
/// <see cref="double"/>, <see cref="System.Numerics.Complex"/>,
/// <see cref="string"/>, <see cref="CodePointString"/> (a str with lone
/// surrogates), <c>byte[]</c>, <see cref="ConstEllipsis"/>,
/// <see cref="ConstTuple"/>, <see cref="ConstFrozenSet"/> and nested
/// <see cref="CodeObject"/>s.
/// </para>
/// </summary>
public sealed class CodeObject
{
    /// <summary>Bumped whenever the encoding of instructions, tables or constants changes.</summary>
    public const int FormatVersion = 1;

    public required string Name { get; init; }
    public required string QualName { get; init; }
    /// <summary>co_filename; settable because _imp._fix_co_filename rewrites it in place, as CPython does.</summary>
    public required string Filename { get; set; }
    public required int FirstLineNo { get; init; }

    public required int ArgCount { get; init; }
    public required int PosOnlyArgCount { get; init; }
    public required int KwOnlyArgCount { get; init; }
    public required CodeFlags Flags { get; init; }

    /// <summary>The deepest the value stack gets (co_stacksize).</summary>
    public required int StackSize { get; init; }

    /// <summary>Code units: see <see cref="Opcode"/> and <see cref="OpcodeInfo"/>.</summary>
    public required int[] Instructions { get; init; }

    public required object?[] Constants { get; init; }

    /// <summary>Names used by global, attribute and import instructions (co_names).</summary>
    public required string[] Names { get; init; }

    /// <summary>
    /// Locals-plus names in slot order: arguments first (positional, keyword-only,
    /// *args, **kwargs), then other locals, then cells that are not arguments,
    /// then free variables (3.11's co_localsplusnames).
    /// </summary>
    public required string[] LocalsPlusNames { get; init; }

    public required LocalKind[] LocalsPlusKinds { get; init; }

    /// <summary>Source positions per code unit (cache units repeat their instruction's).</summary>
    public required SourcePosition[] Positions { get; init; }

    /// <summary>3.11's exception table, entries in increasing <see cref="ExceptionTableEntry.Start"/> order.</summary>
    public required ExceptionTableEntry[] ExceptionTable { get; init; }

    /// <summary>Slot for the runtime (its constants as objects, quickened code, counters).</summary>
    public object? RuntimeData { get; set; }

    public int NLocalsPlus => LocalsPlusNames.Length;

    /// <summary>The position of the instruction at <paramref name="index"/>, or <see cref="SourcePosition.None"/>.</summary>
    public SourcePosition PositionAt(int index) =>
        (uint)index < (uint)Positions.Length ? Positions[index] : SourcePosition.None;

    /// <summary>Finds the handler covering <paramref name="index"/> (3.11's get_exception_handler).</summary>
    public bool TryFindHandler(int index, out ExceptionTableEntry entry)
    {
        var table = ExceptionTable;
        int lo = 0, hi = table.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var e = table[mid];
            if (index < e.Start)
            {
                hi = mid - 1;
            }
            else if (index >= e.End)
            {
                lo = mid + 1;
            }
            else
            {
                entry = e;
                return true;
            }
        }

        entry = default;
        return false;
    }
}

/// <summary>
/// A line and column range, as <c>co_positions()</c> reports it; columns are
/// UTF-8 byte offsets like the AST's. -1 stands for CPython's None.
/// </summary>
public readonly record struct SourcePosition(int Line, int EndLine, int Col, int EndCol)
{
    public static readonly SourcePosition None = new(-1, -1, -1, -1);
}

/// <summary>
/// One range of the exception table: units [<see cref="Start"/>, <see cref="End"/>)
/// jump to <see cref="Target"/> with the stack cut to <see cref="Depth"/>, after
/// pushing the offset of the raising instruction when <see cref="PushLasti"/>.
/// </summary>
public readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth, bool PushLasti);

/// <summary>A tuple constant.</summary>
public sealed record ConstTuple(object?[] Items);

/// <summary>A frozenset constant (from <c>x in {1, 2}</c>).</summary>
public sealed record ConstFrozenSet(object?[] Items);

/// <summary>The Ellipsis constant.</summary>
public sealed class ConstEllipsis
{
    public static readonly ConstEllipsis Value = new();

    private ConstEllipsis()
    {
    }
}

/// <summary>A str constant holding lone surrogates, as code points.</summary>
public sealed record CodePointString(int[] CodePoints);
