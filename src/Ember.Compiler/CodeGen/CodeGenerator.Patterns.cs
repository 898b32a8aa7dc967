using Ember.Bytecode;
using Ember.Compiler.Flow;
using Ember.Compiler.Optimize;
using Ember.Syntax.Ast;
using Ember.Syntax.Text;
using Attribute = Ember.Syntax.Ast.Attribute;

namespace Ember.Compiler.CodeGen;

// PEP 634 as 3.11 compiles it: every pattern routine consumes the subject on
// top of the stack and jumps to a fail_pop block on failure; captured names
// stay on the stack under the items in use until the whole pattern matched.
internal sealed partial class CodeGenerator
{
    private static bool IsWildcard(PatternNode p) => p is MatchAs { Pattern: null, Name: null };

    private static bool IsWildcardStar(PatternNode p) => p is MatchStar { Name: null };

    // compiler_match / compiler_match_inner
    private void CompileMatch(Match s)
    {
        var pc = new PatternContext();
        VisitExpr(s.Subject);
        var end = NewBlock();
        int cases = s.Cases.Count;
        var last = s.Cases[cases - 1];
        bool hasDefault = IsWildcard(last.Pattern) && cases > 1;
        for (int i = 0; i < cases - (hasDefault ? 1 : 0); i++)
        {
            var m = s.Cases[i];
            SetLoc(m.Pattern);
            bool notLast = i != cases - (hasDefault ? 1 : 0) - 1;
            if (notLast)
            {
                Emit(Opcode.Copy, 1);
            }

            pc.Stores = new List<string>();
            pc.AllowIrrefutable = m.Guard != null || i == cases - 1;
            pc.FailPop = new List<BasicBlock>();
            pc.OnTop = 0;
            CompilePattern(m.Pattern, pc);
            foreach (var name in pc.Stores)
            {
                NameOp(name, ExprContext.Store);
            }

            if (m.Guard != null)
            {
                EnsureFailPop(pc, 0);
                JumpIf(m.Guard, pc.FailPop[0], false);
            }

            if (notLast)
            {
                Emit(Opcode.PopTop);
            }

            VisitStmts(m.Body);
            Jump(end);
            SetLoc(m.Pattern);
            EmitAndResetFailPop(pc);
        }

        if (hasDefault)
        {
            SetLoc(last.Pattern);
            if (cases == 1)
            {
                Emit(Opcode.PopTop);
            }
            else
            {
                Emit(Opcode.Nop);
            }

            if (last.Guard != null)
            {
                JumpIf(last.Guard, end, false);
            }

            VisitStmts(last.Body);
        }

        UseNextBlock(end);
    }

    private void EnsureFailPop(PatternContext pc, int n)
    {
        while (pc.FailPop.Count < n + 1)
        {
            pc.FailPop.Add(NewBlock());
        }
    }

    // jump_to_fail_pop
    private void JumpToFailPop(PatternContext pc, Opcode op)
    {
        int pops = pc.OnTop + pc.Stores.Count;
        EnsureFailPop(pc, pops);
        EmitJump(op, pc.FailPop[pops]);
    }

    private void JumpToFailPopPseudo(PatternContext pc)
    {
        int pops = pc.OnTop + pc.Stores.Count;
        EnsureFailPop(pc, pops);
        Jump(pc.FailPop[pops]);
    }

    // emit_and_reset_fail_pop
    private void EmitAndResetFailPop(PatternContext pc)
    {
        if (pc.FailPop.Count == 0)
        {
            return;
        }

        for (int i = pc.FailPop.Count - 1; i > 0; i--)
        {
            UseNextBlock(pc.FailPop[i]);
            Emit(Opcode.PopTop);
        }

        UseNextBlock(pc.FailPop[0]);
        pc.FailPop = new List<BasicBlock>();
    }

    private void PatternRotate(int count)
    {
        while (count > 1)
        {
            Emit(Opcode.Swap, count--);
        }
    }

