# Chained comparisons: each operand evaluated once, short-circuit, and conditional expressions.
log = []
def v(x):
    log.append(x)
    return x

print(v(1) < v(2) < v(3), log)
log.clear()
print(v(1) < v(3) < v(2), log)
log.clear()
print(v(3) < v(1) < v(v(2)), log)
log.clear()
print(v(1) == v(1) != v(2) < v(5) <= v(5) > v(0) >= v(0), log)
log.clear()

# the middle operand is evaluated exactly once
class Counted:
    n = 0
    def __init__(self, val):
        self.val = val
def mid():
    Counted.n += 1
    return 5
print(1 < mid() < 10, Counted.n)

# the result of a chain is the last comparison's result object, not necessarily a bool
class Weird:
    def __lt__(self, other):
        return 'lt-result'
    def __gt__(self, other):
        return 0
print(repr(Weird() < 1))
print(repr(1 < Weird() < 2))
print(repr(Weird() < 1 < 2))
w = Weird()
print(repr(1 < w), repr(w > 1 < 3))

# membership and identity in chains
a = [1, 2]
print(1 in a in [a], 3 not in a is not None, a is a is a)
print(1 < 2 in [True], (1 < 2) in [True])
print(2 in [2] == True, (2 in [2]) == True)

# comparisons that raise
try:
    print(1 < 'a' < 3)
except TypeError as e:
    print('TypeError', e)
try:
    print(1 > 2 < 'a')
except TypeError as e:
    print('TypeError', e)
print('short-circuit avoided the error')
for expr in ['[] < ()', 'None < None', '{} <= {}', '1j < 2j', "'a' > b'a'", '(1, 2) < (1, "x")', '[1, 2] < [1, 2, 3]', '(1, [2]) < (1, [3])']:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, 'TypeError', e)

# NaN in chains
nan = float('nan')
print(nan < 1 < 2, 1 < nan, nan == nan, nan != nan, nan is nan)

# conditional expressions: lazy branches, nesting, precedence
def side(x):
    log.append(x)
    return x
log.clear()
r = side('yes') if side(True) else side('no')
print(r, log)
log.clear()
r = side('yes') if side(0) else side('no')
print(r, log)
x = 5
print('neg' if x < 0 else 'zero' if x == 0 else 'pos')
print(1 if True else 2 + 10)
print((1 if False else 2) + 10)
print([i if i % 2 else -i for i in range(5)])
print(lambda: 1 if x else 2)() if False else 'lambda not called'
f = lambda y: 'big' if y > 3 else 'small'
print(f(1), f(10))
print(x if x > 10 else None or 'fallback')
print(not x if x else 'falsy')

# chains with arithmetic on both sides
print(1 + 1 < 2 * 2 < 3 ** 2, -1 < -0.5 < 0 == -0.0)
print(0 < 1 < 2 < 3 < 4 < 5 < 6 > 5 > 4 > 3)

# comparison operator overloading and reflection in chains
class Num:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        log.append('lt %s' % self.n)
        return self.n < (other.n if isinstance(other, Num) else other)
    def __gt__(self, other):
        log.append('gt %s' % self.n)
        return self.n > (other.n if isinstance(other, Num) else other)
log.clear()
print(Num(1) < Num(2) < Num(3), log)
log.clear()
print(0 < Num(1) < 5, log)
