# __slots__: members, unset slots, no __dict__, __dict__ and __weakref__ in slots.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x)
show(lambda: p.y)
p.y = 2
print(p.x, p.y)
show(lambda: setattr(p, 'z', 3))
show(lambda: p.__dict__)
del p.y
show(lambda: p.y)
show(lambda: delattr(p, 'y'))
print(type(P.x).__name__, repr(P.x), P.x.__name__, P.x.__objclass__ is P)
print(hasattr(p, '__dict__'), hasattr(p, '__weakref__'), P.__slots__)

# a str __slots__ is a single name
class One:
    __slots__ = 'only'
o = One()
o.only = 'v'
print(o.only, One.__slots__)

# list, dict and iterator slots
class ListSlots:
    __slots__ = ['a', 'b']
class DictSlots:
    __slots__ = {'a': 'doc of a', 'b': 'doc of b'}
print(ListSlots.__slots__, DictSlots.a.__doc__, DictSlots.b.__doc__)
class IterSlots:
    __slots__ = iter(['q'])
print(type(IterSlots.__dict__['q']).__name__)

# __dict__ in slots allows arbitrary attributes
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.other = 2
print(w.a, w.__dict__)

# __weakref__ in slots
class WithWeak:
    __slots__ = ('a', '__weakref__')
print(hasattr(WithWeak(), '__weakref__'), WithWeak().__weakref__, hasattr(WithWeak(), '__dict__'))

# empty slots
class Empty:
    __slots__ = ()
show(lambda: setattr(Empty(), 'x', 1))
print(hasattr(Empty(), '__dict__'))

# slots errors
show(lambda: type('X', (), {'__slots__': 5}))
show(lambda: type('X', (), {'__slots__': ('a', 'a')}))
show(lambda: type('X', (), {'__slots__': ('__dict__', '__dict__')}))
show(lambda: type('X', (), {'__slots__': ('__weakref__', '__weakref__')}))
show(lambda: type('X', (), {'__slots__': ('1abc',)}))
show(lambda: type('X', (), {'__slots__': ('',)}))
show(lambda: type('X', (), {'__slots__': (b'a',)}))
show(lambda: type('X', (), {'__slots__': ('x',), 'x': 0}))
show(lambda: type('X', (), {'__slots__': ('__dict__',), '__dict__': 0}))
show(lambda: type('X', (int,), {'__slots__': ('a',)}))
show(lambda: type('X', (tuple,), {'__slots__': ('a',)}))
print(type('X', (int,), {'__slots__': ()})(5))

# private names are mangled
class Mangle:
    __slots__ = ('__secret', 'public')
    def __init__(self):
        self.__secret = 's'
    def get(self):
        return self.__secret
print(Mangle().get(), sorted(k for k in Mangle.__dict__ if 'secret' in k))

# slots on a class with class attributes of the same name after creation
class Late:
    __slots__ = ('v',)
Late.v2 = 'class attr'
l = Late()
print(l.v2)
show(lambda: setattr(l, 'v2', 1))

# member descriptor used on the wrong type
show(lambda: P.x.__get__(One()))
show(lambda: P.x.__set__(One(), 1))
print(P.x.__get__(None, P) is P.x)

# __slots__ does not appear as an instance attribute in dir, but the names do
print([n for n in dir(p) if n in ('x', 'y', '__slots__')])
