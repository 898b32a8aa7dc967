# Weak proxies forward every operation to the referent until it dies.
import _weakref
import gc

proxy = _weakref.proxy


class Vec:
    def __init__(self, *items):
        self.items = list(items)
        self.label = 'vec'

    def __repr__(self):
        return 'Vec%r' % (tuple(self.items),)

    def __str__(self):
        return 'vec of %d' % len(self.items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __add__(self, other):
        return 'add(%r)' % (other,)

    def __radd__(self, other):
        return 'radd(%r)' % (other,)

    def __iadd__(self, other):
        self.items.append(other)
        return self

    def __neg__(self):
        return 'neg'

    def __abs__(self):
        return 'abs'

    def __invert__(self):
        return 'invert'

    def __index__(self):
        return 2

    def __int__(self):
        return 7

    def __float__(self):
        return 7.5

    def __bool__(self):
        return bool(self.items)

    def __lt__(self, other):
        return 'lt'

    def __eq__(self, other):
        return isinstance(other, Vec) and other.items == self.items

    __hash__ = object.__hash__

    def __pow__(self, other, mod=None):
        return 'pow(%r, %r)' % (other, mod)

    def __bytes__(self):
        return b'vec'

    def __reversed__(self):
        return iter(self.items[::-1])

    def method(self, x):
        return 'method(%r)' % (x,)


v = Vec(1, 2, 3)
p = proxy(v)
print(type(p).__name__, type(p).__module__, p.__class__.__name__, isinstance(p, Vec))
print(proxy(v) is p, _weakref.getweakrefcount(v))
print(p.label, p.method(5), p.items)
p.label = 'renamed'
print(v.label)
del p.label
print(hasattr(v, 'label'))
print(str(p), len(p), p[0], 2 in p, 9 in p, list(p), list(reversed(p)), bytes(p))
p[0] = 10
del p[1]
print(v.items)
print(p + 1, 1 + p, -p, abs(p), ~p, int(p), float(p), bool(p))
print(p < 3, p == v, p == Vec(10, 3), p != v, [10, 20, 30][p])
print(p ** 2, pow(p, 2, 5))
q = p
q += 4
print(v.items, q is v, type(q).__name__)
print(p.__bytes__(), list(p.__reversed__()))

try:
    hash(p)
except TypeError as e:
    print('TypeError', e)

# A proxy to a callable is callable.
def greet(name):
    return 'hello ' + name

cp = proxy(greet)
print(type(cp).__name__, cp('proxy'), cp.__name__, callable(cp), callable(p))
try:
    p()
except TypeError as e:
    print('TypeError', e)

# Iterator proxies.
it = iter([1, 2, 3])
ip = proxy(Vec()) if False else None

class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

c = Counter()
cpx = proxy(c)
print(next(cpx), list(cpx))
try:
    next(p)
except TypeError as e:
    print('TypeError', e)

# With a callback.
events = []
w = Vec(9)
pw = proxy(w, lambda pr: events.append('callback'))
print(pw is proxy(w), pw.items)
del w
gc.collect()
print(events)
for op in (lambda: pw.items, lambda: len(pw), lambda: str(pw), lambda: pw + 1, lambda: 1 + pw, lambda: pw[0],
           lambda: bool(pw), lambda: pw == 1, lambda: list(pw)):
    try:
        op()
    except ReferenceError as e:
        print('ReferenceError', e)

# Dead proxies.
d = Vec()
dp = proxy(d)
del d
gc.collect()
try:
    dp.label
except ReferenceError as e:
    print('ReferenceError', e)
print(repr(dp).split(' ')[0], repr(dp).split(' ')[3])

for obj in (1, 'x', [1]):
    try:
        proxy(obj)
    except TypeError as e:
        print('TypeError', e)
for call in (lambda: proxy(), lambda: proxy(c, None, 3), lambda: proxy(c, callback=None)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(_weakref.ProxyType, _weakref.CallableProxyType)
try:
    class Sub(_weakref.ProxyType):
        pass
except TypeError as e:
    print('TypeError', e)
