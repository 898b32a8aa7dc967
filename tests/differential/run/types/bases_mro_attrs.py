# __bases__, __base__, __mro__ and assigning __bases__.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

def names(t):
    return tuple(c.__name__ for c in t)

class A:
    def hello(self): return 'A'
class B:
    def hello(self): return 'B'
class C(A): pass

print(names(C.__bases__), C.__base__.__name__, names(C.__mro__))
c = C()
print(c.hello())
C.__bases__ = (B,)
print(names(C.__bases__), names(C.__mro__), c.hello())
C.__bases__ = (A, B)
print(names(C.__mro__), c.hello())

# subclasses see the change too
class D(C): pass
C.__bases__ = (B,)
print(names(D.__mro__), D().hello())

show(lambda: setattr(C, '__bases__', ()))
show(lambda: setattr(C, '__bases__', [A]))
show(lambda: setattr(C, '__bases__', (1,)))
show(lambda: setattr(C, '__bases__', (C,)))
show(lambda: setattr(C, '__bases__', (D,)))
show(lambda: setattr(C, '__bases__', (int,)))
show(lambda: delattr(C, '__bases__'))
show(lambda: setattr(int, '__bases__', (object,)))
show(lambda: setattr(C, '__mro__', ()))
show(lambda: setattr(C, '__base__', A))

# __base__ is the "solid" base
class I(int): pass
class M(A, I): pass
print(M.__base__.__name__, names(M.__bases__))
print(object.__bases__, object.__base__, type.__bases__, type.__base__.__name__)
print(names(bool.__mro__), bool.__base__.__name__)

# __subclasses__
class Root: pass
class S1(Root): pass
class S2(Root): pass
class S3(S1): pass
print(sorted(c.__name__ for c in Root.__subclasses__()), [c.__name__ for c in S1.__subclasses__()])

# mro attributes on instances are not there
show(lambda: A().__mro__)
show(lambda: A().__bases__)
print(A().__class__.__name__)

# __bases__ assignment with an inconsistent MRO
class X: pass
class Y(X): pass
class Z(X): pass
show(lambda: setattr(Z, '__bases__', (X, Y)))
print(names(Z.__bases__))

# __dict__ of a class is a mappingproxy, read-only
print(type(A.__dict__).__name__, 'hello' in A.__dict__)
show(lambda: A.__dict__.__setitem__('x', 1))
def assign():
    A.__dict__['x'] = 1
show(assign)
print(sorted(k for k in vars(A) if not k.startswith('__')))
