# Attribute lookup order, messages and hooks.
class A:
    x = 'class x'
    def m(self):
        return 'method'

a = A()
print(a.x, A.x, a.m())
a.x = 'instance x'
print(a.x, A.x)
del a.x
print(a.x)
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del A.missing
except AttributeError as e:
    print(type(e).__name__, e)

class D:
    def __get__(self, obj, owner):
        return 'data descriptor'
    def __set__(self, obj, value):
        print('set via descriptor', value)

class N:
    def __get__(self, obj, owner):
        return 'non-data descriptor'

class B:
    d = D()
    n = N()

b = B()
b.__dict__['d'] = 'dict d'
b.__dict__['n'] = 'dict n'
print(b.d, b.n)
b.d = 5
print(B.d, B.n)

class G:
    y = 1
    def __getattr__(self, name):
        return 'getattr ' + name

g = G()
print(g.y, g.zz, getattr(g, 'q'))
print(hasattr(g, 'anything'))

class GA:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('no boom')
        return 'ga ' + name
    def __getattr__(self, name):
        return 'fallback ' + name

ga = GA()
print(ga.a, ga.boom)

class S:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('delattr', name)
        object.__delattr__(self, name)

s = S()
s.a = 1
print(s.a)
del s.a
print(hasattr(s, 'a'))

for obj, name in [(1, 'x'), (object(), 'x'), ('s', 'y')]:
    try:
        setattr(obj, name, 2)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    int.x = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().__dict__
except AttributeError as e:
    print(type(e).__name__, e)

class Many:
    pass

m = Many()
for i in range(100):
    setattr(m, 'a' + str(i), i)
print(sum(getattr(m, 'a' + str(i)) for i in range(100)), len(m.__dict__))
m.__dict__['new'] = 'via dict'
print(m.new)
m.__dict__ = {'only': 1}
print(m.only, hasattr(m, 'a1'))
