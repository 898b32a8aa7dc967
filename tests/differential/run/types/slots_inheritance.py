# __slots__ and inheritance: base dicts, repeated names, layouts, __class__ assignment.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class Base:
    __slots__ = ('a',)
class Child(Base):
    __slots__ = ('b',)
c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, '__dict__'))
show(lambda: setattr(c, 'z', 1))

# subclass without __slots__ gets a __dict__ and __weakref__
class Open(Base): pass
o = Open()
o.a = 1
o.z = 2
print(o.__dict__, hasattr(o, '__weakref__'))

# base without slots: subclass slots do not remove the dict
class Plain: pass
class Slotted(Plain):
    __slots__ = ('s',)
s = Slotted()
s.s = 1
s.anything = 2
print(s.__dict__)

# repeating a base slot name is allowed (shadows)
class Repeat(Base):
    __slots__ = ('a',)
r = Repeat()
r.a = 'child a'
print(r.a, Repeat.a is Base.a)
Base.a.__set__(r, 'base a')
print(Base.a.__get__(r), r.a)

# multiple bases with non-empty slots conflict
class Other:
    __slots__ = ('o',)
show(lambda: type('Both', (Base, Other), {}))
class EmptyA:
    __slots__ = ()
class EmptyB:
    __slots__ = ()
print(type('Fine', (EmptyA, EmptyB), {}).__mro__[1].__name__)
print(type('Fine2', (Base, EmptyA), {}).__name__)

# __dict__ twice in the hierarchy
class D1:
    __slots__ = ('__dict__',)
show(lambda: type('D2', (D1,), {'__slots__': ('__dict__',)}))
class W1:
    __slots__ = ('__weakref__',)
show(lambda: type('W2', (W1,), {'__slots__': ('__weakref__',)}))
show(lambda: type('W3', (Plain,), {'__slots__': ('__weakref__',)}))
show(lambda: type('D3', (Plain,), {'__slots__': ('__dict__',)}))

# __class__ assignment between compatible slot layouts
class S1:
    __slots__ = ('x', 'y')
class S2:
    __slots__ = ('x', 'y')
class S3:
    __slots__ = ('y', 'x')
class S4:
    __slots__ = ('x',)
a = S1()
a.x = 1
a.__class__ = S2
print(type(a).__name__, a.x)
show(lambda: setattr(a, '__class__', S3))
show(lambda: setattr(a, '__class__', S4))
show(lambda: setattr(a, '__class__', Plain))

# a subclass of a slotted class adding a slot can still use the base's
class Deep(Child):
    __slots__ = ('c',)
d = Deep()
d.a, d.b, d.c = 'a', 'b', 'c'
print(d.a, d.b, d.c, [k for k in Deep.__dict__ if k in 'abc'])

# __slots__ attribute of the class is whatever was given
print(Base.__slots__, Child.__slots__, Deep.__slots__, hasattr(Open, '__slots__'), Open.__slots__)

# inherited member descriptors show on the subclass through the MRO
print('a' in Child.__dict__, 'b' in Child.__dict__, Child.a is Base.a)

# deleting an unset inherited slot
show(lambda: delattr(Child(), 'a'))

# slot read on a freshly created object via __new__ only
class Lazy:
    __slots__ = ('v',)
    def __init__(self):
        raise RuntimeError('no init')
fresh = Lazy.__new__(Lazy)
show(lambda: fresh.v)
fresh.v = 'set later'
print(fresh.v)

# vars() on a slotted object
show(lambda: vars(Child()))
