# __bool__ and __len__: truth value, precedence, wrong return types and their messages.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        print('Both.__bool__')
        return False
    def __len__(self):
        print('Both.__len__')
        return 5
class Neither: pass

print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
print(not B(True), 'yes' if L(2) else 'no', B(False) or 'fallback', type(L(0) and 'never').__name__)
show(lambda: bool(B(1)))
show(lambda: bool(B(0)))
show(lambda: bool(B(None)))
show(lambda: bool(B('x')))
show(lambda: not B(1))
show(lambda: bool(L(-1)))
show(lambda: bool(L('3')))
show(lambda: bool(L(1.5)))
show(lambda: len(L(-1)))
show(lambda: len(L(2 ** 70)))
show(lambda: bool(L(2 ** 70)))

class IntSub(int): pass
class LenSub:
    def __len__(self):
        return IntSub(2)
print(len(LenSub()), type(len(LenSub())).__name__, bool(LenSub()))
class BoolSub:
    def __bool__(self):
        return IntSub(1)
show(lambda: bool(BoolSub()))

class LenIndex:
    def __len__(self):
        class Idx:
            def __index__(self):
                return 4
        return Idx()
show(lambda: len(LenIndex()))

# __bool__ = None makes the object unusable in boolean context
class NoneBool:
    __bool__ = None
show(lambda: bool(NoneBool()))
class NoneLen:
    __len__ = None
show(lambda: bool(NoneLen()))
show(lambda: len(NoneLen()))

# raising inside
class Raising:
    def __bool__(self):
        raise ValueError('no truth')
show(lambda: bool(Raising()))
def in_if():
    if Raising():
        return 'x'
show(in_if)
show(lambda: [x for x in [Raising()] if x])

# truthiness in while loops and conditional expressions calls __bool__ each time
class Countdown:
    def __init__(self, n):
        self.n = n
    def __bool__(self):
        self.n -= 1
        return self.n >= 0
c = Countdown(3)
count = 0
while c:
    count += 1
print(count)

# builtins
print(bool(0), bool(0.0), bool(0j), bool(''), bool(b''), bool([]), bool(()), bool({}), bool(set()), bool(range(0)), bool(None))
print(bool(-1), bool(float('nan')), bool(' '), bool([0]), bool(range(1)), bool(...), bool(NotImplemented) if False else 'skip')

# a subclass of a builtin with __len__
class MyList(list):
    def __len__(self):
        return 0
print(bool(MyList([1, 2])), len(MyList([1])))
class MyInt(int):
    def __bool__(self):
        return True
print(bool(MyInt(0)), MyInt(0) == 0)
