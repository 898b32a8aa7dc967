# __setattr__ / __delattr__ hooks, object.__setattr__, validation and frozen objects.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class Logged:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)
l = Logged()
l.x = 1
l.y = 2
del l.x
print(vars(l))
show(lambda: delattr(l, 'nope'))
setattr(l, 'z', 3)
delattr(l, 'z')

class Frozen:
    def __init__(self, a):
        object.__setattr__(self, 'a', a)
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot assign {name}: frozen')
    def __delattr__(self, name):
        raise AttributeError(f'cannot delete {name}: frozen')
f = Frozen(5)
print(f.a)
show(lambda: setattr(f, 'a', 6))
show(lambda: delattr(f, 'a'))
object.__setattr__(f, 'a', 7)
print(f.a)
object.__delattr__(f, 'a')
show(lambda: f.a)

# object.__setattr__ on builtins is refused
show(lambda: object.__setattr__(1, 'x', 2))
show(lambda: object.__setattr__([], 'x', 2))
show(lambda: object.__setattr__(int, 'x', 2))
show(lambda: object.__delattr__(int, 'real'))
show(lambda: setattr(int, 'x', 1))
show(lambda: delattr(int, 'real'))
show(lambda: setattr(1, 'real', 2))
show(lambda: setattr(1, 'foo', 2))
show(lambda: setattr(object(), 'foo', 2))

# non-string names
show(lambda: setattr(l, 1, 2))
show(lambda: delattr(l, 1))
show(lambda: object.__setattr__(l, 1, 2))

# type.__setattr__ used by classes; with a metaclass hook
class Meta(type):
    def __setattr__(cls, name, value):
        print('meta set', name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print('meta del', name)
        super().__delattr__(name)
class K(metaclass=Meta):
    pass
K.attr = 1
del K.attr
show(lambda: delattr(K, 'attr'))

# validating setter
class Typed:
    types = {'n': int, 's': str}
    def __setattr__(self, name, value):
        t = self.types.get(name)
        if t is not None and not isinstance(value, t):
            raise TypeError(f'{name} must be {t.__name__}, not {type(value).__name__}')
        super().__setattr__(name, value)
t = Typed()
t.n = 5
show(lambda: setattr(t, 'n', 'five'))
t.s = 'ok'
t.other = [1]
print(vars(t))

# __setattr__ with properties still respects the property
class Prop:
    @property
    def p(self):
        return 'prop'
    def __setattr__(self, name, value):
        print('hook sees', name)
        super().__setattr__(name, value)
show(lambda: setattr(Prop(), 'p', 1))

# augmented assignment calls getattr then setattr
class Aug:
    def __init__(self):
        object.__setattr__(self, 'v', 10)
    def __setattr__(self, name, value):
        print('aug set', name, value)
        object.__setattr__(self, name, value)
a = Aug()
a.v += 5
print(a.v)

# object.__setattr__ with a wrong object type for the class
class Other: pass
show(lambda: Logged.__setattr__(Other(), 'x', 1))
show(lambda: object.__setattr__())
show(lambda: object.__setattr__(l, 'x'))

# __dict__ assignment
class D: pass
d = D()
d.__dict__ = {'a': 1}
print(d.a)
show(lambda: setattr(d, '__dict__', 5))
show(lambda: delattr(d, '__dict__'))
d2 = D()
d2.k = 1
del d2.__dict__
print(vars(d2) if hasattr(d2, '__dict__') else 'no dict')
