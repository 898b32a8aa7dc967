# Objects with __call__: as callbacks, as class attributes (no binding), looked up on the type.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(1), list(map(add5, [1, 2])), sorted([3, 1, 2], key=Adder(-10)), callable(add5))

# __call__ is looked up on the type, not the instance
class Plain:
    pass
p = Plain()
p.__call__ = lambda: 'instance attr'
print(callable(p))
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)
print(p.__call__())

# a callable object stored on a class is not bound (no __get__)
class Host:
    adder = Adder(100)
    fn = lambda self, x: ('bound fn', x)
h = Host()
print(h.adder(1), Host.adder(2), h.fn(3))
try:
    Host.fn(4)
except TypeError as e:
    print(type(e).__name__, e)

# a callable object with __get__ behaves like a method
class BindingCallable:
    def __call__(self, *args):
        return ('called with', len(args))
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return lambda *a: self(obj, *a)
class Host2:
    bc = BindingCallable()
print(Host2().bc(1), Host2.bc(1))

# __call__ replaced on the class takes effect immediately
class Switch:
    def __call__(self):
        return 'first'
s = Switch()
print(s())
Switch.__call__ = lambda self: 'second'
print(s())
del Switch.__call__
print(callable(s))
try:
    s()
except TypeError as e:
    print(type(e).__name__, e)

# __call__ that is itself a callable object, a staticmethod, a classmethod
class Inner:
    def __call__(self, *a):
        return ('inner', a)
class Outer:
    __call__ = Inner()
print(Outer()(1))
class St:
    __call__ = staticmethod(lambda *a: ('static', a))
class Cm:
    __call__ = classmethod(lambda cls, *a: (cls.__name__, a))
print(St()(1), Cm()(2))
class NotCallableCall:
    __call__ = 5
try:
    NotCallableCall()()
except TypeError as e:
    print(type(e).__name__, e)
class NoneCall:
    __call__ = None
print(callable(NoneCall()))
try:
    NoneCall()()
except TypeError as e:
    print(type(e).__name__, e)

# recursion through __call__ chains is detected
class Loop:
    pass
Loop.__call__ = Loop()
try:
    Loop()()
except RecursionError as e:
    print(type(e).__name__, e)

# argument errors inside __call__ name the method
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5(y=1)
except TypeError as e:
    print(type(e).__name__, e)

# callbacks: stateful counters, and classes themselves as callables
class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.count
c = Counter()
for _ in range(3):
    c()
print(c.count, c(1, k=2), list(map(Counter(), 'abc')))
print(list(map(int, ['1', '2'])), list(map(str, [1, 2])), callable(Counter), callable(Counter()))

# the type's __call__ and metaclass __call__
class Meta(type):
    def __call__(cls, *args):
        return ('meta call', cls.__name__, args)
class WithMeta(metaclass=Meta):
    def __call__(self):
        return 'instance call'
print(WithMeta(1, 2))
print(type(WithMeta).__call__(WithMeta, 3), type.__call__(WithMeta).__call__())
try:
    type.__call__(5)
except TypeError as e:
    print(type(e).__name__, e)
