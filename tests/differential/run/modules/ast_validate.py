# compile() of invalid trees: obj2ast's conversion errors and ast.c's
# validation, each message as CPython gives it.
import ast

L, S, D = ast.Load(), ast.Store(), ast.Del()
def N(id, ctx=L):
    return ast.Name(id, ctx)
def C(v):
    return ast.Constant(v)
ARGS = ast.arguments([], [], None, [], [], None, [])

def strip_address(s):
    i = s.find(' at 0x')
    return s if i < 0 else s[:i] + s[s.index('>', i):]

def check(tree, mode=None, fix=True):
    if mode is None:
        mode = {ast.Expression: 'eval', ast.Interactive: 'single'}.get(type(tree), 'exec')
    if fix:
        ast.fix_missing_locations(tree)
    try:
        compile(tree, '<v>', mode)
        print('ok')
    except Exception as e:
        print(type(e).__name__, strip_address(str(e)))

def mod(*stmts):
    return ast.Module(list(stmts), [])
def ex(e):
    return ast.Expression(e)

print('-- conversion')
check(mod(ast.Expr(N('x'))), fix=False)
check(mod(ast.Expr(N('x'), lineno=1)), fix=False)
check(ex(ast.Name('x', L, lineno=1, col_offset=0, end_lineno=1, end_col_offset='x')), fix=False)
check(ex(ast.Name('x', L, lineno='1', col_offset=0)), fix=False)
check(ex(ast.Name('x', L, lineno=2**40, col_offset=0)), fix=False)
check(mod(ast.Expr()))
check(mod(ast.Expr(None)))
check(ast.Module((), []))
check(ast.Module([ast.Pass()], None))
check(ast.Module([ast.Pass()]))
check(ex(ast.Name()))
check(ex(ast.Name(None, L)))
check(ex(ast.Name(1, L)))
check(ex(ast.Name('x', 1)))
check(ex(ast.Name('x', ast.Load)))
check(ex(ast.Name('x')))
check(ex(5))
check(ex(ast.Pass()))
check(ex(ast.BinOp(C(1), ast.Add, C(2))))
check(ex(ast.BinOp(C(1), C(2), C(3))))
check(ex(ast.Compare(C(1), [ast.Eq(), 'x'], [C(2), C(3)])))
check(ex(ast.Constant('s', kind=3)))
check(ex(ast.Call(N('f'), (C(1),), [])))
check(mod(ast.FunctionDef('f', None, [ast.Pass()], [], None)))
check(mod(ast.FunctionDef('f', ARGS, [ast.Pass()], [])))
check(ex(ast.Lambda(ast.arguments(), C(1))))
check(mod(ast.ImportFrom('m', [ast.alias('x')], 2**40)))
check(mod(ast.Import([ast.alias()])))
check(ex(ast.Call(N('f'), [], [ast.keyword('k')])))
check(ex(ast.JoinedStr([ast.FormattedValue(C(1), None, None)])))
check(ex(ast.JoinedStr([ast.FormattedValue(C(1), 'r', None)])))
class Shrinking(list):
    pass
body = [ast.Pass(), ast.Pass()]
check(mod(*body))

print('-- constants')
for v in [[1], {1: 2}, (1, [2]), frozenset({1}), (1, (2, (3,))), object(), type, 'str', b'b', 1.5, 2j, True, None, ..., 10**30]:
    check(ex(C(v)))
class MyInt(int):
    pass
check(ex(C(MyInt(3))))

print('-- contexts')
check(ex(N('x', S)))
check(ex(N('x', D)))
check(mod(ast.Assign([N('x')], C(1))))
check(mod(ast.Assign([C(1)], C(1))))
check(mod(ast.Assign([ast.Call(N('f'), [], [])], C(1))))
check(mod(ast.Delete([N('x', S)])))
check(mod(ast.Delete([ast.BinOp(N('a'), ast.Add(), N('b'))])))
check(mod(ast.Assign([ast.Tuple([N('a', S), N('b')], S)], C(1))))
check(mod(ast.Assign([ast.Starred(N('a'), S)], C(1))))
check(mod(ast.AugAssign(N('x'), ast.Add(), C(1))))
check(mod(ast.For(N('i'), N('r'), [ast.Pass()], [])))
check(ex(ast.Attribute(N('a', S), 'b', L)))
check(ex(ast.Subscript(N('a'), N('i', S), L)))
check(mod(ast.With([ast.withitem(N('a'), N('b'))], [ast.Pass()])))
check(ex(ast.ListComp(N('x'), [ast.comprehension(N('x'), N('y'), [], 0)])))

print('-- names')
for name in ['None', 'True', 'False', 'ok']:
    check(ex(N(name)))

