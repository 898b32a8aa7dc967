# __annotations__: evaluation, order, reading, assigning, deleting, wrong types.
order = []
def note(v):
    order.append(v)
    return v
def f(a: note('a'), b: note('b') = note('default b'), *args: note('args'), c: note('c'), **kw: note('kw')) -> note('ret'):
    pass
print(order)
print(f.__annotations__)
print(list(f.__annotations__))

def none():
    pass
print(none.__annotations__, none.__annotations__ is none.__annotations__)
none.__annotations__['added'] = int
print(none.__annotations__)

def g(x: int) -> str:
    pass
print(g.__annotations__)
g.__annotations__ = {'new': 1}
print(g.__annotations__)
g.__annotations__ = None
print(g.__annotations__)
del g.__annotations__
print(g.__annotations__)
for value in (5, [], (("a", 1),), "str"):
    try:
        g.__annotations__ = value
    except TypeError as e:
        print(type(e).__name__, e)
class DictSub(dict):
    pass
g.__annotations__ = DictSub(z=3)
print(type(g.__annotations__).__name__, g.__annotations__)

# annotations are evaluated expressions, not strings
def h(a: 1 + 2, b: 'text', c: [int, str], d: None = None) -> lambda: 0:
    pass
ann = h.__annotations__
print(ann['a'], ann['b'], ann['c'], ann['d'], type(ann['return']).__name__)

# an annotation raising prevents the def
try:
    def bad(a: 1 / 0):
        pass
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print('bad' in globals())

# lambdas have no annotations syntax but have the attribute
lam = lambda x: x
print(lam.__annotations__)

# methods and nested functions
class C:
    def m(self, x: 'C') -> 'C':
        pass
    attr: int = 5
    other: str
print(C.m.__annotations__, C().m.__annotations__)
print(C.__annotations__)
def outer():
    local_type = float
    def inner(v: local_type) -> local_type:
        pass
    return inner
print(outer().__annotations__)

# annotations of variables in a function body are not stored
def body():
    x: int = 1
    y: str
    return x
print(body(), body.__annotations__, body.__code__.co_varnames)

# module-level annotations
z: int = 3
w: 'forward'
print(__annotations__)
print('w' in globals(), z)

# positional-only and keyword-only in the annotation dict keep definition order
def order_check(p: 1, /, q: 2, *, r: 3) -> 4:
    pass
print(order_check.__annotations__)
def star_only(*, k: int):
    pass
print(star_only.__annotations__)
