# C3 linearization: MROs of diamonds and deeper graphs, failures, custom mro().
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

def names(cls):
    return [c.__name__ for c in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print(names(Z))
print(names(K1), names(K2), names(K3))

class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
show(lambda: type('Bad', (XY, YX), {}))
show(lambda: type('Bad', (X, XY), {}))
print(names(type('Good', (XY, X), {})))

def stmt():
    class Bad(XY, YX): pass
show(stmt)

class F: pass
class G(F): pass
show(lambda: type('H', (F, G), {}))
print(names(type('H', (G, F), {})))

# mro() returns a list; __mro__ is a tuple
print(type(Z.mro()).__name__, type(Z.__mro__).__name__, Z.mro() == list(Z.__mro__))
print(object.__mro__, names(int), names(bool))

# A metaclass overriding mro()
class Reverse(type):
    def mro(cls):
        default = super().mro()
        return [default[0]] + list(reversed(default[1:]))
class R1: 
    who = 'R1'
class R2:
    who = 'R2'
class RR(R1, R2, metaclass=Reverse): pass
print(names(RR), RR.who)

# mro() returning bad things
class BadMro(type):
    def mro(cls):
        return [cls, 5]
show(lambda: BadMro('Q', (), {}))

class NotIterable(type):
    def mro(cls):
        return 5
show(lambda: NotIterable('Q', (), {}))

class MissingObject(type):
    def mro(cls):
        return [cls]
Q = MissingObject('Q', (), {})
print(names(Q))

# the class is in its own MRO first; object last for normal classes
print(Z.__mro__[0] is Z, Z.__mro__[-1] is object)

# method resolution follows the MRO
class Base:
    def who(self): return 'Base'
class Left(Base):
    def who(self): return 'Left>' + super().who()
class Right(Base):
    def who(self): return 'Right>' + super().who()
class Bottom(Left, Right):
    def who(self): return 'Bottom>' + super().who()
print(Bottom().who())
print(names(Bottom))

# mro of builtins with multiple inheritance
print(names(type('IO', (int, O), {})))
print(names(ExceptionGroup))

# mro called unbound
print(type.mro(XY) == list(XY.__mro__))
show(lambda: type.mro(5))
