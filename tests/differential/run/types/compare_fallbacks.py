# Rich comparison: reflection, swapped operators, identity fallback, errors.
log = []
class A:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        log.append('A.lt')
        return NotImplemented
    def __gt__(self, o):
        log.append('A.gt')
        return NotImplemented
    def __eq__(self, o):
        log.append('A.eq')
        return NotImplemented
class B:
    def __gt__(self, o):
        log.append('B.gt')
        return 'B.gt result'
    def __lt__(self, o):
        log.append('B.lt')
        return NotImplemented
    def __eq__(self, o):
        log.append('B.eq')
        return NotImplemented
a, b = A(1), B()
print(a < b, log); log.clear()
try:
    b < a
except TypeError as e:
    print(e, log); log.clear()
print(a == b, log); log.clear()
print(a != b, log); log.clear()
print(a == a, a != a, log); log.clear()
for sym in ['<', '<=', '>', '>=']:
    try:
        eval('a %s a' % sym)
    except TypeError as e:
        print(e)
log.clear()

# subclass reflected first
class Base:
    def __lt__(self, o):
        return 'Base.lt'
    def __gt__(self, o):
        return 'Base.gt'
class Derived(Base):
    def __gt__(self, o):
        return 'Derived.gt'
class Derived2(Base):
    pass
print(Base() < Derived())
print(Derived() < Base())
print(Base() < Derived2())

# __ne__ defaults to inverting __eq__
class E:
    def __eq__(self, o):
        return 'eqval'
print(E() != E(), E() == 1)
class E2:
    def __eq__(self, o):
        return NotImplemented
x = E2()
print(x == x, x != x, x == E2(), x != E2())
class E3:
    def __eq__(self, o):
        return 0
    def __ne__(self, o):
        return NotImplemented
print(E3() != E3())
# ne returns NotImplemented and eq true: ne is not(eq)
class E4:
    def __eq__(self, o):
        return True
print(E4() != E4())

# errors for builtin types
for f in [lambda: 1 < 'a', lambda: [] < (), lambda: {} < {}, lambda: None > None, lambda: 1j < 2j,
          lambda: {1} < [1], lambda: object() >= object(), lambda: b'a' <= 'a', lambda: 1.0 > None]:
    try:
        f()
    except TypeError as e:
        print(e)
print([1, 2] < [1, 3], (1, 'a') < (1, 'b'), {1} < {1, 2}, 'a' < 'b')
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print(e)

# comparison raising inside sort and max
class Bad:
    def __lt__(self, o):
        raise ValueError('no order')
try:
    sorted([Bad(), Bad()])
except ValueError as e:
    print('sorted', e)
try:
    max(A(1), A(2))
except TypeError as e:
    print(e)
try:
    min([A(1), 3])
except TypeError as e:
    print(e)

# __eq__ result truthiness in containers
class Weird:
    def __eq__(self, o):
        return [1]
print(Weird() in [1], [Weird()] == [1], [Weird()].count(5), [Weird()].index(5))
class Falsy:
    def __eq__(self, o):
        return []
print(Falsy() in [1], [Falsy()] == [3])
f = Falsy()
print(f in [f], [f] == [f])

# comparison result raising in bool
class BadBool:
    def __bool__(self):
        raise RuntimeError('no bool')
class RetBad:
    def __eq__(self, o):
        return BadBool()
try:
    RetBad() in [1]
except RuntimeError as e:
    print('in', e)
try:
    if RetBad() == 1:
        pass
except RuntimeError as e:
    print('if', e)
print(type(RetBad() == 1).__name__)
A(1) <= B()
