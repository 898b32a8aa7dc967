namespace Ember.Bytecode;

/// <summary>
/// How many values each instruction leaves on the value stack minus how many it
/// takes (3.11's <c>stack_effect</c>, Python/compile.c, with CALL counting what
/// PRECALL and CALL do together). The compiler sizes frames with it and the
/// tests simulate every path with it; docs/internals/bytecode.md says the same
/// in words.
/// </summary>
public static class StackEffects
{
    /// <summary>The effect of <paramref name="op"/> with argument <paramref name="arg"/>; <paramref name="jump"/> selects the branch-taken effect of a jump.</summary>
    public static int Of(Opcode op, int arg, bool jump) => op switch
    {
        Opcode.Cache or Opcode.Nop or Opcode.Swap => 0,
        Opcode.PopTop => -1,
        Opcode.PushNull or Opcode.Copy => 1,
        Opcode.UnaryPositive or Opcode.UnaryNegative or Opcode.UnaryNot or Opcode.UnaryInvert => 0,
        Opcode.BinaryOp or Opcode.CompareOp or Opcode.IsOp or Opcode.ContainsOp or Opcode.BinarySubscr => -1,
        Opcode.StoreSubscr => -3,
        Opcode.DeleteSubscr => -2,
        Opcode.BuildSlice => arg == 3 ? -2 : -1,
        Opcode.GetIter or Opcode.GetYieldFromIter => 0,
        Opcode.ForIter => jump ? -1 : 1,
        Opcode.LoadConst or Opcode.LoadFast or Opcode.LoadFastCheck or Opcode.LoadClosure or Opcode.LoadDeref
            or Opcode.LoadClassDeref or Opcode.LoadName => 1,
        Opcode.StoreFast or Opcode.StoreDeref or Opcode.StoreName or Opcode.StoreGlobal => -1,
        Opcode.DeleteFast or Opcode.DeleteDeref or Opcode.DeleteName or Opcode.DeleteGlobal => 0,
        Opcode.MakeCell or Opcode.CopyFreeVars => 0,
        Opcode.LoadGlobal => 1 + (arg & 1),
        Opcode.LoadAttr => 0,
        Opcode.StoreAttr => -2,
        Opcode.DeleteAttr => -1,
        Opcode.LoadMethod => 1,
        Opcode.BuildTuple or Opcode.BuildList or Opcode.BuildSet or Opcode.BuildString => 1 - arg,
        Opcode.BuildMap => 1 - (2 * arg),
        Opcode.BuildConstKeyMap => -arg,
        Opcode.ListAppend or Opcode.SetAdd or Opcode.ListExtend or Opcode.SetUpdate or Opcode.DictUpdate or Opcode.DictMerge => -1,
        Opcode.MapAdd => -2,
        Opcode.ListToTuple => 0,
        Opcode.UnpackSequence => arg - 1,
        Opcode.UnpackEx => (arg & 0xFF) + (arg >> 8),
        Opcode.FormatValue => (arg & 0x04) != 0 ? -1 : 0,
        Opcode.Jump or Opcode.JumpBackward => 0,
        Opcode.PopJumpIfFalse or Opcode.PopJumpIfTrue or Opcode.PopJumpIfNone or Opcode.PopJumpIfNotNone => -1,
        Opcode.JumpIfFalseOrPop or Opcode.JumpIfTrueOrPop => jump ? 0 : -1,
        Opcode.KwNames => 0,
        Opcode.Call => -1 - arg,
        Opcode.CallFunctionEx => -2 - (arg & 1),
        Opcode.MakeFunction => -System.Numerics.BitOperations.PopCount((uint)(arg & 0x0F)),
        Opcode.ReturnValue => -1,
        Opcode.Resume or Opcode.YieldValue or Opcode.AsyncGenWrap => 0,

        // The frame is suspended empty; the first send() pushes its value, which the next POP_TOP discards.
        Opcode.ReturnGenerator => 1,
        Opcode.Send => jump ? -1 : 0,
        Opcode.GetAwaitable or Opcode.GetAIter => 0,
        Opcode.GetANext => 1,
        Opcode.EndAsyncFor => -2,
        Opcode.RaiseVarargs => -arg,
        Opcode.PushExcInfo => 1,
        Opcode.PopExcept or Opcode.Reraise or Opcode.PrepReraiseStar => -1,
        Opcode.CheckExcMatch or Opcode.CheckEgMatch => 0,
        Opcode.WithExceptStart or Opcode.BeforeWith or Opcode.BeforeAsyncWith or Opcode.LoadAssertionError => 1,
        Opcode.LoadBuildClass => 1,
        Opcode.SetupAnnotations => 0,
        Opcode.ImportName or Opcode.ImportStar or Opcode.PrintExpr => -1,
        Opcode.ImportFrom => 1,
        Opcode.GetLen or Opcode.MatchMapping or Opcode.MatchSequence or Opcode.MatchKeys => 1,
        Opcode.MatchClass => -2,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "no stack effect"),
    };

    /// <summary>Whether control never falls through to the next instruction.</summary>
    public static bool IsTerminator(Opcode op) => op is Opcode.Jump or Opcode.JumpBackward
        or Opcode.ReturnValue or Opcode.RaiseVarargs or Opcode.Reraise;
}
