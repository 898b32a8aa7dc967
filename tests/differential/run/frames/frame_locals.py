import sys

def func(a, b=2, *args, **kw):
    c = a + b
    d = [c]
    return sys._getframe().f_locals

print(sorted(func(1).items()))
print(sorted(func(1, 3, 4, 5, x=6).items()))

def unbound():
    before = 1
    loc = sys._getframe().f_locals
    after = 2
    return loc
print(unbound())

def closure():
    x = 'cell'
    def inner():
        y = x
        return sys._getframe().f_locals
    return inner(), sys._getframe().f_locals
inner_locals, outer_locals = closure()
print(sorted(inner_locals.items()))
print(sorted(k for k in outer_locals))

# f_locals is a snapshot in functions: writes do not change the variable
def snapshot():
    v = 1
    sys._getframe().f_locals['v'] = 99
    return v
print('snapshot', snapshot())

# module frame: f_locals is globals
frame = sys._getframe()
print(frame.f_locals is globals(), frame.f_globals is globals())
module_var = 'mv'
print(frame.f_locals['module_var'])

# class body: f_locals is the namespace being built
class C:
    x = 1
    y = x + 1
    ns = sys._getframe().f_locals
    keys = sorted(k for k in ns if not k.startswith('__'))
    qual = ns['__qualname__']
    mod = ns['__module__']
print(C.keys, C.qual, C.mod)

# locals() and f_locals agree
def agree(p):
    q = p * 2
    return locals() == sys._getframe().f_locals
print('agree', agree(3))

# f_locals of a suspended generator
def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total
g = gen(5)
next(g)
next(g)
print(sorted(g.gi_frame.f_locals.items()))

# f_locals of the caller frame
def peek():
    return sorted(sys._getframe(1).f_locals.items())
def host():
    secret = 's'
    number = 7
    return peek()
print(host())

# deleted local disappears
def deleted():
    a = 1
    b = 2
    del a
    return sorted(sys._getframe().f_locals)
print(deleted())
