# Annotated assignments: with and without value, module/class/function scopes.
x: int = 5
y: 'a string annotation'
print(x)
try:
    print(y)
except NameError as e:
    print('NameError', e)
print(__annotations__)

# annotations are evaluated at definition time in module scope
calls = []
def ann(v):
    calls.append(v)
    return v
z: ann('z-ann') = ann('z-value')
print(calls, z)
print(__annotations__['z'])

# complex targets: annotation evaluated but not stored
class Holder:
    pass
h = Holder()
h.attr: ann('attr-ann') = 1
d = {}
d['k']: ann('sub-ann') = 2
print(calls[-2:], h.attr, d)
print(sorted(__annotations__))

# parenthesised simple name is not stored
(paren): int = 3
print('paren' in __annotations__, paren)

class C:
    a: int
    b: str = 'bee'
    c: list[int] = []
    def method(self):
        return self.b
print(C.__annotations__)
print(hasattr(C, 'a'), C.b)
try:
    C.a
except AttributeError as e:
    print('AttributeError', e)

class D(C):
    d: float = 1.5
print(D.__annotations__)
print('a' in D.__annotations__)

# functions: annotations of parameters and return, local annotations are not stored
def f(a: int, b: 'B' = 2, *args: str, k: bool = True, **kw: dict) -> float:
    local: int = 3
    unassigned: str
    return local
print(f.__annotations__)
print(f(1))
print(f.__code__.co_varnames)

# an annotated local without value makes the name local
def g():
    v: int
    try:
        return v
    except UnboundLocalError as e:
        return 'UnboundLocalError ' + str(e)
print(g())

# __annotations__ can be replaced on a function
f.__annotations__ = {'new': 1}
print(f.__annotations__)
def nothing(): pass
print(nothing.__annotations__)
nothing.__annotations__['x'] = 1
print(nothing.__annotations__)
try:
    nothing.__annotations__ = 5
except TypeError as e:
    print('TypeError', e)

# lambda has no annotation syntax but the attribute exists
print((lambda q: q).__annotations__)

# annotation order follows source order
class Order:
    zeta: int
    alpha: int
    mid: int = 0
print(list(Order.__annotations__))

# annotated assignment with tuple value
pair: tuple = 1, 2
print(pair)

# nested class annotations
class Outer:
    class Inner:
        q: 'Q'
    r: Inner
print(Outer.Inner.__annotations__, Outer.__annotations__['r'].__name__)
