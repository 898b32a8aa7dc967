# Metaclass __new__, __init__ and __call__: order, arguments, singletons, returning other things.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

log = []
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append(('meta new', name, sorted(kw)))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(('meta init', name))
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        log.append(('meta call', cls.__name__, args, kw))
        obj = super().__call__(*args, **kw)
        log.append(('meta call done', type(obj).__name__))
        return obj

class A(metaclass=Meta, k=1):
    def __new__(cls, *args, **kw):
        log.append(('A new', args))
        return super().__new__(cls)
    def __init__(self, *args, **kw):
        log.append(('A init', args, kw))

a = A(1, 2, x=3)
for entry in log:
    print(entry)
log.clear()

class Singleton(type):
    instances = {}
    def __call__(cls, *args):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args)
        return Singleton.instances[cls]
class One(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
o1 = One(5)
o2 = One(6)
print(o1 is o2, o1.v)

# __call__ returning something else entirely: __init__ is not involved
class Factory(type):
    def __call__(cls, *args):
        return ('made', cls.__name__, args)
class F(metaclass=Factory):
    def __init__(self):
        print('never')
print(F(1, 2))

# metaclass __new__ returning a non-class: __init__ of the metaclass is skipped
class Weird(type):
    def __new__(mcls, name, bases, ns):
        return 17
    def __init__(cls, *a):
        print('weird init called')
class W(metaclass=Weird):
    pass
print(W)

# metaclass __new__ returning an existing class of another metaclass
class Other(type): pass
Existing = Other('Existing', (), {})
class Redirect(type):
    def __new__(mcls, name, bases, ns):
        return Existing
    def __init__(cls, *a):
        print('redirect init called')
class R(metaclass=Redirect):
    pass
print(R is Existing, type(R).__name__)

# type.__call__ on a class whose __new__ returns another class's instance skips __init__
class Plain:
    def __init__(self):
        print('Plain init')
class Swap:
    def __new__(cls):
        return Plain.__new__(Plain)
    def __init__(self):
        print('Swap init')
s = Swap()
print(type(s).__name__)

# metaclass attributes are visible on the class, not the instance
class MA(type):
    greeting = 'hi'
    def shout(cls):
        return cls.__name__.upper()
class UsesMA(metaclass=MA):
    pass
print(UsesMA.greeting, UsesMA.shout())
show(lambda: UsesMA().greeting)
print('greeting' in dir(UsesMA), 'shout' in dir(MA))

# type() with one argument vs three, and on a metaclass
print(type(UsesMA).__name__, type(MA).__name__)
show(lambda: type('X'))
show(lambda: type('X', (), {}, 1))
show(lambda: MA('Y', (), {}).shout())
show(lambda: type.__new__(MA, 'Z', (), {}).shout())
show(lambda: type.__new__(int, 'Z', (), {}))
show(lambda: type.__new__(1, 'Z', (), {}))
show(lambda: type.__init__(UsesMA, 'a', 'b', 'c', 'd'))
show(lambda: type.__call__(5))

# metaclass __init__ signature errors surface as TypeError
class BadInit(type):
    def __init__(cls, name):
        pass
def bad():
    class X(metaclass=BadInit):
        pass
show(bad)

# metaclass keyword reaching type.__new__ / type.__init__
class Passes(type):
    pass
def kw():
    class X(metaclass=Passes, color=1):
        pass
show(kw)

# __call__ defined on a class is for its instances, not for creating it
class Callable:
    def __call__(self, x):
        return x * 2
c = Callable()
print(c(21), callable(Callable), callable(c), callable(1))
