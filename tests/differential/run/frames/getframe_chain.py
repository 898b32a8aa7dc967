import sys

def names(frame):
    out = []
    while frame is not None:
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out

def a():
    return b()
def b():
    return c()
def c():
    return names(sys._getframe())

print(c())
print(a())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)

def depth(n):
    return sys._getframe(n).f_code.co_name
def caller():
    return [depth(0), depth(1), depth(2)]
print(caller())

try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError', e)
try:
    sys._getframe('x')
except TypeError as e:
    print('TypeError', e)
print(sys._getframe(-1).f_code.co_name)

# f_back of the caller frame
def outer():
    me = sys._getframe()
    inner(me)
def inner(parent):
    here = sys._getframe()
    print('back is parent', here.f_back is parent, parent.f_code.co_name)
outer()

# frames of methods, lambdas, comprehensions
class K:
    def method(self):
        return sys._getframe().f_code.co_name, sys._getframe().f_code.co_qualname
    @classmethod
    def cm(cls):
        return sys._getframe().f_code.co_qualname
    @staticmethod
    def sm():
        return sys._getframe(1).f_code.co_name
print(K().method(), K.cm(), K.sm())
print((lambda: sys._getframe().f_code.co_name)())
print([sys._getframe().f_code.co_name for _ in range(1)])
print([sys._getframe(1).f_code.co_name for _ in range(1)])

# a frame in a class body
class Body:
    frame_name = sys._getframe().f_code.co_name
    back_name = sys._getframe(1).f_code.co_name
print(Body.frame_name, Body.back_name)

# the same frame object on repeated calls inside one activation
def same():
    return sys._getframe() is sys._getframe()
print('same frame', same())

# recursion: every level a distinct frame
def rec(n, frames):
    frames.append(sys._getframe())
    if n:
        rec(n - 1, frames)
    return frames
fs = rec(3, [])
print(len(fs), len(set(map(id, fs))), [f.f_locals['n'] for f in fs])
print(all(fs[i + 1].f_back is fs[i] for i in range(3)))
