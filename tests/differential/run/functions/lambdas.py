# Lambdas: in loops, default arguments, comprehensions, names, closures and their limits.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
fs = []
for j in range(3):
    fs.append(lambda: j)
j = 'changed'
print([f() for f in fs])
fs = []
for j in range(3):
    fs.append(lambda j=j: j * 10)
print([f() for f in fs], [f(1) for f in fs])

# names
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__code__.co_name)
def outer():
    return lambda: lambda: 0
print(outer().__qualname__, outer()().__qualname__)
class K:
    m = lambda self: 'method lambda'
    s = staticmethod(lambda: 'static lambda')
print(K().m(), K.s(), K.m.__qualname__)
print([(lambda: 0).__qualname__ for _ in range(1)])
print({k: (lambda: 0).__qualname__ for k in 'a'})

# lambdas with every kind of parameter
full = lambda a, /, b, c=3, *args, d, e=5, **kw: (a, b, c, args, d, e, kw)
print(full(1, 2, d=4), full(1, 2, 30, 40, 50, d=4, z=0))
print(full.__code__.co_argcount, full.__code__.co_posonlyargcount, full.__code__.co_kwonlyargcount)
print(full.__defaults__, full.__kwdefaults__)
try:
    full(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    full(a=1, b=2, d=3)
except TypeError as e:
    print(type(e).__name__, e)

# lambda returning tuples, conditional expressions, nested lambdas
pair = lambda x: (x, x * 2)
cond = lambda x: 'big' if x > 10 else 'small'
adder = lambda x: lambda y: x + y
print(pair(3), cond(5), cond(50), adder(1)(2), (lambda *a: a)(), (lambda **k: k)(q=1))

# default arguments evaluated at definition
n = 1
capture = lambda n=n: n
n = 2
print(capture(), (lambda: n)())

# lambdas in sorted/map/filter with keywords
words = ['pear', 'Apple', 'fig', 'banana']
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda v: v % 2, range(7))))
print(max(words, key=lambda w: w[-1]), min(words, key=lambda w: w.lower()))

# generator lambdas and lambda docstrings
g = lambda: (yield 1)
gen = g()
print(type(gen).__name__, next(gen), g.__code__.co_flags & 0x20 != 0)
print((lambda: 'not a doc').__doc__)

# recursive lambda via a name in globals
fact = lambda k: 1 if k <= 1 else k * fact(k - 1)
print(fact(10))

# lambda closing over a loop variable of a comprehension
mults = [lambda x, m=m: x * m for m in range(1, 4)]
late = [lambda x: x * m for m in range(1, 4)]
print([f(2) for f in mults], [f(2) for f in late])

# lambdas compare by identity
a = lambda: 0
b = lambda: 0
print(a == b, a == a, a.__code__ == b.__code__, a.__code__.co_code == b.__code__.co_code)

# a lambda's repr shape
r = repr(a)
print(r.startswith('<function <lambda> at 0x'), r.endswith('>'))
print(repr(outer()).split(' at ')[0])

# calling with wrong arguments names the lambda
try:
    (lambda x: x)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    outer()(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    K().m(1)
except TypeError as e:
    print(type(e).__name__, e)
