# Rich comparisons: reflection (< with >), NotImplemented, == identity fallback, chained compares.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

log = []
class T:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
def add(op):
    def method(self, other):
        log.append(f'{self!r}.{op}({other!r})')
        return NotImplemented
    return method
for op in ['lt', 'le', 'gt', 'ge', 'eq', 'ne']:
    setattr(T, f'__{op}__', add(op))

x, y = T('x'), T('y')
for expr in ['x < y', 'x <= y', 'x > y', 'x >= y']:
    log.clear()
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', log, 'TypeError', e)
for expr in ['x == y', 'x != y', 'x == x', 'x != x']:
    log.clear()
    print(expr, '->', eval(expr), log)

# reflected comparisons
class Lt:
    def __lt__(self, other):
        return 'Lt.__lt__'
class Gt:
    def __gt__(self, other):
        return 'Gt.__gt__'
print(Lt() < 1, 1 > Lt(), Gt() > 1, 1 < Gt())
show(lambda: 1 < Lt())
print(Lt() < Gt(), Gt() < Lt() if False else 'skip')

# subclass reflected first
class Base:
    def __eq__(self, other):
        return 'Base.__eq__'
    def __lt__(self, other):
        return 'Base.__lt__'
class Sub(Base):
    def __eq__(self, other):
        return 'Sub.__eq__'
    def __gt__(self, other):
        return 'Sub.__gt__'
print(Base() == Sub(), Sub() == Base(), Base() < Sub())

# __ne__ defaults to the inverse of __eq__
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(1) != 1)

class EqReturnsNonBool:
    def __eq__(self, other):
        return 'truthy'
print(EqReturnsNonBool() == 1, EqReturnsNonBool() != 1)

class EqReturnsNI:
    def __eq__(self, other):
        return NotImplemented
e = EqReturnsNI()
print(e == e, e != e, e == 1)

# chained comparisons evaluate the middle once and short-circuit
def val(v):
    print('eval', v)
    return v
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))

# comparison results used in boolean context calling __bool__
class BoolResult:
    def __lt__(self, other):
        return Truthy()
class Truthy:
    def __bool__(self):
        print('Truthy.__bool__')
        return True
if BoolResult() < 1:
    print('branch taken')
print(type(BoolResult() < 1).__name__)

# comparisons raising
class RaisesCmp:
    def __lt__(self, other):
        raise ValueError('cannot compare')
show(lambda: RaisesCmp() < 1)
show(lambda: sorted([RaisesCmp(), RaisesCmp()]))

# containers compare elements with == then the identity shortcut
class NeverEq:
    def __eq__(self, other):
        return False
n = NeverEq()
print([n] == [n], n == n, n in [n], (n,) == (n,))
nan = float('nan')
print([nan] == [nan], nan == nan, nan in [nan])

# comparing builtins with custom objects
class Any:
    def __eq__(self, other):
        return True
    def __lt__(self, other):
        return True
    def __gt__(self, other):
        return True
print(1 == Any(), 'a' == Any(), [1] == Any(), 1 < Any(), 1 > Any(), None == Any())

# min/max/sort use __lt__ only
class Ord:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return f'Ord({self.v})'
print(max([Ord(2), Ord(3), Ord(1)]))
print(sorted([Ord(2), Ord(1)]))
