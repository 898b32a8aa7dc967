# Choosing the metaclass: the most derived one wins; conflicts raise TypeError.
def show(f):
    try:
        r = f()
        print(r if not isinstance(r, type) else (r.__name__, type(r).__name__))
    except Exception as e:
        print(type(e).__name__ + ':', e)

class M1(type): pass
class M2(type): pass
class M3(M1): pass

class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(metaclass=M3): pass
class P: pass

show(lambda: type('AB', (A, B), {}))
show(lambda: type('BA', (B, A), {}))
show(lambda: type('AC', (A, C), {}))
show(lambda: type('CA', (C, A), {}))
show(lambda: type('PA', (P, A), {}))
show(lambda: M2('X', (A,), {}))
show(lambda: M1('X', (C,), {}))
show(lambda: M3('X', (A,), {}))
show(lambda: type('X', (C,), {}))

def with_stmt():
    class X(A, B):
        pass
show(with_stmt)

def explicit_weaker():
    class X(C, metaclass=M1):
        pass
    return X
show(explicit_weaker)

def explicit_unrelated():
    class X(A, metaclass=M2):
        pass
    return X
show(explicit_unrelated)

def explicit_type():
    class X(A, metaclass=type):
        pass
    return X
show(explicit_type)

# A metaclass derived from both resolves the conflict
class M12(M1, M2): pass
def resolved():
    class X(A, B, metaclass=M12):
        pass
    return X
show(resolved)
X = M12('X', (A, B), {})
print(X.__mro__[1:3] == (A, B), type(X).__name__)

# a non-type metaclass (function) is called without the check
def func_meta(name, bases, ns):
    return type(name, bases, ns)
def func():
    class X(A, metaclass=func_meta):
        pass
    return X
show(func)

# bases that are not classes
show(lambda: type('X', (1,), {}))
show(lambda: type('X', (A, 'str'), {}))
def non_class_base():
    class X(42):
        pass
show(non_class_base)
def none_base():
    class X(None):
        pass
show(none_base)
def dup_base():
    class X(P, P):
        pass
show(dup_base)
def final_base():
    class X(bool):
        pass
show(final_base)
def final_base2():
    class X(type(None)):
        pass
show(final_base2)
def layout():
    class X(int, str):
        pass
show(layout)
def layout2():
    class X(list, dict):
        pass
show(layout2)
def ok_layout():
    class X(int, P):
        pass
    return X
show(ok_layout)
def exc_layout():
    class X(KeyError, OSError):
        pass
show(exc_layout)

# metaclass of a metaclass
class MM(type): pass
class Meta(type, metaclass=MM): pass
print(type(Meta).__name__, type(Meta('K', (), {})).__name__)
