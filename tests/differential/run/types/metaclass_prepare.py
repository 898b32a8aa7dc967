# Metaclass __prepare__: custom namespaces, what the class body sees, and the errors.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)

class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', mcls.__name__, name, [b.__name__ for b in bases], sorted(kw))
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        print('new got', type(ns).__name__, [k for k in ns.order if not k.startswith('__')])
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith('__')]
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A(metaclass=OrderMeta, extra=1):
    z = 1
    a = 2
    def m(self): pass
    z = 3
print(A.order, A.z, type(A.__dict__).__name__)

class B(A):
    y = 0
print(B.order)

# __prepare__ with defaults injected into the namespace
class Injecting(type):
    def __prepare__(name, bases):
        return {'injected': 'yes', 'helper': lambda: 'help'}
class C(metaclass=Injecting):
    seen = injected
    h = helper()
print(C.seen, C.h, C.injected)

# A namespace that refuses some names
class NoDupes(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith('__'):
            raise ValueError('duplicate ' + key)
        super().__setitem__(key, value)
class Strict(type):
    def __prepare__(name, bases):
        return NoDupes()
def make_dup():
    class D(metaclass=Strict):
        x = 1
        x = 2
    return D
show(make_dup)

# __prepare__ must return a mapping
class BadPrepare(type):
    def __prepare__(name, bases):
        return 42
def bad():
    class E(metaclass=BadPrepare):
        pass
show(bad)

class ListPrepare(type):
    def __prepare__(name, bases):
        return []
def bad2():
    class E(metaclass=ListPrepare):
        pass
show(bad2)

# __prepare__ with keywords it does not accept
class NoKw(type):
    def __prepare__(name, bases):
        return {}
def bad3():
    class F(metaclass=NoKw, color='red'):
        pass
show(bad3)

# A namespace with __getitem__ fallback (like a defaultdict) seen by name loads
class Auto(dict):
    def __missing__(self, key):
        if key.startswith('auto_'):
            return key.upper()
        raise KeyError(key)
class AutoMeta(type):
    def __prepare__(name, bases):
        return Auto()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class G(metaclass=AutoMeta):
    v = auto_value
    w = len('abc')
print(G.v, G.w)

# type.__prepare__ itself
print(type(type.__prepare__('X', ())).__name__, type.__prepare__('X', (), a=1))
print(type.__prepare__())

# metaclass that is a plain function
def fmeta(name, bases, ns, **kw):
    print('fmeta', name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
    return 'not a class'
class H(metaclass=fmeta, opt=True):
    q = 1
print(H)

# __prepare__ lookup on a function metaclass is skipped
print(hasattr(fmeta, '__prepare__'))
