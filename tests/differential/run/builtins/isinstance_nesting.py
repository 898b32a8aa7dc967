# isinstance()/issubclass() with deep and odd second arguments: nested tuples,
# unions inside tuples, Optional, __class__ overrides, __bases__-based
# "abstract" classes, __instancecheck__ on the class vs the metaclass,
# and the errors each path gives.
import sys

def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

deep = int
for _ in range(50):
    deep = (deep,)
show("deep tuple", lambda: isinstance(1, deep))
show("deep tuple miss", lambda: isinstance("a", deep))
show("deep issubclass", lambda: issubclass(bool, deep))
very = int
for _ in range(100000):
    very = (very,)
show("very deep", lambda: isinstance(1, very))
show("very deep issubclass", lambda: issubclass(int, very))
show("union in tuple", lambda: isinstance(1.0, (str, int | float)))
show("tuple of unions", lambda: isinstance(None, (int | str, type(None) | bytes)))
show("union with None", lambda: isinstance(None, int | None))
show("union of three", lambda: issubclass(bool, str | bytes | int))
show("union miss", lambda: issubclass(float, str | int))
show("union with generic", lambda: isinstance([], int | list[int]))
show("union generic issubclass", lambda: issubclass(list, int | list[int]))
show("union first match", lambda: isinstance(1, int | list[int]))
show("empty tuple", lambda: isinstance(1, ()))
show("tuple with bad later", lambda: isinstance(1, (int, 5)))
show("tuple with bad earlier", lambda: isinstance(1, (5, int)))
show("issubclass bad in tuple", lambda: issubclass(int, (str, "x")))
show("issubclass first arg tuple", lambda: issubclass((int,), int))
show("list instead of tuple", lambda: isinstance(1, [int]))
show("set instead of tuple", lambda: isinstance(1, {int}))

class Proxy:
    def __init__(self, target):
        self._t = target
    @property
    def __class__(self):
        return type(self._t)
p = Proxy(1)
show("__class__ override isinstance", lambda: (isinstance(p, int), isinstance(p, Proxy), type(p).__name__))
show("__class__ override tuple", lambda: isinstance(p, (str, int)))
class BadClass:
    @property
    def __class__(self):
        raise RuntimeError("no class")
show("__class__ raises, exact type", lambda: isinstance(BadClass(), BadClass))
show("__class__ raises, other type", lambda: isinstance(BadClass(), int))
class NonTypeClass:
    __class__ = 5
show("__class__ non-type", lambda: isinstance(NonTypeClass(), int))

class Abstract:
    def __init__(self, bases):
        self.__bases__ = bases
A = Abstract(())
B = Abstract((A,))
class HasClass:
    def __init__(self, cls):
        self.__class__ = cls
show("abstract issubclass", lambda: issubclass(B, A))
show("abstract not subclass", lambda: issubclass(A, B))
show("abstract real first arg", lambda: issubclass(int, A))
show("abstract bad first arg", lambda: issubclass(1, A))
show("abstract bad bases", lambda: issubclass(Abstract(5), A))
class InstanceOfAbstract:
    __class__ = B
show("abstract isinstance", lambda: isinstance(InstanceOfAbstract(), A))
show("abstract isinstance miss", lambda: isinstance(1, A))
show("abstract in tuple", lambda: issubclass(B, (int, A)))

class Meta(type):
    def __instancecheck__(cls, obj):
        print("  Meta.__instancecheck__", cls.__name__, type(obj).__name__)
        return 1
    def __subclasscheck__(cls, sub):
        print("  Meta.__subclasscheck__", cls.__name__, sub.__name__ if isinstance(sub, type) else sub)
        return []
class M(metaclass=Meta):
    pass
show("metaclass instancecheck truthy int", lambda: isinstance("x", M))
show("exact type skips hook", lambda: isinstance(M(), M))
show("metaclass subclasscheck falsy list", lambda: issubclass(int, M))
show("hook in tuple", lambda: isinstance(1, (str, M)))
class OnClass:
    def __instancecheck__(self, obj):
        return True
show("__instancecheck__ on class not used", lambda: isinstance(1, OnClass))
show("instance with __instancecheck__ as cls", lambda: isinstance(1, OnClass()))
class RaisesCheck(type):
    def __instancecheck__(cls, obj):
        raise ValueError("check failed")
    def __subclasscheck__(cls, sub):
        raise ValueError("subcheck failed")
class RC(metaclass=RaisesCheck):
    pass
show("instancecheck raises", lambda: isinstance(1, RC))
show("subclasscheck raises", lambda: issubclass(int, RC))
show("instancecheck raises, exact", lambda: isinstance(RC(), RC))
class BoolFails:
    def __bool__(self):
        raise ZeroDivisionError("bool failed")
class RetBad(type):
    def __instancecheck__(cls, obj):
        return BoolFails()
class RB(metaclass=RetBad):
    pass
show("instancecheck result bool fails", lambda: isinstance(1, RB))
class Recursive(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, cls)
class Rec(metaclass=Recursive):
    pass
show("recursive instancecheck", lambda: isinstance(1, Rec))
print("type checks", isinstance(int, type), isinstance(type, type), issubclass(type, object), isinstance(Meta, type), issubclass(Meta, type))
print("object", isinstance(object, object), issubclass(object, object), isinstance(None, object), issubclass(type(None), object))
