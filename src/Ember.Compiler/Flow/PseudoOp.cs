using Ember.Bytecode;

namespace Ember.Compiler.Flow;

/// <summary>
/// Instruction codes that exist only inside the compiler (3.11's pseudo
/// instructions): block set-up and tear-down, which become exception-table
/// entries, and the jump forms the assembler resolves by direction.
/// Numbered after the real opcodes so one int holds either.
/// </summary>
internal static class PseudoOp
{
    public const int SetupFinally = 256;
    public const int SetupCleanup = 257;
    public const int SetupWith = 258;
    public const int PopBlock = 259;

    /// <summary>JUMP: becomes JUMP_BACKWARD when the target comes first, JUMP otherwise.</summary>
    public const int JumpAny = 260;

    /// <summary>JUMP_NO_INTERRUPT: always becomes JUMP (no eval-breaker check).</summary>
    public const int JumpNoInterrupt = 261;

    public static bool IsBlockPush(int op) => op is SetupFinally or SetupCleanup or SetupWith;

    public static bool IsJump(int op) => op is JumpAny or JumpNoInterrupt || (op < 256 && OpcodeInfo.IsJump((Opcode)op));

    public static bool IsUnconditionalJump(int op) => op is JumpAny or JumpNoInterrupt || op == (int)Opcode.Jump || op == (int)Opcode.JumpBackward;

    public static bool IsScopeExit(int op) => op == (int)Opcode.ReturnValue || op == (int)Opcode.RaiseVarargs || op == (int)Opcode.Reraise;

    public static int StackEffect(int op, int arg, bool jump) => op switch
    {
        SetupFinally => jump ? 1 : 0,
        SetupCleanup => jump ? 2 : 0,
        SetupWith => jump ? 1 : 0,
        PopBlock or JumpAny or JumpNoInterrupt => 0,
        _ => StackEffects.Of((Opcode)op, arg, jump),
    };
}
