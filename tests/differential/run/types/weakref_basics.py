# Weak references: creation, calling, sharing, hashing, equality, reprs and errors.
import _weakref
import gc

ref = _weakref.ref


def masked(text):
    # Addresses differ between runs: keep the words around them.
    out = []
    for word in text.split(' '):
        out.append('ADDR' if word.startswith('0x') else ('ADDR>' if word.startswith('0x') and word.endswith('>') else word))
    return ' '.join(w if not w.startswith('0x') else 'ADDR' for w in out)


class A:
    pass


a = A()
r = ref(a)
print(r() is a, type(r).__name__, type(r).__module__, type(r).__qualname__)
print(ref is _weakref.ReferenceType, type(r) is ref)
print(r.__callback__)
print(ref(a) is r, _weakref.ref(a) is a.__weakref__)

def cb(x):
    pass

r2 = ref(a, cb)
print(r2 is r, r2.__callback__ is cb, r2() is a)
print(ref(a, None) is r)
print(_weakref.getweakrefcount(a), len(_weakref.getweakrefs(a)))
print(_weakref.getweakrefs(a)[0] is r, _weakref.getweakrefs(a)[1] is r2)
print(a.__weakref__ is r)

# Equality compares referents while both live.
b = A()
print(ref(a) == ref(a), ref(a) == ref(b), ref(a) != ref(b))
print(ref(a) == a, (ref(a) < ref(a)) if False else 'no order')
try:
    ref(a) < ref(b)
except TypeError as e:
    print('TypeError', e)

# Hash is the referent's hash and is kept after it dies.
class H:
    def __hash__(self):
        return 12345

h = H()
hr = ref(h)
print(hash(hr), hash(hr) == hash(h))
del h
gc.collect()
print(hr(), hash(hr))

c = A()
cr = ref(c)
del c
gc.collect()
print(cr(), cr.__callback__)
try:
    hash(cr)
except TypeError as e:
    print('TypeError', e)
print(cr == cr, cr != cr, cr == r)

# Reprs name the referent's type, and its __name__ when it has one.
def f():
    pass

print(masked(repr(ref(f))))
print(masked(repr(ref(A))))
print(masked(repr(r)))
print(masked(repr(cr)))

# What can be weakly referenced.
class Slotted:
    __slots__ = ('x',)

class SlottedWeak:
    __slots__ = ('x', '__weakref__')

for obj in (1, 'text', (1,), [1], {1: 2}, None, 1.5, b'x', Slotted(), object()):
    try:
        ref(obj)
        print(type(obj).__name__, 'ok')
    except TypeError as e:
        print('TypeError', e)
class M:
    def m(self):
        pass


keep = []
for obj in (A, f, len, {1}, frozenset(), SlottedWeak(), f.__code__, (lambda: 0), M().m, gc):
    keep.append(obj)
    w = ref(obj)
    print(type(obj).__name__, w() is obj)

print('__weakref__' in A.__dict__, '__weakref__' in Slotted.__dict__, '__weakref__' in SlottedWeak.__dict__)
print(SlottedWeak().__weakref__)
try:
    Slotted().__weakref__
except AttributeError as e:
    print('AttributeError', e)

# Argument errors.
for call in (lambda: ref(), lambda: ref(a, cb, 3), lambda: r(1), lambda: r(x=1), lambda: ref(r),
             lambda: _weakref.getweakrefcount(), lambda: _weakref.getweakrefs(1, 2)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(_weakref.getweakrefcount(1), _weakref.getweakrefs(1))

# Subclasses of ref carry attributes; they are never shared.
class KeyedRef(ref):
    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)

k1 = KeyedRef(a, None, 'k1')
k2 = KeyedRef(a, None, 'k2')
print(k1 is k2, k1.key, k2.key, k1() is a, isinstance(k1, ref), type(k1).__mro__[1] is ref)

class Named(ref):
    pass

n = Named(a)
n.label = 'named'
print(n.label, n() is a, n is r, n == r)
print(list[int], ref[int])
