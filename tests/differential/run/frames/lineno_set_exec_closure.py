# Setting f_lineno outside a trace function, and exec() of code with free
# variables given a closure.
import sys


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


f = sys._getframe()
for v in (5, -1, 2**70, "x", 5.0, True, None):
    def setter(v=v):
        f.f_lineno = v
    attempt("f_lineno=" + repr(v), setter)


def deleter():
    del f.f_lineno


attempt("del f_lineno", deleter)
f.f_trace = lambda *a: None


def with_trace():
    f.f_lineno = 3


attempt("with f_trace", with_trace)
f.f_trace = None


def gen():
    yield sys._getframe()


gf = next(gen())
attempt("generator frame", lambda: setattr(gf, "f_lineno", 1))
attempt("type of f_lineno", lambda: type(vars(type(f))["f_lineno"]).__name__)


def make(n):
    total = n

    def inner():
        global result
        result = total * 2
        print("inner sees", total)

    return inner


inner = make(21)
g = {}
attempt("exec closure", lambda: exec(inner.__code__, g, closure=inner.__closure__))
print("result", g.get("result"))
attempt("exec closure locals", lambda: exec(inner.__code__, g, {}, closure=inner.__closure__))
attempt("exec no closure", lambda: exec(inner.__code__, g))
attempt("exec None closure", lambda: exec(inner.__code__, g, closure=None))
attempt("exec short closure", lambda: exec(inner.__code__, g, closure=()))
attempt("exec list closure", lambda: exec(inner.__code__, g, closure=list(inner.__closure__)))
attempt("exec non-cell closure", lambda: exec(inner.__code__, g, closure=(1,)))
attempt("exec closure on str", lambda: exec("x = 1", g, closure=inner.__closure__))
attempt("exec closure, no frees", lambda: exec(compile("y = 2", "s", "exec"), g, closure=inner.__closure__))
attempt("exec closure positional", lambda: exec(inner.__code__, g, None, inner.__closure__))

cell_type = type(inner.__closure__[0])
c = cell_type(100)
attempt("exec fresh cell", lambda: exec(inner.__code__, g, closure=(c,)))
print("result", g.get("result"))
empty = cell_type()
attempt("exec empty cell", lambda: exec(inner.__code__, g, closure=(empty,)))


def make2():
    a = 1
    b = 2

    def both():
        nonlocal a
        a += b
        print("a", a, "b", b)

    return both


both = make2()
print(both.__code__.co_freevars)
exec(both.__code__, {}, closure=both.__closure__)
exec(both.__code__, {}, closure=both.__closure__)
print([cl.cell_contents for cl in both.__closure__])
attempt("exec one of two", lambda: exec(both.__code__, {}, closure=both.__closure__[:1]))
attempt("eval closure kw", lambda: eval(inner.__code__, g, closure=inner.__closure__))
