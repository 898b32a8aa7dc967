# math: fsum (exact), hypot and dist, gamma/lgamma/erf/erfc with their errors.
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print('fsum', math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([]), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print('fsum 2', math.fsum([1e-16, 1, 1e16]), math.fsum([1, 1e-16, 1e16]), math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum(i * 0.001 for i in range(1000)))
print('fsum ints', math.fsum([1, 2, 3]), math.fsum(range(100)), math.fsum([10**20, 1, -10**20]), math.fsum([-0.0, -0.0]))
print('fsum specials', math.fsum([math.inf, 1]), math.fsum([-math.inf, 1, -math.inf]), math.fsum([math.nan, 1]), math.fsum([math.inf, math.nan]))
show('fsum inf-inf', lambda: math.fsum([math.inf, -math.inf]))
show('fsum overflow', lambda: math.fsum([1e308, 1e308]))
show('fsum str', lambda: math.fsum(['a']))
show('fsum not iterable', lambda: math.fsum(3))
show('fsum big int', lambda: math.fsum([10**400]))
show('fsum no args', lambda: math.fsum())

print('hypot', math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1, 1, 1), math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200))
print('hypot 2', math.hypot(1.5, 2.5, 3.5), math.hypot(*range(10)), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(5e-324, 5e-324))
show('hypot str', lambda: math.hypot(1, 'a'))
show('hypot kw', lambda: math.hypot(x=1))
print('dist', math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((), ()), math.dist((1.5,), (-2,)), math.dist(range(3), (1, 1, 1)))
show('dist dims', lambda: math.dist((1, 2), (1, 2, 3)))
show('dist scalar', lambda: math.dist(1, 2))
show('dist 1 arg', lambda: math.dist((1,)))
show('dist str items', lambda: math.dist(('a',), (1,)))

print('gamma', [math.gamma(x) for x in (1, 2, 5, 0.5, 1.5, -0.5, 10.1, 171)], math.gamma(1e-30), math.gamma(-200.5))
print('lgamma', [math.lgamma(x) for x in (1, 2, 3, 0.5, -0.5, 100, 1e10, -2.5)], math.lgamma(1e-30))
show('gamma(0)', lambda: math.gamma(0))
show('gamma(-0.0)', lambda: math.gamma(-0.0))
show('gamma(-2)', lambda: math.gamma(-2))
show('gamma(-inf)', lambda: math.gamma(-math.inf))
show('gamma(inf)', lambda: math.gamma(math.inf))
show('gamma(172)', lambda: math.gamma(172))
show('gamma(300)', lambda: math.gamma(300))
show('lgamma(0)', lambda: math.lgamma(0))
show('lgamma(-3)', lambda: math.lgamma(-3))
show('lgamma(inf)', lambda: math.lgamma(-math.inf))
show('lgamma(1e308)', lambda: math.lgamma(1e308))
print('erf', [math.erf(x) for x in (0, 0.5, 1, -1, 3, 10, -math.inf)], math.erf(1e-300))
print('erfc', [math.erfc(x) for x in (0, 0.5, 1, -1, 3, 10, 30, math.inf)])
show('erf str', lambda: math.erf('x'))
