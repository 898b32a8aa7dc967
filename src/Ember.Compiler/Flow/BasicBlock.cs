namespace Ember.Compiler.Flow;

/// <summary>A straight run of instructions (3.11's <c>basicblock</c>).</summary>
internal sealed class BasicBlock
{
    public readonly List<Instr> Instrs = new();

    /// <summary>The block that follows in emission order (b_next): where control falls through.</summary>
    public BasicBlock? Next;

    /// <summary>Stack depth on entry; -1 until computed.</summary>
    public int StartDepth = int.MinValue;

    /// <summary>A handler reached through SETUP_CLEANUP or SETUP_WITH: lasti is pushed.</summary>
    public bool PreserveLasti;

    /// <summary>The target of some SETUP_*: reached only by unwinding.</summary>
    public bool IsExceptHandler;

    public bool Visited;
    public int Predecessors;
    public int Offset;

    /// <summary>Index of the handler-stack snapshot on entry (exception-target labelling).</summary>
    public BasicBlock?[]? ExceptStack;

    public Instr? Last => Instrs.Count > 0 ? Instrs[^1] : null;

    public bool NoFallthrough
    {
        get
        {
            var last = Last;
            return last != null && (PseudoOp.IsUnconditionalJump(last.Op) || PseudoOp.IsScopeExit(last.Op));
        }
    }

    public bool Exits => Last is { } l && PseudoOp.IsScopeExit(l.Op);
}
