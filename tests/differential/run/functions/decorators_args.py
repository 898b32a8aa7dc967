# Decorators with arguments, decorator factories, class-based decorators, preserving metadata.
def repeat(times, sep=' '):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return sep.join(str(fn(*args, **kwargs)) for _ in range(times))
        wrapper.__name__ = fn.__name__
        wrapper.__qualname__ = fn.__qualname__
        wrapper.__doc__ = fn.__doc__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco

@repeat(3)
def hello(name):
    "say hello"
    return 'hi ' + name
print(hello('bob'), hello.__name__, hello.__doc__, hello.__wrapped__('x'))

@repeat(times=2, sep='|')
def num(n):
    return n * n
print(num(4))

# forgetting the call: repeat receives the function as times
@repeat
def oops():
    return 1
print(type(oops).__name__, oops.__qualname__)
try:
    oops()
except TypeError as e:
    print(type(e).__name__, e)

# a factory called with wrong arguments
try:
    @repeat()
    def nothing():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    @repeat(1, 2, 3)
    def nothing2():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# class-based decorators
class Trace:
    def __init__(self, fn):
        self.fn = fn
        self.calls = []
    def __call__(self, *args, **kwargs):
        self.calls.append((args, kwargs))
        return self.fn(*args, **kwargs)
@Trace
def add(a, b=0):
    return a + b
print(add(1, 2), add(3, b=4), add.calls, type(add).__name__)
try:
    add.__name__
except AttributeError as e:
    print(type(e).__name__, e)

class WithArgs:
    def __init__(self, prefix):
        self.prefix = prefix
    def __call__(self, fn):
        def w(*a):
            return self.prefix + str(fn(*a))
        return w
@WithArgs('>> ')
def double(x):
    return x * 2
print(double(21))

# a class decorator used on a method does not bind self (no __get__)
class Box:
    @Trace
    def method(self, v):
        return v
b = Box()
try:
    b.method(1)
except TypeError as e:
    print(type(e).__name__, e)
print(b.method(b, 5), Box.method.calls[-1][0][1])

# a decorator that adds __get__ binds
class Bindable(Trace):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a, **k: self(obj, *a, **k)
class Box2:
    @Bindable
    def method(self, v):
        return (type(self).__name__, v)
print(Box2().method(3), type(Box2.method).__name__)

# registration decorators returning the function unchanged
registry = {}
def register(key):
    def deco(fn):
        registry[key] = fn
        return fn
    return deco
@register('a')
@register('b')
def handler():
    return 'handled'
print(sorted(registry), registry['a'] is registry['b'] is handler)

# decorator argument evaluation happens once, at definition time
calls = []
def arg(v):
    calls.append(v)
    return v
def deco_with(v):
    return lambda fn: lambda: (v, fn())
@deco_with(arg('once'))
def once():
    return 'body'
print(once(), once(), calls)

# decorating lambdas and nested defs via call syntax
print(repeat(2)(lambda: 'L')(), repeat(2, '-')(str)(5))

# a decorator stack mixing staticmethod and a wrapper
class S:
    @staticmethod
    @repeat(2)
    def sm(x):
        return x
    @repeat(2)
    def normal(self, x):
        return x
print(S.sm('q'), S().sm('r'), S().normal('n'))
try:
    S.normal('n')
except TypeError as e:
    print(type(e).__name__, e)
