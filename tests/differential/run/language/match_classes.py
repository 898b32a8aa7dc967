# match: class patterns, __match_args__, keyword attributes, builtin self-matching types.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return 'origin3'
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=yy):
            return 'on y axis at %r' % yy
        case Point(xx, 0):
            return 'on x axis at %r' % xx
        case Point3(_, _, z=zz) if zz > 0:
            return 'above, z=%r' % zz
        case Point():
            return 'somewhere'
        case _:
            return 'not a point'

for p in [Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point(3, 0), Point3(1, 1, 2), Point3(1, 1, -1), Point(1, 1), 'x']:
    print(where(p))

# builtin types match the subject itself for one positional pattern
def builtin(x):
    match x:
        case bool(b):
            return 'bool %r' % b
        case int(i):
            return 'int %r' % i
        case float(f):
            return 'float %r' % f
        case str(s):
            return 'str %r' % s
        case bytes(bs):
            return 'bytes %r' % bs
        case list([first, *_]):
            return 'list starting %r' % first
        case tuple(t):
            return 'tuple %r' % (t,)
        case dict(d):
            return 'dict %r' % d
        case set(s) | frozenset(s):
            return 'set of %d' % len(s)
    return 'other'
for v in [True, 7, 2.5, 'hi', b'by', [9, 8], [], (1, 2), {'k': 1}, {1, 2}, frozenset(), None]:
    print(repr(v), builtin(v))

# keyword patterns read attributes with getattr
class Dyn:
    def __getattr__(self, name):
        if name.startswith('a'):
            return name.upper()
        raise AttributeError(name)
match Dyn():
    case Dyn(apple='APPLE', avocado=av):
        print('dynamic attrs', av)
match Dyn():
    case Dyn(banana=_):
        print('no')
    case _:
        print('missing attribute fails the pattern')

# isinstance uses __instancecheck__ on the metaclass
class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int)
class AnyInt(metaclass=Meta):
    pass
match 5:
    case AnyInt():
        print('5 matched via __instancecheck__')

# errors: too many positional patterns, bad __match_args__, non-class
class NoArgs:
    pass
class TupleArgs:
    __match_args__ = ('a',)
    a = 1
class ListArgs:
    __match_args__ = ['a']
class BadItem:
    __match_args__ = (1,)
class Dup:
    __match_args__ = ('a',)
    a = 1

def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, 'TypeError', e)

def t1():
    match NoArgs():
        case NoArgs(1):
            return 'no'
    return 'fell through'
def t2():
    match TupleArgs():
        case TupleArgs(1, 2):
            return 'no'
def t3():
    match ListArgs():
        case ListArgs(x):
            return x
def t4():
    match BadItem():
        case BadItem(x):
            return x
def t5():
    match Dup():
        case Dup(x, a=y):
            return x, y
def t6():
    notaclass = 5
    match 1:
        case notaclass():
            return 'no'
def t7():
    match 1:
        case int(1, 2):
            return 'no'
def t8():
    match TupleArgs():
        case TupleArgs(x):
            return 'match_args ok: %r' % x
def t9():
    match Point(1, 2):
        case Point(1, 2, 3):
            return 'no'
for f in [t1, t2, t3, t4, t5, t6, t7, t8, t9]:
    attempt(f.__name__, f)

# repeated keyword attribute is a SyntaxError
try:
    compile("match p:\n case Point(x=1, x=2): pass\n", '<m>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)

# dataclass-like __match_args__ inheritance
class Base:
    __match_args__ = ('name',)
    def __init__(self, name):
        self.name = name
class Child(Base):
    pass
match Child('kid'):
    case Base(n):
        print('inherited match_args', n)

# nested class patterns
class Line:
    __match_args__ = ('start', 'end')
    def __init__(self, s, e):
        self.start, self.end = s, e
match Line(Point(0, 0), Point(1, 1)):
    case Line(Point(0, 0), Point(x, y) as end):
        print('line from origin to', x, y, type(end).__name__)

# attribute access order: positional then keywords
class Loud:
    __match_args__ = ('a', 'b')
    def __getattribute__(self, name):
        if name in ('a', 'b', 'c'):
            print('get', name)
            return name
        return object.__getattribute__(self, name)
match Loud():
    case Loud('a', 'x'):
        print('no')
    case Loud('a', 'b', c='c'):
        print('all three')
