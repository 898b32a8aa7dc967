def f(a, b, /, c, *, d): pass
def g(a, b=1, *, k): pass
def h(x): pass
def p(a, b, /, **kw): return kw
def v(*args, **kwargs): return args, kwargs

tests = [
    "f(1, 2, 3, d=4, a=5)", "f(a=1, b=2, c=3, d=4)", "f(1, 2)", "f()",
    "g()", "g(1, 2, 3)", "g(1, 2, 3, k=1)", "h(1, 2)", "h()", "h(1, x=2)",
    "h(y=1)", "f(1, 2, 3, 4, 5, d=1)", "g(1, 2, 3, 4)", "g(1)",
    "p(1, 2, a=3)", "h(**{1: 2})", "g(1, 2, 3, 4, k=5)",
    "(lambda x, y, z: 0)()", "(lambda *, a, b, c: 0)()", "v(1, 2, a=3)",
    "v(*[1, 2], **{'x': 1})", "h(*(1,))", "h(**{'x': 5})", "v(*1)", "v(**1)",
    "v(**{'a': 1}, a=2)", "h(*[], **{})",
]
for t in tests:
    try:
        print(t, '->', eval(t))
    except TypeError as e:
        print(t, '->', 'TypeError:', e)
