using Ember.Bytecode;

namespace Ember.Compiler.Flow;

/// <summary>One instruction of the flow graph (3.11's <c>struct instr</c>).</summary>
internal sealed class Instr
{
    public Instr(int op, int arg, BasicBlock? target, SourcePosition loc)
    {
        Op = op;
        Arg = arg;
        Target = target;
        Loc = loc;
    }

    /// <summary>An <see cref="Opcode"/> or a <see cref="PseudoOp"/>.</summary>
    public int Op;
    public int Arg;
    public BasicBlock? Target;
    public SourcePosition Loc;

    /// <summary>The handler covering this instruction, found by the assembler.</summary>
    public BasicBlock? Handler;

    public bool HasTarget => Target != null;

    public override string ToString() => (Op < 256 ? OpcodeInfo.Name((Opcode)Op) : "PSEUDO" + Op) + " " + Arg;
}
