# Reading and assigning __defaults__ / __kwdefaults__, and the errors.
def f(a, b=2, c=3, *, d=4, e):
    return a, b, c, d, e
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (20, 30)
print(f(1, e=5))
f.__defaults__ = (99,)
print(f(1, 2, e=5))
try:
    f(1, e=5)
except TypeError as e:
    print(type(e).__name__, e)
f.__defaults__ = None
print(f.__defaults__)
try:
    f(1, e=0)
except TypeError as e:
    print(type(e).__name__, e)
f.__defaults__ = (1, 2, 3)
print(f(e=0))
f.__defaults__ = (1, 2, 3, 4, 5)
print(f(e=0), f(7, e=0))
del f.__defaults__
print(f.__defaults__)

for bad in ([1, 2], 5, 'ab', {1: 2}):
    try:
        f.__defaults__ = bad
    except TypeError as e:
        print(type(e).__name__, e)

f.__kwdefaults__ = {'e': 'E'}
try:
    print(f(1, 2, 3))
except TypeError as e:
    print(type(e).__name__, e)
print(f(1, 2, 3, d=None))
f.__kwdefaults__ = {'e': 'E', 'd': 'D'}
print(f(1, 2, 3))
f.__kwdefaults__ = None
try:
    f(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
f.__kwdefaults__ = {'d': 1, 'e': 2, 'zzz': 3}
print(f(1, 2, 3), f.__kwdefaults__)
del f.__kwdefaults__
print(f.__kwdefaults__)
for bad in ([('d', 1)], 3, (1,)):
    try:
        f.__kwdefaults__ = bad
    except TypeError as e:
        print(type(e).__name__, e)

# a dict subclass is accepted for kwdefaults, a tuple subclass for defaults
class T(tuple):
    pass
class D(dict):
    pass
def g(x=1, *, y=2):
    return x, y
g.__defaults__ = T((10,))
g.__kwdefaults__ = D(y=20)
print(g(), type(g.__defaults__).__name__, type(g.__kwdefaults__).__name__)

# assigning defaults to a function that had none
def h(p, q):
    return p, q
print(h.__defaults__, h.__kwdefaults__)
h.__defaults__ = ('Q',)
print(h('P'))
h.__kwdefaults__ = {'p': 1}
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)

# kwdefaults dict is live
def k(*, a=1):
    return a
kd = k.__kwdefaults__
kd['a'] = 'changed'
print(k())

# lambda and method defaults
m = lambda x=1: x
m.__defaults__ = (2,)
print(m())
class C:
    def meth(self, v=0):
        return v
C.meth.__defaults__ = ('new',)
print(C().meth())
try:
    C().meth.__defaults__ = (1,)
except AttributeError as e:
    print(type(e).__name__, e)
print(C().meth.__defaults__)

# defaults of builtins
try:
    print(len.__defaults__)
except AttributeError as e:
    print(type(e).__name__, e)
