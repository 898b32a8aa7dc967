# Class hooks and their errors: __set_name__ failures, __class_getitem__ forms, GenericAlias, __init_subclass__ arguments.
def err(f):
    try:
        r = f()
        print('ok', r)
    except BaseException as e:
        print(type(e).__name__, e)
        if e.__cause__: print('  cause', type(e.__cause__).__name__, e.__cause__)
        if getattr(e, '__notes__', None): print('  notes', e.__notes__)
class SN:
    def __set_name__(self, owner, name):
        raise ValueError('bad name ' + name)
def mk():
    class A:
        attr = SN()
err(mk)
class SN2:
    __set_name__ = None
def mk2():
    class B:
        attr = SN2()
err(mk2)
class SN3:
    def __set_name__(self):
        pass
def mk3():
    class C:
        attr = SN3()
err(mk3)
class SN4:
    def __getattr__(self, n):
        print('getattr', n)
        raise AttributeError(n)
class D:
    x = SN4()
print('D ok')
class SN5:
    @staticmethod
    def __set_name__(owner, name):
        print('static set_name', owner.__name__, name)
def mk5():
    class E:
        attr = SN5()
err(mk5)
class SN6:
    __set_name__ = lambda *a: print('lambda got', len(a))
class F:
    attr = SN6()
class Cg:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Cg[int], Cg[1, 2], Cg[()], Cg[:])
class Sub(Cg): pass
print(Sub[str])
err(lambda: Cg()[0])
class Cg2:
    __class_getitem__ = None
err(lambda: Cg2[int])
class Cg3:
    __class_getitem__ = 5
err(lambda: Cg3[int])
class Cg4:
    @classmethod
    def __class_getitem__(cls, item):
        return 'explicit classmethod'
print(Cg4[0])
class Cg5:
    @staticmethod
    def __class_getitem__(item):
        return 'static ' + repr(item)
print(Cg5[0])
print(list[int], dict[str, int], tuple[int, ...], type[int], list[int][0] if False else '')
err(lambda: int[0])
err(lambda: object[int])
print(list[int] == list[int], list[int] == list[str], list[int].__origin__, list[int].__args__, list[int]().__class__)
err(lambda: list[int][str])
err(lambda: isinstance([], list[int]))
err(lambda: issubclass(list, list[int]))
print(repr(dict[str, list[int]]), repr(list[...]), repr(tuple[()]))
class G:
    def __init_subclass__(cls, /, **kw):
        print('G init_subclass', cls.__name__, kw)
class H(G, a=1): pass
def mk6():
    class I(G, **{'b': 2, 'c': 3}): pass
err(mk6)
class G2:
    def __init_subclass__(cls, req):
        print('req', req)
def mk7():
    class J(G2): pass
err(mk7)
def mk8():
    class K(G2, req=1, extra=2): pass
err(mk8)
class G3:
    __init_subclass__ = None
def mk9():
    class L(G3): pass
err(mk9)
class G4:
    def __init_subclass__(cls):
        return 'ignored'
class M(G4): pass
print('M ok')
class G5:
    def __init_subclass__(cls):
        raise RuntimeError('no subclasses')
def mk10():
    class N(G5): pass
err(mk10)
mk10()
