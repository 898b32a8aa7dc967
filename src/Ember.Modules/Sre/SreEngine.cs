using System.Runtime.CompilerServices;

namespace Ember.Modules.Sre;

/// <summary>
/// The SRE matcher (Modules/_sre/sre_lib.h): SRE(match), SRE(search),
/// SRE(count) and SRE(at), interpreting the code list that re/_compiler.py
/// emits. Backtracking uses an explicit stack of <see cref="SreContext"/>s
/// (sre's DO_JUMP / exit), never .NET recursion, so no pattern can overflow
/// the thread's stack. Each DO_JUMP of sre_lib.h is a push and a jump to
/// <c>Entrance</c>; its <c>jump_*</c> label is the matching <c>*Resume</c> label,
/// reached from <c>Exit</c> through the child context's <see cref="SreContext.Jump"/>.
/// </summary>
internal static class SreEngine<T>
    where T : struct, ISreText
{
    public const uint MaxRepeat = uint.MaxValue;

    private const int JumpNone = 0;
    private const int JumpBranch = 1;
    private const int JumpRepeatOne1 = 2;
    private const int JumpRepeatOne2 = 3;
    private const int JumpMinRepeatOne = 4;
    private const int JumpRepeat = 5;
    private const int JumpMaxUntil1 = 6;
    private const int JumpMaxUntil2 = 7;
    private const int JumpMaxUntil3 = 8;
    private const int JumpMinUntil1 = 9;
    private const int JumpMinUntil2 = 10;
    private const int JumpMinUntil3 = 11;
    private const int JumpAssert = 12;
    private const int JumpAssertNot = 13;
    private const int JumpPossRepeat1 = 14;
    private const int JumpPossRepeat2 = 15;
    private const int JumpAtomicGroup = 16;

    /// <summary>SRE(at): whether position <paramref name="ptr"/> satisfies the position code <paramref name="at"/>.</summary>
    private static bool At(SreState st, T text, int ptr, uint at)
    {
        int end = st.End;
        bool thisp, thatp;
        switch (at)
        {
            case SreAt.Beginning:
            case SreAt.BeginningString:
                return ptr == 0;
            case SreAt.BeginningLine:
                return ptr == 0 || text[ptr - 1] == '\n';
            case SreAt.End:
                return (ptr + 1 == end && text[ptr] == '\n') || ptr == end;
            case SreAt.EndLine:
                return ptr == end || text[ptr] == '\n';
            case SreAt.EndString:
                return ptr == end;
            case SreAt.Boundary:
            case SreAt.LocBoundary:
                if (end == 0)
                {
                    return false;
                }

                thatp = ptr > 0 && SreChars.IsAsciiWord(text[ptr - 1]);
                thisp = ptr < end && SreChars.IsAsciiWord(text[ptr]);
                return thisp != thatp;
            case SreAt.NonBoundary:
            case SreAt.LocNonBoundary:
                if (end == 0)
                {
                    return false;
                }

                thatp = ptr > 0 && SreChars.IsAsciiWord(text[ptr - 1]);
                thisp = ptr < end && SreChars.IsAsciiWord(text[ptr]);
                return thisp == thatp;
            case SreAt.UniBoundary:
                if (end == 0)
                {
                    return false;
                }

                thatp = ptr > 0 && SreChars.IsUniWord(text[ptr - 1]);
                thisp = ptr < end && SreChars.IsUniWord(text[ptr]);
                return thisp != thatp;
            case SreAt.UniNonBoundary:
                if (end == 0)
                {
                    return false;
                }

                thatp = ptr > 0 && SreChars.IsUniWord(text[ptr - 1]);
                thisp = ptr < end && SreChars.IsUniWord(text[ptr]);
                return thisp == thatp;
            default:
                return false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CharsetLocIgnore(uint[] code, int set, uint ch)
    {
        uint lo = SreChars.LowerLocale(ch);
        if (SreChars.InCharset(code, set, lo))
        {
            return true;
        }

        uint up = SreChars.UpperLocale(ch);
        return up != lo && SreChars.InCharset(code, set, up);
    }

    /// <summary>SRE(count): how many times the one-character item at <paramref name="pc"/> matches from st.Ptr, at most <paramref name="maxcount"/>.</summary>
    private static int Count(SreState st, T text, int pc, uint maxcount, int depth)
    {
        uint[] code = st.Code;
        int ptr = st.Ptr;
        int end = st.End;
        if ((long)maxcount < end - ptr && maxcount != MaxRepeat)
        {
            end = ptr + (int)maxcount;
        }

        uint chr;
        switch (code[pc])
        {
            case SreOp.In:
                while (ptr < end && SreChars.InCharset(code, pc + 2, text[ptr]))
                {
                    ptr++;
                }

                break;
            case SreOp.Any:
                while (ptr < end && text[ptr] != '\n')
                {
                    ptr++;
                }

                break;
            case SreOp.AnyAll:
                ptr = end;
                break;
            case SreOp.Literal:
                chr = code[pc + 1];
                while (ptr < end && text[ptr] == chr)
                {
                    ptr++;
                }

                break;
            case SreOp.LiteralIgnore:
                chr = code[pc + 1];
                while (ptr < end && SreChars.LowerAscii(text[ptr]) == chr)
                {
                    ptr++;
                }

                break;
            case SreOp.LiteralUniIgnore:
                chr = code[pc + 1];
                while (ptr < end && SreChars.LowerUnicode(text[ptr]) == chr)
                {
                    ptr++;
                }

                break;
            case SreOp.LiteralLocIgnore:
                chr = code[pc + 1];
                while (ptr < end && SreChars.CharLocIgnore(chr, text[ptr]))
                {
                    ptr++;
                }

                break;
            case SreOp.NotLiteral:
                chr = code[pc + 1];
                while (ptr < end && text[ptr] != chr)
                {
                    ptr++;
                }

                break;
            case SreOp.NotLiteralIgnore:
                chr = code[pc + 1];
                while (ptr < end && SreChars.LowerAscii(text[ptr]) != chr)
                {
                    ptr++;
                }

                break;
            case SreOp.NotLiteralUniIgnore:
                chr = code[pc + 1];
                while (ptr < end && SreChars.LowerUnicode(text[ptr]) != chr)
                {
                    ptr++;
                }

                break;
            case SreOp.NotLiteralLocIgnore:
                chr = code[pc + 1];
                while (ptr < end && !SreChars.CharLocIgnore(chr, text[ptr]))
                {
                    ptr++;
                }

                break;

            // What SRE(match) would do for these single-character items, without entering it.
            case SreOp.InIgnore:
                while (ptr < end && SreChars.InCharset(code, pc + 2, SreChars.LowerAscii(text[ptr])))
                {
                    ptr++;
                }

                break;
            case SreOp.InUniIgnore:
                while (ptr < end && SreChars.InCharset(code, pc + 2, SreChars.LowerUnicode(text[ptr])))
                {
                    ptr++;
                }

                break;
            case SreOp.InLocIgnore:
                while (ptr < end && CharsetLocIgnore(code, pc + 2, text[ptr]))
                {
                    ptr++;
                }

                break;
            default:
                // Any other repeated single-character pattern: run the matcher on it.
                while (st.Ptr < end)
                {
                    int i = Match(st, text, pc, false, depth + 1);
                    if (i < 0)
                    {
                        return i;
                    }

                    if (i == 0)
                    {
                        break;
                    }
                }

                return st.Ptr - ptr;
        }

        return ptr - st.Ptr;
    }

    /// <summary>Saves the current position of <paramref name="ctx"/> and returns the child context that runs <c>nextPattern</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static SreContext Push(SreState st, ref int depth, SreContext ctx, int pattern, int ptr, int jump, bool toplevel)
    {
        ctx.Pattern = pattern;
        ctx.Ptr = ptr;
        depth++;
        var child = st.Context(depth);
        child.Jump = jump;
        child.TopLevel = toplevel;
        child.Rep = null;
        return child;
    }

    /// <summary>SRE(match): whether the code at <paramref name="start"/> matches at st.Ptr; on success st.Ptr is the end of the match.</summary>
    public static int Match(SreState st, T text, int start, bool toplevel, int baseDepth)
    {
        uint[] code = st.Code;
        int end = st.End;
        int depth = baseDepth;
        var ctx = st.Context(depth);
        ctx.Jump = JumpNone;
        ctx.TopLevel = toplevel;
        ctx.Rep = null;
        int pattern = start;
        int ptr;
        int ret = 0;
        SreRepeat rep;

    Entrance:
        ptr = st.Ptr;
        if (code[pattern] == SreOp.Info)
        {
            // <INFO> <1=skip> <2=flags> <3=min> ...
            if (code[pattern + 3] != 0 && (uint)(end - ptr) < code[pattern + 3])
            {
                goto Failure;
            }

            pattern += (int)code[pattern + 1] + 1;
        }

    Dispatch:
        if ((++st.SigCount & 0xFFF) == 0 && SreState.CheckSignals())
        {
            return SreError.Interrupted;
        }

        switch (code[pattern++])
        {
            case SreOp.Mark:
            {
                // <MARK> <gid>
                int i = (int)code[pattern];
                if ((i & 1) != 0)
                {
                    st.LastIndex = (i / 2) + 1;
                }

                if (i > st.LastMark)
                {
                    // Marks skipped over are unset.
                    int j = st.LastMark + 1;
                    while (j < i)
                    {
                        st.Mark[j++] = -1;
                    }

                    st.LastMark = i;
                }

                st.Mark[i] = ptr;
                pattern++;
                goto Dispatch;
            }

            case SreOp.Literal:
                if (ptr >= end || text[ptr] != code[pattern])
                {
                    goto Failure;
                }

                pattern++;
                ptr++;
                goto Dispatch;
            case SreOp.NotLiteral:
                if (ptr >= end || text[ptr] == code[pattern])
                {
                    goto Failure;
                }

                pattern++;
                ptr++;
                goto Dispatch;
            case SreOp.Success:
                if (ctx.TopLevel && ((st.MatchAll && ptr != st.End) || (st.MustAdvance && ptr == st.Start)))
                {
                    goto Failure;
                }

                st.Ptr = ptr;
                goto Success;
            case SreOp.At:
                if (!At(st, text, ptr, code[pattern]))
                {
                    goto Failure;
                }

                pattern++;
                goto Dispatch;
            case SreOp.Category:
                if (ptr >= end || !SreChars.Category(code[pattern], text[ptr]))
                {
                    goto Failure;
                }

                pattern++;
                ptr++;
                goto Dispatch;
            case SreOp.Any:
                if (ptr >= end || text[ptr] == '\n')
                {
                    goto Failure;
                }

                ptr++;
                goto Dispatch;
            case SreOp.AnyAll:
                if (ptr >= end)
                {
                    goto Failure;
                }

                ptr++;
                goto Dispatch;
            case SreOp.In:
                // <IN> <skip> <set>
                if (ptr >= end || !SreChars.InCharset(code, pattern + 1, text[ptr]))
                {
                    goto Failure;
                }

                pattern += (int)code[pattern];
                ptr++;
                goto Dispatch;
            case SreOp.LiteralIgnore:
                if (ptr >= end || SreChars.LowerAscii(text[ptr]) != code[pattern])
                {
                    goto Failure;
                }

                pattern++;
                ptr++;
                goto Dispatch;
            case SreOp.LiteralUniIgnore:
                if (ptr >= end || SreChars.LowerUnicode(text[ptr]) != code[pattern])
                {
                    goto Failure;
                }

                pattern++;
                ptr++;
                goto Dispatch;
            case SreOp.LiteralLocIgnore:
                if (ptr >= end || !SreChars.CharLocIgnore(code[pattern], text[ptr]))
                {
                    goto Failure;
                }

                pattern++;
                ptr++;
                goto Dispatch;
            case SreOp.NotLiteralIgnore:
                if (ptr >= end || SreChars.LowerAscii(text[ptr]) == code[pattern])
                {
                    goto Failure;
                }

                pattern++;
                ptr++;
                goto Dispatch;
            case SreOp.NotLiteralUniIgnore:
                if (ptr >= end || SreChars.LowerUnicode(text[ptr]) == code[pattern])
                {
                    goto Failure;
                }

                pattern++;
                ptr++;
                goto Dispatch;
            case SreOp.NotLiteralLocIgnore:
                if (ptr >= end || SreChars.CharLocIgnore(code[pattern], text[ptr]))
                {
                    goto Failure;
                }

                pattern++;
                ptr++;
                goto Dispatch;
            case SreOp.InIgnore:
                if (ptr >= end || !SreChars.InCharset(code, pattern + 1, SreChars.LowerAscii(text[ptr])))
                {
                    goto Failure;
                }

                pattern += (int)code[pattern];
                ptr++;
                goto Dispatch;
            case SreOp.InUniIgnore:
                if (ptr >= end || !SreChars.InCharset(code, pattern + 1, SreChars.LowerUnicode(text[ptr])))
                {
                    goto Failure;
                }

                pattern += (int)code[pattern];
                ptr++;
                goto Dispatch;
            case SreOp.InLocIgnore:
                if (ptr >= end || !CharsetLocIgnore(code, pattern + 1, text[ptr]))
                {
                    goto Failure;
                }

                pattern += (int)code[pattern];
                ptr++;
                goto Dispatch;
            case SreOp.Jump:
            case SreOp.Info:
                // <JUMP> <offset>
                pattern += (int)code[pattern];
                goto Dispatch;
            case SreOp.Branch:
                // <BRANCH> <0=skip> code <JUMP> ... <NULL>
                ctx.LastMark = st.LastMark;
                ctx.LastIndex = st.LastIndex;
                if (st.Repeat is not null)
                {
                    st.MarkPush(ctx.LastMark);
                }

                goto BranchLoop;
            case SreOp.RepeatOne:
                // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                if ((long)code[pattern + 1] > end - ptr)
                {
                    goto Failure;
                }

                st.Ptr = ptr;
                ret = Count(st, text, pattern + 3, code[pattern + 2], depth);
                if (ret < 0)
                {
                    return ret;
                }

                ctx.Count = ret;
                ptr += ctx.Count;
                if (ctx.Count < (long)code[pattern + 1])
                {
                    goto Failure;
                }

                if (code[pattern + (int)code[pattern]] == SreOp.Success && ptr == st.End &&
                    !(ctx.TopLevel && st.MustAdvance && ptr == st.Start))
                {
                    // The tail is empty: done.
                    st.Ptr = ptr;
                    goto Success;
                }

                ctx.LastMark = st.LastMark;
                ctx.LastIndex = st.LastIndex;
                if (st.Repeat is not null)
                {
                    st.MarkPush(ctx.LastMark);
                }

                if (code[pattern + (int)code[pattern]] == SreOp.Literal)
                {
                    // The tail starts with a literal: skip positions where it cannot match.
                    ctx.Chr = code[pattern + (int)code[pattern] + 1];
                    goto RepeatOne1Loop;
                }

                goto RepeatOne2Loop;
            case SreOp.MinRepeatOne:
                // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                if ((long)code[pattern + 1] > end - ptr)
                {
                    goto Failure;
                }

                st.Ptr = ptr;
                if (code[pattern + 1] == 0)
                {
                    ctx.Count = 0;
                }
                else
                {
                    ret = Count(st, text, pattern + 3, code[pattern + 1], depth);
                    if (ret < 0)
                    {
                        return ret;
                    }

                    if (ret < (long)code[pattern + 1])
                    {
                        goto Failure;
                    }

                    ctx.Count = ret;
                    ptr += ctx.Count;
                }

                if (code[pattern + (int)code[pattern]] == SreOp.Success &&
                    !(ctx.TopLevel && ((st.MatchAll && ptr != st.End) || (st.MustAdvance && ptr == st.Start))))
                {
                    st.Ptr = ptr;
                    goto Success;
                }

                ctx.LastMark = st.LastMark;
                ctx.LastIndex = st.LastIndex;
                if (st.Repeat is not null)
                {
                    st.MarkPush(ctx.LastMark);
                }

                goto MinRepeatOneLoop;
            case SreOp.PossessiveRepeatOne:
                // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                if ((long)code[pattern + 1] > end - ptr)
                {
                    goto Failure;
                }

                st.Ptr = ptr;
                ret = Count(st, text, pattern + 3, code[pattern + 2], depth);
                if (ret < 0)
                {
                    return ret;
                }

                ctx.Count = ret;
                ptr += ctx.Count;
                if (ctx.Count < (long)code[pattern + 1])
                {
                    goto Failure;
                }

                pattern += (int)code[pattern];
                goto Dispatch;
            case SreOp.Repeat:
                // <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail: the UNTIL does the work.
                rep = new SreRepeat { Count = -1, Pattern = pattern, Prev = st.Repeat, LastPtr = -1 };
                ctx.Rep = rep;
                st.Repeat = rep;
                st.Ptr = ptr;
                ctx = Push(st, ref depth, ctx, pattern, ptr, JumpRepeat, ctx.TopLevel);
                pattern += (int)code[pattern];
                goto Entrance;
            case SreOp.MaxUntil:
                // <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail
                if (st.Repeat is null)
                {
                    return SreError.State;
                }

                rep = ctx.Rep = st.Repeat;
                st.Ptr = ptr;
                ctx.Count = rep.Count + 1;
                if (ctx.Count < (long)code[rep.Pattern + 1])
                {
                    // Not enough matches yet.
                    rep.Count = ctx.Count;
                    int item = rep.Pattern + 3;
                    ctx = Push(st, ref depth, ctx, pattern, ptr, JumpMaxUntil1, ctx.TopLevel);
                    pattern = item;
                    goto Entrance;
                }

                goto MaxUntilMore;
            case SreOp.MinUntil:
                // <REPEAT> <skip> <1=min> <2=max> item <MIN_UNTIL> tail
                if (st.Repeat is null)
                {
                    return SreError.State;
                }

                rep = ctx.Rep = st.Repeat;
                st.Ptr = ptr;
                ctx.Count = rep.Count + 1;
                if (ctx.Count < (long)code[rep.Pattern + 1])
                {
                    rep.Count = ctx.Count;
                    int item = rep.Pattern + 3;
                    ctx = Push(st, ref depth, ctx, pattern, ptr, JumpMinUntil1, ctx.TopLevel);
                    pattern = item;
                    goto Entrance;
                }

                // See whether the tail matches.
                st.Repeat = rep.Prev;
                ctx.LastMark = st.LastMark;
                ctx.LastIndex = st.LastIndex;
                if (st.Repeat is not null)
                {
                    st.MarkPush(ctx.LastMark);
                }

                ctx = Push(st, ref depth, ctx, pattern, ptr, JumpMinUntil2, ctx.TopLevel);
                goto Entrance;
            case SreOp.PossessiveRepeat:
                // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
                st.Ptr = ptr;
                ctx.Count = 0;
                goto PossRepeatMin;
            case SreOp.AtomicGroup:
                // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                st.Ptr = ptr;
                ctx = Push(st, ref depth, ctx, pattern, ptr, JumpAtomicGroup, false);
                pattern++;
                goto Entrance;
            case SreOp.GroupRef:
            case SreOp.GroupRefIgnore:
            case SreOp.GroupRefUniIgnore:
            case SreOp.GroupRefLocIgnore:
            {
                // <GROUPREF> <group>
                uint op = code[pattern - 1];
                long groupref = (long)code[pattern] * 2;
                if (groupref >= st.LastMark)
                {
                    goto Failure;
                }

                int p = st.Mark[groupref];
                int e = st.Mark[groupref + 1];
                if (p < 0 || e < 0 || e < p)
                {
                    goto Failure;
                }

                while (p < e)
                {
                    if (ptr >= end || !SameChar(op, text[ptr], text[p]))
                    {
                        goto Failure;
                    }

                    p++;
                    ptr++;
                }

                pattern++;
                goto Dispatch;
            }

            case SreOp.GroupRefExists:
            {
                // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
                long groupref = (long)code[pattern] * 2;
                if (groupref >= st.LastMark)
                {
                    pattern += (int)code[pattern + 1];
                    goto Dispatch;
                }

                int p = st.Mark[groupref];
                int e = st.Mark[groupref + 1];
                if (p < 0 || e < 0 || e < p)
                {
                    pattern += (int)code[pattern + 1];
                    goto Dispatch;
                }

                pattern += 2;
                goto Dispatch;
            }

            case SreOp.Assert:
                // <ASSERT> <skip> <back> <pattern>
                if ((uint)ptr < code[pattern + 1])
                {
                    goto Failure;
                }

                st.Ptr = ptr - (int)code[pattern + 1];
                ctx = Push(st, ref depth, ctx, pattern, ptr, JumpAssert, false);
                pattern += 2;
                goto Entrance;
            case SreOp.AssertNot:
                // <ASSERT_NOT> <skip> <back> <pattern>
                if ((uint)ptr >= code[pattern + 1])
                {
                    st.Ptr = ptr - (int)code[pattern + 1];
                    ctx.LastMark = st.LastMark;
                    ctx.LastIndex = st.LastIndex;
                    if (st.Repeat is not null)
                    {
                        st.MarkPush(ctx.LastMark);
                    }

                    ctx = Push(st, ref depth, ctx, pattern, ptr, JumpAssertNot, false);
                    pattern += 2;
                    goto Entrance;
                }

                pattern += (int)code[pattern];
                goto Dispatch;
            case SreOp.Failure:
                goto Failure;
            default:
                return SreError.IllegalOpcode;
        }

    BranchLoop:
        for (; code[pattern] != 0; pattern += (int)code[pattern])
        {
            if (code[pattern + 1] == SreOp.Literal && (ptr >= end || text[ptr] != code[pattern + 2]))
            {
                continue;
            }

            if (code[pattern + 1] == SreOp.In && (ptr >= end || !SreChars.InCharset(code, pattern + 3, text[ptr])))
            {
                continue;
            }

            st.Ptr = ptr;
            ctx = Push(st, ref depth, ctx, pattern, ptr, JumpBranch, ctx.TopLevel);
            pattern++;
            goto Entrance;
        }

        if (st.Repeat is not null)
        {
            st.MarkPop(ctx.LastMark, restore: false, drop: true);
        }

        goto Failure;

    BranchResume:
        if (ret != 0)
        {
            if (st.Repeat is not null)
            {
                st.MarkPop(ctx.LastMark, restore: false, drop: true);
            }

            goto Success;
        }

        if (st.Repeat is not null)
        {
            st.MarkPop(ctx.LastMark, restore: true, drop: false);
        }

        st.LastMark = ctx.LastMark;
        st.LastIndex = ctx.LastIndex;
        pattern += (int)code[pattern];
        goto BranchLoop;

    RepeatOne1Loop:
        while (ctx.Count >= (long)code[pattern + 1] && (ptr >= end || text[ptr] != ctx.Chr))
        {
            ptr--;
            ctx.Count--;
        }

        if (ctx.Count < (long)code[pattern + 1])
        {
            if (st.Repeat is not null)
            {
                st.MarkPop(ctx.LastMark, restore: false, drop: true);
            }

            goto Failure;
        }

        st.Ptr = ptr;
        {
            int tail = pattern + (int)code[pattern];
            ctx = Push(st, ref depth, ctx, pattern, ptr, JumpRepeatOne1, ctx.TopLevel);
            pattern = tail;
        }

        goto Entrance;

    RepeatOne1Resume:
        if (ret != 0)
        {
            if (st.Repeat is not null)
            {
                st.MarkPop(ctx.LastMark, restore: false, drop: true);
            }

            goto Success;
        }

        if (st.Repeat is not null)
        {
            st.MarkPop(ctx.LastMark, restore: true, drop: false);
        }

        st.LastMark = ctx.LastMark;
        st.LastIndex = ctx.LastIndex;
        ptr--;
        ctx.Count--;
        goto RepeatOne1Loop;

    RepeatOne2Loop:
        if (ctx.Count >= (long)code[pattern + 1])
        {
            st.Ptr = ptr;
            int tail = pattern + (int)code[pattern];
            ctx = Push(st, ref depth, ctx, pattern, ptr, JumpRepeatOne2, ctx.TopLevel);
            pattern = tail;
            goto Entrance;
        }

        if (st.Repeat is not null)
        {
            st.MarkPop(ctx.LastMark, restore: false, drop: true);
        }

        goto Failure;

    RepeatOne2Resume:
        if (ret != 0)
        {
            if (st.Repeat is not null)
            {
                st.MarkPop(ctx.LastMark, restore: false, drop: true);
            }

            goto Success;
        }

        if (st.Repeat is not null)
        {
            st.MarkPop(ctx.LastMark, restore: true, drop: false);
        }

        st.LastMark = ctx.LastMark;
        st.LastIndex = ctx.LastIndex;
        ptr--;
        ctx.Count--;
        goto RepeatOne2Loop;

    MinRepeatOneLoop:
        if (code[pattern + 2] == MaxRepeat || ctx.Count <= (long)code[pattern + 2])
        {
            st.Ptr = ptr;
            int tail = pattern + (int)code[pattern];
            ctx = Push(st, ref depth, ctx, pattern, ptr, JumpMinRepeatOne, ctx.TopLevel);
            pattern = tail;
            goto Entrance;
        }

        if (st.Repeat is not null)
        {
            st.MarkPop(ctx.LastMark, restore: false, drop: true);
        }

        goto Failure;

    MinRepeatOneResume:
        if (ret != 0)
        {
            if (st.Repeat is not null)
            {
                st.MarkPop(ctx.LastMark, restore: false, drop: true);
            }

            goto Success;
        }

        if (st.Repeat is not null)
        {
            st.MarkPop(ctx.LastMark, restore: true, drop: false);
        }

        st.LastMark = ctx.LastMark;
        st.LastIndex = ctx.LastIndex;
        st.Ptr = ptr;
        ret = Count(st, text, pattern + 3, 1, depth);
        if (ret < 0)
        {
            return ret;
        }

        if (ret == 0)
        {
            if (st.Repeat is not null)
            {
                st.MarkPop(ctx.LastMark, restore: false, drop: true);
            }

            goto Failure;
        }

        ptr++;
        ctx.Count++;
        goto MinRepeatOneLoop;

    RepeatResume:
        st.Repeat = ctx.Rep!.Prev;
        if (ret != 0)
        {
            goto Success;
        }

        goto Failure;

    MaxUntil1Resume:
        if (ret != 0)
        {
            goto Success;
        }

        ctx.Rep!.Count = ctx.Count - 1;
        st.Ptr = ptr;
        goto Failure;

    MaxUntilMore:
        rep = ctx.Rep!;
        if ((ctx.Count < (long)code[rep.Pattern + 2] || code[rep.Pattern + 2] == MaxRepeat) && st.Ptr != rep.LastPtr)
        {
            // Enough matches, but match another item if possible.
            rep.Count = ctx.Count;
            ctx.LastMark = st.LastMark;
            ctx.LastIndex = st.LastIndex;
            st.MarkPush(ctx.LastMark);

            // Zero-width match protection.
            st.DataPush(rep.LastPtr);
            rep.LastPtr = st.Ptr;
            int item = rep.Pattern + 3;
            ctx = Push(st, ref depth, ctx, pattern, ptr, JumpMaxUntil2, ctx.TopLevel);
            pattern = item;
            goto Entrance;
        }

        goto MaxUntilTail;

    MaxUntil2Resume:
        rep = ctx.Rep!;
        rep.LastPtr = st.DataPop();
        if (ret != 0)
        {
            st.MarkPop(ctx.LastMark, restore: false, drop: true);
            goto Success;
        }

        st.MarkPop(ctx.LastMark, restore: true, drop: true);
        st.LastMark = ctx.LastMark;
        st.LastIndex = ctx.LastIndex;
        rep.Count = ctx.Count - 1;
        st.Ptr = ptr;

    MaxUntilTail:
        // No more items here: the tail must match.
        st.Repeat = ctx.Rep!.Prev;
        ctx = Push(st, ref depth, ctx, pattern, ptr, JumpMaxUntil3, ctx.TopLevel);
        goto Entrance;

    MaxUntil3Resume:
        st.Repeat = ctx.Rep;
        if (ret != 0)
        {
            goto Success;
        }

        st.Ptr = ptr;
        goto Failure;

    MinUntil1Resume:
        if (ret != 0)
        {
            goto Success;
        }

        ctx.Rep!.Count = ctx.Count - 1;
        st.Ptr = ptr;
        goto Failure;

    MinUntil2Resume:
        {
            var repeatOfTail = st.Repeat;
            rep = ctx.Rep!;
            st.Repeat = rep;
            if (ret != 0)
            {
                if (repeatOfTail is not null)
                {
                    st.MarkPop(ctx.LastMark, restore: false, drop: true);
                }

                goto Success;
            }

            if (repeatOfTail is not null)
            {
                st.MarkPop(ctx.LastMark, restore: true, drop: true);
            }
        }

        st.LastMark = ctx.LastMark;
        st.LastIndex = ctx.LastIndex;
        st.Ptr = ptr;
        if ((ctx.Count >= (long)code[rep.Pattern + 2] && code[rep.Pattern + 2] != MaxRepeat) || st.Ptr == rep.LastPtr)
        {
            goto Failure;
        }

        rep.Count = ctx.Count;

        // Zero-width match protection.
        st.DataPush(rep.LastPtr);
        rep.LastPtr = st.Ptr;
        {
            int item = rep.Pattern + 3;
            ctx = Push(st, ref depth, ctx, pattern, ptr, JumpMinUntil3, ctx.TopLevel);
            pattern = item;
        }

        goto Entrance;

    MinUntil3Resume:
        rep = ctx.Rep!;
        rep.LastPtr = st.DataPop();
        if (ret != 0)
        {
            goto Success;
        }

        rep.Count = ctx.Count - 1;
        st.Ptr = ptr;
        goto Failure;

    PossRepeatMin:
        if (ctx.Count < (long)code[pattern + 1])
        {
            ctx = Push(st, ref depth, ctx, pattern, ptr, JumpPossRepeat1, false);
            pattern += 3;
            goto Entrance;
        }

        // No position equals -1, so the loop is entered.
        ptr = -1;
        goto PossRepeatLoop;

    PossRepeat1Resume:
        if (ret != 0)
        {
            ctx.Count++;
            goto PossRepeatMin;
        }

        st.Ptr = ptr;
        goto Failure;

    PossRepeatLoop:
        if ((ctx.Count < (long)code[pattern + 2] || code[pattern + 2] == MaxRepeat) && st.Ptr != ptr)
        {
            ctx.LastMark = st.LastMark;
            ctx.LastIndex = st.LastIndex;
            st.MarkPush(ctx.LastMark);

            // If the next try ends where it started, it matched the empty string: stop then.
            ptr = st.Ptr;
            ctx = Push(st, ref depth, ctx, pattern, ptr, JumpPossRepeat2, false);
            pattern += 3;
            goto Entrance;
        }

        goto PossRepeatDone;

    PossRepeat2Resume:
        if (ret != 0)
        {
            st.MarkPop(ctx.LastMark, restore: false, drop: true);
            ctx.Count++;
            goto PossRepeatLoop;
        }

        st.MarkPop(ctx.LastMark, restore: true, drop: true);
        st.LastMark = ctx.LastMark;
        st.LastIndex = ctx.LastIndex;
        st.Ptr = ptr;

    PossRepeatDone:
        // Skip to the tail, past the SUCCESS that ends the repeated pattern.
        pattern += (int)code[pattern] + 1;
        ptr = st.Ptr;
        goto Dispatch;

    AtomicGroupResume:
        if (ret == 0)
        {
            st.Ptr = ptr;
            goto Failure;
        }

        pattern += (int)code[pattern];
        ptr = st.Ptr;
        goto Dispatch;

    AssertResume:
        if (ret == 0)
        {
            goto Failure;
        }

        pattern += (int)code[pattern];
        goto Dispatch;

    AssertNotResume:
        if (ret != 0)
        {
            if (st.Repeat is not null)
            {
                st.MarkPop(ctx.LastMark, restore: false, drop: true);
            }

            goto Failure;
        }

        if (st.Repeat is not null)
        {
            st.MarkPop(ctx.LastMark, restore: true, drop: true);
        }

        st.LastMark = ctx.LastMark;
        st.LastIndex = ctx.LastIndex;
        pattern += (int)code[pattern];
        goto Dispatch;

    Failure:
        ret = 0;
        goto Exit;

    Success:
        ret = 1;

    Exit:
        if (depth == baseDepth)
        {
            return ret;
        }

        {
            int jump = ctx.Jump;
            depth--;
            ctx = st.Context(depth);
            pattern = ctx.Pattern;
            ptr = ctx.Ptr;
            switch (jump)
            {
                case JumpBranch: goto BranchResume;
                case JumpRepeatOne1: goto RepeatOne1Resume;
                case JumpRepeatOne2: goto RepeatOne2Resume;
                case JumpMinRepeatOne: goto MinRepeatOneResume;
                case JumpRepeat: goto RepeatResume;
                case JumpMaxUntil1: goto MaxUntil1Resume;
                case JumpMaxUntil2: goto MaxUntil2Resume;
                case JumpMaxUntil3: goto MaxUntil3Resume;
                case JumpMinUntil1: goto MinUntil1Resume;
                case JumpMinUntil2: goto MinUntil2Resume;
                case JumpMinUntil3: goto MinUntil3Resume;
                case JumpAssert: goto AssertResume;
                case JumpAssertNot: goto AssertNotResume;
                case JumpPossRepeat1: goto PossRepeat1Resume;
                case JumpPossRepeat2: goto PossRepeat2Resume;
                case JumpAtomicGroup: goto AtomicGroupResume;
                default: return SreError.State;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameChar(uint op, uint a, uint b) => op switch
    {
        SreOp.GroupRef => a == b,
        SreOp.GroupRefIgnore => SreChars.LowerAscii(a) == SreChars.LowerAscii(b),
        SreOp.GroupRefUniIgnore => SreChars.LowerUnicode(a) == SreChars.LowerUnicode(b),
        _ => SreChars.LowerLocale(a) == SreChars.LowerLocale(b),
    };

    /// <summary>SRE(search): the first match at or after st.Start; on success st.Start and st.Ptr bound it.</summary>
    public static int Search(SreState st, T text)
    {
        uint[] code = st.Code;
        int ptr = st.Start;
        int end = st.End;
        int status;
        int prefixLen = 0;
        int prefixSkip = 0;
        int prefix = 0;
        int overlap = 0;
        int charset = -1;
        uint flags = 0;
        int pattern = 0;

        if (ptr > end)
        {
            return 0;
        }

        if (code[0] == SreOp.Info)
        {
            // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
            flags = code[2];
            if (code[3] != 0 && end - ptr < (long)code[3])
            {
                return 0;
            }

            if (code[3] > 1)
            {
                // Leave at least one character, so the literal search works.
                end -= (int)(code[3] - 1);
                if (end <= ptr)
                {
                    end = ptr;
                }
            }

            if ((flags & SreFlags.InfoPrefix) != 0)
            {
                // <length> <skip> <prefix data> <overlap data>
                prefixLen = (int)code[5];
                prefixSkip = (int)code[6];
                prefix = 7;
                overlap = prefix + prefixLen - 1;
            }
            else if ((flags & SreFlags.InfoCharset) != 0)
            {
                charset = 5;
            }

            pattern = 1 + (int)code[1];
        }

        if (prefixLen == 1)
        {
            // The pattern starts with a literal character.
            uint c = code[prefix];
            end = st.End;
            st.MustAdvance = false;
            while (ptr < end)
            {
                while (text[ptr] != c)
                {
                    if (++ptr >= end)
                    {
                        return 0;
                    }
                }

                st.Start = ptr;
                st.Ptr = ptr + prefixSkip;
                if ((flags & SreFlags.InfoLiteral) != 0)
                {
                    return 1;
                }

                status = Match(st, text, pattern + (2 * prefixSkip), false, 0);
                if (status != 0)
                {
                    return status;
                }

                ++ptr;
                st.LastMark = st.LastIndex = -1;
            }

            return 0;
        }

        if (prefixLen > 1)
        {
            // A known prefix: the overlap table skips forward as fast as possible.
            end = st.End;
            if (prefixLen > end - ptr)
            {
                return 0;
            }

            while (ptr < end)
            {
                uint c = code[prefix];
                while (text[ptr++] != c)
                {
                    if (ptr >= end)
                    {
                        return 0;
                    }
                }

                if (ptr >= end)
                {
                    return 0;
                }

                int i = 1;
                st.MustAdvance = false;
                do
                {
                    if (text[ptr] == code[prefix + i])
                    {
                        if (++i != prefixLen)
                        {
                            if (++ptr >= end)
                            {
                                return 0;
                            }

                            continue;
                        }

                        // A potential match.
                        st.Start = ptr - (prefixLen - 1);
                        st.Ptr = ptr - (prefixLen - prefixSkip - 1);
                        if ((flags & SreFlags.InfoLiteral) != 0)
                        {
                            return 1;
                        }

                        status = Match(st, text, pattern + (2 * prefixSkip), false, 0);
                        if (status != 0)
                        {
                            return status;
                        }

                        if (++ptr >= end)
                        {
                            return 0;
                        }

                        st.LastMark = st.LastIndex = -1;
                    }

                    i = (int)code[overlap + i];
                }
                while (i != 0);
            }

            return 0;
        }

        if (charset >= 0)
        {
            // The pattern starts with a character from a known set.
            end = st.End;
            st.MustAdvance = false;
            while (true)
            {
                while (ptr < end && !SreChars.InCharset(code, charset, text[ptr]))
                {
                    ptr++;
                }

                if (ptr >= end)
                {
                    return 0;
                }

                st.Start = ptr;
                st.Ptr = ptr;
                status = Match(st, text, pattern, false, 0);
                if (status != 0)
                {
                    return status;
                }

                ptr++;
                st.LastMark = st.LastIndex = -1;
            }
        }

        // The general case.
        st.Start = st.Ptr = ptr;
        status = Match(st, text, pattern, true, 0);
        st.MustAdvance = false;
        if (status == 0 && code[pattern] == SreOp.At &&
            (code[pattern + 1] == SreAt.Beginning || code[pattern + 1] == SreAt.BeginningString))
        {
            st.Start = st.Ptr = end;
            return 0;
        }

        while (status == 0 && ptr < end)
        {
            ptr++;
            st.LastMark = st.LastIndex = -1;
            st.Start = st.Ptr = ptr;
            status = Match(st, text, pattern, false, 0);
        }

        return status;
    }
}
