# Python subclasses of builtin types: their slots, their own dunders and attributes.
class L(list):
    def first(self):
        return self[0]
l = L([3, 1, 2])
l.x = 'attr'
print(l, l.x, type(l).__name__, l.first(), len(l), isinstance(l, list))
l.sort()
print(l, l + [9], type(l + [9]).__name__)
class D(dict):
    def __missing__(self, k):
        return 'missing ' + k
d = D(a=1)
print(d['a'], d['zz'], d)
class E(Exception):
    def __init__(self, msg):
        super().__init__('E: ' + msg)
        self.extra = 'extra'
try:
    raise E('boom')
except E as e:
    print(e, e.extra, e.args)
class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('hi')
print(s, s.shout(), s + 'x', type(s + 'x').__name__, len(s))
class I(int):
    def __repr__(self):
        return 'I(' + str(int(self)) + ')'
i = I(5)
print(i, i + 1, repr(i), I(5) == 5, hash(I(5)) == hash(5))
class T(tuple):
    pass
print(T((1, 2)), T((1, 2))[0])
class Sl(object):
    __slots__ = ('a',)
class SlL(list):
    __slots__ = ('b',)
x = SlL()
x.b = 4
print(x.b)
print(L.__mro__)
print(list.__add__, list.__dict__['append'], [].append.__qualname__, int.__add__.__qualname__)
import sys
print(type(sys).__name__)
