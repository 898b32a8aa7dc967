# Class creation: MRO, metaclasses, __slots__, __init_subclass__, __set_name__.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.__mro__)
print(D.mro())
print([k for k in A.__dict__])
print(D.__bases__, D.__base__, A.__base__, object.__base__)
print(D.__name__, D.__qualname__, D.__module__)
print(repr(D), str(D), type(D), type(type))

class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner)

show(lambda: type('X', (object, A), {}))
show(lambda: type('X', (bool,), {}))
show(lambda: type('X', (int, str), {}))
show(lambda: type('X', (), {'__slots__': ('__dict__', '__dict__')}))
show(lambda: type('X', (), {'__slots__': (1,)}))
show(lambda: type('X', (), {'__slots__': ('a',), 'a': 1}))
show(lambda: type(1, (), {}))
show(lambda: type('X', [], {}))
show(lambda: type('X', ()))

X = type('X', (A,), {'attr': 'value'})
print(X, X.attr, X.__bases__, [k for k in X.__dict__])

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['added'] = 'by meta ' + name
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print('Meta.__call__', cls.__name__)
        return super().__call__(*args)
    def hello(cls):
        return 'hello from ' + cls.__name__

class WithMeta(metaclass=Meta, flag='on'):
    pass

print(type(WithMeta), WithMeta.added, WithMeta.hello())
w = WithMeta()
print(type(w).__name__)
class SubMeta(WithMeta): pass
print(type(SubMeta), SubMeta.added)

class Base:
    subclasses = []
    def __init_subclass__(cls, tag='none', **kw):
        super().__init_subclass__(**kw)
        Base.subclasses.append((cls.__name__, tag))

class One(Base): pass
class Two(Base, tag='two'): pass
print(Base.subclasses)
show(lambda: type('Z', (), {}, bad=1))

class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name

class Owner:
    first = Named()
    second = Named()
print(Owner.first.name, Owner.second.name)

class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('boom')
try:
    class Fails:
        attr = Bad()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

class Slotted:
    __slots__ = ('x', 'y')
s = Slotted()
s.x = 'sx'
print(s.x, [k for k in Slotted.__dict__], Slotted.x)
show(lambda: s.y)
try:
    s.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(s, '__dict__'))

class SlottedDict:
    __slots__ = ('a', '__dict__')
sd = SlottedDict()
sd.other = 'o'
print(sd.__dict__, [k for k in SlottedDict.__dict__])

class Private:
    __slots__ = ('__hidden',)
print([k for k in Private.__dict__ if 'hidden' in k])

class Eq:
    def __eq__(self, other):
        return True
print(Eq.__hash__, [k for k in Eq.__dict__])
show(lambda: hash(Eq()))

class Cls:
    def __class_getitem__(cls, item):
        return 'getitem ' + cls.__name__ + ' ' + item
print(Cls['x'], type(Cls.__dict__['__class_getitem__']).__name__)

class New:
    def __new__(cls, *args):
        print('New.__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print('New.__init__', args)
New('a', 'b')
print(type(New.__dict__['__new__']).__name__)

class InitReturns:
    def __init__(self):
        return 'x'
show(lambda: InitReturns())
show(lambda: A('arg'))
show(lambda: object('arg'))
show(lambda: object.__init__(A(), 'arg'))

class Attrs:
    'A docstring.'
print(Attrs.__doc__, A.__doc__)
Attrs.__name__ = 'Renamed'
print(Attrs.__name__, Attrs.__qualname__)
show(lambda: setattr(Attrs, '__name__', 5))
show(lambda: setattr(int, '__name__', 'x'))
print(A.__subclasses__())
print(sorted(A.__annotations__), int.__text_signature__, A.__text_signature__)
