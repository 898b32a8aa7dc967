# Unary operators (-, +, ~, abs) on user classes, their fallbacks and errors.
class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return 'pos %r' % self.v
    def __invert__(self):
        return ~self.v
    def __abs__(self):
        return abs(self.v) * 10
    def __repr__(self):
        return 'N(%r)' % self.v

n = N(3)
print(-n, +n, ~n, abs(n))
print(-(-n), abs(N(-4)))
print(type(-n).__name__)

class Empty:
    pass

e = Empty()
for name, f in [('neg', lambda: -e), ('pos', lambda: +e), ('inv', lambda: ~e), ('abs', lambda: abs(e))]:
    try:
        f()
    except TypeError as ex:
        print(name, type(ex).__name__, ex)

# NotImplemented returned by a unary dunder is just a value
class NI:
    def __neg__(self):
        return NotImplemented
print(-NI())

# None disables
class Off:
    __neg__ = None
try:
    -Off()
except TypeError as ex:
    print('Off', ex)

# set on the instance does not count
e2 = Empty()
e2.__neg__ = lambda: 'inst'
try:
    print(-e2)
except TypeError as ex:
    print('inst', ex)

# added to the class later does count
Empty.__neg__ = lambda self: 'late'
print(-e2)
del Empty.__neg__
try:
    -e2
except TypeError as ex:
    print('deleted', ex)

# builtin types
print(-True, +True, ~True, abs(-2.5), -(1+2j), abs(3+4j), ~0, ~-1)
for v in ['s', [1], None, (), {}, b'x']:
    try:
        -v
    except TypeError as ex:
        print(ex)
    try:
        ~v
    except TypeError as ex:
        print(ex)
    try:
        abs(v)
    except TypeError as ex:
        print(ex)
try:
    ~1.5
except TypeError as ex:
    print(ex)

# exceptions raised by the dunder propagate
class Boom:
    def __neg__(self):
        raise ValueError('neg boom')
    def __abs__(self):
        raise KeyError('abs')
for f in (lambda: -Boom(), lambda: abs(Boom())):
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)

# subclass of int overriding __neg__
class MyInt(int):
    def __neg__(self):
        return 'myneg'
print(-MyInt(5), +MyInt(5), type(+MyInt(5)).__name__, abs(MyInt(-5)), type(abs(MyInt(-5))).__name__)
print(type(~MyInt(1)).__name__)

# the dunders are called on the type, via descriptors
class Desc:
    def __get__(self, obj, typ):
        return lambda: 'from desc'
class D:
    __neg__ = Desc()
print(-D())

# not: no dunder
class NotTest:
    def __bool__(self):
        return False
print(not NotTest(), not n)
print(-n.v, -(n.v))
-Off()
