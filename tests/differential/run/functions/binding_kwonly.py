# Keyword-only parameters: missing, unexpected, multiple values, too many positional.
def attempt(expr):
    try:
        print(expr, '->', eval(expr))
    except TypeError as e:
        print(expr, '-> TypeError', e)

def k1(*, a):
    return a
def k2(x, *, a, b):
    return x, a, b
def k3(x, y=2, *, a, b=5, c):
    return x, y, a, b, c
def kv(x, *rest, a, **kw):
    return x, rest, a, kw
def many(*, a, b, c, d):
    pass

for expr in ["k1(a=1)", "k1()", "k1(1)", "k1(1, a=2)", "k1(b=1)", "k1(a=1, b=2)",
             "k2(1)", "k2(1, a=1)", "k2(1, b=1)", "k2(1, 2, 3)", "k2(1, 2, a=1, b=2)",
             "k2(x=1, a=2, b=3)", "k2(a=2, b=3)", "k2(1, a=1, b=2, x=3)",
             "k3(1)", "k3(1, a=1)", "k3(1, c=1)", "k3(1, 2, 3)", "k3(1, 2, 3, a=1, c=2)",
             "k3(1, 2, 3, 4, a=1, c=2)", "k3(a=1, c=2)", "k3(1, a=1, c=2, d=3)",
             "kv(1, 2, 3, a=4, z=5)", "kv(1)", "kv()", "kv(a=1)", "kv(1, x=2, a=3)",
             "many()", "many(a=1)", "many(a=1, b=2)", "many(d=1)", "many(1, 2)"]:
    attempt(expr)

# keyword-only defaults can come before required ones
def order(*, a=1, b, c=3, d):
    return a, b, c, d
attempt("order(b=2, d=4)")
attempt("order()")
attempt("order(a=0, c=0)")

# both positional and keyword-only missing: positional are reported first
def both(p, q, *, r, s):
    pass
attempt("both()")
attempt("both(1, 2)")
attempt("both(1, r=1)")

# too many positional with keyword-only arguments given
def pk(a, b=1, *, c):
    pass
attempt("pk(1, 2, 3)")
attempt("pk(1, 2, 3, c=1)")
attempt("pk(1, 2, 3, 4, c=1)")
def pk0(*, c):
    pass
attempt("pk0(1, c=2)")
attempt("pk0(1, 2, c=2)")
attempt("pk0(1, 2)")

# methods
class M:
    def meth(self, *, flag):
        return flag
    def meth2(self, a, *, flag=False):
        return a, flag
m = M()
for expr in ["m.meth(flag=1)", "m.meth()", "m.meth(1)", "M.meth(m)", "M.meth()", "M.meth(m, 1)",
             "m.meth2()", "m.meth2(1, 2)", "m.meth2(1, 2, 3)", "m.meth2(a=1, flag=2)", "m.meth2(1, flagg=2)"]:
    attempt(expr)

# lambda and nested names in messages
lam = lambda *, key: key
attempt("lam()")
attempt("lam(1)")
class Outer:
    class Inner:
        def deep(self, *, x):
            pass
attempt("Outer.Inner().deep()")
def factory():
    def made(*, opt):
        pass
    return made
attempt("factory()()")
attempt("factory()(opt=1, other=2)")

# keyword argument names that look like Python keywords, via **
def weird(**kw):
    return sorted(kw)
print(weird(**{'class': 1, 'def': 2, 'not an identifier': 3, '': 4}))
def nokw(*, a):
    return a
attempt("nokw(**{'a b': 1})")
attempt("nokw(**{'a': 1, 'b c': 2})")
