# __class__ and __bases__ assignment across builtin bases: which layouts are compatible.
def t(base, mk):
    class X(base): pass
    class Y(base): pass
    class Z(X): pass
    class N1(base): __slots__ = ()
    class N2(base): __slots__ = ()
    out = []
    for src, dst in [(X, Y), (X, Z), (Z, X), (N1, N2), (X, N1), (N1, base), (Z, Y)]:
        o = src(mk)
        try:
            o.__class__ = dst
            out.append('ok')
        except TypeError as e:
            out.append(str(e))
    print(base.__name__, out)
for b, v in [(int, 1), (tuple, ()), (bytes, b''), (str, ''), (float, 1.0), (list, []), (dict, {}),
             (complex, 1j), (frozenset, ()), (bytearray, b''), (set, ())]:
    t(b, v)

def err(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

# __bases__ assignment
class A: pass
class B: pass
class C(A): pass
C.__bases__ = (B,)
print(C.__mro__)
C.__bases__ = (A, B)
print([k.__name__ for k in C.__mro__])
class S1: __slots__ = ('a',)
class S2: __slots__ = ('b',)
class LS(list): pass
err(lambda: setattr(C, '__bases__', (S1,)))
err(lambda: setattr(C, '__bases__', (LS,)))
err(lambda: setattr(C, '__bases__', (int,)))
err(lambda: setattr(C, '__bases__', [A]))
err(lambda: setattr(C, '__bases__', (1,)))
err(lambda: setattr(C, '__bases__', (C,)))
err(lambda: setattr(A, '__bases__', (C,)))
err(lambda: setattr(C, '__bases__', (A, A)))
err(lambda: delattr(C, '__bases__'))
err(lambda: setattr(list, '__bases__', (object,)))
class T1(S1): pass
class T2(S1): pass
class U(T1): pass
err(lambda: setattr(U, '__bases__', (T2,)) or [k.__name__ for k in U.__mro__])
err(lambda: setattr(U, '__bases__', (S2,)))
class IA(int): pass
class IB(int): pass
class IC(IA): pass
err(lambda: setattr(IC, '__bases__', (IB,)))
# subclasses follow the base change
class Root: x = 'root'
class Other: x = 'other'
class Mid(Root): pass
class Leaf(Mid): pass
print(Leaf.x)
Mid.__bases__ = (Other,)
print(Leaf.x, [k.__name__ for k in Leaf.__mro__], [k.__name__ for k in Other.__subclasses__()], Root.__subclasses__())
# metaclass instances
class M1(type): pass
class M2(type): pass
K = M1('K', (), {})
err(lambda: setattr(K, '__class__', M2) or type(K).__name__)
err(lambda: setattr(K, '__class__', type))
err(lambda: setattr(int, '__class__', M1))
K.__class__ = int
