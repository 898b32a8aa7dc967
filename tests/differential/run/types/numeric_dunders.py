# Numeric conversion dunders: __int__, __float__, __complex__, __round__, __index__ and printf-style conversions.
def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
class N:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1+2j
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __index__(self): return 3
n = N()
err(lambda: int(n)); err(lambda: float(n)); err(lambda: complex(n)); err(lambda: round(n)); err(lambda: round(n, 2))
err(lambda: round(n, None))
class E: pass
e = E()
err(lambda: int(e)); err(lambda: float(e)); err(lambda: complex(e)); err(lambda: round(e)); err(lambda: round(e, 1))
class BadInt:
    def __int__(self): return 'x'
class BadFloat:
    def __float__(self): return 1
class BadComplex:
    def __complex__(self): return 1.0
err(lambda: int(BadInt())); err(lambda: float(BadFloat())); err(lambda: complex(BadComplex()))
class OnlyIndex:
    def __index__(self): return 5
err(lambda: int(OnlyIndex())); err(lambda: float(OnlyIndex())); err(lambda: complex(OnlyIndex()))
class OnlyFloat:
    def __float__(self): return 4.0
err(lambda: complex(OnlyFloat())); err(lambda: int(OnlyFloat()))
err(lambda: complex(OnlyFloat(), OnlyFloat()))
err(lambda: complex(1, n))
err(lambda: complex('1', 2))
err(lambda: complex(n, 1j))
err(lambda: float('nan') if False else float(' 1.5 '))
err(lambda: int(n, 10))
err(lambda: int('10', n))
err(lambda: int('10', OnlyIndex()))
err(lambda: int('10', 1))
err(lambda: divmod(n, 2))
err(lambda: pow(n, 2, 3))
err(lambda: pow(2, 3, n))
class P3:
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o, m=None): return ('rpow', o, m)
err(lambda: pow(P3(), 2, 5)); err(lambda: pow(2, P3(), 5)); err(lambda: pow(2, 2, P3()))
err(lambda: P3() ** 2); err(lambda: 2 ** P3())
class MM:
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
    def __imatmul__(self, o): return 'imatmul'
m = MM(); print(m @ 1, 1 @ m); m @= 2; print(m)
err(lambda: abs(n))
err(lambda: hex(n)); err(lambda: bin(OnlyFloat()))
err(lambda: [1,2,3][n])
err(lambda: '%d' % n); err(lambda: '%d' % OnlyFloat()); err(lambda: '%f' % n); err(lambda: '%f' % OnlyIndex()); err(lambda: '%x' % OnlyFloat())
err(lambda: '%i' % e); err(lambda: '%f' % e); err(lambda: '%c' % n); err(lambda: '%c' % 'ab')
err(lambda: f'{n:d}'); err(lambda: format(OnlyIndex(), 'd'))
err(lambda: int(True)); err(lambda: float(True))
err(lambda: sum([n, n])); err(lambda: sum([1.5], n))
err(lambda: max(n, 1)); err(lambda: n < 1)
err(lambda: bool(n))
err(lambda: range(n)); err(lambda: range(OnlyFloat()))
err(lambda: chr(n)); err(lambda: [0] * n)
class Loud:
    def __index__(self):
        print('index called')
        return 65
    def __float__(self):
        print('float called')
        return 1.25
    def __int__(self):
        print('int called')
        return 9
    def __repr__(self):
        return 'Loud'
L = Loud()
print('%s %r' % (L, L))
print('%d|%x|%c|%f|%e' % (L, L, L, L, L))
print(b'%d %x %c' % (L, L, L) if False else '', end='')
print(b'%d %x' % (L, L), b'%f' % L)
class IntRaises:
    def __int__(self):
        raise ValueError('int boom')
err(lambda: '%d' % IntRaises())
class IndexRaises:
    def __index__(self):
        raise ValueError('index boom')
err(lambda: '%x' % IndexRaises())
err(lambda: '%c' % IndexRaises())
err(lambda: '%f' % IndexRaises())
err(lambda: '%d' % IndexRaises())
err(lambda: '%d' % 1j)
err(lambda: '%x' % 1.5)
err(lambda: '%d' % '1')
err(lambda: b'%d' % OnlyFloat())
err(lambda: b'%x' % n)
err(lambda: b'%f' % e)
print('%d %i %u' % (True, 2.9, -3.9), '%x' % True, '%.2f' % OnlyIndex(), '%s' % OnlyIndex().__class__.__name__)
'%d' % E()
