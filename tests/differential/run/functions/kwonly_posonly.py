# Keyword-only and positional-only parameters, with **kwargs catching positional-only names.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=40, e=5, f=60))
for call in ["f(1, 2, 3)", "f(a=1, b=2, c=3, e=5)", "f(1, b=2, c=3, e=5)", "f(1, 2, 3, 4, 5, e=1)",
             "f(1, 2, 3, e=5, g=7)", "f(1, 2, 3, c=3, e=5)", "f()", "f(1)", "f(1, 2)"]:
    try:
        print(call, eval(call))
    except TypeError as e:
        print(call, 'TypeError', e)

def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
print(g(1, b=2, a=3))

def only_kw(*, x, y=2):
    return x, y
print(only_kw(x=1))
for call in ["only_kw(1)", "only_kw()", "only_kw(y=1)", "only_kw(1, 2, x=3)"]:
    try:
        print(call, eval(call))
    except TypeError as e:
        print(call, 'TypeError', e)

def only_pos(x, y=2, /):
    return x, y
print(only_pos(1), only_pos(1, 3))
for call in ["only_pos(x=1)", "only_pos(1, y=2)", "only_pos()", "only_pos(1, 2, 3)", "only_pos(x=1, y=2)"]:
    try:
        print(call, eval(call))
    except TypeError as e:
        print(call, 'TypeError', e)

def star_kw(*args, sep='-', **kw):
    return sep.join(map(str, args)), kw
print(star_kw(1, 2, 3), star_kw(1, sep='+', end='!'))

# defaults of keyword-only parameters can come before required ones
def mixed(*, a=1, b, c=3):
    return a, b, c
print(mixed(b=2), mixed.__kwdefaults__)
try:
    mixed()
except TypeError as e:
    print('TypeError', e)

# syntax errors around / and *
for src in ["def h(/, a): pass", "def h(a, /, /): pass", "def h(*, a, /): pass", "def h(*): pass",
            "def h(a=1, b): pass", "def h(a, a): pass", "def h(**k, a): pass", "def h(*a, *b): pass",
            "lambda a, /, b: 0", "lambda *, k: 0"]:
    try:
        compile(src, '<d>', 'exec')
        print(src, 'compiled')
    except SyntaxError as e:
        print(src, 'SyntaxError', e.msg)

# code object counts
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames)
