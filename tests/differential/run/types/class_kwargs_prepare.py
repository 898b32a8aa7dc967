# Class creation: metaclass keywords, __prepare__ results, metaclass functions and conflicts.
def err(f):
    try:
        r = f()
        print('ok', r)
    except BaseException as e:
        print(type(e).__name__, e)
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('M.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('M.__init__', name, kw)
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
class A(metaclass=M, flag=True):
    x = 1
print(A.injected)
def mk():
    class B(metaclass=M, other=2):
        pass
err(mk)
class M2(type):
    def __new__(mcls, *a, **kw):
        return super().__new__(mcls, *a, **kw)
def mk2():
    class C(metaclass=M2, k=1):
        pass
err(mk2)
class M3(type):
    def __init__(cls, *a, **kw):
        pass
def mk3():
    class D(metaclass=M3, k=1):
        pass
err(mk3)
err(lambda: type.__init__(A, 'a'))
err(lambda: type.__init__(A, 'a', (), {}, k=1))
err(lambda: type.__new__(M, 'X', (), {}, k=1))
def meta_func(name, bases, ns, **kw):
    print('meta_func', name, bases, kw)
    return 42
class E(metaclass=meta_func, z=3):
    pass
print(E)
def mk4():
    class F(metaclass=5):
        pass
err(mk4)
def mk5():
    class G(1):
        pass
err(mk5)
def mk6():
    class H(object, metaclass=type, metaclass2=1):
        pass
err(mk6)
class P(type):
    @classmethod
    def __prepare__(m, name, bases):
        return 5
def mk7():
    class I(metaclass=P):
        pass
err(mk7)
class P2(type):
    @classmethod
    def __prepare__(m, name, bases):
        class NS(dict):
            def __setitem__(self, k, v):
                print('ns set', k)
                super().__setitem__(k, v)
        return NS()
class J(metaclass=P2):
    a = 1
    def f(self): pass
print(type(J.__dict__).__name__)
class P3(type):
    __prepare__ = None
def mk8():
    class K(metaclass=P3):
        pass
err(mk8)
class Mapping:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
class P4(type):
    @classmethod
    def __prepare__(m, name, bases):
        return Mapping()
    def __new__(m, name, bases, ns):
        return super().__new__(m, name, bases, ns.d)
class L(metaclass=P4):
    q = 1
print(L.q)
err(lambda: type('X', (), Mapping()))
err(lambda: M('Y', (), {}))
err(lambda: M('Y', (), {}, kk=1))
class Q: pass
err(lambda: Q.__class__.__name__)
class MM(type): pass
class N1(metaclass=MM): pass
class N2: pass
class N3(N2, N1): pass
print(type(N3).__name__)
class MO(type):
    pass
class MO2(type):
    pass
class O1(metaclass=MO): pass
class O2(metaclass=MO2): pass
def mk9():
    class O3(O1, O2): pass
err(mk9)
def mk10():
    return MO('O4', (O2,), {})
err(mk10)
def mk11():
    return type('O5', (O1, O2), {})
err(mk11)
mk9()
