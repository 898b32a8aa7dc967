# `in`: __contains__, then __iter__, then __getitem__; __call__ lookups.
class C:
    def __contains__(self, x):
        print('contains', x)
        return x == 1
print(1 in C(), 2 in C(), 2 not in C())
class RetObj:
    def __contains__(self, x):
        return [x]
print(5 in RetObj(), type(5 in RetObj()).__name__)
class RetEmpty:
    def __contains__(self, x):
        return ''
print(5 in RetEmpty(), 5 not in RetEmpty())
class It:
    def __iter__(self):
        print('iter')
        return iter([1, 2, 3])
print(2 in It(), 7 in It())
class GI:
    def __getitem__(self, i):
        print('getitem', i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(20 in GI(), 99 in GI())
class GIKey:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    1 in GIKey()
except KeyError as e:
    print('KeyError', e)
class Nothing:
    pass
for o in [Nothing(), 5, None, 1.5]:
    try:
        1 in o
    except TypeError as e:
        print(e)
class NoneContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoneContains()
except TypeError as e:
    print(e)
class NoneIter:
    __iter__ = None
    def __getitem__(self, i):
        return 1
try:
    1 in NoneIter()
except TypeError as e:
    print(e)
class RaiseContains:
    def __contains__(self, x):
        raise ValueError('contains failed')
try:
    1 in RaiseContains()
except ValueError as e:
    print(e)
class BadBool:
    def __bool__(self):
        raise ZeroDivisionError('bool')
class RetBadBool:
    def __contains__(self, x):
        return BadBool()
try:
    1 in RetBadBool()
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
# equality inside iteration fallback: identity first
class NeverEq:
    def __eq__(self, o):
        return False
ne = NeverEq()
print(ne in [ne], ne in (ne,), ne in It(), [ne].count(ne), [ne].index(ne))
# builtins
print('a' in 'cat', '' in 'x', b'a' in b'abc', 97 in b'abc', 1 in {1: 2}, 2 in {1: 2}.values(), (1, 2) in {1: 2}.items())
for f in [lambda: 1 in 'abc', lambda: 'a' in b'abc', lambda: 300 in b'abc', lambda: [] in {}, lambda: [] in set(), lambda: [1] in {1: 2}.items()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(1.0 in range(3), 1 in range(0, 10, 2), 2 in range(0, 10, 2), 'x' in range(3), True in range(2))

# __call__
class F:
    def __call__(self, *a, **k):
        return ('called', a, sorted(k.items()))
f = F()
print(f(1, 2, x=3), callable(f), callable(F), callable(Nothing()))
n = Nothing()
n.__call__ = lambda: 'inst'
print(callable(n))
try:
    n()
except TypeError as e:
    print(e)
class CallNone:
    __call__ = None
print(callable(CallNone()))
try:
    CallNone()()
except TypeError as e:
    print(e)
class CallInt:
    __call__ = 5
try:
    CallInt()()
except TypeError as e:
    print(e)
class Chain:
    def __init__(self):
        self.__call__ = None
    __call__ = F()
print(Chain()('x'))
class Meta(type):
    def __call__(cls, *a):
        return 'meta call %s %r' % (cls.__name__, a)
class M(metaclass=Meta):
    pass
print(M(1, 2))
for o in [1, 'str', [], None, (1,)]:
    try:
        o()
    except TypeError as e:
        print(e)
1 in Nothing()
