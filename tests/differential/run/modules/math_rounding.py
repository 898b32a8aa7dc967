# math: floor/ceil/trunc with __floor__/__ceil__/__trunc__, fmod, remainder, modf, frexp, ldexp,
# copysign, fabs, nextafter, ulp, isclose and the is* predicates.
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [2.5, -2.5, 3.0, -0.0, 1e20, 7, -7, True]:
    print('fct', x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)

class R:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
    def __trunc__(self):
        return 'trunc!'

class OnlyFloat:
    def __float__(self):
        return 4.5

class Plain:
    pass

print(math.floor(R()), math.ceil(R()), math.trunc(R()))
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()))
show('trunc float-only', lambda: math.trunc(OnlyFloat()))
show('trunc plain', lambda: math.trunc(Plain()))
show('floor plain', lambda: math.floor(Plain()))
show('floor str', lambda: math.floor('1'))
show('floor inf', lambda: math.floor(math.inf))
show('ceil -inf', lambda: math.ceil(-math.inf))
show('floor nan', lambda: math.floor(math.nan))
show('trunc inf', lambda: math.trunc(math.inf))
show('trunc nan', lambda: math.trunc(math.nan))
show('floor big', lambda: math.floor(1.5e300) == int(1.5e300))

print('fmod', math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2), math.fmod(-0.0, 1), math.fmod(3, math.inf))
show('fmod(1, 0)', lambda: math.fmod(1, 0))
show('fmod(inf, 1)', lambda: math.fmod(math.inf, 1))
show('fmod nan', lambda: math.fmod(math.nan, 1))
show('fmod 1 arg', lambda: math.fmod(1))
print('remainder', math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 2), math.remainder(5, 2), math.remainder(7, 2), math.remainder(3, math.inf))
show('remainder(1, 0)', lambda: math.remainder(1, 0))
show('remainder(inf, 2)', lambda: math.remainder(math.inf, 2))
show('remainder 3 args', lambda: math.remainder(1, 2, 3))
print('modf', math.modf(3.25), math.modf(-3.25), math.modf(5), math.modf(-0.0), math.modf(math.inf), math.modf(-math.inf), math.modf(math.nan))
print('frexp', math.frexp(8), math.frexp(-0.375), math.frexp(0.0), math.frexp(-0.0), math.frexp(math.inf), math.frexp(5e-324), math.frexp(1e308))
print('ldexp', math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(-3.0, 2), math.ldexp(1, 10**30 * -1), math.ldexp(0.0, 10**30))
show('ldexp overflow', lambda: math.ldexp(1, 1024))
show('ldexp huge', lambda: math.ldexp(1.5, 10**30))
show('ldexp float exp', lambda: math.ldexp(1, 2.0))
show('ldexp inf', lambda: math.ldexp(math.inf, 5))
print('copysign', math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1, math.nan), math.copysign(math.inf, -1))
print('fabs', math.fabs(-3), math.fabs(-0.0), math.fabs(-math.inf))
print('nextafter', math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(0.0, -1), math.nextafter(3, 3), math.nextafter(math.inf, 0))
print('ulp', math.ulp(1), math.ulp(1e300), math.ulp(0.0), math.ulp(-2), math.ulp(math.inf), math.ulp(math.nan), math.ulp(1.7976931348623157e308))
print('isclose', math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12),
      math.isclose(0, 1e-12, abs_tol=1e-11), math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
show('isclose neg tol', lambda: math.isclose(1, 2, rel_tol=-1))
show('isclose neg abs', lambda: math.isclose(1, 2, abs_tol=-1))
show('isclose 1 arg', lambda: math.isclose(1))
show('isclose 3 pos', lambda: math.isclose(1, 2, 3))
show('isclose bad kw', lambda: math.isclose(1, 2, tol=3))
show('isclose kw a b', lambda: math.isclose(a=1, b=1.0))
show('isclose str', lambda: math.isclose('a', 1))
print('isfinite', math.isfinite(1e308), math.isfinite(math.inf), math.isfinite(math.nan), math.isfinite(10**300))
show('isnan str', lambda: math.isnan('nan'))
show('isinf big', lambda: math.isinf(10**400))
