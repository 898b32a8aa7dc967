# super(): zero- and two-argument forms, classmethods, nesting, errors.
class A:
    def f(self):
        return 'A.f'
    @classmethod
    def c(cls):
        return 'A.c ' + cls.__name__
    @staticmethod
    def s():
        return 'A.s'
    @property
    def p(self):
        return 'A.p'
    x = 'A.x'
class B(A):
    def f(self):
        return 'B>' + super().f()
    @classmethod
    def c(cls):
        return 'B>' + super().c()
    @staticmethod
    def s():
        return 'B>' + super(B, B).s()
    @property
    def p(self):
        return 'B>' + super().p
    def two(self):
        return super(B, self).f(), super(A, self).__class__.__name__
    def nested(self):
        def inner():
            return super(B, self).f()
        return inner()
    def comp(self):
        return [super(B, self).f() for _ in range(1)]
    def lam(self):
        return (lambda: super(B, self).f())()
    def attr(self):
        return super().x
class C(B):
    def f(self):
        return 'C>' + super().f()
b, c = B(), C()
print(b.f(), c.f(), B.c(), C.c(), B.s(), b.p, c.p)
print(b.two(), b.nested(), b.comp(), b.lam(), b.attr())
print(super(C, c).f(), super(B, c).f(), super(C, C).c(), super(B, C).c())
print(super(C, C).f(c), super(A, c).__str__ is not None)

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Z:
    @staticmethod
    def st():
        return super().f()
    def nest(self):
        def inner():
            return super().f()
        return inner()
    def comp(self):
        return [super().f() for _ in range(1)]
    def noarg():
        return super()
err(Z.st)
err(Z().nest)
err(Z().comp)
err(Z.noarg)
def free():
    return super()
err(free)
err(lambda: super(B, A()))
err(lambda: super(B, 1))
err(lambda: super(B, int))
err(lambda: super(1, b))
err(lambda: super(B, b).missing)
err(lambda: super(A, b).f())
err(lambda: super(object, b).f)
err(lambda: super())
err(lambda: super(B, b, 1))
err(lambda: super(b))
print(repr(super(B)).startswith('<super: <class'), repr(super(B, b)).split(',')[0])
sb = super(B, b)
print(sb.__thisclass__.__name__, sb.__self__ is b, sb.__self_class__.__name__)
su = super(B)
print(su.__self__, su.__self_class__, su.__thisclass__.__name__)
err(lambda: su.f)
sc = super(B, C)
print(sc.__self__.__name__, sc.__self_class__.__name__)
# super().__getattribute__ and __setattr__
class G:
    def __getattribute__(self, name):
        if name == 'magic':
            return 42
        return super().__getattribute__(name)
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)
g = G()
g.v = 5
print(g.magic, g.v)
err(lambda: g.nothing)
# super and descriptors: __get__ of the found attribute gets the instance
class D:
    def __get__(self, obj, typ):
        return 'D.get %s %s' % (type(obj).__name__, typ.__name__)
class P:
    d = D()
class Q(P):
    d = 'shadow'
    def get(self):
        return super().d
print(Q().get(), super(Q, Q).d)
# super setattr does not go through the mro
err(lambda: setattr(super(B, b), 'x', 1))
# __class__ cell
class K:
    def who(self):
        return __class__.__name__
class K2(K):
    pass
print(K2().who())
# super with the first argument rebound
class R(A):
    def f(self):
        self = 'not an instance'
        return super().f()
err(R().f)
class S(A):
    def f(*args):
        return super().f()
err(S().f)
class U(A):
    def f(self):
        del self
        return super().f()
err(U().f)
super(B, A()).f()
