# Argument-binding TypeErrors for methods, constructors, lambdas and nested functions.
class A:
    def m(self, x, y=2):
        return (x, y)
    def kw(self, *, key):
        return key
    def po(self, a, /, b):
        return a, b
    def __init__(self, v=None):
        self.v = v
    @classmethod
    def cm(cls, q):
        return q
    @staticmethod
    def sm(r):
        return r

class NeedsArgs:
    def __init__(self, a, b):
        pass

def outer():
    def inner(p, q):
        return p
    return inner
inner = outer()
lam = lambda s, t=1: s

a = A()
int_one = 1
cases = [
    lambda: a.m(),
    lambda: a.m(1, 2, 3),
    lambda: a.m(1, x=2),
    lambda: a.m(1, z=3),
    lambda: a.kw(),
    lambda: a.kw(1),
    lambda: a.kw(key=1, other=2),
    lambda: a.po(a=1, b=2),
    lambda: a.po(1, 2, 3),
    lambda: A.m(),
    lambda: A.m(a),
    lambda: A(1, 2),
    lambda: A(w=1),
    lambda: NeedsArgs(),
    lambda: NeedsArgs(1),
    lambda: NeedsArgs(1, 2, 3),
    lambda: A.cm(),
    lambda: a.cm(1, 2),
    lambda: A.sm(),
    lambda: a.sm(1, 2),
    lambda: inner(),
    lambda: inner(1, 2, 3),
    lambda: inner(1, p=2),
    lambda: lam(),
    lambda: lam(1, 2, 3),
    lambda: lam(1, u=3),
    lambda: a.m(*[1, 2, 3]),
    lambda: a.m(**{'x': 1, 'y': 2, 'self': 3}),
    lambda: a.m(1, **{'y': 2}, y=3),
    lambda: int_one(),
    lambda: a(),
    lambda: a.v(),
    lambda: A.m(1, 2),
]
for i, c in enumerate(cases):
    try:
        print(i, 'ok', c())
    except TypeError as e:
        print(i, 'TypeError', e)
print(a.m(1), A.m(a, 5), a.kw(key='k'), a.po(1, b=2), A.cm(3), a.sm(4), inner(1, 2), lam(9))
