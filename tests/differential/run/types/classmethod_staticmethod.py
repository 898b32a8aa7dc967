# classmethod and staticmethod: binding on instances and classes, wrapping, attributes.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class A:
    @classmethod
    def cm(cls, x=0):
        return (cls.__name__, x)
    @staticmethod
    def sm(*args):
        return args
class B(A): pass

print(A.cm(1), A().cm(2), B.cm(3), B().cm(4))
print(A.sm(1), A().sm(2), B().sm())

# bound classmethods
m = B().cm
print(type(m).__name__, m.__self__ is B, m.__func__ is A.__dict__['cm'].__func__)

# the wrapped function
cmo = A.__dict__['cm']
smo = A.__dict__['sm']
print(type(cmo).__name__, type(smo).__name__, cmo.__func__.__name__, smo.__func__.__name__)
print(cmo.__wrapped__ is cmo.__func__, smo.__wrapped__ is smo.__func__)
print(cmo.__name__, cmo.__qualname__, smo.__doc__)

# staticmethod objects are callable in 3.10+
print(smo(1, 2))
show(lambda: cmo(1))

# wrapping non-functions
class Callable:
    def __call__(self, *args):
        return ('callable', args)
class C:
    s = staticmethod(Callable())
    c = classmethod(Callable())
print(C.s(1), C().s(2))
print(C.c(1)[0], type(C.c(1)[1][0]).__name__)

# classmethod wrapping a property-like descriptor (3.9+ chains __get__)
class D:
    @classmethod
    @property
    def name(cls):
        return 'class property of ' + cls.__name__
print(D.name, D().name)

# staticmethod wrapping a classmethod
class E:
    inner = staticmethod(classmethod(lambda cls: cls))
print(type(E.inner).__name__)

# classmethod of a builtin
class F:
    fk = classmethod(dict.fromkeys)
show(lambda: F.fk)

# arguments
show(lambda: classmethod())
show(lambda: staticmethod())
show(lambda: classmethod(1, 2))
show(lambda: staticmethod(f=1))
cm_int = classmethod(5)
print(cm_int.__func__)
class G:
    bad = classmethod(5)
show(lambda: G.bad())

# attributes copied from the function (3.10+)
def documented(cls):
    'the doc'
documented.extra = 'extra attr'
wrapped = classmethod(documented)
print(wrapped.__doc__, wrapped.__name__, wrapped.__dict__ == {}, getattr(wrapped, 'extra', 'missing'))
wrapped.mine = 1
print(wrapped.mine, wrapped.__dict__)

# __isabstractmethod__ passes through
def ab(): pass
ab.__isabstractmethod__ = True
print(staticmethod(ab).__isabstractmethod__, classmethod(lambda c: 1).__isabstractmethod__)

# classmethod on a metaclass vs on a class
class Meta(type):
    @classmethod
    def meta_cm(mcls):
        return mcls.__name__
    def meta_method(cls):
        return cls.__name__
class H(metaclass=Meta): pass
print(H.meta_cm(), H.meta_method(), Meta.meta_cm())
show(lambda: H().meta_method())

# alternate constructors
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    def __repr__(self):
        return f'{type(self).__name__}({self.x}, {self.y})'
class Point3(Point): pass
print(Point.origin(), Point3.origin(), Point(1, 2).origin())

# repr of the wrappers mention the function
print(repr(staticmethod(len)), repr(classmethod(len)))
