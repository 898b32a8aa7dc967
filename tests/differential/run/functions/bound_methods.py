# Bound methods: __self__, __func__, equality, hashing, identity, repr shapes, attribute access.
class A:
    def m(self, x=1):
        return ('m', type(self).__name__, x)
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
a1, a2 = A(), A()
bm = a1.m
print(bm.__self__ is a1, bm.__func__ is A.m, bm.__name__, bm.__qualname__, bm.__doc__)
print(bm(), bm(5), type(bm).__name__, bm.__module__)
print(a1.m is a1.m, a1.m == a1.m, a1.m == a2.m, a1.m != a1.m)
print(hash(a1.m) == hash(a1.m), hash(a1.m) == hash(bm))
# equality compares __self__ by identity (3.8+), not with __eq__
print(a1 == a2, a1.m == a2.m)
print(bm.__func__.__get__(a2)(), bm.__func__.__get__(a2) == a2.m)
s = {a1.m, a1.m, a2.m}
print(len(s))
d = {a1.m: 'first'}
print(d[a1.m])

# repr shape
r = repr(bm)
print(r.split(' of ')[0], r.startswith('<bound method A.m of <__main__.A object at 0x'))
class R:
    def __repr__(self):
        return 'R()'
    def meth(self):
        pass
print(repr(R().meth))
class BadRepr:
    def __repr__(self):
        raise ValueError('no repr')
    def meth(self):
        pass
try:
    repr(BadRepr().meth)
except ValueError as e:
    print(type(e).__name__, e)

# a method's attributes come from the function
A.m.tag = 'T'
print(a1.m.tag, getattr(a1.m, '__defaults__'), a1.m.__code__.co_name, a1.m.__kwdefaults__)
try:
    a1.m.tag = 'new'
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a1.m.__doc__ = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a1.m.__self__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a1.m.__func__ = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a1.m.nothing
except AttributeError as e:
    print(type(e).__name__, e)

# binding by hand with types.MethodType equivalent
MethodType = type(a1.m)
bound = MethodType(lambda self, y: (self, y), 'selfval')
print(bound(2), bound.__self__, bound.__func__.__name__)
try:
    MethodType(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    MethodType(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    MethodType(len, None)
except TypeError as e:
    print(type(e).__name__, e)
print(MethodType(len, [1, 2])())
try:
    MethodType(print, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    MethodType(func=len, instance=1)
except TypeError as e:
    print(type(e).__name__, e)

# a bound method of a bound method
bb = MethodType(a1.m, 'extra')
print(bb(), bb.__func__ is a1.m if False else type(bb.__func__).__name__)

# instance attribute functions are not bound
a1.plain = lambda *args: args
print(a1.plain(1))
# class attribute functions are bound on every access
A.added = lambda self: 'added ' + type(self).__name__
print(a1.added(), A.added(a2))

# methods of builtins
lst = [3, 1]
app = lst.append
print(app.__self__ is lst, app.__name__, app.__qualname__, type(app).__name__)
print(repr(app).split(' of ')[0], [].append == [].append, lst.append == lst.append)
print(str.upper.__qualname__, str.upper.__name__, type(str.upper).__name__, str.upper.__objclass__)
print(dict.fromkeys.__self__, type(dict.fromkeys).__name__, repr(dict.fromkeys).split(' of ')[0])
print(len.__self__, type(len.__self__).__name__, (1).__add__.__self__, 'ab'.upper.__self__)
print(int.__add__.__qualname__, type(int.__add__).__name__, (1).__add__.__qualname__, type((1).__add__).__name__)
print(object.__init__.__qualname__, type(object.__init__).__name__, type(A.__init__).__name__)
print(repr(str.upper), repr(int.__add__))
print(repr(len), repr((1).__add__).split(' of ')[0])
