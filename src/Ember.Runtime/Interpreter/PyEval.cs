using System.Runtime.CompilerServices;
using Ember.Bytecode;
using Ember.Runtime.Errors;
using Ember.Runtime.Objects;
using Ember.Runtime.Protocols;
using Ember.Runtime.Threading;

namespace Ember.Runtime.Interpreter;

/// <summary>
/// The evaluation loop (Python/ceval.c, 3.11): one switch over the opcode,
/// the stack and locals in the frame's array, Python exceptions as values.
/// An instruction that fails leaves its exception pending and goes to the
/// unwinding code, which consults the code's exception table
/// (docs/internals/bytecode.md, "Exception table and unwinding").
/// </summary>
public static partial class PyEval
{
    // ORDER OP: one entry per Opcode value, from OpcodeInfo.CacheSize.
    private static readonly byte[] s_cacheSize = MakeCacheSizes();

    private static byte[] MakeCacheSizes()
    {
        var sizes = new byte[256];
        for (int i = 0; i < (int)Opcode.Count; i++)
        {
            sizes[i] = (byte)OpcodeInfo.CacheSize((Opcode)i);
        }

        return sizes;
    }

    /// <summary>
    /// Runs <paramref name="f"/> from <see cref="Frame.NextInstr"/> until it
    /// returns, yields or raises. Returns the returned or yielded value (the
    /// frame's <see cref="Frame.State"/> tells which), or null with the
    /// exception pending. With <paramref name="throwing"/> the pending
    /// exception is raised at the frame's <see cref="Frame.Lasti"/> first (a
    /// generator's throw()).
    /// </summary>
    public static PyObject? Execute(PyThreadState ts, Frame f, bool throwing = false)
    {
        if (++ts.RecursionDepth > ts.Interpreter.RecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.RecursionDepth--;
            PyErr.RecursionError("maximum recursion depth exceeded");
            if (f.Owner is null)
            {
                f.State = FrameState.Completed;
            }

            return null;
        }

        f.Back = ts.CurrentFrame as Frame;
        ts.CurrentFrame = f;
        f.State = FrameState.Executing;
        var result = Run(ts, f, throwing);
        ts.CurrentFrame = f.Back;
        ts.RecursionDepth--;
        return result;
    }

    /// <summary>
    /// 3.11's COMPARE_OP_INT_JUMP, COMPARE_OP_FLOAT_JUMP and COMPARE_OP_STR_JUMP:
    /// a comparison that a conditional jump consumes, of two exact compact ints
    /// (one 30-bit digit), two exact floats, or two exact strs under == or !=,
    /// is done directly, without PyObject_RichCompare's recursion check (a
    /// warmed-up CPython never counts these toward the limit). Null otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? CompareForJump(PyObject a, PyObject b, CompareOp op, Opcode next)
    {
        if (next is not (Opcode.PopJumpIfFalse or Opcode.PopJumpIfTrue))
        {
            return null;
        }

        if (ReferenceEquals(a.Type, b.Type))
        {
            if (a is PyInt x && ReferenceEquals(a.Type, PyInt.TypeObject))
            {
                var y = (PyInt)b;
                const long Compact = 1L << 30;
                if (x.IsSmall && y.IsSmall && x.Small > -Compact && x.Small < Compact && y.Small > -Compact && y.Small < Compact)
                {
                    return PyBool.From(CompareValues(x.Small.CompareTo(y.Small), op));
                }
            }
            else if (a is PyFloat p && ReferenceEquals(a.Type, PyFloat.TypeObject))
            {
                double l = p.Value, r = ((PyFloat)b).Value;
                return PyBool.From(op switch
                {
                    CompareOp.Lt => l < r,
                    CompareOp.Le => l <= r,
                    CompareOp.Eq => l == r,
                    CompareOp.Ne => l != r,
                    CompareOp.Gt => l > r,
                    _ => l >= r,
                });
            }
            else if (a is PyStr s && ReferenceEquals(a.Type, PyStr.TypeObject) && op is CompareOp.Eq or CompareOp.Ne)
            {
                return PyBool.From(s.EqualsStr((PyStr)b) == (op == CompareOp.Eq));
            }
        }

        return null;
    }

    private static bool CompareValues(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };

    private static PyObject? Run(PyThreadState ts, Frame f, bool throwing)
    {
        var co = f.CodeObject;
        var consts = f.Code.Constants;
        if (consts is null)
        {
            f.State = FrameState.Completed;
            return null;
        }

        var names = f.Code.Names;
        int[] code = co.Instructions;
        PyObject[] v = f.Values;
        int nlocals = co.NLocalsPlus;
        int sp = f.StackPointer;
        int pc = f.NextInstr;
        int index = pc;
        PyTuple? kwnames = null;
        bool reraise = false;
        var pending = ts.Interpreter.Pending;

        if (throwing)
        {
            // TRACE_FUNCTION_THROW_ENTRY: a generator's throw() reports 'call' first.
            if (ts.UseTracing && !TraceFunctionEntry(ts, f))
            {
                f.State = FrameState.Completed;
                return null;
            }

            index = f.Lasti < 0 ? 0 : f.Lasti;
            goto Error;
        }

    Dispatch:
        while (true)
        {
            if (ts.UseTracing)
            {
                f.StackPointer = sp;
                f.NextInstr = pc;
                if (!TraceInstruction(ts, f, pc))
                {
                    // The error belongs to this instruction, at its old place if f_lineno was set before the raise.
                    index = pc;
                    f.Lasti = pc;
                    goto Error;
                }

                pc = f.NextInstr;
                sp = f.StackPointer;
            }

            index = pc;
            int unit = code[pc];
            var op = (Opcode)(unit & 0xFF);
            int arg = (int)((uint)unit >> OpcodeInfo.ArgShift);
            pc += 1 + s_cacheSize[(int)op];
            f.Lasti = index;

            switch (op)
            {
                case Opcode.Nop:
                case Opcode.Cache:
                    break;

                case Opcode.Resume:
                    // At a function's start (not after a yield or await), as 3.11 checks its eval breaker.
                    if (arg < 2 && pending.Requested != 0 && !HandleEvalBreaker(ts))
                    {
                        goto Error;
                    }

                    break;

                case Opcode.PopTop:
                    v[--sp] = null!;
                    break;

                case Opcode.PushNull:
                    v[sp++] = null!;
                    break;

                case Opcode.Copy:
                    v[sp] = v[sp - arg];
                    sp++;
                    break;

                case Opcode.Swap:
                    (v[sp - 1], v[sp - arg]) = (v[sp - arg], v[sp - 1]);
                    break;

                case Opcode.LoadConst:
                    v[sp++] = consts[arg];
                    break;

                case Opcode.LoadFast:
                    v[sp++] = v[arg];
                    break;

                case Opcode.LoadFastCheck:
                    {
                        var value = v[arg];
                        if (value is null)
                        {
                            UnboundLocal(co, arg);
                            goto Error;
                        }

                        v[sp++] = value;
                        break;
                    }

                case Opcode.StoreFast:
                    v[arg] = v[--sp];
                    v[sp] = null!;
                    break;

                case Opcode.DeleteFast:
                    if (v[arg] is null)
                    {
                        UnboundLocal(co, arg);
                        goto Error;
                    }

                    v[arg] = null!;
                    break;

                case Opcode.MakeCell:
                    v[arg] = new PyCell(v[arg]);
                    break;

                case Opcode.CopyFreeVars:
                    {
                        var closure = f.Function?.Closure;
                        if (closure is null || closure.Count < arg)
                        {
                            PyErr.SystemError("no closure for the free variables");
                            goto Error;
                        }

                        int offset = nlocals - arg;
                        for (int i = 0; i < arg; i++)
                        {
                            v[offset + i] = closure.Items[i];
                        }

                        break;
                    }

                case Opcode.LoadClosure:
                    v[sp++] = v[arg];
                    break;

                case Opcode.LoadDeref:
                    {
                        var value = ((PyCell)v[arg]).Contents;
                        if (value is null)
                        {
                            UnboundDeref(co, arg);
                            goto Error;
                        }

                        v[sp++] = value;
                        break;
                    }

                case Opcode.LoadClassDeref:
                    {
                        var value = LoadClassDeref(f, arg);
                        if (value is null)
                        {
                            goto Error;
                        }

                        v[sp++] = value;
                        break;
                    }

                case Opcode.StoreDeref:
                    ((PyCell)v[arg]).Contents = v[--sp];
                    v[sp] = null!;
                    break;

                case Opcode.DeleteDeref:
                    {
                        var cell = (PyCell)v[arg];
                        if (cell.Contents is null)
                        {
                            UnboundDeref(co, arg);
                            goto Error;
                        }

                        cell.Contents = null;
                        break;
                    }

                case Opcode.LoadName:
                    {
                        var value = LoadName(f, names[arg]);
                        if (value is null)
                        {
                            goto Error;
                        }

                        v[sp++] = value;
                        break;
                    }

                case Opcode.StoreName:
                    if (!StoreName(f, names[arg], v[--sp]))
                    {
                        goto Error;
                    }

                    v[sp] = null!;
                    break;

                case Opcode.DeleteName:
                    if (!DeleteName(f, names[arg]))
                    {
                        goto Error;
                    }

                    break;

                case Opcode.LoadGlobal:
                    {
                        var name = names[arg >> 1];
                        var globals = f.Globals;
                        var value = ReferenceEquals(globals.Type, PyDict.TypeObject)
                            ? globals.GetItemStr(name) ?? LoadBuiltin(f, name)
                            : LoadGlobalSlow(f, name);
                        if (value is null)
                        {
                            goto Error;
                        }

                        if ((arg & 1) != 0)
                        {
                            v[sp++] = null!;
                        }

                        v[sp++] = value;
                        break;
                    }

                case Opcode.StoreGlobal:
                    f.Globals.SetItemStr(names[arg], v[--sp]);
                    v[sp] = null!;
                    break;

                case Opcode.DeleteGlobal:
                    if (f.Globals.DelItem(names[arg]) <= 0)
                    {
                        if (!PyErr.Occurred)
                        {
                            NameErrorFor(names[arg]);
                        }

                        goto Error;
                    }

                    break;

                case Opcode.LoadAttr:
                    {
                        var value = PyOps.GetAttr(v[sp - 1], names[arg]);
                        if (value is null)
                        {
                            goto Error;
                        }

                        v[sp - 1] = value;
                        break;
                    }

                case Opcode.LoadMethod:
                    {
                        var owner = v[sp - 1];
                        if (!LoadMethod(owner, names[arg], out var method, out bool unbound))
                        {
                            goto Error;
                        }

                        if (unbound)
                        {
                            v[sp - 1] = method;
                            v[sp++] = owner;
                        }
                        else
                        {
                            v[sp - 1] = null!;
                            v[sp++] = method;
                        }

                        break;
                    }

                case Opcode.StoreAttr:
                    {
                        var owner = v[sp - 1];
                        var value = v[sp - 2];
                        v[--sp] = null!;
                        v[--sp] = null!;
                        if (!PyOps.SetAttr(owner, names[arg], value))
                        {
                            goto Error;
                        }

                        break;
                    }

                case Opcode.DeleteAttr:
                    {
                        var owner = v[--sp];
                        v[sp] = null!;
                        if (!PyOps.SetAttr(owner, names[arg], null))
                        {
                            goto Error;
                        }

                        break;
                    }

                case Opcode.UnaryPositive:
                case Opcode.UnaryNegative:
                case Opcode.UnaryInvert:
                    {
                        var a = v[sp - 1];
                        var r = op == Opcode.UnaryNegative ? PyNumber.Negative(a)
                            : op == Opcode.UnaryPositive ? PyNumber.Positive(a)
                            : PyNumber.Invert(a);
                        if (r is null)
                        {
                            goto Error;
                        }

                        v[sp - 1] = r;
                        break;
                    }

                case Opcode.UnaryNot:
                    {
                        int t = PyOps.IsTrue(v[sp - 1]);
                        if (t < 0)
                        {
                            goto Error;
                        }

                        v[sp - 1] = t == 0 ? PyBool.True : PyBool.False;
                        break;
                    }

                case Opcode.BinaryOp:
                    {
                        var r = PyNumber.Binary(v[sp - 2], v[sp - 1], (BinaryOp)arg);
                        if (r is null)
                        {
                            goto Error;
                        }

                        v[--sp] = null!;
                        v[sp - 1] = r;
                        break;
                    }

                case Opcode.CompareOp:
                    {
                        var r = CompareForJump(v[sp - 2], v[sp - 1], (CompareOp)arg, (Opcode)(code[pc] & 0xFF))
                            ?? PyOps.RichCompare(v[sp - 2], v[sp - 1], (CompareOp)arg);
                        if (r is null)
                        {
                            goto Error;
                        }

                        v[--sp] = null!;
                        v[sp - 1] = r;
                        break;
                    }

                case Opcode.IsOp:
                    {
                        bool same = ReferenceEquals(v[sp - 2], v[sp - 1]);
                        v[--sp] = null!;
                        v[sp - 1] = PyBool.From(same ^ (arg != 0));
                        break;
                    }

                case Opcode.ContainsOp:
                    {
                        int r = PySequence.Contains(v[sp - 1], v[sp - 2]);
                        if (r < 0)
                        {
                            goto Error;
                        }

                        v[--sp] = null!;
                        v[sp - 1] = PyBool.From((r == 1) ^ (arg != 0));
                        break;
                    }

                case Opcode.BinarySubscr:
                    {
                        var r = PySequence.GetItem(v[sp - 2], v[sp - 1]);
                        if (r is null)
                        {
                            goto Error;
                        }

                        v[--sp] = null!;
                        v[sp - 1] = r;
                        break;
                    }

                case Opcode.StoreSubscr:
                    {
                        var key = v[sp - 1];
                        var container = v[sp - 2];
                        var value = v[sp - 3];
                        sp -= 3;
                        v[sp] = v[sp + 1] = v[sp + 2] = null!;
                        if (!PySequence.SetItem(container, key, value))
                        {
                            goto Error;
                        }

                        break;
                    }

                case Opcode.DeleteSubscr:
                    {
                        var key = v[sp - 1];
                        var container = v[sp - 2];
                        sp -= 2;
                        v[sp] = v[sp + 1] = null!;
                        if (!PySequence.SetItem(container, key, null))
                        {
                            goto Error;
                        }

                        break;
                    }

                case Opcode.BuildSlice:
                    {
                        var r = BuildSlice(v, sp, arg);
                        sp = Pop(v, sp, arg);
                        v[sp++] = r;
                        break;
                    }

                case Opcode.GetLen:
                    {
                        long n = PySequence.Length(v[sp - 1]);
                        if (n < 0)
                        {
                            goto Error;
                        }

                        v[sp++] = PyInt.From(n);
                        break;
                    }

                case Opcode.BuildTuple:
                    {
                        var t = arg == 0 ? PyTuple.Empty : new PyTuple(v.AsSpan(sp - arg, arg).ToArray());
                        sp = Pop(v, sp, arg);
                        v[sp++] = t;
                        break;
                    }

                case Opcode.BuildList:
                    {
                        var list = PyList.Create(v.AsSpan(sp - arg, arg));
                        sp = Pop(v, sp, arg);
                        v[sp++] = list;
                        break;
                    }

                case Opcode.BuildSet:
                    {
                        var set = BuildSet(v.AsSpan(sp - arg, arg));
                        if (set is null)
                        {
                            goto Error;
                        }

                        sp = Pop(v, sp, arg);
                        v[sp++] = set;
                        break;
                    }

                case Opcode.BuildMap:
                    {
                        var dict = new PyDict(arg);
                        int start = sp - 2 * arg;
                        for (int i = 0; i < arg; i++)
                        {
                            if (!dict.SetItem(v[start + 2 * i], v[start + 2 * i + 1]))
                            {
                                goto Error;
                            }
                        }

                        sp = Pop(v, sp, 2 * arg);
                        v[sp++] = dict;
                        break;
                    }

                case Opcode.BuildConstKeyMap:
                    {
                        var keys = (PyTuple)v[sp - 1];
                        var dict = new PyDict(arg);
                        int start = sp - 1 - arg;
                        for (int i = 0; i < arg; i++)
                        {
                            if (!dict.SetItem(keys.Items[i], v[start + i]))
                            {
                                goto Error;
                            }
                        }

                        sp = Pop(v, sp, arg + 1);
                        v[sp++] = dict;
                        break;
                    }

                case Opcode.BuildString:
                    {
                        var s = BuildString(v.AsSpan(sp - arg, arg));
                        sp = Pop(v, sp, arg);
                        v[sp++] = s;
                        break;
                    }

                case Opcode.ListAppend:
                    ((PyList)v[sp - 1 - arg]).Append(v[--sp]);
                    v[sp] = null!;
                    break;

                case Opcode.SetAdd:
                case Opcode.SetUpdate:
                case Opcode.ListExtend:
                case Opcode.DictUpdate:
                case Opcode.DictMerge:
                    if (!Extend(op, v[sp - 1 - arg], v[sp - 1], v, sp, arg))
                    {
                        goto Error;
                    }

                    v[--sp] = null!;
                    break;

                case Opcode.MapAdd:
                    {
                        var dict = (PyDict)v[sp - 2 - arg];
                        if (!dict.SetItem(v[sp - 2], v[sp - 1]))
                        {
                            goto Error;
                        }

                        sp = Pop(v, sp, 2);
                        break;
                    }

                case Opcode.ListToTuple:
                    {
                        var list = (PyList)v[sp - 1];
                        v[sp - 1] = PyTuple.Create(list.AsSpan());
                        break;
                    }

                case Opcode.UnpackSequence:
                    {
                        var seq = v[sp - 1];
                        if (!UnpackSequence(seq, v, sp - 1, arg))
                        {
                            goto Error;
                        }

                        sp += arg - 1;
                        break;
                    }

                case Opcode.UnpackEx:
                    {
                        var seq = v[sp - 1];
                        int before = arg & 0xFF, after = arg >> 8;
                        if (!UnpackEx(seq, v, sp - 1, before, after))
                        {
                            goto Error;
                        }

                        sp += before + after;
                        break;
                    }

                case Opcode.FormatValue:
                    {
                        bool hasSpec = (arg & 4) != 0;
                        var spec = hasSpec ? v[sp - 1] : null;
                        var value = v[sp - (hasSpec ? 2 : 1)];
                        var r = FormatValue(value, arg & 3, spec);
                        if (r is null)
                        {
                            goto Error;
                        }

                        if (hasSpec)
                        {
                            v[--sp] = null!;
                        }

                        v[sp - 1] = r;
                        break;
                    }

                case Opcode.Jump:
                    pc = arg;
                    break;

                case Opcode.JumpBackward:
                    pc = arg;
                    if (pending.Requested != 0 && !HandleEvalBreaker(ts))
                    {
                        goto Error;
                    }

                    break;

                case Opcode.PopJumpIfFalse:
                case Opcode.PopJumpIfTrue:
                    {
                        var cond = v[--sp];
                        v[sp] = null!;
                        int t;
                        if (ReferenceEquals(cond, PyBool.True))
                        {
                            t = 1;
                        }
                        else if (ReferenceEquals(cond, PyBool.False))
                        {
                            t = 0;
                        }
                        else
                        {
                            t = PyOps.IsTrue(cond);
                            if (t < 0)
                            {
                                goto Error;
                            }
                        }

                        if ((t == 1) == (op == Opcode.PopJumpIfTrue))
                        {
                            pc = arg;
                            // A loop's back-edge, as 3.11's POP_JUMP_BACKWARD_IF_* check the eval breaker.
                            if (arg < index && pending.Requested != 0 && !HandleEvalBreaker(ts))
                            {
                                goto Error;
                            }
                        }

                        break;
                    }

                case Opcode.PopJumpIfNone:
                case Opcode.PopJumpIfNotNone:
                    {
                        bool isNone = ReferenceEquals(v[--sp], PyNone.Instance);
                        v[sp] = null!;
                        if (isNone == (op == Opcode.PopJumpIfNone))
                        {
                            pc = arg;
                            if (arg < index && pending.Requested != 0 && !HandleEvalBreaker(ts))
                            {
                                goto Error;
                            }
                        }

                        break;
                    }

                case Opcode.JumpIfFalseOrPop:
                case Opcode.JumpIfTrueOrPop:
                    {
                        int t = PyOps.IsTrue(v[sp - 1]);
                        if (t < 0)
                        {
                            goto Error;
                        }

                        if ((t == 1) == (op == Opcode.JumpIfTrueOrPop))
                        {
                            pc = arg;
                        }
                        else
                        {
                            v[--sp] = null!;
                        }

                        break;
                    }

                case Opcode.GetIter:
                    {
                        var it = PyIter.GetIter(v[sp - 1]);
                        if (it is null)
                        {
                            goto Error;
                        }

                        v[sp - 1] = it;
                        break;
                    }

                case Opcode.GetYieldFromIter:
                    {
                        var it = GetYieldFromIter(co, v[sp - 1]);
                        if (it is null)
                        {
                            goto Error;
                        }

                        v[sp - 1] = it;
                        break;
                    }

                case Opcode.ForIter:
                    {
                        var it = v[sp - 1];
                        var next = (it.Type.Next ?? Ember.Runtime.Protocols.PyIter.NextNotImplemented)(it);
                        if (next is not null)
                        {
                            v[sp++] = next;
                            break;
                        }

                        if (ts.CurrentException is not null && !PyErr.Clear(PyExc.StopIteration))
                        {
                            goto Error;
                        }

                        v[--sp] = null!;
                        pc = arg;
                        break;
                    }

                case Opcode.KwNames:
                    kwnames = (PyTuple)consts[arg];
                    break;

                case Opcode.Call:
                    {
                        int nargs = arg;
                        int baseIndex = sp - nargs - 2;
                        PyObject callable;
                        int argStart;
                        if (v[baseIndex] is null)
                        {
                            callable = v[baseIndex + 1];
                            argStart = baseIndex + 2;
                            if (callable is PyMethod bound)
                            {
                                // Unpack the bound method so its function gets self in the NULL slot's place.
                                v[baseIndex + 1] = bound.Self;
                                callable = bound.Function;
                                argStart = baseIndex + 1;
                                nargs++;
                            }
                        }
                        else
                        {
                            callable = v[baseIndex];
                            argStart = baseIndex + 1;
                            nargs++;
                        }

                        var args = new ReadOnlySpan<PyObject>(v, argStart, nargs);
                        var r = callable is PyFunction func ? FunctionCalls.Call(ts, func, args, kwnames)
                            : ts.UseTracing ? TraceCFunctionCall(ts, callable, args, kwnames)
                            : PyCall.Call(callable, args, kwnames);
                        kwnames = null;
                        sp = Pop(v, sp, arg + 2);
                        if (r is null)
                        {
                            goto Error;
                        }

                        v[sp++] = r;
                        break;
                    }

                case Opcode.CallFunctionEx:
                    {
                        int n = (arg & 1) != 0 ? 4 : 3;
                        var r = CallFunctionEx(ts, v[sp - n + 1], v[sp - n + 2], n == 4 ? v[sp - 1] : null);
                        sp = Pop(v, sp, n);
                        if (r is null)
                        {
                            goto Error;
                        }

                        v[sp++] = r;
                        break;
                    }

                case Opcode.MakeFunction:
                    {
                        var func = MakeFunction(f, v, ref sp, arg);
                        if (func is null)
                        {
                            goto Error;
                        }

                        v[sp++] = func;
                        break;
                    }

                case Opcode.ReturnValue:
                    {
                        var r = v[--sp];
                        v[sp] = null!;
                        f.StackPointer = sp;
                        f.State = FrameState.Completed;
                        if (ts.UseTracing && !TraceFunctionExit(ts, f, r))
                        {
                            return null;
                        }

                        return r;
                    }

                case Opcode.ReturnGenerator:
                    {
                        f.NextInstr = pc;
                        f.StackPointer = sp;
                        var gen = PyGenerator.Create(f);
                        f.State = FrameState.Created;
                        return gen;
                    }

                case Opcode.YieldValue:
                    {
                        var r = v[--sp];
                        v[sp] = null!;
                        f.StackPointer = sp;
                        f.NextInstr = pc;
                        f.State = FrameState.Suspended;
                        if (ts.UseTracing && !TraceFunctionExit(ts, f, r))
                        {
                            f.State = FrameState.Completed;
                            return null;
                        }

                        return r;
                    }

                case Opcode.AsyncGenWrap:
                    v[sp - 1] = new PyAsyncGenWrappedValue(v[sp - 1]);
                    break;

                case Opcode.Send:
                    {
                        var status = Send(ts, v[sp - 2], v[sp - 1], out var r);
                        if (status == SendResult.Raised)
                        {
                            goto Error;
                        }

                        if (status == SendResult.Returned)
                        {
                            v[--sp] = null!;
                            v[sp - 1] = r!;
                            pc = arg;
                        }
                        else
                        {
                            v[sp - 1] = r!;
                        }

                        break;
                    }

                case Opcode.GetAwaitable:
                    {
                        var it = GetAwaitable(v[sp - 1], arg);
                        if (it is null)
                        {
                            goto Error;
                        }

                        v[sp - 1] = it;
                        break;
                    }

                case Opcode.GetAIter:
                    {
                        var it = GetAIter(v[sp - 1]);
                        if (it is null)
                        {
                            goto Error;
                        }

                        v[sp - 1] = it;
                        break;
                    }

                case Opcode.GetANext:
                    {
                        var it = GetANext(v[sp - 1]);
                        if (it is null)
                        {
                            goto Error;
                        }

                        v[sp++] = it;
                        break;
                    }

                case Opcode.EndAsyncFor:
                    {
                        var exc = (PyBaseException)v[sp - 1];
                        if (exc.Type.IsSubtypeOf(PyExc.StopAsyncIteration))
                        {
                            sp = Pop(v, sp, 2);
                            break;
                        }

                        sp = Pop(v, sp, 2);
                        PyErr.Restore(exc);
                        reraise = true;
                        goto Error;
                    }

                case Opcode.RaiseVarargs:
                    {
                        PyObject? cause = arg == 2 ? v[sp - 1] : null;
                        PyObject? exc = arg >= 1 ? v[sp - arg] : null;
                        sp = Pop(v, sp, arg);
                        reraise = Raise(ts, exc, cause);
                        goto Error;
                    }

                case Opcode.PushExcInfo:
                    {
                        var exc = v[sp - 1];
                        if (f.Owner is PyGenBase gen)
                        {
                            // A generator's frame has its own handled-exception slot (gi_exc_state).
                            v[sp - 1] = (PyObject?)gen.ExcItem ?? PyNone.Instance;
                            gen.ExcItem = exc as PyBaseException;
                        }
                        else
                        {
                            v[sp - 1] = (PyObject?)ts.HandledException ?? PyNone.Instance;
                        }

                        v[sp++] = exc;
                        ts.HandledException = exc as PyBaseException;
                        break;
                    }

                case Opcode.PopExcept:
                    {
                        var prev = v[--sp] as PyBaseException;
                        v[sp] = null!;
                        if (f.Owner is PyGenBase gen)
                        {
                            gen.ExcItem = prev;
                            ts.HandledException = prev ?? gen.OuterHandled;
                        }
                        else
                        {
                            ts.HandledException = prev;
                        }

                        break;
                    }

                case Opcode.Reraise:
                    {
                        var exc = (PyBaseException)v[sp - 1];
                        if (arg > 0 && v[sp - 1 - arg] is PyInt lasti)
                        {
                            f.Lasti = (int)lasti.Small;
                        }

                        sp = Pop(v, sp, 1);
                        PyErr.Restore(exc);
                        reraise = true;
                        goto Error;
                    }

                case Opcode.CheckExcMatch:
                    {
                        int r = CheckExcMatch(v[sp - 2], v[sp - 1]);
                        if (r < 0)
                        {
                            goto Error;
                        }

                        v[sp - 1] = PyBool.From(r == 1);
                        break;
                    }

                case Opcode.CheckEgMatch:
                    if (!CheckEgMatch(ts, v, sp))
                    {
                        goto Error;
                    }

                    break;

                case Opcode.PrepReraiseStar:
                    {
                        var r = ExceptionGroups.PrepReraiseStar(v[sp - 2], v[sp - 1]);
                        if (r is null)
                        {
                            goto Error;
                        }

                        v[--sp] = null!;
                        v[sp - 1] = r;
                        break;
                    }

                case Opcode.WithExceptStart:
                    {
                        var exc = (PyBaseException)v[sp - 1];
                        var exit = v[sp - 4];
                        var r = PyCall.Call(exit, [exc.Type, exc, (PyObject?)exc.Traceback ?? PyNone.Instance], null);
                        if (r is null)
                        {
                            goto Error;
                        }

                        v[sp++] = r;
                        break;
                    }

                case Opcode.BeforeWith:
                case Opcode.BeforeAsyncWith:
                    {
                        if (!BeforeWith(v[sp - 1], op == Opcode.BeforeAsyncWith, out var exit, out var res))
                        {
                            goto Error;
                        }

                        v[sp - 1] = exit;
                        v[sp++] = res;
                        break;
                    }

                case Opcode.LoadAssertionError:
                    v[sp++] = PyExc.AssertionError;
                    break;

                case Opcode.LoadBuildClass:
                    {
                        var bc = LoadBuildClass(f);
                        if (bc is null)
                        {
                            goto Error;
                        }

                        v[sp++] = bc;
                        break;
                    }

                case Opcode.SetupAnnotations:
                    if (!SetupAnnotations(f))
                    {
                        goto Error;
                    }

                    break;

                case Opcode.ImportName:
                    {
                        var r = ImportName(f, names[arg], v[sp - 1], v[sp - 2]);
                        sp = Pop(v, sp, 2);
                        if (r is null)
                        {
                            goto Error;
                        }

                        v[sp++] = r;
                        break;
                    }

                case Opcode.ImportFrom:
                    {
                        var r = ImportFrom(ts, v[sp - 1], names[arg]);
                        if (r is null)
                        {
                            goto Error;
                        }

                        v[sp++] = r;
                        break;
                    }

                case Opcode.ImportStar:
                    {
                        var module = v[--sp];
                        v[sp] = null!;
                        if (!ImportStar(f, module))
                        {
                            goto Error;
                        }

                        break;
                    }

                case Opcode.PrintExpr:
                    {
                        var value = v[--sp];
                        v[sp] = null!;
                        if (!PrintExpr(ts, value))
                        {
                            goto Error;
                        }

                        break;
                    }

                case Opcode.MatchMapping:
                    v[sp] = PyBool.From(PatternMatching.IsMapping(v[sp - 1]));
                    sp++;
                    break;

                case Opcode.MatchSequence:
                    v[sp] = PyBool.From(PatternMatching.IsSequence(v[sp - 1]));
                    sp++;
                    break;

                case Opcode.MatchKeys:
                    {
                        var r = PatternMatching.MatchKeys(v[sp - 2], (PyTuple)v[sp - 1]);
                        if (r is null)
                        {
                            goto Error;
                        }

                        v[sp++] = r;
                        break;
                    }

                case Opcode.MatchClass:
                    {
                        var r = PatternMatching.MatchClass(v[sp - 3], v[sp - 2], arg, (PyTuple)v[sp - 1]);
                        if (r is null)
                        {
                            goto Error;
                        }

                        sp = Pop(v, sp, 3);
                        v[sp++] = r;
                        break;
                    }

                default:
                    PyErr.SystemError($"unknown opcode {(int)op}");
                    goto Error;
            }
        }

    Error:
        // An exception is pending (ts.CurrentException). The instruction at
        // `index` raised it, or re-raised it when `reraise` is set.
        if (ts.CurrentException is null)
        {
            PyErr.SystemError("error return without exception set");
        }

        if (!reraise)
        {
            AddTraceback(ts, f);
            if (ts.TraceFunc is not null)
            {
                CallExceptionTrace(ts, f);
            }
        }

        reraise = false;
        kwnames = null;
        if (co.TryFindHandler(index, out var handler))
        {
            int depth = nlocals + handler.Depth;
            while (sp > depth)
            {
                v[--sp] = null!;
            }

            if (handler.PushLasti)
            {
                v[sp++] = PyInt.From(f.Lasti);
            }

            var exc = PyErr.Fetch()!;
            v[sp++] = exc;
            pc = handler.Target;
            goto Dispatch;
        }

        while (sp > nlocals)
        {
            v[--sp] = null!;
        }

        f.StackPointer = sp;
        f.State = FrameState.Completed;
        if (ts.UseTracing)
        {
            // TRACE_FUNCTION_UNWIND: 'return' with None; an error of the trace function replaces the exception.
            TraceFunctionExit(ts, f, null);
        }

        return null;
    }

    /// <summary>Pops <paramref name="n"/> entries, clearing them so the frame does not keep them alive.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Pop(PyObject[] v, int sp, int n)
    {
        for (int i = 0; i < n; i++)
        {
            v[--sp] = null!;
        }

        return sp;
    }
}