    // pattern_helper_store_name
    private void PatternStoreName(string? name, PatternContext pc)
    {
        if (name == null)
        {
            Emit(Opcode.PopTop);
            return;
        }

        ForbiddenName(name, ExprContext.Store);
        if (pc.Stores.Contains(name))
        {
            Error("multiple assignments to name " + PyRepr.Str(name) + " in pattern");
        }

        PatternRotate(pc.OnTop + pc.Stores.Count + 1);
        pc.Stores.Add(name);
    }

    // compiler_pattern_subpattern
    private void CompileSubpattern(PatternNode p, PatternContext pc)
    {
        bool allow = pc.AllowIrrefutable;
        pc.AllowIrrefutable = true;
        CompilePattern(p, pc);
        pc.AllowIrrefutable = allow;
    }

    // compiler_pattern
    private void CompilePattern(PatternNode p, PatternContext pc)
    {
        SetLoc(p);
        switch (p)
        {
            case MatchValue v:
                if (v.Value is not Attribute && !_folder.IsConstant(v.Value))
                {
                    Error("patterns may only match literals and attribute lookups");
                }

                VisitExpr(v.Value);
                AddCompare(CmpOperator.Eq);
                JumpToFailPop(pc, Opcode.PopJumpIfFalse);
                break;
            case MatchSingleton s:
                LoadConst(ConstantFolder.ToConst(s.Value));
                AddCompare(CmpOperator.Is);
                JumpToFailPop(pc, Opcode.PopJumpIfFalse);
                break;
            case MatchSequence seq:
                PatternSequence(seq, pc);
                break;
            case MatchMapping map:
                PatternMapping(map, pc);
                break;
            case MatchClass cls:
                PatternClass(cls, pc);
                break;
            case MatchStar star:
                PatternStoreName(star.Name, pc);
                break;
            case MatchAs a:
                PatternAs(a, pc);
                break;
            case MatchOr or:
                PatternOr(or, pc);
                break;
        }
    }

    // compiler_pattern_as
    private void PatternAs(MatchAs p, PatternContext pc)
    {
        if (p.Pattern == null)
        {
            if (!pc.AllowIrrefutable)
            {
                if (p.Name != null)
                {
                    Error("name capture " + PyRepr.Str(p.Name) + " makes remaining patterns unreachable");
                }

                Error("wildcard makes remaining patterns unreachable");
            }

            PatternStoreName(p.Name, pc);
            return;
        }

        pc.OnTop++;
        Emit(Opcode.Copy, 1);
        CompilePattern(p.Pattern, pc);
        pc.OnTop--;
        PatternStoreName(p.Name, pc);
    }

    // compiler_pattern_sequence
    private void PatternSequence(MatchSequence p, PatternContext pc)
    {
        var patterns = p.Patterns;
        int size = patterns.Count;
        int star = -1;
        bool onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++)
        {
            var pattern = patterns[i];
            if (pattern is MatchStar)
            {
                if (star >= 0)
                {
                    Error("multiple starred names in sequence pattern");
                }

                starWildcard = IsWildcardStar(pattern);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }

            onlyWildcard &= IsWildcard(pattern);
        }

        pc.OnTop++;
        Emit(Opcode.MatchSequence);
        JumpToFailPop(pc, Opcode.PopJumpIfFalse);
        if (star < 0)
        {
            Emit(Opcode.GetLen);
            LoadConst((long)size);
            AddCompare(CmpOperator.Eq);
            JumpToFailPop(pc, Opcode.PopJumpIfFalse);
        }
        else if (size > 1)
        {
            Emit(Opcode.GetLen);
            LoadConst((long)(size - 1));
            AddCompare(CmpOperator.GtE);
            JumpToFailPop(pc, Opcode.PopJumpIfFalse);
        }

