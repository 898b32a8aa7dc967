using Ember.Bytecode;
using Ember.Compiler.Flow;
using Ember.Compiler.Optimize;
using Ember.Compiler.Symbols;
using Ember.Syntax.Ast;
using Attribute = Ember.Syntax.Ast.Attribute;

namespace Ember.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    // compiler_visit_expr: each expression's instructions carry its location.
    private void VisitExpr(ExprNode e)
    {
        var old = _u.Loc;
        SetLoc(e);
        VisitExpr1(e);
        _u.Loc = old;
    }

    // compiler_visit_expr1
    private void VisitExpr1(ExprNode e)
    {
        if (e is not Constant && _folder.TryFold(e, out var folded))
        {
            LoadConst(folded);
            return;
        }

        switch (e)
        {
            case NamedExpr ne:
                VisitExpr(ne.Value);
                Emit(Opcode.Copy, 1);
                VisitExpr(ne.Target);
                break;
            case BoolOp b:
                CompileBoolOp(b);
                break;
            case BinOp b when b.Op == Operator.Mod && TryCompilePercentFormat(b):
                break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                Emit(Opcode.BinaryOp, (int)BinOpCode(b.Op));
                break;
            case UnaryOp u:
                if (u.Op == UnaryOperator.Not && NegatedCompare(u.Operand) is { } negated)
                {
                    CompileCompare(negated.Node, negated.Ops);
                    break;
                }

                VisitExpr(u.Operand);
                Emit(u.Op switch
                {
                    UnaryOperator.Invert => Opcode.UnaryInvert,
                    UnaryOperator.Not => Opcode.UnaryNot,
                    UnaryOperator.UAdd => Opcode.UnaryPositive,
                    _ => Opcode.UnaryNegative,
                });
                break;
            case Lambda l:
                CompileLambda(l);
                break;
            case IfExp ie:
                {
                    var end = NewBlock();
                    var next = NewBlock();
                    JumpIf(ie.Test, next, false);
                    VisitExpr(ie.Body);
                    JumpNoLine(end);
                    UseNextBlock(next);
                    VisitExpr(ie.Orelse);
                    UseNextBlock(end);
                    break;
                }

            case Dict d:
                CompileDict(d);
                break;
            case Set s:
                StarUnpackHelper(s.Elts, 0, Opcode.BuildSet, Opcode.SetAdd, Opcode.SetUpdate, tuple: false);
                break;
            case GeneratorExp g:
                CompileComprehension(g, "<genexpr>", ComprehensionType.Generator, g.Generators, g.Elt, null);
                break;
            case ListComp lc:
                CompileComprehension(lc, "<listcomp>", ComprehensionType.List, lc.Generators, lc.Elt, null);
                break;
            case SetComp sc:
                CompileComprehension(sc, "<setcomp>", ComprehensionType.Set, sc.Generators, sc.Elt, null);
                break;
            case DictComp dc:
                CompileComprehension(dc, "<dictcomp>", ComprehensionType.Dict, dc.Generators, dc.Key, dc.Value);
                break;
            case Yield y:
                if (_u.Ste.Type != BlockType.Function)
                {
                    Error("'yield' outside function");
                }

                if (y.Value != null)
                {
                    VisitExpr(y.Value);
                }
                else
                {
                    LoadConst(null);
                }

                EmitYield();
                break;
            case YieldFrom yf:
                if (_u.Ste.Type != BlockType.Function)
                {
                    Error("'yield' outside function");
                }

                if (_u.Kind == ScopeKind.AsyncFunction)
                {
                    Error("'yield from' inside async function");
                }

                VisitExpr(yf.Value);
                Emit(Opcode.GetYieldFromIter);
                LoadConst(null);
                AddYieldFrom(await: false);
                break;
            case Await a:
                if (_u.Ste.Type != BlockType.Function)
                {
                    Error("'await' outside function");
                }

                if (_u.Kind is not ScopeKind.AsyncFunction and not ScopeKind.Comprehension)
                {
                    Error("'await' outside async function");
                }

                VisitExpr(a.Value);
                Emit(Opcode.GetAwaitable, 0);
                LoadConst(null);
                AddYieldFrom(await: true);
                break;
            case Compare c:
                CompileCompare(c, c.Ops);
                break;
            case Call call:
                CompileCall(call);
                break;
            case Constant c:
                LoadConst(ConstantFolder.ToConst(c.Value));
                break;
            case JoinedStr js:
                CompileJoinedStr(js);
                break;
            case FormattedValue fv:
                CompileFormattedValue(fv);
                break;
            case Attribute a:
                VisitExpr(a.Value);
                UpdateStartLocationToMatchAttr(a);
                switch (a.Ctx)
                {
                    case ExprContext.Load:
                        EmitName(Opcode.LoadAttr, a.Attr);
                        break;
                    case ExprContext.Store:
                        ForbiddenName(a.Attr, ExprContext.Store);
                        EmitName(Opcode.StoreAttr, a.Attr);
                        break;
                    default:
                        EmitName(Opcode.DeleteAttr, a.Attr);
                        break;
                }

                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                Emit(sub.Ctx switch { ExprContext.Load => Opcode.BinarySubscr, ExprContext.Store => Opcode.StoreSubscr, _ => Opcode.DeleteSubscr });
                break;
            case Starred st:
                Error(st.Ctx == ExprContext.Store ? "starred assignment target must be in a list or tuple" : "can't use starred expression here");
                break;
            case Slice sl:
                {
                    int n = 2;
                    if (sl.Lower != null)
                    {
                        VisitExpr(sl.Lower);
                    }
                    else
                    {
                        LoadConst(null);
                    }

                    if (sl.Upper != null)
                    {
                        VisitExpr(sl.Upper);
                    }
                    else
                    {
                        LoadConst(null);
                    }

                    if (sl.Step != null)
                    {
                        n++;
                        VisitExpr(sl.Step);
                    }

                    Emit(Opcode.BuildSlice, n);
                    break;
                }

            case Name n:
                NameOp(n.Id, n.Ctx);
                break;
            case List l:
                if (l.Ctx == ExprContext.Store)
                {
                    AssignmentHelper(l.Elts);
                }
                else if (l.Ctx == ExprContext.Load)
                {
                    StarUnpackHelper(l.Elts, 0, Opcode.BuildList, Opcode.ListAppend, Opcode.ListExtend, tuple: _folder.IsIterTuple(l));
                }
                else
                {
                    foreach (var elt in l.Elts)
                    {
                        VisitExpr(elt);
                    }
                }

                break;
            case Syntax.Ast.Tuple t:
                if (t.Ctx == ExprContext.Store)
                {
                    AssignmentHelper(t.Elts);
                }
                else if (t.Ctx == ExprContext.Load)
                {
                    StarUnpackHelper(t.Elts, 0, Opcode.BuildList, Opcode.ListAppend, Opcode.ListExtend, tuple: true);
                }
                else
                {
                    foreach (var elt in t.Elts)
                    {
                        VisitExpr(elt);
                    }
                }

                break;
        }
    }

    // The AST optimizer's fold of "not (a in b)" into "a not in b" (and is / is not).
    private static (Compare Node, List<CmpOperator> Ops)? NegatedCompare(ExprNode operand)
    {
        if (operand is Compare c && c.Ops.Count == 1)
        {
            CmpOperator? neg = c.Ops[0] switch
            {
                CmpOperator.Is => CmpOperator.IsNot,
                CmpOperator.IsNot => CmpOperator.Is,
                CmpOperator.In => CmpOperator.NotIn,
                CmpOperator.NotIn => CmpOperator.In,
                _ => null,
            };
            if (neg != null)
            {
                return (c, new List<CmpOperator> { neg.Value });
            }
        }

        return null;
    }

    // update_start_location_to_match_attr
    private void UpdateStartLocationToMatchAttr(Attribute attr)
    {
        var loc = _u.Loc;
        if (loc.Line != attr.EndLineno)
        {
            int line = attr.EndLineno;
            int col = loc.Col, endCol = loc.EndCol;
            int len = attr.Attr.Length;
            if (len <= attr.EndColOffset)
            {
                col = attr.EndColOffset - System.Text.Encoding.UTF8.GetByteCount(attr.Attr);
            }
            else
            {
                col = -1;
                endCol = -1;
            }

            int endLine = Math.Max(line, loc.EndLine);
            if (line == endLine)
            {
                endCol = Math.Max(col, endCol);
            }

            _u.Loc = new SourcePosition(line, endLine, col, endCol);
        }
    }

    private void EmitYield()
    {
        if (_u.Ste.IsGenerator && _u.Ste.IsCoroutine)
        {
            Emit(Opcode.AsyncGenWrap);
        }

        Emit(Opcode.YieldValue);
        Emit(Opcode.Resume, 1);
    }

    // compiler_add_yield_from
    private void AddYieldFrom(bool await)
    {
        var start = NewBlock();
        var resume = NewBlock();
        var exit = NewBlock();
        UseNextBlock(start);
        EmitJump(Opcode.Send, exit);
        UseNextBlock(resume);
        Emit(Opcode.YieldValue);
        Emit(Opcode.Resume, await ? 3 : 2);
        EmitJumpPseudo(PseudoOp.JumpNoInterrupt, start);
        UseNextBlock(exit);
    }

    // compiler_boolop
    private void CompileBoolOp(BoolOp e)
    {
        var op = e.Op == BoolOperator.And ? Opcode.JumpIfFalseOrPop : Opcode.JumpIfTrueOrPop;
        var end = NewBlock();
        int n = e.Values.Count - 1;
        for (int i = 0; i < n; i++)
        {
            VisitExpr(e.Values[i]);
            EmitJump(op, end);
            NextBlock();
        }

        VisitExpr(e.Values[n]);
        UseNextBlock(end);
    }

    // compiler_compare
    private void CompileCompare(Compare e, List<CmpOperator> ops)
    {
        MarkInOperand(e, ops);
        VisitExpr(e.Left);
        int n = ops.Count - 1;
        if (n == 0)
        {
            VisitExpr(e.Comparators[0]);
            AddCompare(ops[0]);
            return;
        }

        var cleanup = NewBlock();
        for (int i = 0; i < n; i++)
        {
            VisitExpr(e.Comparators[i]);
            Emit(Opcode.Swap, 2);
            Emit(Opcode.Copy, 2);
            AddCompare(ops[i]);
            EmitJump(Opcode.JumpIfFalseOrPop, cleanup);
            NextBlock();
        }

        VisitExpr(e.Comparators[n]);
        AddCompare(ops[n]);
        var end = NewBlock();
        JumpNoLine(end);
        UseNextBlock(cleanup);
        Emit(Opcode.Swap, 2);
        Emit(Opcode.PopTop);
        UseNextBlock(end);
    }

    // fold_compare: the last operand of "in" / "not in" is folded like a loop's iterable.
    private void MarkInOperand(Compare e, List<CmpOperator> ops)
    {
        if (ops[^1] is CmpOperator.In or CmpOperator.NotIn)
        {
            _folder.MarkIter(e.Comparators[^1]);
        }
    }

    // compiler_addcompare
    private void AddCompare(CmpOperator op)
    {
        switch (op)
        {
            case CmpOperator.Is:
                Emit(Opcode.IsOp, 0);
                return;
            case CmpOperator.IsNot:
                Emit(Opcode.IsOp, 1);
                return;
            case CmpOperator.In:
                Emit(Opcode.ContainsOp, 0);
                return;
            case CmpOperator.NotIn:
                Emit(Opcode.ContainsOp, 1);
                return;
        }

        Emit(Opcode.CompareOp, (int)(op switch
        {
            CmpOperator.Eq => CompareOp.Eq,
            CmpOperator.NotEq => CompareOp.Ne,
            CmpOperator.Lt => CompareOp.Lt,
            CmpOperator.LtE => CompareOp.Le,
            CmpOperator.Gt => CompareOp.Gt,
            _ => CompareOp.Ge,
        }));
    }

    // compiler_jump_if
    private void JumpIf(ExprNode e, BasicBlock next, bool cond)
    {
        switch (e)
        {
            case UnaryOp { Op: UnaryOperator.Not } u when NegatedCompare(u.Operand) == null && !_folder.TryFold(e, out _):
                JumpIf(u.Operand, next, !cond);
                return;
            case BoolOp b:
                {
                    int n = b.Values.Count - 1;
                    bool cond2 = b.Op == BoolOperator.Or;
                    var next2 = next;
                    if (cond2 != cond)
                    {
                        next2 = NewBlock();
                    }

                    for (int i = 0; i < n; i++)
                    {
                        JumpIf(b.Values[i], next2, cond2);
                    }

                    JumpIf(b.Values[n], next, cond);
                    if (next2 != next)
                    {
                        UseNextBlock(next2);
                    }

                    return;
                }

            case IfExp ie:
                {
                    var end = NewBlock();
                    var next2 = NewBlock();
                    JumpIf(ie.Test, next2, false);
                    JumpIf(ie.Body, next, cond);
                    JumpNoLine(end);
                    UseNextBlock(next2);
                    JumpIf(ie.Orelse, next, cond);
                    UseNextBlock(end);
                    return;
                }

            case Compare c1 when c1.Ops.Count == 1:
                // 3.11 sets the comparison's location here and does not restore it.
                SetLoc(c1);
                break;
            case Compare c when c.Ops.Count > 1:
                {
                    SetLoc(c);
                    MarkInOperand(c, c.Ops);
                    int n = c.Ops.Count - 1;
                    var cleanup = NewBlock();
                    VisitExpr(c.Left);
                    for (int i = 0; i < n; i++)
                    {
                        VisitExpr(c.Comparators[i]);
                        Emit(Opcode.Swap, 2);
                        Emit(Opcode.Copy, 2);
                        AddCompare(c.Ops[i]);
                        EmitJump(Opcode.PopJumpIfFalse, cleanup);
                        NextBlock();
                    }

                    VisitExpr(c.Comparators[n]);
                    AddCompare(c.Ops[n]);
                    EmitJump(cond ? Opcode.PopJumpIfTrue : Opcode.PopJumpIfFalse, next);
                    NextBlock();
                    var end = NewBlock();
                    JumpNoLine(end);
                    UseNextBlock(cleanup);
                    Emit(Opcode.PopTop);
                    if (!cond)
                    {
                        JumpNoLine(next);
                    }

                    UseNextBlock(end);
                    return;
                }
        }

        VisitExpr(e);
        EmitJump(cond ? Opcode.PopJumpIfTrue : Opcode.PopJumpIfFalse, next);
        NextBlock();
    }

    // starunpack_helper
    private void StarUnpackHelper(List<ExprNode> elts, int pushed, Opcode build, Opcode add, Opcode extend, bool tuple)
    {
        int n = elts.Count;
        if (n > 2 && AllConstant(elts, out var values))
        {
            if (tuple && pushed == 0)
            {
                LoadConst(new ConstTuple(values));
                return;
            }

            Emit(build, pushed);
            LoadConst(add == Opcode.SetAdd ? ConstantFolder.FrozenSet(values) : new ConstTuple(values));
            Emit(extend, 1);
            if (tuple)
            {
                Emit(Opcode.ListToTuple);
            }

            return;
        }

        bool seenStar = false;
        foreach (var elt in elts)
        {
            if (elt is Starred)
            {
                seenStar = true;
                break;
            }
        }

        bool big = n + pushed > StackUseGuideline;
        if (!seenStar && !big)
        {
            foreach (var elt in elts)
            {
                VisitExpr(elt);
            }

            Emit(tuple ? Opcode.BuildTuple : build, n + pushed);
            return;
        }

        bool sequenceBuilt = false;
        if (big)
        {
            Emit(build, pushed);
            sequenceBuilt = true;
        }

        for (int i = 0; i < n; i++)
        {
            var elt = elts[i];
            if (elt is Starred st)
            {
                if (!sequenceBuilt)
                {
                    Emit(build, i + pushed);
                    sequenceBuilt = true;
                }

                VisitExpr(st.Value);
                Emit(extend, 1);
            }
            else
            {
                VisitExpr(elt);
                if (sequenceBuilt)
                {
                    Emit(add, 1);
                }
            }
        }

        if (tuple)
        {
            Emit(Opcode.ListToTuple);
        }
    }

    private bool AllConstant(List<ExprNode> elts, out object?[] values)
    {
        values = new object?[elts.Count];
        for (int i = 0; i < elts.Count; i++)
        {
            if (!_folder.TryFold(elts[i], out values[i]))
            {
                return false;
            }
        }

        return true;
    }

    // assignment_helper
    private void AssignmentHelper(List<ExprNode> elts)
    {
        int n = elts.Count;
        bool seenStar = false;
        for (int i = 0; i < n; i++)
        {
            if (elts[i] is Starred)
            {
                if (seenStar)
                {
                    Error("multiple starred expressions in assignment");
                }

                if (i >= (1 << 8) || n - i - 1 >= (OpcodeInfo.MaxArg >> 8))
                {
                    Error("too many expressions in star-unpacking assignment");
                }

                Emit(Opcode.UnpackEx, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }

        if (!seenStar)
        {
            Emit(Opcode.UnpackSequence, n);
        }

        foreach (var elt in elts)
        {
            VisitExpr(elt is Starred st ? st.Value : elt);
        }
    }

    // compiler_dict
    private void CompileDict(Dict e)
    {
        int n = e.Values.Count;
        int elements = 0;
        bool haveDict = false;
        for (int i = 0; i < n; i++)
        {
            bool isUnpacking = e.Keys[i] == null;
            if (isUnpacking)
            {
                if (elements > 0)
                {
                    DictSubdict(e, i - elements, i);
                    if (haveDict)
                    {
                        Emit(Opcode.DictUpdate, 1);
                    }

                    haveDict = true;
                    elements = 0;
                }

                if (!haveDict)
                {
                    Emit(Opcode.BuildMap, 0);
                    haveDict = true;
                }

                VisitExpr(e.Values[i]);
                Emit(Opcode.DictUpdate, 1);
            }
            else
            {
                if (elements * 2 > StackUseGuideline)
                {
                    DictSubdict(e, i - elements, i + 1);
                    if (haveDict)
                    {
                        Emit(Opcode.DictUpdate, 1);
                    }

                    haveDict = true;
                    elements = 0;
                }
                else
                {
                    elements++;
                }
            }
        }

        if (elements > 0)
        {
            DictSubdict(e, n - elements, n);
            if (haveDict)
            {
                Emit(Opcode.DictUpdate, 1);
            }

            haveDict = true;
        }

        if (!haveDict)
        {
            Emit(Opcode.BuildMap, 0);
        }
    }

    // compiler_subdict
    private void DictSubdict(Dict e, int begin, int end)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        if (n > 1 && !big && AllConstantKeys(e, begin, end, out var keys))
        {
            for (int i = begin; i < end; i++)
            {
                VisitExpr(e.Values[i]);
            }

            LoadConst(new ConstTuple(keys!));
            Emit(Opcode.BuildConstKeyMap, n);
            return;
        }

        if (big)
        {
            Emit(Opcode.BuildMap, 0);
        }

        for (int i = begin; i < end; i++)
        {
            VisitExpr(e.Keys[i]!);
            VisitExpr(e.Values[i]);
            if (big)
            {
                Emit(Opcode.MapAdd, 1);
            }
        }

        if (!big)
        {
            Emit(Opcode.BuildMap, n);
        }
    }

    private bool AllConstantKeys(Dict e, int begin, int end, out object?[]? keys)
    {
        keys = new object?[end - begin];
        for (int i = begin; i < end; i++)
        {
            if (!_folder.TryFold(e.Keys[i]!, out keys[i - begin]))
            {
                keys = null;
                return false;
            }
        }

        return true;
    }

    // compiler_joined_str
    private void CompileJoinedStr(JoinedStr e)
    {
        int n = e.Values.Count;
        if (n > StackUseGuideline)
        {
            LoadConst("");
            EmitName(Opcode.LoadMethod, "join");
            Emit(Opcode.BuildList, 0);
            foreach (var v in e.Values)
            {
                VisitExpr(v);
                Emit(Opcode.ListAppend, 1);
            }

            Emit(Opcode.Call, 1);
            return;
        }

        foreach (var v in e.Values)
        {
            VisitExpr(v);
        }

        if (n != 1)
        {
            Emit(Opcode.BuildString, n);
        }
    }

    // compiler_formatted_value
    private void CompileFormattedValue(FormattedValue e)
    {
        VisitExpr(e.Value);
        int oparg = e.Conversion switch
        {
            's' => 1,
            'r' => 2,
            'a' => 3,
            _ => 0,
        };
        if (e.FormatSpec != null)
        {
            VisitExpr(e.FormatSpec);
            oparg |= 0x04;
        }

        Emit(Opcode.FormatValue, oparg);
    }
}
