# Default values are evaluated once, at def time, left to right, in the defining scope.
order = []
def note(tag, value):
    order.append(tag)
    return value

def f(a=note('a', 1), b=note('b', 2), *, c=note('c', 3), d=note('d', 4)):
    return a, b, c, d
print(order, f())
order.clear()

def g(x=note('pos', 'p'), *, y=note('kw', 'k')):
    pass
print(order)
order.clear()

# defaults and annotations and decorators: evaluation order
def deco(fn):
    order.append('decorator applied')
    return fn
def dmaker():
    order.append('decorator expr')
    return deco
@dmaker()
def h(p: note('ann p', int) = note('default p', 0), *, q: note('ann q', str) = note('default q', '')) -> note('ann ret', None):
    pass
print(order)
order.clear()

# same object each call
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

# the default is the value at def time, not the later one
n = 10
def uses_n(v=n):
    return v
n = 20
print(uses_n(), n)

# defaults in a loop
fns = []
for k in range(3):
    def cap(v=k * 10):
        return v
    fns.append(cap)
print([fn() for fn in fns])

# a default that raises prevents the def
try:
    def broken(a=1 // 0):
        pass
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    broken
except NameError as e:
    print(type(e).__name__, e)

# kw-only default failing after positional default was evaluated
order.clear()
try:
    def broken2(a=note('ok', 1), *, b=undefined_name):
        pass
except NameError as e:
    print(type(e).__name__, e, order)

# defaults referring to earlier parameters are not allowed: they see the outer scope
a = 'outer a'
def refers(a='inner a', b=a):
    return a, b
print(refers())

# defaults in methods are evaluated in the class body
class K:
    base = 5
    def m(self, v=base * 2):
        return v
    lam = lambda self, w=base: w
print(K().m(), K().lam())

# mutating __defaults__ contents changes later calls
def mut(x=[0]):
    x[0] += 1
    return x[0]
print(mut(), mut(), mut.__defaults__)
mut.__defaults__[0][0] = 100
print(mut())

# nested function defaults are evaluated each time the outer runs
def outer(v):
    def inner(d=v * 2):
        return d
    return inner
print(outer(1)(), outer(5)(), outer(1).__defaults__)

# lambda defaults
l = lambda p, q=note('lam', 'Q'), *r, s=note('lams', 'S'), **t: (p, q, r, s, t)
print(l(1), l(1, 2, 3, s=4, u=5))
print(l.__defaults__, l.__kwdefaults__)