        pc.OnTop--;
        if (onlyWildcard)
        {
            Emit(Opcode.PopTop);
        }
        else if (starWildcard)
        {
            PatternSequenceSubscr(patterns, star, pc);
        }
        else
        {
            PatternSequenceUnpack(patterns, pc);
        }
    }

    // pattern_helper_sequence_unpack
    private void PatternSequenceUnpack(List<PatternNode> patterns, PatternContext pc)
    {
        int n = patterns.Count;
        bool seenStar = false;
        for (int i = 0; i < n; i++)
        {
            if (patterns[i] is MatchStar && !seenStar)
            {
                Emit(Opcode.UnpackEx, i + ((n - i - 1) << 8));
                seenStar = true;
            }
            else if (patterns[i] is MatchStar)
            {
                Error("multiple starred expressions in sequence pattern");
            }
        }

        if (!seenStar)
        {
            Emit(Opcode.UnpackSequence, n);
        }

        pc.OnTop += n;
        foreach (var pattern in patterns)
        {
            pc.OnTop--;
            CompileSubpattern(pattern, pc);
        }
    }

    // pattern_helper_sequence_subscr
    private void PatternSequenceSubscr(List<PatternNode> patterns, int star, PatternContext pc)
    {
        pc.OnTop++;
        int size = patterns.Count;
        for (int i = 0; i < size; i++)
        {
            var pattern = patterns[i];
            if (IsWildcard(pattern) || i == star)
            {
                continue;
            }

            Emit(Opcode.Copy, 1);
            if (i < star)
            {
                LoadConst((long)i);
            }
            else
            {
                Emit(Opcode.GetLen);
                LoadConst((long)(size - i));
                Emit(Opcode.BinaryOp, (int)BinaryOp.Subtract);
            }

            Emit(Opcode.BinarySubscr);
            CompileSubpattern(pattern, pc);
        }

        pc.OnTop--;
        Emit(Opcode.PopTop);
    }

    // compiler_pattern_class
    private void PatternClass(MatchClass p, PatternContext pc)
    {
        int nargs = p.Patterns.Count, nattrs = p.KwdAttrs.Count;
        if (nattrs != p.KwdPatterns.Count)
        {
            Error($"kwd_attrs ({nattrs}) / kwd_patterns ({p.KwdPatterns.Count}) length mismatch in class pattern");
        }

        if (nattrs > 0)
        {
            // validate_kwd_attrs: errors point at the sub-pattern.
            for (int i = 0; i < nattrs; i++)
            {
                SetLoc(p.KwdPatterns[i]);
                ForbiddenName(p.KwdAttrs[i], ExprContext.Store);
                for (int j = i + 1; j < nattrs; j++)
                {
                    if (p.KwdAttrs[i] == p.KwdAttrs[j])
                    {
                        SetLoc(p.KwdPatterns[j]);
                        Error("attribute name repeated in class pattern: " + p.KwdAttrs[i]);
                    }
                }
            }

            SetLoc(p);
        }

        VisitExpr(p.Cls);
        LoadConst(new ConstTuple(p.KwdAttrs.Cast<object?>().ToArray()));
        Emit(Opcode.MatchClass, nargs);
        Emit(Opcode.Copy, 1);
        LoadConst(null);
        Emit(Opcode.IsOp, 1);
        pc.OnTop++;
        JumpToFailPop(pc, Opcode.PopJumpIfFalse);
        Emit(Opcode.UnpackSequence, nargs + nattrs);
        pc.OnTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++)
        {
            pc.OnTop--;
            var pattern = i < nargs ? p.Patterns[i] : p.KwdPatterns[i - nargs];
            if (IsWildcard(pattern))
            {
                Emit(Opcode.PopTop);
                continue;
            }

            CompileSubpattern(pattern, pc);
        }
    }

    // compiler_pattern_mapping
    private void PatternMapping(MatchMapping p, PatternContext pc)
    {
        var keys = p.Keys;
        int size = keys.Count;
        if (size != p.Patterns.Count)
        {
            Error($"keys ({size}) / patterns ({p.Patterns.Count}) length mismatch in mapping pattern");
        }

        var starTarget = p.Rest;
        pc.OnTop++;
        Emit(Opcode.MatchMapping);
        JumpToFailPop(pc, Opcode.PopJumpIfFalse);
        if (size == 0 && starTarget == null)
        {
            pc.OnTop--;
            Emit(Opcode.PopTop);
            return;
        }

        if (size > 0)
        {
            Emit(Opcode.GetLen);
            LoadConst((long)size);
            AddCompare(CmpOperator.GtE);
            JumpToFailPop(pc, Opcode.PopJumpIfFalse);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < size; i++)
        {
            var key = keys[i];
            if (_folder.TryFold(key, out var value))
            {
                if (!seen.Add(PatternKeys.EqualityKey(value)))
                {
                    Error("mapping pattern checks duplicate key (" + PatternKeys.Repr(value) + ")");
                }
            }
            else if (key is not Attribute)
            {
                Error("mapping pattern keys may only match literals and attribute lookups");
            }

            VisitExpr(key);
        }

        Emit(Opcode.BuildTuple, size);
        Emit(Opcode.MatchKeys);
        pc.OnTop += 2;
        Emit(Opcode.Copy, 1);
        LoadConst(null);
        Emit(Opcode.IsOp, 1);
        JumpToFailPop(pc, Opcode.PopJumpIfFalse);
        Emit(Opcode.UnpackSequence, size);
        pc.OnTop += size - 1;
        for (int i = 0; i < size; i++)
        {
            pc.OnTop--;
            CompileSubpattern(p.Patterns[i], pc);
        }

        pc.OnTop -= 2;
        if (starTarget != null)
        {
            Emit(Opcode.BuildMap, 0);
            Emit(Opcode.Swap, 3);
            Emit(Opcode.DictUpdate, 2);
            Emit(Opcode.UnpackSequence, size);
            while (size > 0)
            {
                Emit(Opcode.Copy, 1 + size--);
                Emit(Opcode.Swap, 2);
                Emit(Opcode.DeleteSubscr);
            }

            PatternStoreName(starTarget, pc);
        }
        else
        {
            Emit(Opcode.PopTop);
            Emit(Opcode.PopTop);
        }
    }

    // compiler_pattern_or
    private void PatternOr(MatchOr p, PatternContext pc)
    {
        var end = NewBlock();
        int size = p.Patterns.Count;
        var oldStores = pc.Stores;
        var oldFailPop = pc.FailPop;
        int oldOnTop = pc.OnTop;
        bool oldAllow = pc.AllowIrrefutable;
        List<string>? control = null;
        for (int i = 0; i < size; i++)
        {
            var alt = p.Patterns[i];
            SetLoc(alt);
            pc.Stores = new List<string>();
            pc.AllowIrrefutable = i == size - 1 && oldAllow;
            pc.FailPop = new List<BasicBlock>();
            pc.OnTop = 0;
            Emit(Opcode.Copy, 1);
            CompilePattern(alt, pc);
            int nstores = pc.Stores.Count;
            if (i == 0)
            {
                control = pc.Stores;
            }
            else if (nstores != control!.Count)
            {
                Error("alternative patterns bind different names");
            }
            else if (nstores > 0)
            {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--)
                {
                    string name = control[icontrol];
                    int istores = pc.Stores.IndexOf(name);
                    if (istores < 0)
                    {
                        Error("alternative patterns bind different names");
                    }

                    if (icontrol != istores)
                    {
                        int rotations = istores + 1;
                        var rotated = pc.Stores.GetRange(0, rotations);
                        pc.Stores.RemoveRange(0, rotations);
                        pc.Stores.InsertRange(icontrol - istores, rotated);
                        while (rotations-- > 0)
                        {
                            PatternRotate(icontrol + 1);
                        }
                    }
                }
            }

            Jump(end);
            EmitAndResetFailPop(pc);
        }

        pc.Stores = oldStores;
        pc.FailPop = oldFailPop;
        pc.OnTop = oldOnTop;
        pc.AllowIrrefutable = oldAllow;
        Emit(Opcode.PopTop);
        JumpToFailPopPseudo(pc);
        UseNextBlock(end);
        int ncontrol = control!.Count;
        int nrots = ncontrol + 1 + pc.OnTop + pc.Stores.Count;
        for (int i = 0; i < ncontrol; i++)
        {
            PatternRotate(nrots);
            string name = control[i];
            if (pc.Stores.Contains(name))
            {
                Error("multiple assignments to name " + PyRepr.Str(name) + " in pattern");
            }

            pc.Stores.Add(name);
        }

        Emit(Opcode.PopTop);
    }
}
