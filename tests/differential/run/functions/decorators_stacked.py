# Stacked decorators: application order, evaluation order of decorator expressions vs the def.
log = []
def tag(name):
    log.append('eval ' + name)
    def deco(fn):
        log.append('apply ' + name + ' to ' + getattr(fn, '__name__', type(fn).__name__))
        def wrapper(*a, **k):
            return name + '(' + str(fn(*a, **k)) + ')'
        wrapper.__name__ = 'w_' + name
        return wrapper
    return deco

def default_value():
    log.append('eval default')
    return 7

@tag('outer')
@tag('middle')
@tag('inner')
def f(x=default_value()):
    return x
print(log)
print(f(), f(1), f.__name__)
log.clear()

# the decorator expression is evaluated before the defaults and before the function exists
def expr(label):
    log.append('expr ' + label)
    return lambda fn: (log.append('call ' + label), fn)[1]
@expr('a')
@expr('b')
def g(y=log.append('default y')):
    pass
print(log)
log.clear()

# arbitrary expressions as decorators (PEP 614)
decos = {'twice': lambda fn: lambda *a: fn(fn(*a))}
@decos['twice']
def inc(n):
    return n + 1
print(inc(1))
class Holder:
    def __init__(self):
        self.items = [lambda fn: fn, lambda fn: lambda: 'replaced']
h = Holder()
@h.items[1]
def r():
    return 'original'
print(r())
@(lambda fn: fn.__name__.upper())
def named():
    pass
print(named, type(named).__name__)

# decorator returning a non-callable
@lambda fn: 42
def num():
    pass
print(num, type(num).__name__)
try:
    num()
except TypeError as e:
    print(type(e).__name__, e)
@lambda fn: None
def gone():
    pass
print(gone)
try:
    gone()
except TypeError as e:
    print(type(e).__name__, e)

# a non-callable decorator
try:
    @5
    def bad():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    @'text'
    def bad2():
        pass
except TypeError as e:
    print(type(e).__name__, e)
print('bad' in globals(), 'bad2' in globals())

# decorator raising: the name is not bound
def boom(fn):
    raise ValueError('decorator failed for ' + fn.__name__)
try:
    @boom
    def victim():
        pass
except ValueError as e:
    print(type(e).__name__, e)
print('victim' in globals())

# the name is bound only after all decorators ran
def peek(fn):
    print('peek sees', 'late' in globals())
    return fn
@peek
def late():
    pass
print('late' in globals())

# decorators on methods and inside functions
def counted(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
class K:
    @counted
    def m(self, v):
        return v * 2
k = K()
print(k.m(2), k.m(3), K.m.calls, type(K.__dict__['m']).__name__)
def factory():
    @counted
    @counted
    def inner():
        return 'in'
    return inner
fi = factory()
print(fi(), fi(), fi.calls)

# decorator line numbers: the function's first line is the first decorator
@tag('x')
@tag('y')
def lined():
    pass
import sys
print(lined.__name__)
def plainline():
    pass
@counted
def decorated_line():
    pass
print(plainline.__code__.co_firstlineno, decorated_line.__code__.co_firstlineno)
