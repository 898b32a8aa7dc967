# math: integer functions: factorial, isqrt, gcd, lcm, comb, perm, prod and their errors.
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print('factorial', [math.factorial(n) for n in range(12)], math.factorial(30))
print('factorial 100 digits', len(str(math.factorial(100))), math.factorial(100) % 10**40 == 0)
show('factorial(-1)', lambda: math.factorial(-1))
show('factorial(2.0)', lambda: math.factorial(2.0))
show('factorial("3")', lambda: math.factorial('3'))
show('factorial(True)', lambda: math.factorial(True))
show('factorial(10**20)', lambda: math.factorial(10**20))
show('factorial(-10**20)', lambda: math.factorial(-10**20))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print('isqrt', [math.isqrt(n) for n in (0, 1, 2, 3, 4, 15, 16, 17, 99, 100)], math.isqrt(10**40), math.isqrt(10**41), math.isqrt(2**127 - 1))
print('isqrt big', math.isqrt(12345678901234567890123456789) , math.isqrt(Idx(50)), math.isqrt(True))
show('isqrt(-1)', lambda: math.isqrt(-1))
show('isqrt(4.0)', lambda: math.isqrt(4.0))
show('isqrt()', lambda: math.isqrt())

print('gcd', math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.gcd(2**100, 2**60 * 3))
print('gcd idx', math.gcd(Idx(10), 15), math.gcd(True, 4), type(math.gcd(True)).__name__)
show('gcd float', lambda: math.gcd(1.0, 2))
show('gcd kw', lambda: math.gcd(a=1))
show('gcd later float', lambda: math.gcd(1, 2, 3.5))
print('lcm', math.lcm(), math.lcm(5), math.lcm(-5), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**70, 3**40) == 2**70 * 3**40)
show('lcm float', lambda: math.lcm(4, 2.0))
show('lcm zero then float', lambda: math.lcm(0, 2.0))

print('comb', [math.comb(5, k) for k in range(7)], math.comb(100, 50), math.comb(10**20, 2) == (10**20) * (10**20 - 1) // 2)
show('comb(-1, 2)', lambda: math.comb(-1, 2))
show('comb(5, -2)', lambda: math.comb(5, -2))
show('comb(5.0, 2)', lambda: math.comb(5.0, 2))
show('comb(5)', lambda: math.comb(5))
show('comb kw', lambda: math.comb(n=5, k=2))
print('perm', [math.perm(5, k) for k in range(7)], math.perm(5), math.perm(0), math.perm(6, None), math.perm(20, 10))
show('perm(-1)', lambda: math.perm(-1))
show('perm(3, -1)', lambda: math.perm(3, -1))
show('perm()', lambda: math.perm())
show('perm 3 args', lambda: math.perm(1, 2, 3))
show('perm float', lambda: math.perm(3.0))

print('prod', math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 11)), math.prod([2.5, 4]), math.prod([1, 2], start=10), math.prod([], start='x'))
print('prod mixed', math.prod([2, 3.5, 2]), math.prod([[1], 3]), math.prod(['ab'], start=2), math.prod(iter([3, 3, 3])))
show('prod str', lambda: math.prod(['a', 'b']))
show('prod no args', lambda: math.prod())
show('prod start pos', lambda: math.prod([1], 2))
show('prod not iterable', lambda: math.prod(5))
show('prod bad kw', lambda: math.prod([1], begin=2))
