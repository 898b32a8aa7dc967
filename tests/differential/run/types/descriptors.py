# property, classmethod, staticmethod, super.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class P:
    def __init__(self):
        self._v = 'initial'
    @property
    def v(self):
        'The v property.'
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
    @v.deleter
    def v(self):
        self._v = 'deleted'
    ro = property(lambda self: 'read only')

p = P()
print(p.v, P.v.__doc__, type(P.v).__name__)
p.v = 'changed'
print(p.v)
del p.v
print(p.v)
try:
    p.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.ro
except AttributeError as e:
    print(type(e).__name__, e)

class Q:
    x = property()
show(lambda: Q().x)
print(Q.x.fget, Q.x.fset, Q.x.fdel, Q.x.__isabstractmethod__)

class K:
    @classmethod
    def make(cls, arg):
        return cls.__name__ + ' made ' + arg
    @staticmethod
    def util(a, b):
        return a + b

class KK(K):
    pass

print(K.make('x'), KK.make('y'), KK().make('z'))
print(K.util('a', 'b'), K().util('c', 'd'))
cm = K.__dict__['make']
sm = K.__dict__['util']
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(cm.__wrapped__ is cm.__func__, sm.__isabstractmethod__)
print(sm('e', 'f'))
print(cm.__name__, sm.__qualname__)

class Base:
    def who(self):
        return 'Base'
    @classmethod
    def cwho(cls):
        return 'Base.cwho ' + cls.__name__

class Left(Base):
    def who(self):
        return 'Left>' + super().who()

class Right(Base):
    def who(self):
        return 'Right>' + super().who()
    @classmethod
    def cwho(cls):
        return 'Right.cwho>' + super().cwho()

class Bottom(Left, Right):
    def who(self):
        return 'Bottom>' + super().who()

b = Bottom()
print(b.who(), Bottom.cwho())
print(super(Left, b).who(), super(Bottom, Bottom).cwho())
s = super(Bottom, b)
print(s.__thisclass__, s.__self_class__, s.__self__ is b)
print(super(Bottom).__self__, super(Bottom).__thisclass__)
show(lambda: super(Bottom, 1))
show(lambda: super(1, b))
show(lambda: super(Bottom, b).nothing)

class Init:
    def __init__(self, value):
        self.value = value

class SubInit(Init):
    def __init__(self, value):
        super().__init__(value + '!')
print(SubInit('hi').value)

class Cached:
    def __init__(self, func):
        self.func = func
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value

class UsesCached:
    @Cached
    def expensive(self):
        print('computing')
        return 'result'

u = UsesCached()
print(u.expensive, u.expensive)

class Getter:
    def __call__(self, obj):
        return 1
abstract_getter = Getter()
abstract_getter.__isabstractmethod__ = True
class AbstractProp:
    prop = property(abstract_getter)
print(AbstractProp.prop.__isabstractmethod__)
