# The Python half of ast over Ember's trees: unparse, literal_eval, walk,
# NodeVisitor, get_source_segment, get_docstring, iter_fields, dump(indent).
import ast

UNPARSE = [
    "x = 1", "a, *b = c", "del a[0], b.c", "x += 1; y **= 2; z //= 3",
    "def f(a, /, b: int = 1, *c, d, e=2, **f) -> None:\n    '''doc'''\n    return a",
    "async def g():\n    await x\n    async for i in y:\n        pass\n    async with a as b:\n        pass",
    "@dec(1)\nclass C(B, metaclass=M):\n    x: int = 1\n    pass",
    "for i in r:\n    break\nelse:\n    continue",
    "while x:\n    pass\nelse:\n    pass",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "try:\n    pass\nexcept E as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass",
    "with a as b, c as (d, e):\n    pass",
    "import a.b as c\nfrom ..d import e as f, g\nfrom . import h",
    "global a, b\nnonlocal c",
    "assert x, 'm'", "lambda a, *, b=1: a if b else -a",
    "[x for x in y if x]; {k: v for k, v in d.items()}; {s for s in t}; (g for g in h)",
    "x = {1: 2, **d}; y = {1, 2}; z = [*a]; f(*args, k=1, **kw)",
    "a < b <= c is not d not in e", "not a and (b or c)", "a @ b - c // d ** -e % f << g & h | i ^ ~j",
    "f'{x!r:>{w}} {y=} {{z}}'", "b'\\x00b'; 'a\\nb'; '''q'''", "1; 1.5; 2j; 1e400; -1e400j; ...; None",
    "match p:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) as pt if pt:\n        pass\n    case _:\n        pass",
    "x = (yield)", "x = yield from y", "if (n := 10) > 5:\n    pass", "x = a[1:2, ::3]", "x = (1,)",
    "print(*a, sep='')", "x: 'int'", "(x): int = 1", "x = a if b else c if d else e",
    "x = (a for b in c)", "f(a for b in c)", "x = -(-1)", "x = (-1) ** 2", "x = not not a",
]
for src in UNPARSE:
    tree = ast.parse(src)
    out = ast.unparse(tree)
    print(out)
    print('  round trip:', ast.dump(ast.parse(out)) == ast.dump(tree))

for text in ["1", "-1.5", "1+2j", "'s'", "b'b'", "(1, [2, {3: {4}}])", "None", "True", "{'a': -0.0}",
             "set()", "frozenset()", "[1, 2,]", "  7", "1 + 1", "x", "f()", "{**a}", "-(1)", "+1", "--1", "1e5",
             "'a' 'b'", "[1, (2,)]", "{1, 2}", "..."]:
    try:
        print(repr(text), '->', repr(ast.literal_eval(text)))
    except Exception as e:
        msg = str(e)
        print(repr(text), '->', type(e).__name__, msg[:msg.find(' at 0x')] if ' at 0x' in msg else msg)
print(ast.literal_eval(ast.parse('[1, 2]', mode='eval')))
print(ast.literal_eval(ast.Constant(5)))

src = "def f(x):\n    '''Docstring.\n\n    More.'''\n    y = x +  1\n    return y  # done\nclass K:\n    'kdoc'\n"
tree = ast.parse(src)
print(ast.get_docstring(tree.body[0]))
print(ast.get_docstring(tree.body[0], clean=False))
print(ast.get_docstring(tree.body[1]), ast.get_docstring(tree))
for node in ast.walk(tree):
    seg = ast.get_source_segment(src, node)
    if seg is not None and isinstance(node, (ast.stmt, ast.expr)):
        print(type(node).__name__, repr(seg))
print(ast.get_source_segment(src, tree.body[0], padded=True)[:20])
text = "x = 'é' +  ü\n"
t = ast.parse(text)
print([ast.get_source_segment(text, n) for n in ast.walk(t) if isinstance(n, ast.expr)])

print(sorted({type(n).__name__ for n in ast.walk(tree)}))
print([(k, type(v).__name__) for k, v in ast.iter_fields(tree.body[0].args)])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))
        self.generic_visit(node)
c = Counter()
c.visit(ast.parse("a = b + c\nfor i in d: e(i)"))
print(c.names)

t = ast.parse("x = 1\ny = 2")
ast.increment_lineno(t, 3)
print([(s.lineno, s.end_lineno, s.value.lineno) for s in t.body])
n = ast.Name('a', ast.Load())
ast.copy_location(n, t.body[0])
print(n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
print(ast.dump(ast.parse("f(a, b=1)"), indent=4))
print(ast.dump(ast.parse("x[1:2]", mode='eval'), indent='--'))
