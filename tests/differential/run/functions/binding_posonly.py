# Positional-only parameters: every binding error, with and without defaults and **kwargs.
def attempt(expr):
    try:
        print(expr, '->', eval(expr))
    except TypeError as e:
        print(expr, '-> TypeError', e)

def one(a, /):
    return a
def two(a, b, /):
    return a, b
def mixed(a, b=2, /, c=3):
    return a, b, c
def with_kw(a, /, **kw):
    return a, kw
def all_kinds(p1, p2=20, /, n1=30, *args, k1, k2=50, **kw):
    return p1, p2, n1, args, k1, k2, kw
def defaults_only(a=1, b=2, /):
    return a, b

for expr in ["one(1)", "one()", "one(a=1)", "one(1, 2)", "one(1, a=1)",
             "two(1)", "two(a=1, b=2)", "two(1, b=2)", "two(1, 2, 3)", "two()",
             "mixed(1)", "mixed(1, 2, 3)", "mixed(1, c=9)", "mixed(1, b=2)", "mixed(a=1)",
             "mixed(1, 2, 3, 4)", "mixed()", "mixed(b=1, a=2)",
             "with_kw(1, a=2)", "with_kw(a=2)", "with_kw(1, b=3, a=2)",
             "all_kinds(1, k1=2)", "all_kinds(1, 2, 3, 4, 5, k1=6, z=7)",
             "all_kinds(p1=1, k1=2)", "all_kinds(1, p2=2, k1=3)", "all_kinds(1)", "all_kinds()",
             "all_kinds(1, n1=3, k1=1, p1=9)",
             "defaults_only()", "defaults_only(5)", "defaults_only(a=5)", "defaults_only(1, 2, 3)",
             "defaults_only(a=1, b=2)"]:
    attempt(expr)

# several positional-only names passed as keywords: all are listed
def three(x, y, z, /):
    pass
attempt("three(x=1, y=2, z=3)")
attempt("three(1, y=2, z=3)")
attempt("three(1, 2, z=3, w=4)")

# the unexpected keyword is reported before the positional-only problem when both exist
attempt("three(1, 2, 3, q=1)")
attempt("one(1, q=1, a=2)")

# methods: self is counted in the positional-only group
class C:
    def m(self, a, /, b):
        return a, b
    @classmethod
    def cm(cls, a, /):
        return cls.__name__, a
    @staticmethod
    def sm(a, /):
        return a
c = C()
for expr in ["c.m(1, 2)", "c.m(1, b=2)", "c.m(a=1, b=2)", "c.m()", "c.m(1, 2, 3)",
             "C.m(c, 1, 2)", "C.m(self=c, a=1, b=2)", "C.m()",
             "C.cm(1)", "C.cm(a=1)", "c.cm()", "C.sm(a=1)", "c.sm(1, 2)"]:
    attempt(expr)

# lambdas
l = lambda a, b=2, /, *, c: (a, b, c)
for expr in ["l(1, c=3)", "l(a=1, c=3)", "l(1, 2, 3)", "l()", "l(1)"]:
    attempt(expr)

# positional-only names are free to reuse as **kwargs keys
def reuse(name, /, **kwargs):
    return name, kwargs
attempt("reuse('pos', name='kw')")
attempt("reuse(**{'name': 'kw'})")

# introspection
print(all_kinds.__code__.co_posonlyargcount, all_kinds.__code__.co_argcount,
      all_kinds.__code__.co_kwonlyargcount, all_kinds.__code__.co_varnames)
print(all_kinds.__defaults__, all_kinds.__kwdefaults__)

# syntax errors for malformed parameter lists
for src in ["def f(a=1, /, b): pass", "def f(/, a): pass", "def f(a, /, /): pass",
            "def f(*, /, a): pass", "def f(a, *, /): pass", "lambda a=1, /, b: 0",
            "def f(a, a, /): pass", "def f(a, /, a): pass"]:
    try:
        compile(src, 's', 'exec')
        print(src, 'compiled')
    except SyntaxError as e:
        print(src, '->', e.msg)
