# __getattr__ vs __getattribute__: when each runs, AttributeError inside them, recursion-safe patterns.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

log = []
class G:
    cls_attr = 'class'
    def __init__(self):
        self.inst = 'instance'
    def __getattr__(self, name):
        log.append(name)
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(f'no {name} here')
g = G()
print(g.inst, g.cls_attr, g.dyn_hello, log)
show(lambda: g.missing)
print(log)
print(getattr(g, 'missing', 'default'), hasattr(g, 'missing'), hasattr(g, 'dyn_x'))

class GA:
    def __init__(self):
        object.__setattr__(self, 'data', {'a': 1})
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('secret is hidden')
        if name == 'boom':
            raise ValueError('boom attribute')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'getattr(' + name + ')'
ga = GA()
print(ga.data, ga.secret, ga.unknown)
show(lambda: ga.boom)
print(hasattr(ga, 'secret'))
show(lambda: hasattr(ga, 'boom'))
show(lambda: getattr(ga, 'boom', 'dflt'))

# __getattribute__ intercepting everything, including methods
class Everything:
    def method(self):
        return 'real method'
    def __getattribute__(self, name):
        if name == 'method':
            return lambda: 'intercepted'
        return super().__getattribute__(name)
print(Everything().method(), Everything().__class__.__name__)

# special methods bypass __getattribute__
class Bypass:
    def __getattribute__(self, name):
        print('getattribute', name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
    def __repr__(self):
        return 'Bypass()'
b = Bypass()
print(len(b), repr(b))
print(b.__len__())

# __getattr__ is not consulted for special methods either
class NoSpecial:
    def __getattr__(self, name):
        return lambda *a: 'from getattr'
ns = NoSpecial()
print(ns.__len__())
show(lambda: len(ns))
show(lambda: ns + 1)
show(lambda: iter(ns))

# __getattr__ on the class (metaclass) for class attribute lookups
class Meta(type):
    def __getattr__(cls, name):
        return 'meta getattr ' + name
class WithMeta(metaclass=Meta):
    real = 1
print(WithMeta.real, WithMeta.fake)
show(lambda: WithMeta().fake)

# getattr with a non-str name
show(lambda: getattr(g, 1))
show(lambda: getattr(g, 1, 'd'))
show(lambda: hasattr(g, None))

# __getattr__ raising something else than AttributeError propagates from getattr()
class Raiser:
    def __getattr__(self, name):
        raise KeyError(name)
show(lambda: getattr(Raiser(), 'x', 'default'))
show(lambda: hasattr(Raiser(), 'x'))

# AttributeError attributes set by the default lookup
class Plain:
    pass
try:
    Plain().nothing
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e)

# __getattribute__ returning None for everything except dunders
class NoneAll:
    def __getattribute__(self, name):
        if name.startswith('__'):
            return object.__getattribute__(self, name)
        return None
print(NoneAll().x, NoneAll().y)

# __getattr__ defined after class creation is used
class Later:
    pass
l = Later()
show(lambda: l.zzz)
Later.__getattr__ = lambda self, name: 'late ' + name
print(l.zzz)
del Later.__getattr__
show(lambda: l.zzz)

# __getattribute__ set after creation
Later.__getattribute__ = lambda self, name: 'everything is ' + name
print(l.anything)
del Later.__getattribute__
show(lambda: l.anything)
