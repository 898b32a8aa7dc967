# math: constants, trig, hyperbolic, exp/log families and their domain/range errors.
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf))
for name in ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'atanh']:
    f = getattr(math, name)
    print(name, [f(x) for x in (0.0, 0.5, -0.25)])
print('acosh', math.acosh(1.0), math.acosh(2.5))
print('atan2', math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0.0, -0.0), math.atan2(math.inf, math.inf))
for x in [1, 2.5, 10, 100, 1e-10]:
    print('exp-log', x, math.exp(x), math.expm1(x), math.log(x), math.log2(x), math.log10(x), math.log1p(x))
print('exp2', math.exp2(10), math.exp2(0.5), math.cbrt(27), math.cbrt(-8), math.cbrt(2))
print('log base', math.log(8, 2), math.log(100, 10), math.log(2, 0.5), math.log(1024, 2.0))
print('log big', math.log(10**400), math.log2(2**5000), math.log10(10**1000), math.log(2**3000, 2))
print('sqrt', math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(math.inf))
print('degrees', math.degrees(math.pi), math.radians(180), math.degrees(1))
show('sqrt(-1)', lambda: math.sqrt(-1))
show('log(0)', lambda: math.log(0))
show('log(-1)', lambda: math.log(-1))
show('log(0.0)', lambda: math.log(0.0))
show('log(-10**400)', lambda: math.log(-10**400))
show('log(1, 1)', lambda: math.log(1, 1))
show('log(10, 0)', lambda: math.log(10, 0))
show('log()', lambda: math.log())
show('log(1,2,3)', lambda: math.log(1, 2, 3))
show('log2(0)', lambda: math.log2(0))
show('log10(-1.5)', lambda: math.log10(-1.5))
show('log1p(-1)', lambda: math.log1p(-1))
show('log1p(-2)', lambda: math.log1p(-2))
show('exp(1000)', lambda: math.exp(1000))
show('exp(-1000)', lambda: math.exp(-1000))
show('expm1(800)', lambda: math.expm1(800))
show('exp2(2000)', lambda: math.exp2(2000))
show('cosh(1000)', lambda: math.cosh(1000))
show('sinh(-1000)', lambda: math.sinh(-1000))
show('asin(2)', lambda: math.asin(2))
show('acos(-1.5)', lambda: math.acos(-1.5))
show('acosh(0.5)', lambda: math.acosh(0.5))
show('atanh(1)', lambda: math.atanh(1))
show('sin(inf)', lambda: math.sin(math.inf))
show('cos(nan)', lambda: math.cos(math.nan))
show('tan(-inf)', lambda: math.tan(-math.inf))
show('exp(inf)', lambda: math.exp(math.inf))
show('exp(-inf)', lambda: math.exp(-math.inf))
show('log(inf)', lambda: math.log(math.inf))
show('log(nan)', lambda: math.log(math.nan))
show('sqrt str', lambda: math.sqrt('4'))
show('sqrt none', lambda: math.sqrt(None))
show('sqrt 2 args', lambda: math.sqrt(1, 2))
show('sqrt no args', lambda: math.sqrt())
show('sqrt kw', lambda: math.sqrt(x=1))
show('sqrt big int', lambda: math.sqrt(10**400))
show('exp big int', lambda: math.exp(10**400))
show('atan2 1 arg', lambda: math.atan2(1))
show('pow', lambda: [math.pow(2, 10), math.pow(2, -1), math.pow(-8, 1/3) if False else math.pow(-2, 3)])
show('pow(0,-1)', lambda: math.pow(0, -1))
show('pow(-8, 1/3)', lambda: math.pow(-8, 1 / 3))
show('pow(10, 400)', lambda: math.pow(10, 400))
show('pow specials', lambda: [math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(math.inf, -1), math.pow(-math.inf, 3),
                              math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(-1, math.inf), math.pow(-math.inf, 2)])
show('pow 1 arg', lambda: math.pow(2))

class F:
    def __float__(self):
        return 0.25

class BadF:
    def __float__(self):
        return 'x'

class I:
    def __index__(self):
        return 4

show('sqrt __float__', lambda: math.sqrt(F()))
show('sqrt __index__', lambda: math.sqrt(I()))
show('sqrt bad __float__', lambda: math.sqrt(BadF()))
show('sqrt bool', lambda: math.sqrt(True))
