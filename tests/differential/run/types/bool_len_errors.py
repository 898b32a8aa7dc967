# Truthiness via __bool__ and __len__, with all the error messages.
class T:
    def __bool__(self):
        return True
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(T()), bool(L(0)), bool(L(3)), not L(0))

def check(o):
    try:
        print(bool(o))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        if o:
            print('truthy')
        else:
            print('falsy')
    except Exception as e:
        print(type(e).__name__, e)

class B1:
    def __bool__(self):
        return 1
class B2:
    def __bool__(self):
        return None
class B3:
    def __bool__(self):
        return 'yes'
class MyBool:
    pass
for c in [B1, B2, B3]:
    check(c())
check(L(-1))
check(L(2**63))
check(L(2**100))
check(L(-2**100))
class LS:
    def __len__(self):
        return 'x'
class LF:
    def __len__(self):
        return 1.0
class LNone:
    def __len__(self):
        return None
check(LS())
check(LF())
check(LNone())
class Idx:
    def __index__(self):
        return 4
class LI:
    def __len__(self):
        return Idx()
check(LI())
print(len(LI()))
class MyI(int):
    pass
class LMI:
    def __len__(self):
        return MyI(5)
print(len(LMI()), type(len(LMI())).__name__, bool(LMI()))
class LBool:
    def __len__(self):
        return True
print(len(LBool()), bool(LBool()))
for o in [L(-1), L(2**63), LS(), LF()]:
    try:
        len(o)
    except Exception as e:
        print('len', type(e).__name__, e)

# __bool__ wins over __len__
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()), len(Both()))
# __bool__ = None
class BN:
    __bool__ = None
check(BN())
class LN:
    __len__ = None
check(LN())
# raising
class BR:
    def __bool__(self):
        raise KeyError('k')
check(BR())
# and/or/not/while/ternary/assert use truthiness
print(L(0) or 'alt', L(2) and 'both', 'y' if L(1) else 'n')
try:
    not B1()
except TypeError as e:
    print('not', e)
try:
    B2() and 1
except TypeError as e:
    print('and', e)
try:
    assert B3()
except TypeError as e:
    print('assert', e)
try:
    while LS():
        pass
except TypeError as e:
    print('while', e)
try:
    [x for x in [1] if B1()]
except TypeError as e:
    print('comp', e)
# builtins consulting truthiness
print(any([L(0), L(1)]), all([L(1), T()]), list(filter(None, [L(0), L(2), 0, 'a'])) [1:])
try:
    any([B1()])
except TypeError as e:
    print('any', e)
# bool subclass not allowed
try:
    class X(bool):
        pass
except TypeError as e:
    print(e)
print(bool(), bool(0), bool([]), bool(''), bool(0.0), bool(0j), bool(None), bool(...))
try:
    bool(1, 2)
except TypeError as e:
    print(e)
try:
    bool(x=1)
except TypeError as e:
    print(e)
if L(-5):
    pass
