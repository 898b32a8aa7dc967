# compile() of AST objects: trees built by hand or changed by a
# NodeTransformer, fix_missing_locations, copy_location, increment_lineno,
# the mode check, and PyCF_ONLY_AST giving the same object back.
import ast

def run(tree, mode='exec', ns=None):
    ns = {} if ns is None else ns
    try:
        code = compile(tree, '<tree>', mode)
    except Exception as e:
        print(type(e).__name__, e)
        return None
    if mode == 'eval':
        return eval(code, ns)
    exec(code, ns)
    return ns

# A module built by hand.
tree = ast.Module(body=[
    ast.Assign(targets=[ast.Name('x', ast.Store())], value=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7))),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('x is'), ast.Name('x', ast.Load())], [])),
    ast.FunctionDef('f', ast.arguments([], [ast.arg('a')], None, [], [], None, [ast.Constant(5)]),
                    [ast.Return(ast.BinOp(ast.Name('a', ast.Load()), ast.Add(), ast.Constant(1)))], [], None),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Call(ast.Name('f', ast.Load()), [], [])], [])),
], type_ignores=[])
run(tree)
ast.fix_missing_locations(tree)
print(tree.body[0].lineno, tree.body[0].col_offset, tree.body[0].end_lineno, tree.body[3].value.lineno)
ns = run(tree)
print(ns['x'], ns['f'](10))

# Expression and Interactive modes.
e = ast.fix_missing_locations(ast.Expression(ast.List([ast.Constant(1), ast.Constant('two'), ast.Constant(None),
                                                        ast.Constant(b'3'), ast.Constant(4.5), ast.Constant(1j),
                                                        ast.Constant(...), ast.Constant((1, (2, 'x'))),
                                                        ast.Constant(frozenset())], ast.Load())))
print(run(e, 'eval'))
i = ast.fix_missing_locations(ast.Interactive([ast.Expr(ast.Constant('shown by single'))]))
run(i, 'single')

# NodeTransformer: rename and rewrite, then compile the result.
src = "def add(a, b):\n    return a + b\nresult = add(2, 3) * 10\nprint('result', result)\n"
class Swap(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.copy_location(ast.BinOp(node.left, ast.Sub(), node.right), node)
        return node
    def visit_Name(self, node):
        if node.id == 'result':
            return ast.copy_location(ast.Name('outcome', node.ctx), node)
        return node
t = Swap().visit(ast.parse(src))
ns = run(t)
print(sorted(k for k in ns if not k.startswith('__')))
print(ast.unparse(t))

class DropPrints(ast.NodeTransformer):
    def visit_Expr(self, node):
        if isinstance(node.value, ast.Call) and getattr(node.value.func, 'id', '') == 'print':
            return None
        return node
t = DropPrints().visit(ast.parse("print(1)\nx = 2\nprint(3)\n"))
print(len(t.body), run(t)['x'])

# Tracebacks of compiled trees use the locations of the nodes.
t = ast.parse("a = 1\nb = 0\nc = a / b\n")
ast.increment_lineno(t, 10)
print([s.lineno for s in t.body], [s.end_lineno for s in t.body])
try:
    exec(compile(t, 'inc.py', 'exec'), {})
except ZeroDivisionError as ex:
    print('ZeroDivisionError at line', ex.__traceback__.tb_next.tb_lineno)

# PyCF_ONLY_AST with an AST returns it unchanged; mode must match the node.
m = ast.parse("x = 1")
print(compile(m, '<s>', 'exec', ast.PyCF_ONLY_AST) is m)
print(compile(m, '<s>', 'eval', ast.PyCF_ONLY_AST) is m)
for tree, mode in [(m, 'eval'), (m, 'single'), (ast.Expression(ast.Constant(1)), 'exec'),
                   (ast.Name('x', ast.Load()), 'exec'), (ast.Interactive([]), 'eval'), (ast.AST(), 'exec')]:
    try:
        compile(tree, '<s>', mode)
    except TypeError as e:
        print('TypeError', e)
try:
    compile(m, '<s>', 'func_type')
except ValueError as e:
    print('ValueError', e)
try:
    compile(42, '<s>', 'exec')
except TypeError as e:
    print('TypeError', e)

# Parse, compile and run: the same results as compiling the source.
for src in ["x = [i * i for i in range(5)]", "x = {k: len(k) for k in ('a', 'bb')}",
            "x = f'{1+1:>4}|'", "def g():\n    yield 1\n    yield 2\nx = list(g())",
            "class K:\n    def m(self): return 'm'\nx = K().m()",
            "try:\n    1/0\nexcept ZeroDivisionError as e:\n    x = str(e)",
            "x = 0\nfor i in range(10):\n    if i % 2: continue\n    x += i",
            "import math\nx = math.floor(2.5)", "x = (lambda *a, **k: (a, k))(1, b=2)",
            "match [1, 2]:\n    case [a, b]: x = a + b",
            "async def co(): return 5\nc = co()\ntry:\n    c.send(None)\nexcept StopIteration as s:\n    x = s.value"]:
    a = run(ast.parse(src))['x']
    b = {}
    exec(src, b)
    print(a, a == b['x'])

# Syntax errors found by the compiler on a valid tree.
for src in ["return 1", "break", "def f():\n    nonlocal q", "yield x", "x = 1\nglobal x"]:
    try:
        compile(ast.parse(src), 'err.py', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)

# Docstrings and __future__ annotations from a tree.
ns = run(ast.parse("from __future__ import annotations\ndef h(a: undefined) -> int:\n    'the doc'\n"))
print(ns['h'].__doc__, ns['h'].__annotations__)
