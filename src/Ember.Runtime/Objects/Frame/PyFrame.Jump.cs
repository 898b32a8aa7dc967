using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Interpreter;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Objects;

/// <summary>
/// Setting <c>f_lineno</c> from a trace function (Objects/frameobject.c,
/// frame_setlineno): the first instruction of the wanted line whose value
/// stack the current one can be cut down to, found by 3.11's mark_stacks
/// analysis over the instructions and the exception table.
/// </summary>
public sealed partial class PyFrame
{
    // mark_stacks' kinds, three bits per stack entry with the top in the low bits.
    private const int KindIterator = 1, KindExcept = 2, KindObject = 3, KindNull = 4, KindLasti = 5;
    private const int BitsPerBlock = 3;
    private const long Uninitialized = -2, Overflowed = -1;
    private const int MaxStackEntries = 63 / BitsPerBlock;
    private const ulong WillOverflow = 1UL << ((MaxStackEntries - 1) * BitsPerBlock);

    private static bool SetLineNo(PyObject self, PyObject? value)
    {
        if (value is null)
        {
            PyErr.AttributeError("cannot delete attribute");
            return false;
        }

        if (!ReferenceEquals(value.Type, PyInt.TypeObject))
        {
            PyErr.ValueError("lineno must be an integer");
            return false;
        }

        var fo = (PyFrame)self;
        var f = fo.Frame;
        var ts = PyThreadState.Current;

        // Jumps only from a 'line' event. 3.11 also allows the 'return' event of a
        // yield; Ember refuses it, since the value the next send() pushes would be
        // left on the stack of the line jumped to.
        switch (ts.TracingWhat)
        {
            case PyEval.TraceCall:
                PyErr.ValueError("can't jump from the 'call' trace event of a new frame");
                return false;
            case PyEval.TraceLine:
                break;
            default:
                PyErr.ValueError("can only jump from a 'line' trace event");
                return false;
        }

        if (fo.Trace is null)
        {
            PyErr.ValueError("f_lineno can only be set by a trace function");
            return false;
        }

        var big = (PyInt)value;
        if (!big.IsSmall || big.Small is > int.MaxValue or < int.MinValue)
        {
            PyErr.ValueError("lineno out of range");
            return false;
        }

        int requested = (int)big.Small;
        var co = f.CodeObject;
        if (requested < co.FirstLineNo)
        {
            PyErr.ValueError($"line {requested} comes before the current code block");
            return false;
        }

        int len = co.Instructions.Length;
        int[] lines = MarkLines(co);
        int newLine = FirstLineNotBefore(lines, requested);
        if (newLine < 0)
        {
            PyErr.ValueError($"line {requested} comes after the current code block");
            return false;
        }

        long[] stacks = MarkStacks(co);
        long bestStack = Overflowed;
        int bestAddr = -1;
        long startStack = f.Lasti >= 0 && f.Lasti < len ? stacks[f.Lasti] : Uninitialized;
        int err = -1;
        string message = "cannot find bytecode for specified line";
        for (int i = 0; i < len; i++)
        {
            if (lines[i] != newLine)
            {
                continue;
            }

            long targetStack = stacks[i];
            if (CompatibleStack(startStack, targetStack))
            {
                err = 0;
                if (targetStack > bestStack)
                {
                    bestStack = targetStack;
                    bestAddr = i;
                }
            }
            else if (err < 0)
            {
                if (startStack == Overflowed)
                {
                    message = "stack to deep to analyze";
                }
                else if (startStack == Uninitialized)
                {
                    message = "can't jump from unreachable code";
                }
                else
                {
                    message = ExplainIncompatibleStack(targetStack);
                    err = 1;
                }
            }
        }

        if (err != 0)
        {
            PyErr.ValueError(message);
            return false;
        }

        // 3.11 leaves unbound locals unbound (LOAD_FAST checks). Ember's LOAD_FAST
        // trusts the compiler's proof that a slot is bound, so a local that such a
        // load reads gets None, as 3.12 does, with its warning; the others stay unbound.
        var values = f.Values;
        var trusted = UncheckedLoads(co);
        int unbound = 0;
        for (int i = 0; i < co.NLocalsPlus; i++)
        {
            if (values[i] is null && trusted[i])
            {
                unbound++;
            }
        }

        if (unbound > 0)
        {
            if (!PyErr.Warn(PyExc.RuntimeWarning, $"assigning None to {unbound} unbound local{(unbound == 1 ? "" : "s")}"))
            {
                return false;
            }

            for (int i = 0; i < co.NLocalsPlus; i++)
            {
                if (values[i] is null && trusted[i])
                {
                    values[i] = PyNone.Instance;
                }
            }
        }

        int sp = f.StackPointer;
        while (startStack > bestStack)
        {
            var popped = values[--sp];
            values[sp] = null!;
            if (TopOfStack(startStack) == KindExcept)
            {
                // Leaving an except block: the exception it saved is the one being handled again.
                var previous = popped as PyBaseException;
                if (f.Owner is PyGenBase gen)
                {
                    gen.ExcItem = previous;
                    ts.HandledException = previous ?? gen.OuterHandled;
                }
                else
                {
                    ts.HandledException = previous;
                }
            }

            startStack = PopValue(startStack);
        }

        f.StackPointer = sp;
        f.NextInstr = bestAddr;
        f.Lasti = bestAddr;
        return true;
    }

