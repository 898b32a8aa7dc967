# Decorators: stacked, with arguments, on classes, evaluation order.
order = []
def trace(name):
    order.append('eval ' + name)
    def deco(fn):
        order.append('apply ' + name)
        def wrapper(*a, **k):
            return '%s(%s)' % (name, fn(*a, **k))
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@trace('outer')
@trace('middle')
@trace('inner')
def f(x):
    return x * 2
print(order)
print(f(3), f.__name__)

def plain(fn):
    fn.decorated = True
    return fn
@plain
def g():
    return 'g'
print(g(), g.decorated)

# decorators can return anything
@lambda fn: 42
def replaced():
    pass
print(replaced)

@str.upper
@lambda fn: fn.__name__
def name_only():
    pass
print(name_only)

# arbitrary expressions (PEP 614)
decos = {'key': plain}
@decos['key']
def h():
    pass
print(h.decorated)
@(lambda fn: fn)
def ident():
    return 'ident'
print(ident())

# class decorators
def register(cls):
    cls.registered = True
    return cls
def add_method(name):
    def deco(cls):
        setattr(cls, name, lambda self: name + ' added')
        return cls
    return deco
@register
@add_method('hello')
class C:
    pass
print(C.registered, C().hello())

# method decorators and descriptors
class D:
    @staticmethod
    @trace('static')
    def st(x):
        return x
    @classmethod
    def cm(cls):
        return cls.__name__
    @property
    def prop(self):
        return 'prop value'
    @prop.setter
    def prop(self, v):
        self._v = v
d = D()
d.prop = 5
print(D.st(1), d.cm(), d.prop, d._v)

# decorator with arguments and defaults
def repeat(times=2):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat()
def one():
    return 1
@repeat(times=3)
def two():
    return 2
print(one(), two())

# decorator raising during application
def bad(fn):
    raise ValueError('cannot decorate ' + fn.__name__)
try:
    @bad
    def victim():
        pass
except ValueError as e:
    print('ValueError', e)
try:
    victim
except NameError as e:
    print('NameError', e)

# decorated function keeps its own name in the code object
print(f.__code__.co_name, f.__qualname__)

# stacking order with class-based decorators
class Count:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Count
def counted(x):
    return x + 1
counted(1); counted(2)
print(counted.calls, type(counted).__name__)
# a decorator on a nested function sees the closure
def outer():
    tag = 'closure tag'
    def deco(fn):
        return lambda: (tag, fn())
    @deco
    def inner():
        return 'inner'
    return inner()
print(outer())
