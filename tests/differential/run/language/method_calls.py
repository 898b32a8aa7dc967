# Method calls: instance dict shadowing, descriptors, __getattribute__/__getattr__, builtin methods.
class A:
    def m(self, x=1):
        return ('A.m', x)
    @classmethod
    def c(cls):
        return ('c', cls.__name__)
    @staticmethod
    def s(*a):
        return ('s', a)
    @property
    def p(self):
        return lambda: 'from property'
a = A()
print(a.m(), a.m(5), a.c(), a.s(1, 2), a.p())
a.m = lambda: 'instance shadows'
print(a.m())
del a.m
print(a.m(2))
A.m = lambda self: 'replaced on class'
print(a.m())

class G:
    def __getattribute__(self, n):
        if n == 'm':
            return lambda: 'from __getattribute__'
        return object.__getattribute__(self, n)
    def m(self):
        return 'real'
    def other(self):
        return 'other'
print(G().m(), G().other())

class H:
    def __getattr__(self, n):
        return lambda: ('__getattr__', n)
    def m(self):
        return 'found normally'
print(H().m(), H().zz())

class NonData:
    def __get__(self, o, t):
        return lambda: 'non-data descriptor'
class DataD:
    def __get__(self, o, t):
        return lambda: 'data descriptor'
    def __set__(self, o, v):
        pass
class E:
    nd = NonData()
    dd = DataD()
e = E()
print(e.nd(), e.dd())
e.__dict__['nd'] = lambda: 'instance beats non-data'
e.__dict__['dd'] = lambda: 'never'
print(e.nd(), e.dd())

class Slots:
    __slots__ = ('x',)
    def m(self):
        return 'slots method'
print(Slots().m())

class Meta(type):
    def meta(cls):
        return 'metaclass method ' + cls.__name__
class K(metaclass=Meta):
    def own(self):
        return 'instance method'
print(K.meta(), K().own())
try:
    K().meta()
except AttributeError as e:
    print('AttributeError', e)

# calling methods through the type
print(A.c(), A.s(), type(a).c())
print(str.upper('abc'), 'abc'.upper(), list.__len__([1, 2]))
l = []
l.append(1); l.extend([2, 3]); l.insert(0, 0)
print(l, l.pop(), l.index(2), l.count(0))
try:
    l.append()
except TypeError as e:
    print('TypeError', e)
try:
    l.nope()
except AttributeError as e:
    print('AttributeError', e)
try:
    a.nope()
except AttributeError as e:
    print('AttributeError', e)
try:
    A.m()
except TypeError as e:
    print('TypeError', e)
try:
    str.upper(5)
except TypeError as e:
    print('TypeError', e)

# a method that is not callable
class NC:
    attr = 5
try:
    NC().attr()
except TypeError as e:
    print('TypeError', e)

# super() method calls
class Base:
    def who(self):
        return 'Base'
class Derived(Base):
    def who(self):
        return 'Derived+' + super().who()
print(Derived().who())

# modules' functions via attribute calls
import sys
print(sys.getrecursionlimit() > 0, (5).bit_length(), {1: 2}.get(1), 'a,b'.split(','))

# bound method objects still work when taken explicitly
bm = a.c
print(bm(), bm.__self__ is A, a.s.__name__)
meth = Derived().who
print(meth(), meth.__func__ is Derived.who)
