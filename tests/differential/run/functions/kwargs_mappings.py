# ** with dict subclasses and mapping-like objects: which of keys/__getitem__/__iter__ are used.
log = []
def f(**kw):
    return kw
def g(a, b, c=None):
    return a, b, c

class LoggingDict(dict):
    def keys(self):
        log.append('keys')
        return super().keys()
    def __getitem__(self, k):
        log.append('getitem ' + k)
        return super().__getitem__(k)
    def __iter__(self):
        log.append('iter')
        return super().__iter__()
    def items(self):
        log.append('items')
        return super().items()
d = LoggingDict(a=1, b=2)
print(f(**d), log)
log.clear()
print(g(**d), log)
log.clear()
print(f(x=0, **d), log)
log.clear()

# a dict subclass whose __getitem__ changes values: the dict storage is used by f(**d) in CPython
class Upper(dict):
    def __getitem__(self, k):
        return str(super().__getitem__(k)).upper()
    def keys(self):
        return ['a']
u = Upper(a='x', b='y')
print(f(**u), g(**u))
print(dict(u), dict(**u), {**u})

# a non-dict mapping: keys() then __getitem__ for each key, in keys() order
class Mapping:
    def __init__(self, data):
        self.data = data
    def keys(self):
        log.append('keys()')
        return list(reversed(self.data))
    def __getitem__(self, k):
        log.append('[' + k + ']')
        return self.data[k]
m = Mapping({'a': 1, 'b': 2, 'c': 3})
print(f(**m), log)
log.clear()
print(g(**m), {**m}, log)
log.clear()

# keys() may return any iterable, including a generator
class GenKeys:
    def keys(self):
        yield 'p'
        yield 'q'
    def __getitem__(self, k):
        return k * 2
print(f(**GenKeys()))

# keys() returning a non-iterable
class BadKeys:
    def keys(self):
        return 5
    def __getitem__(self, k):
        return k
try:
    f(**BadKeys())
except TypeError as e:
    print(type(e).__name__, e)
# keys as a non-callable attribute
class KeysAttr:
    keys = ['a']
    def __getitem__(self, k):
        return k
try:
    f(**KeysAttr())
except TypeError as e:
    print(type(e).__name__, e)
# only __getitem__ (no keys): not a mapping
class OnlyGetitem:
    def __getitem__(self, k):
        return k
try:
    f(**OnlyGetitem())
except TypeError as e:
    print(type(e).__name__, e)
# keys but no __getitem__
class OnlyKeys:
    def keys(self):
        return ['a']
try:
    f(**OnlyKeys())
except TypeError as e:
    print(type(e).__name__, e)

# duplicates coming from a mapping's keys()
class Dups:
    def keys(self):
        return ['a', 'a']
    def __getitem__(self, k):
        return 1
try:
    f(**Dups())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({**Dups()})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=0, **Dups())
except TypeError as e:
    print(type(e).__name__, e)

# str subclass keys are accepted and keep their type in **kw? (they are converted to the key objects)
class S(str):
    pass
res = f(**{S('sk'): 1})
print(res, [type(k).__name__ for k in res])
print(g(**{S('a'): 1, S('b'): 2}))

# the kwargs dict passed to the callee is a new dict
orig = {'a': 1}
res = f(**orig)
res['a'] = 99
print(orig, res is orig)

# mapping types from builtins
import sys
print(f(**type('T', (), {'x': 1}).__dict__.copy()).get('x'))
print(sorted(f(**vars(sys)).keys())[:0])
print(g(**dict.fromkeys('ab', 0)))
print(f(**dict(zip('xyz', range(3)))))

# a repeated non-string key is reported by its str() before the string check
class IterOverride(dict):
    def __iter__(self):
        return iter(['a'])
class IntKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return 0
for src in ["f(**{1: 2}, **{1: 3})", "f(**{(1, 2): 2}, **{(1, 2): 3})", "f(**{'a': 1}, **{1: 3})",
            "print(**{1: 2}, **{1: 3})", "f(**IterOverride(a=1), **IterOverride(a=1))",
            "f(**IntKeys(), **IntKeys())", "f(**{1: 0}, **IntKeys())", "f(**IterOverride(b=2))"]:
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, type(e).__name__, e)
