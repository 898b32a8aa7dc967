# Reflected binary operators and the subclass-first rule.
class A:
    def __init__(self, tag):
        self.tag = tag
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, self.tag)
    def __add__(self, other):
        return 'A.add %r %r' % (self, other)
    def __radd__(self, other):
        return 'A.radd %r %r' % (self, other)
    def __mul__(self, other):
        return NotImplemented
    def __rmul__(self, other):
        return NotImplemented

class B(A):
    def __radd__(self, other):
        return 'B.radd %r %r' % (self, other)

class C(A):
    pass  # inherits __radd__ unchanged: no priority

a, b, c = A('a'), B('b'), C('c')
print(a + b)
print(b + a)
print(a + c)
print(c + a)
print(1 + a)
print(a + 1)

def show(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

show(lambda: a * b)
show(lambda: a * 2)
show(lambda: 2 * a)

class X:
    def __sub__(self, o):
        print('X.sub')
        return NotImplemented
class Y:
    def __rsub__(self, o):
        print('Y.rsub')
        return NotImplemented
show(lambda: X() - Y())
show(lambda: Y() - X())

class Z:
    def __rsub__(self, o):
        return 'Z.rsub(%s)' % (type(o).__name__,)
show(lambda: X() - Z())
show(lambda: 5 - Z())
show(lambda: 'q' - Z())

# same type: reflected not tried
class S:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return 'never'
show(lambda: S() + S())

# subclass of int with __radd__
class MI(int):
    def __radd__(self, o):
        return 'MI.radd'
print(1 + MI(2), MI(2) + 1, type(MI(2) + MI(3)).__name__)

# subclass of list
class ML(list):
    def __radd__(self, o):
        return 'ML.radd'
print([1] + ML([2]))
# __rpow__ with three arguments not reflected
class P:
    def __rpow__(self, o):
        return 'P.rpow %r' % (o,)
print(2 ** P())
show(lambda: pow(2, P(), 5))

# all reflected operators
class R:
    pass
for op in ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or']:
    setattr(R, '__r%s__' % op, (lambda name: lambda self, o: 'r' + name)(op))
r = R()
print(1 + r, 1 - r, 1 * r, 1 @ r, 1 / r, 1 // r, 1 % r, divmod(1, r), 1 ** r, 1 << r, 1 >> r, 1 & r, 1 ^ r, 1 | r)
for sym, f in [('+', lambda: object() + 1), ('@', lambda: 1 @ 1), ('<<', lambda: 1.0 << 1), ('|', lambda: [] | {}),
               ('divmod', lambda: divmod('a', 1)), ('%', lambda: [] % 1), ('**', lambda: None ** 2), ('/', lambda: 'a' / 'b')]:
    show(f)
show(lambda: A('x') - B('y'))
A('p') - 1