print('-- statements')
check(mod(ast.FunctionDef('f', ARGS, [], [], None)))
check(mod(ast.AsyncFunctionDef('f', ARGS, [], [], None)))
check(mod(ast.ClassDef('C', [], [], [], [])))
check(mod(ast.For(N('i', S), N('r'), [], [])))
check(mod(ast.AsyncFor(N('i', S), N('r'), [], [])))
check(mod(ast.While(C(1), [], [])))
check(mod(ast.If(C(1), [], [])))
check(mod(ast.If(C(1), [ast.Pass()], [None])))
check(mod(ast.With([], [ast.Pass()])))
check(mod(ast.With([ast.withitem(N('a'), None)], [])))
check(mod(ast.AsyncWith([], [ast.Pass()])))
check(mod(ast.Delete([])))
check(mod(ast.Assign([], C(1))))
check(mod(ast.Import([])))
check(mod(ast.ImportFrom('m', [], 0)))
check(mod(ast.ImportFrom('m', [ast.alias('x')], -1)))
check(mod(ast.Global([])))
check(mod(ast.Nonlocal([])))
check(mod(ast.Raise(None, C(1))))
check(mod(ast.Try([ast.Pass()], [], [], [])))
check(mod(ast.Try([ast.Pass()], [], [ast.Pass()], [ast.Pass()])))
check(mod(ast.Try([], [], [], [ast.Pass()])))
check(mod(ast.Try([ast.Pass()], [ast.ExceptHandler(None, None, [])], [], [])))
check(mod(ast.TryStar([ast.Pass()], [], [], [])))
check(mod(ast.TryStar([ast.Pass()], [], [ast.Pass()], [ast.Pass()])))
check(mod(ast.AnnAssign(ast.Attribute(N('a'), 'b', S), N('int'), None, 1)))
check(mod(ast.AnnAssign(ast.Attribute(N('a'), 'b', S), N('int'), None, 0)))
check(mod(ast.Match(N('x'), [])))
check(mod(None))
check(mod(ast.Assert(C(1), N('m', S))))
check(mod(ast.Return(N('r', S))))

print('-- expressions')
check(ex(ast.BoolOp(ast.And(), [C(1)])))
check(ex(ast.BoolOp(ast.Or(), [C(1), None])))
check(ex(ast.Dict([C(1)], [])))
check(ex(ast.Dict([None], [ast.Dict([], [])])))
check(ex(ast.Compare(C(1), [], [])))
check(ex(ast.Compare(C(1), [ast.Lt()], [C(2), C(3)])))
check(ex(ast.ListComp(C(1), [])))
check(ex(ast.SetComp(C(1), [])))
check(ex(ast.GeneratorExp(C(1), [])))
check(ex(ast.DictComp(C(1), C(2), [])))
check(ex(ast.Call(N('f'), [None], [])))
check(ex(ast.Set([None])))
check(ex(ast.Lambda(ast.arguments([], [], None, [], [], None, [C(1)]), C(1))))
check(ex(ast.Lambda(ast.arguments([], [], None, [ast.arg('k')], [], None, []), C(1))))
check(ex(ast.Lambda(ast.arguments([], [ast.arg('a', N('t', S))], None, [], [], None, []), C(1))))
check(ex(ast.Lambda(ast.arguments([], [], ast.arg('v', N('t', S)), [], [], None, []), C(1))))
check(ex(ast.Lambda(ast.arguments([], [], None, [ast.arg('k')], [None], None, []), C(1))))
check(ex(ast.Yield(N('y', S))))
check(ex(ast.IfExp(C(1), N('a', S), C(2))))
check(ex(ast.Slice(N('a', S), None, None)))
check(ex(ast.NamedExpr(N('a', L), N('b', S))))
check(ex(ast.NamedExpr(N('a', S), C(1))))

print('-- patterns')
def match(pattern, guard=None):
    return mod(ast.Match(N('x'), [ast.match_case(pattern, guard, [ast.Pass()])]))
check(match(ast.MatchValue(C(1))))
check(match(ast.MatchValue(C(None))))
check(match(ast.MatchValue(C((1, 2)))))
check(match(ast.MatchValue(N('y'))))
check(match(ast.MatchValue(ast.UnaryOp(ast.USub(), C(1)))))
check(match(ast.MatchValue(ast.UnaryOp(ast.Not(), C(1)))))
check(match(ast.MatchSingleton(1)))
check(match(ast.MatchSingleton(True)))
check(match(ast.MatchStar('s')))
check(match(ast.MatchSequence([ast.MatchStar('_')])))
check(match(ast.MatchSequence([ast.MatchStar('None')])))
check(match(ast.MatchMapping([C(1)], [], None)))
check(match(ast.MatchMapping([C(1)], [ast.MatchAs()], '_')))
check(match(ast.MatchMapping([C(True)], [ast.MatchAs()], None)))
check(match(ast.MatchClass(N('C'), [], ['a'], [])))
check(match(ast.MatchClass(ast.Call(N('C'), [], []), [], [], [])))
check(match(ast.MatchClass(ast.Attribute(N('m'), 'C', L), [], ['True'], [ast.MatchAs()])))
check(match(ast.MatchAs(ast.MatchAs(), None)))
check(match(ast.MatchAs(None, '_')))
check(match(ast.MatchOr([ast.MatchAs()])))
check(match(ast.MatchAs(), guard=N('g', S)))
check(mod(ast.Match(N('x'), [ast.match_case(ast.MatchAs(), None, [])])))

print('-- positions')
def at(node, lineno, col, end_lineno=None, end_col=None):
    node.lineno, node.col_offset = lineno, col
    if end_lineno is not None:
        node.end_lineno = end_lineno
    if end_col is not None:
        node.end_col_offset = end_col
    return node
check(ex(at(C(1), 1, 5)), fix=False)
check(ex(at(C(1), 2, 0, 1, 0)), fix=False)
check(ex(at(C(1), 1, -5, 1, 5)), fix=False)
check(ex(at(C(1), -1, 0, 2, 0)), fix=False)
check(ex(at(C(1), 1, 6, 1, 2)), fix=False)
check(ex(at(C(1), 1, 6, 2, 2)), fix=False)
check(mod(at(ast.Pass(), 3, 4, 2, 0)), fix=False)
check(mod(at(ast.Expr(at(C(1), 1, 0)), 1, 9, 1, 3)), fix=False)
check(match(at(ast.MatchAs(), 1, 8, 1, 2)))

print('-- cycles')
t = ast.parse("def f(): return 1")
t.body[0].body.append(t.body[0])
check(t, fix=False)
e = at(ast.BinOp(at(C(1), 1, 0), ast.Add(), C(2)), 1, 0)
e.right = e
check(ex(e), fix=False)
