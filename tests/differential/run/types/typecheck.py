# isinstance / issubclass: tuples, unions, metaclass hooks, the abstract protocol.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, C), isinstance(b, (C, (A,))), isinstance(b, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, B))
print(isinstance(b, object), issubclass(type, object), isinstance(type, type), isinstance(A, type))
show(lambda: isinstance(b, 1))
show(lambda: issubclass(1, A))
show(lambda: issubclass(A, 1))
show(lambda: isinstance(b, (A, 1)))

u = A | C
print(u, type(u), u.__args__)
print(isinstance(b, u), isinstance(C(), u), isinstance('s', u), issubclass(B, A | C))
print(A | None, None | A, A | A, (A | C) == (C | A), hash(A | C) == hash(C | A))
print(A | C | A, (A | C) | B)
show(lambda: A | 1)

class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is str

class Magic(metaclass=Meta):
    pass
print(isinstance('magic', Magic), isinstance('other', Magic), issubclass(str, Magic), issubclass(int, Magic))
print(isinstance(Magic(), Magic))

class Proxy:
    def __init__(self, target):
        self._target = target
    @property
    def __class__(self):
        return type(self._target)
print(isinstance(Proxy(b), B), isinstance(Proxy(b), Proxy), type(Proxy(b)) is Proxy)

class FakeClass:
    __bases__ = ()
class FakeSub:
    __bases__ = (FakeClass(),)
fake = FakeClass()
print(issubclass(FakeSub(), fake) if False else 'skip', issubclass(FakeClass(), FakeClass()))
