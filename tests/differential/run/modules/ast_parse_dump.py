# ast.parse in every mode with ast.dump(include_attributes=True): positions
# (col offsets in UTF-8 bytes), constants and Constant.kind, every node kind.
import ast

SOURCES = [
    "x = 1",
    "é = 'ü' + \"日本\"  # comment ✓\nprint(é)",
    "a, *b = c[1:2, ::3] = d.e",
    "del a[0], b.c\nglobal g\nnonlocal_ = 1",
    "def f(a, /, b: int = 1, *c, d, e=2, **f) -> None:\n    '''doc'''\n    return\n",
    "async def g():\n    await x\n    async for i in y:\n        pass\n    async with a as b, c:\n        yield\n    yield from z",
    "@dec\nclass C(B, metaclass=M):\n    x: int = 1\n    y: 'str'\n    (z): int\n",
    "for i in range(3):\n    if i: break\n    elif j: continue\n    else: pass\nelse:\n    x += 1",
    "while True:\n    try:\n        pass\n    except (E, F) as e:\n        raise X from e\n    except G:\n        pass\n    else:\n        pass\n    finally:\n        pass",
    "try:\n    pass\nexcept* ValueError:\n    pass",
    "with open(f) as (a, b):\n    pass",
    "import a.b as c, d\nfrom ..e import (f as g, h)\nfrom . import *",
    "lambda a, *, b=1: (a if b else None)",
    "[x for x in y if x for z in w]; {k: v for k, v in d}; {s for s in t}; (g for g in h)",
    "x = {1: 2, **d}; y = {1, 2}; z = [*a, *b]; f(*args, k=1, **kw)",
    "a < b <= c != d is not e in f not in g",
    "not a and b or c; -x; +y; ~z; a @ b; a // b; a ** b; a << b >> c; a & b | c ^ d; a % b",
    "f'{x!r:>{width}} {y=} {z:.2f}' 'plain' f'{{}}'",
    "b'bytes' b'\\x00'; u'unicode'; r'raw\\n'; 'a' 'b'",
    "1; 1.5; 2j; 0x10; 1_000_000; 10**100; 1e400; ...; None; True; False",
    "match p:\n    case 1 | 2: pass\n    case [a, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=yy) as pt: pass\n    case str() | None: pass\n    case -1 | 1+2j | a.b: pass\n    case _ if guard: pass",
    "assert x, 'msg'\nx: int\nif (n := len(a)) > 10: pass",
    "x = (yield)\n",
    "print('日本語', '😀', a)  ;  zz = '😀'.upper()",
    "if a:\n    pass\n# trailing comment\n",
    "a = \\\n  1 + \\\n  2",
    "s = '''multi\nline''' + x",
]

for src in SOURCES:
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        print('SyntaxError', e)
        continue
    print(ast.dump(tree, include_attributes=True))
    print(ast.dump(tree, annotate_fields=False))

for src, mode in [("a + 1", "eval"), ("x = 1", "single"), ("if a:\n  b\n", "single"),
                  ("(int, str) -> List[int]", "func_type"), ("() -> None", "func_type"),
                  ("(*int) -> None", "func_type")]:
    print(mode, ast.dump(ast.parse(src, mode=mode), include_attributes=True))
    print(mode, ast.dump(compile(src, '<s>', mode, ast.PyCF_ONLY_AST)))

print(ast.dump(ast.parse("x = 1\n"), indent=2))
print(ast.dump(ast.parse(b"# coding: latin-1\nx = '\xe9'\n"), include_attributes=True))
print(ast.dump(ast.parse("x = 1", filename="f.py", type_comments=True)))

t = ast.parse("x = 'u'; y = u'u'; z = b'b'")
print([(type(s.value.value).__name__, s.value.kind) for s in t.body])
t = ast.parse("1; 1.0; 1j; 2**70")
print([repr(s.value.value) for s in t.body])

for bad in ["x = ", "f(", "def f(:", "1 = x", "x = 'abc", "\tif x:\n  pass", "return 1 +"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.offset)
try:
    compile("x", "<s>", "bogus", ast.PyCF_ONLY_AST)
except ValueError as e:
    print('ValueError', e)
try:
    compile("(a) -> b", "<s>", "func_type")
except ValueError as e:
    print('ValueError', e)
try:
    compile("a\0b", "<s>", "exec", ast.PyCF_ONLY_AST)
except Exception as e:
    print(type(e).__name__, e)

deep = "+".join(["a"] * 1500)
t = ast.parse(deep)
n, d = t.body[0].value, 0
while isinstance(n, ast.BinOp):
    n, d = n.left, d + 1
print('depth', d)