    // The slots some LOAD_FAST (the form that assumes a bound slot) reads.
    private static bool[] UncheckedLoads(CodeObject co)
    {
        var result = new bool[co.NLocalsPlus];
        var code = co.Instructions;
        for (int i = 0; i < code.Length; i++)
        {
            if (OpcodeInfo.OpOf(code[i]) == Opcode.LoadFast && OpcodeInfo.ArgOf(code[i]) is int slot && slot < result.Length)
            {
                result[slot] = true;
            }
        }

        return result;
    }

    private static long PushValue(long stack, int kind) =>
        (ulong)stack >= WillOverflow ? Overflowed : (stack << BitsPerBlock) | (long)kind;

    private static long PopValue(long stack) => stack >> BitsPerBlock;

    private static int TopOfStack(long stack) => (int)(stack & ((1 << BitsPerBlock) - 1));

    private static int Peek(long stack, int n)
    {
        while (--n > 0)
        {
            stack = PopValue(stack);
        }

        return TopOfStack(stack);
    }

    private static long StackSwap(long stack, int n)
    {
        int to = Peek(stack, n);
        int top = TopOfStack(stack);
        int shift = BitsPerBlock * (n - 1);
        long replacedLow = (stack & ~((long)((1 << BitsPerBlock) - 1))) | (long)to;
        long mask = (long)((1 << BitsPerBlock) - 1) << shift;
        return (replacedLow & ~mask) | ((long)top << shift);
    }

    private static long PopToLevel(long stack, int level)
    {
        if (level == 0)
        {
            return 0;
        }

        long maxItem = (1 << BitsPerBlock) - 1;
        long levelMaxStack = maxItem << ((level - 1) * BitsPerBlock);
        while (stack > levelMaxStack)
        {
            stack = PopValue(stack);
        }

        return stack;
    }

    private static bool CompatibleKind(int from, int to)
    {
        if (to == 0)
        {
            return false;
        }

        if (to == KindObject)
        {
            return from != KindNull;
        }

        return to == KindNull || from == to;
    }

    private static bool CompatibleStack(long fromStack, long toStack)
    {
        if (fromStack < 0 || toStack < 0)
        {
            return false;
        }

        while (fromStack > toStack)
        {
            fromStack = PopValue(fromStack);
        }

        while (fromStack != 0)
        {
            if (!CompatibleKind(TopOfStack(fromStack), TopOfStack(toStack)))
            {
                return false;
            }

            fromStack = PopValue(fromStack);
            toStack = PopValue(toStack);
        }

        return toStack == 0;
    }

    private static string ExplainIncompatibleStack(long toStack)
    {
        if (toStack == Overflowed)
        {
            return "stack is too deep to analyze";
        }

        if (toStack == Uninitialized)
        {
            return "can't jump into an exception handler, or code may be unreachable";
        }

        return TopOfStack(toStack) switch
        {
            KindExcept => "can't jump into an 'except' block as there's no exception",
            KindLasti => "can't jump into a re-raising block as there's no location",
            KindIterator => "can't jump into the body of a for loop",
            _ => "incompatible stacks",
        };
    }

    // marklines: the line each code unit starts, or -1 where no new line starts.
    private static int[] MarkLines(CodeObject co)
    {
        int len = co.Instructions.Length;
        var lines = new int[len];
        int lastLine = -1;
        for (int i = 0; i < len; i++)
        {
            int line = co.PositionAt(i).Line;
            lines[i] = -1;
            if (line != lastLine && line != -1)
            {
                lines[i] = line;
                lastLine = line;
            }
        }

        return lines;
    }

    private static int FirstLineNotBefore(int[] lines, int line)
    {
        int result = int.MaxValue;
        foreach (int l in lines)
        {
            if (l < result && l >= line)
            {
                result = l;
            }
        }

        return result == int.MaxValue ? -1 : result;
    }

