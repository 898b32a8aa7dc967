import sys

def here():
    return sys._getframe(1).f_lineno

print('line', here())
x = (
    here()
)
print('multi-line call reports', x)

def body():
    a = here()
    b = here()
    for i in range(2):
        c = here()
    return a, b, c
print(body())

def current():
    f = sys._getframe()
    first = f.f_lineno
    second = f.f_lineno
    return first, second
print(current())

def gen():
    yield sys._getframe().f_lineno
    yield 'x'
    yield 'y'
g = gen()
print('not started', g.gi_frame.f_lineno)
print('yielded', next(g))
print('suspended at', g.gi_frame.f_lineno)
next(g)
print('suspended at', g.gi_frame.f_lineno)

def caller_line():
    return sys._getframe(1).f_lineno, sys._getframe(1).f_code.co_name
def caller():
    return caller_line()
print(caller())

# the line of a frame in the middle of the stack is its call site
def inner():
    return sys._getframe(1).f_lineno
def middle():
    v = inner()
    return v
print('middle called inner at', middle())

# f_lineno in a traceback frame after the function returned
def raiser():
    raise ValueError
try:
    raiser()
except ValueError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_lineno, tb.tb_frame.f_lineno)

# f_lasti grows as the frame runs
def lasti():
    f = sys._getframe()
    a = f.f_lasti
    b = f.f_lasti
    return a < b, a % 2, type(a).__name__
print(lasti())

# class body line
class C:
    line = sys._getframe().f_lineno
print(C.line)
