# Assigning __code__: free-variable count check, effects on calls, and the read-only attributes.
def one():
    return 1
def two():
    return 2
one.__code__ = two.__code__
print(one(), one.__name__, one.__code__.co_name)

def make(v):
    def inner():
        return v
    return inner
def make2(a, b):
    def inner2():
        return a, b
    return inner2
clo = make('cell')
print(clo(), len(clo.__closure__))
try:
    one.__code__ = clo.__code__
except ValueError as e:
    print(type(e).__name__, e)
try:
    clo.__code__ = two.__code__
except ValueError as e:
    print(type(e).__name__, e)
try:
    clo.__code__ = make2(1, 2).__code__
except ValueError as e:
    print(type(e).__name__, e)
clo2 = make('other')
clo2.__code__ = make('x').__code__
print(clo2())
def make_z(z):
    def zz():
        return ('z', z)
    return zz
clo2.__code__ = make_z(0).__code__
print(clo2(), clo2.__name__)

for bad in (None, 5, one, 'code'):
    try:
        one.__code__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del one.__code__
except TypeError as e:
    print(type(e).__name__, e)

# swapping in a code object with different arguments
def takes(a, b=10):
    return a + b
def takes_kw(*, k):
    return k
takes.__code__ = takes_kw.__code__
try:
    takes(1)
except TypeError as e:
    print(type(e).__name__, e)
print(takes(k='keyword'))

# generator code makes the function a generator function
def gen():
    yield 'g'
def plain():
    return 'p'
plain.__code__ = gen.__code__
r = plain()
print(type(r).__name__, list(r))

# __globals__, __builtins__, __closure__ are read-only
for attr in ('__globals__', '__builtins__', '__closure__'):
    try:
        setattr(two, attr, {})
    except AttributeError as e:
        print(type(e).__name__, e)
    try:
        delattr(two, attr)
    except AttributeError as e:
        print(type(e).__name__, e)
print(two.__globals__ is globals(), type(two.__builtins__).__name__, two.__builtins__ is __builtins__.__dict__)
print(two.__closure__, type(clo.__closure__).__name__, type(clo.__closure__[0]).__name__)

# __globals__ is the dict lookups use
ns = {'__builtins__': {'len': lambda x: 'fake len'}, 'value': 'ns value'}
exec('def reader():\n    return value, len([])', ns)
print(ns['reader'](), ns['reader'].__builtins__ is ns['__builtins__'])
ns['value'] = 'changed'
print(ns['reader']())
ns2 = {}
exec('def nb():\n    return len("abc")', ns2)
print(ns2['nb'](), sorted(ns2)[0], ns2['nb'].__builtins__ is __builtins__.__dict__)

# __code__ keeps its identity; code objects are shared by closures made from one def
a, b = make(1), make(2)
print(a.__code__ is b.__code__, a is b, a.__closure__[0] is b.__closure__[0])

# function type attributes that do not exist
for attr in ('func_name', 'func_code', '__self__', '__func__'):
    try:
        getattr(two, attr)
    except AttributeError as e:
        print(type(e).__name__, e)

# __defaults__ and __kwdefaults__ deletion
def dflt(a=1, *, b=2):
    return a, b
del dflt.__defaults__
del dflt.__kwdefaults__
print(dflt.__defaults__, dflt.__kwdefaults__)
try:
    dflt()
except TypeError as e:
    print(type(e).__name__, e)
try:
    dflt.__kwdefaults__ = [('b', 1)]
except TypeError as e:
    print(type(e).__name__, e)
dflt.__kwdefaults__ = {'b': 'kw'}
dflt.__defaults__ = ('pos',)
print(dflt())
dflt.__defaults__ = ()
print(dflt.__defaults__)