    // mark_stacks: the kinds on the value stack before each code unit, UNINITIALIZED where unreachable.
    private static long[] MarkStacks(CodeObject co)
    {
        var code = co.Instructions;
        int len = code.Length;
        var stacks = new long[len + 1];
        for (int i = 1; i <= len; i++)
        {
            stacks[i] = Uninitialized;
        }

        stacks[0] = 0;
        bool todo = true;
        while (todo)
        {
            todo = false;
            for (int i = 0; i < len; i++)
            {
                long next = stacks[i];
                if (next == Uninitialized)
                {
                    continue;
                }

                var op = OpcodeInfo.OpOf(code[i]);
                int arg = OpcodeInfo.ArgOf(code[i]);
                switch (op)
                {
                    case Opcode.JumpIfFalseOrPop:
                    case Opcode.JumpIfTrueOrPop:
                    case Opcode.PopJumpIfFalse:
                    case Opcode.PopJumpIfTrue:
                    case Opcode.PopJumpIfNone:
                    case Opcode.PopJumpIfNotNone:
                        {
                            if (stacks[arg] == Uninitialized && arg < i)
                            {
                                todo = true;
                            }

                            long target;
                            if (op is Opcode.JumpIfFalseOrPop or Opcode.JumpIfTrueOrPop)
                            {
                                target = next;
                                next = PopValue(next);
                            }
                            else
                            {
                                next = PopValue(next);
                                target = next;
                            }

                            stacks[arg] = target;
                            stacks[i + 1] = next;
                            break;
                        }

                    case Opcode.Send:
                        if (stacks[arg] == Uninitialized && arg < i)
                        {
                            todo = true;
                        }

                        stacks[arg] = PopValue(next);
                        stacks[i + 1] = next;
                        break;
                    case Opcode.Jump:
                    case Opcode.JumpBackward:
                        if (stacks[arg] == Uninitialized && arg < i)
                        {
                            todo = true;
                        }

                        stacks[arg] = next;
                        break;
                    case Opcode.GetIter:
                    case Opcode.GetAIter:
                        stacks[i + 1] = PushValue(PopValue(next), KindIterator);
                        break;
                    case Opcode.ForIter:
                        stacks[i + 1] = PushValue(next, KindObject);
                        if (stacks[arg] == Uninitialized && arg < i)
                        {
                            todo = true;
                        }

                        stacks[arg] = PopValue(next);
                        break;
                    case Opcode.PushExcInfo:
                        stacks[i + 1] = PushValue(next, KindExcept);
                        break;
                    case Opcode.PopExcept:
                        stacks[i + 1] = PopValue(next);
                        break;
                    case Opcode.ReturnValue:
                    case Opcode.RaiseVarargs:
                    case Opcode.Reraise:
                        // The end of a block.
                        break;
                    case Opcode.PushNull:
                        stacks[i + 1] = PushValue(next, KindNull);
                        break;
                    case Opcode.LoadGlobal:
                        if ((arg & 1) != 0)
                        {
                            next = PushValue(next, KindNull);
                        }

                        stacks[i + 1] = PushValue(next, KindObject);
                        break;
                    case Opcode.LoadMethod:
                        stacks[i + 1] = PushValue(PushValue(PopValue(next), KindNull), KindObject);
                        break;
                    case Opcode.Call:
                        for (int j = 0; j < arg + 2; j++)
                        {
                            next = PopValue(next);
                        }

                        stacks[i + 1] = PushValue(next, KindObject);
                        break;
                    case Opcode.Swap:
                        stacks[i + 1] = StackSwap(next, arg);
                        break;
                    case Opcode.Copy:
                        stacks[i + 1] = PushValue(next, Peek(next, arg));
                        break;
                    default:
                        {
                            int delta = StackEffects.Of(op, arg, jump: false);
                            while (delta < 0)
                            {
                                next = PopValue(next);
                                delta++;
                            }

                            while (delta > 0)
                            {
                                next = PushValue(next, KindObject);
                                delta--;
                            }

                            stacks[i + 1] = next;
                            break;
                        }
                }
            }

            foreach (var entry in co.ExceptionTable)
            {
                if (stacks[entry.Start] != Uninitialized && stacks[entry.Target] == Uninitialized)
                {
                    todo = true;
                    long target = PopToLevel(stacks[entry.Start], entry.Depth);
                    if (entry.PushLasti)
                    {
                        target = PushValue(target, KindLasti);
                    }

                    stacks[entry.Target] = PushValue(target, KindExcept);
                }
            }
        }

        return stacks;
    }
}
