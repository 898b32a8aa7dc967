# __slots__ members as descriptors, with properties, class variables and errors.
def err(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

class P:
    __slots__ = ('_x', 'y')
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError('negative')
        self._x = v
p = P()
p.x = 5
print(p.x, p._x)
err(lambda: setattr(p, 'x', -1))
err(lambda: p.y)
p.y = 'why'
print(p.y)
del p.y
err(lambda: p.y)
err(lambda: delattr(p, 'y'))
err(lambda: setattr(p, 'z', 1))
err(lambda: p.__dict__)
print(type(P.y).__name__, P.y.__name__, P.y.__objclass__.__name__)
err(lambda: P.y.__get__(p))
err(lambda: P.y.__get__(None, P) is P.y)
err(lambda: P.y.__get__(1))
err(lambda: P.y.__set__(1, 2))
err(lambda: P.y.__set__(p, 'direct') or p.y)
err(lambda: P.y.__delete__(p) or hasattr(p, 'y'))
class Other:
    __slots__ = ('y',)
err(lambda: Other.y.__get__(p))
# slot descriptors are data descriptors: they win over nothing else
print(hasattr(P.y, '__set__'), hasattr(P.y, '__delete__'))
# class attribute shadows a slot after class creation
class S:
    __slots__ = ('a',)
s = S()
s.a = 1
S.a = 'class value'
print(s.a)
err(lambda: setattr(s, 'a', 2))
# __dict__ in slots enables arbitrary attributes
class SD:
    __slots__ = ('a', '__dict__')
sd = SD()
sd.a = 1
sd.b = 2
print(sd.a, sd.__dict__)
# __weakref__ slot
class SW:
    __slots__ = ('__weakref__',)
print(SW.__weakref__.__name__, hasattr(SW(), '__dict__'))
# slots and inheritance with properties overriding slots
class Base:
    __slots__ = ('v',)
class Child(Base):
    @property
    def v(self):
        return 'prop wins'
c = Child()
print(c.v)
err(lambda: setattr(c, 'v', 1))
print(Base.v.__get__(c) if False else '', end='')
Base.v.__set__(c, 'stored')
print(Base.v.__get__(c), c.v)
# mangled private slots
class M:
    __slots__ = ('__priv',)
    def set(self, v):
        self.__priv = v
    def get(self):
        return self.__priv
m = M()
m.set(9)
print(m.get(), '_M__priv' in dir(M), M.__slots__)
# slots given as other iterables
class SL:
    __slots__ = ['p', 'q']
class SS:
    __slots__ = 'only'
class SDict:
    __slots__ = {'k1': 'doc one', 'k2': None}
print(sorted(x for x in dir(SL) if x in 'pq'), SS.__slots__, SDict.k1.__doc__, SDict.k2.__doc__)
err(lambda: type('X', (), {'__slots__': [1]}))
err(lambda: type('X', (), {'__slots__': ['__dict__'], '__dict__': 1}))
err(lambda: type('X', (int,), {'__slots__': ['a']}))
err(lambda: type('X', (tuple,), {'__slots__': ['a']}))
err(lambda: type('X', (str,), {'__slots__': ['a']}).__name__)
err(lambda: type('X', (bytes,), {'__slots__': ()}).__name__)
p.nope = 1
