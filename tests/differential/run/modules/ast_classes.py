# The _ast module's classes: hierarchy, _fields/_attributes/__match_args__,
# docs, class-level None defaults, the constructor and __reduce__.
import _ast
import ast

names = sorted(k for k in dir(_ast) if not k.startswith('__'))
print(len(names), names)
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.PyCF_ONLY_AST == _ast.PyCF_ONLY_AST, ast.AST is _ast.AST)
for name in names:
    cls = getattr(_ast, name)
    if not isinstance(cls, type):
        continue
    print(name, cls.__module__, [b.__name__ for b in cls.__mro__], cls._fields, cls.__match_args__,
          getattr(cls, '_attributes', '-'))
    print('   doc:', repr(cls.__doc__))
    own = sorted(k for k, v in vars(cls).items() if v is None and k != '__doc__')
    if own:
        print('   None defaults:', own)
print(type(_ast.AST), _ast.AST.__init__.__name__, _ast.AST.__reduce__.__name__)
print(_ast.AST._fields, _ast.AST._attributes, _ast.AST.__match_args__)

# Constructor: positional by _fields, keywords set as attributes, missing fields absent.
n = ast.Name('x', ast.Load())
print(n.id, type(n.ctx).__name__, sorted(vars(n)))
n = ast.Name(id='y')
print(n.id, hasattr(n, 'ctx'), sorted(vars(n)))
n = ast.Name('z', lineno=3, col_offset=4, extra='e')
print(n.lineno, n.col_offset, n.extra, n.end_lineno, n.end_col_offset)
print(ast.Constant(1).kind, ast.arguments().vararg, ast.arg('a').annotation)
for call in [lambda: ast.Name(1, 2, 3), lambda: ast.Load(1), lambda: ast.alias(1, 2, 3),
             lambda: ast.Name('a', id='b'), lambda: ast.BinOp(1, 2, 3, 4),
             lambda: ast.AST(1), lambda: ast.comprehension(1, 2, 3, 4, 5)]:
    try:
        print(vars(call()))
    except TypeError as e:
        print('TypeError', e)
print(vars(ast.AST(a=1)))
print(vars(ast.Add()), isinstance(ast.Add(), ast.operator), ast.Add() is ast.Add())

# __reduce__ and copies.
import copy
n = ast.BinOp(ast.Constant(1), ast.Add(), ast.Name('x', ast.Load()), lineno=1)
r = n.__reduce__()
print(r[0].__name__, r[1], sorted(r[2]))
print(ast.AST().__reduce__())
c = copy.deepcopy(n)
print(type(c).__name__, c.left.value, type(c.op).__name__, c.right.id, c.lineno, c is n)
c2 = copy.copy(n)
print(c2.left is n.left)

# Subclasses of node classes.
class MyName(ast.Name):
    _fields = ('id', 'ctx', 'note')
m = MyName('q', ast.Load(), 'hello')
print(m.note, isinstance(m, ast.expr), ast.dump(m))
class Plain(ast.AST):
    pass
print(vars(Plain()), Plain._fields)

# The parser's enum values are shared instances; new ones are not.
t = ast.parse('a = b; c = d')
print(t.body[0].targets[0].ctx is t.body[1].targets[0].ctx, t.body[0].value.ctx is t.body[0].targets[0].ctx)
print(type(t.body[0].targets[0].ctx).__name__, ast.Load() is t.body[0].value.ctx)
u = ast.parse('x + y - z')
print(type(u.body[0].value.op).__name__, u.body[0].value.op is ast.parse('1-2').body[0].value.op)

# match statements see __match_args__.
match ast.parse('f(1)').body[0].value:
    case ast.Call(ast.Name(name), [ast.Constant(v)]):
        print('matched', name, v)
