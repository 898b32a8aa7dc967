# isinstance/issubclass hooks: __instancecheck__, __subclasscheck__, __bases__ protocol.
class Meta(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', cls.__name__, type(obj).__name__)
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__, getattr(sub, '__name__', sub))
        return sub is int
class M(metaclass=Meta):
    pass
print(isinstance('magic', M), isinstance('other', M))
print(isinstance(M(), M))
print(issubclass(int, M), issubclass(str, M), issubclass(M, M))
print(isinstance('magic', (int, M)), issubclass(int, (str, M)))
# non-bool results are converted
class Truthy(type):
    def __instancecheck__(cls, obj):
        return [1]
    def __subclasscheck__(cls, sub):
        return 0
class T(metaclass=Truthy):
    pass
print(isinstance(1, T), issubclass(int, T))
class BadBool:
    def __bool__(self):
        raise ValueError('bad bool')
class Raising(type):
    def __instancecheck__(cls, obj):
        return BadBool()
    def __subclasscheck__(cls, sub):
        raise LookupError('sub failed')
class R(metaclass=Raising):
    pass
def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: isinstance(1, R))
err(lambda: issubclass(int, R))
err(lambda: isinstance(R(), R))
# hooks defined on the class (not metaclass) are not used for isinstance(x, cls)
class OnClass:
    def __instancecheck__(self, obj):
        return True
print(isinstance(1, OnClass), isinstance(1, OnClass()) if False else '')
err(lambda: isinstance(1, OnClass()))
# an instance with __instancecheck__ can be used as the second argument
class Checker:
    def __instancecheck__(self, obj):
        return isinstance(obj, str)
    def __subclasscheck__(self, sub):
        return sub is bool
print(isinstance('s', Checker()), isinstance(1, Checker()), issubclass(bool, Checker()), issubclass(int, Checker()))
# the abstract __bases__ protocol
class FakeClass:
    def __init__(self, bases):
        self.__bases__ = bases
fc_base = FakeClass(())
fc = FakeClass((fc_base,))
print(issubclass(fc, fc_base), issubclass(fc_base, fc), issubclass(fc, fc))
class FakeInst:
    __class__ = fc
print(isinstance(FakeInst(), fc), isinstance(FakeInst(), fc_base))
err(lambda: issubclass(1, int))
err(lambda: issubclass(int, 1))
err(lambda: issubclass(int, (int, 1)))
err(lambda: issubclass(fc, 1))
err(lambda: isinstance(1, 1))
err(lambda: isinstance(1, (str, (bytes, 5))))
print(isinstance(1, (str, (bytes, int))), issubclass(bool, ((int,),)), isinstance(1, ()))
class BadBases:
    __bases__ = 5
err(lambda: issubclass(BadBases(), int))
err(lambda: issubclass(int, BadBases()))
# __class__ lies
class Lie:
    @property
    def __class__(self):
        return int
print(isinstance(Lie(), int), isinstance(Lie(), Lie), type(Lie()).__name__)
class LieRaises:
    @property
    def __class__(self):
        raise AttributeError('no class')
print(isinstance(LieRaises(), LieRaises), isinstance(LieRaises(), int))
# exact type short-circuit: the hook is not called for type(obj) is cls
class Loud(type):
    def __instancecheck__(cls, obj):
        print('loud called')
        return False
class L(metaclass=Loud):
    pass
print(isinstance(L(), L))
print(isinstance(1, L))
# union types
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, int | None))
err(lambda: isinstance(1, int | list[int]))
# recursion
class Deep:
    pass
t = (int,)
for _ in range(100):
    t = (t,)
print(isinstance(1, t))
issubclass(int, R)
