namespace Ember.Bytecode;

/// <summary>Static facts about each opcode that both the compiler and the interpreter read.</summary>
public static class OpcodeInfo
{
    /// <summary>Bits of a code unit: opcode in the low byte, argument above it.</summary>
    public const int ArgShift = 8;

    /// <summary>The largest argument one code unit holds.</summary>
    public const int MaxArg = (1 << 24) - 1;

    public static int Encode(Opcode op, int arg) => (int)op | (arg << ArgShift);

    public static Opcode OpOf(int unit) => (Opcode)(unit & 0xFF);

    public static int ArgOf(int unit) => (int)((uint)unit >> ArgShift);

    /// <summary>
    /// How many <see cref="Opcode.Cache"/> units follow each instruction. The
    /// specializing interpreter keeps per-site state there (an index into the
    /// code's cache table); the compiler only reserves the room.
    /// </summary>
    public static int CacheSize(Opcode op) => op switch
    {
        Opcode.LoadAttr or Opcode.StoreAttr or Opcode.LoadMethod or Opcode.LoadGlobal => 1,
        Opcode.BinaryOp or Opcode.CompareOp or Opcode.BinarySubscr or Opcode.StoreSubscr => 1,
        Opcode.Call or Opcode.ForIter or Opcode.UnpackSequence or Opcode.ContainsOp => 1,
        _ => 0,
    };

    /// <summary>Whether the argument is an absolute jump target.</summary>
    public static bool IsJump(Opcode op) => op is Opcode.Jump or Opcode.JumpBackward
        or Opcode.PopJumpIfFalse or Opcode.PopJumpIfTrue or Opcode.PopJumpIfNone or Opcode.PopJumpIfNotNone
        or Opcode.JumpIfFalseOrPop or Opcode.JumpIfTrueOrPop or Opcode.ForIter or Opcode.Send;

    /// <summary>The CPython-style name, for disassembly and statistics (LOAD_FAST, BINARY_OP, ...).</summary>
    public static string Name(Opcode op)
    {
        // Where CPython's names do not split at every capital.
        switch (op)
        {
            case Opcode.GetAIter:
                return "GET_AITER";
            case Opcode.GetANext:
                return "GET_ANEXT";
            case Opcode.LoadClassDeref:
                return "LOAD_CLASSDEREF";
        }

        string s = op.ToString();
        var sb = new System.Text.StringBuilder(s.Length + 4);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsUpper(c) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }
}
