# __class__ assignment: compatible layouts, and the errors for the others.
class A:
    def who(self):
        return 'A'
class B:
    def who(self):
        return 'B'
a = A()
a.x = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.x, isinstance(a, B), isinstance(a, A))
class C(A):
    pass
a.__class__ = C
print(a.who(), type(a).__name__)

def err(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

class SA:
    __slots__ = ('x',)
class SB:
    __slots__ = ('x',)
class SC:
    __slots__ = ('y',)
class SD:
    __slots__ = ('x', 'y')
sa = SA()
sa.x = 5
sa.__class__ = SB
print(type(sa).__name__, sa.x)
err(lambda: setattr(sa, '__class__', SC))
err(lambda: setattr(sa, '__class__', SD))
err(lambda: setattr(sa, '__class__', A))
err(lambda: setattr(a, '__class__', SA))
err(lambda: setattr(a, '__class__', int))
err(lambda: setattr(a, '__class__', 1))
err(lambda: setattr(a, '__class__', object))
err(lambda: delattr(a, '__class__'))
err(lambda: setattr(1, '__class__', bool))
err(lambda: setattr('s', '__class__', A))
err(lambda: setattr([], '__class__', A))
err(lambda: setattr(object(), '__class__', A))
class L1(list):
    pass
class L2(list):
    def extra(self):
        return 'extra ' + str(len(self))
l = L1([1, 2])
l.__class__ = L2
print(l.extra(), type(l).__name__)
err(lambda: setattr(l, '__class__', list))
err(lambda: setattr(l, '__class__', A))
class I1(int):
    pass
class I2(int):
    pass
err(lambda: setattr(I1(3), '__class__', I2))
err(lambda: setattr(I1(2), '__class__', L1))
class D1(dict):
    pass
class D2(dict):
    __slots__ = ()
err(lambda: setattr(D1(), '__class__', D2))
class WithDict:
    pass
class NoDict:
    __slots__ = ()
err(lambda: setattr(WithDict(), '__class__', NoDict))
err(lambda: setattr(NoDict(), '__class__', WithDict))
# a subclass adding slots
class Base:
    pass
class Sub(Base):
    __slots__ = ('z',)
err(lambda: setattr(Base(), '__class__', Sub))
# __class__ via a property in the class body does not change type()
class Lie:
    @property
    def __class__(self):
        return int
lie = Lie()
print(type(lie).__name__, lie.__class__.__name__, isinstance(lie, int), isinstance(lie, Lie))
# instance dict preserved across the switch, and methods change
class P:
    def m(self):
        return 'P.m'
class R:
    def m(self):
        return 'R.m'
    def __repr__(self):
        return 'R(%r)' % sorted(self.__dict__.items())
p = P()
p.k = 'v'
p.__class__ = R
print(p.m(), repr(p))
# modules: ModuleType subclass works
import sys
mod = sys.modules[__name__]
ModType = type(sys)
class MyMod(ModType):
    def hello(self):
        return 'hello from ' + self.__name__
sysmod = type(sys)('fake')
sysmod.__class__ = MyMod
print(sysmod.hello())
err(lambda: setattr(sysmod, '__class__', A))
err(lambda: setattr(A(), '__class__', MyMod))
sa.__class__ = SC
