# abc.ABCMeta over the _abc module: abstract methods, register, the caches,
# the subclass hook, pattern-matching flags and the error messages.
import abc
import _abc
import collections.abc as cabc
import gc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @property
    @abc.abstractmethod
    def name(self): ...

    def describe(self):
        return 'shape'


print(sorted(Shape.__abstractmethods__), type(Shape.__abstractmethods__).__name__)
try:
    Shape()
except TypeError as e:
    print('TypeError', e)


class Square(Shape):
    def area(self):
        return 4


print(sorted(Square.__abstractmethods__))
try:
    Square()
except TypeError as e:
    print('TypeError', e)


class Named(Square):
    name = 'sq'


print(sorted(Named.__abstractmethods__), Named().area(), Named().describe())


class Plain:
    pass


token = abc.get_cache_token()
print(Shape.register(Plain) is Plain, abc.get_cache_token() == token + 1)
print(issubclass(Plain, Shape), isinstance(Plain(), Shape), Shape.register(Plain) is Plain)
print(abc.get_cache_token() == token + 1)


class SubPlain(Plain):
    pass


print(issubclass(SubPlain, Shape), issubclass(int, Shape), isinstance(3, Shape))
registry, cache, negative, version = _abc._get_dump(Shape)
print(len(registry), len(cache), len(negative), version == abc.get_cache_token())
print(sorted(type(r).__name__ for r in registry), sorted(r().__name__ for r in cache))
print(sorted(r().__name__ for r in negative))
Shape._abc_caches_clear()
print([len(s) for s in _abc._get_dump(Shape)[:3]])
Shape._abc_registry_clear()
print([len(s) for s in _abc._get_dump(Shape)[:3]], issubclass(Plain, Shape))

try:
    Shape.register(3)
except TypeError as e:
    print('TypeError', e)
try:
    Square.register(Shape)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    issubclass(3, Shape)
except TypeError as e:
    print('TypeError', e)
print(Shape.register(Square) is Square)


class Hooked(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            if any('quack' in B.__dict__ for B in C.__mro__):
                return True
            if C.__name__ == 'Odd':
                return 'yes'
        return NotImplemented


class Duck:
    def quack(self):
        pass


class Robot(Duck):
    pass


class Odd:
    pass


print(issubclass(Duck, Hooked), issubclass(Robot, Hooked), isinstance(Robot(), Hooked), issubclass(int, Hooked))
try:
    issubclass(Odd, Hooked)
except AssertionError as e:
    print('AssertionError', e)


class Liar:
    @property
    def __class__(self):
        return Duck


print(isinstance(Liar(), Hooked), isinstance(Liar(), Duck))


class MySeq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError(i)


class MyMap:
    def __getitem__(self, k):
        return k

    def get(self, k, default=None):
        return 'got ' + k

    def keys(self):
        return ['k']

    def __len__(self):
        return 1


def kind(obj):
    match obj:
        case [a, b]:
            return ('seq', a, b)
        case {'k': v}:
            return ('map', v)
        case _:
            return 'other'


print(kind(MySeq()), kind(MyMap()))
cabc.Sequence.register(MySeq)


class MySeqChild(MySeq):
    pass


print(kind(MySeq()), kind(MySeqChild()), isinstance(MySeqChild(), cabc.Sequence))
cabc.Mapping.register(MyMap)
print(kind(MyMap()), isinstance(MyMap(), cabc.Mapping))

try:
    class Both(metaclass=abc.ABCMeta):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print('TypeError', e)


class Flagged(metaclass=abc.ABCMeta):
    __abc_tpflags__ = 1 << 5


print('__abc_tpflags__' in Flagged.__dict__)


class FlaggedChild(Flagged):
    def __len__(self):
        return 1

    def __getitem__(self, i):
        if i:
            raise IndexError
        return 'x'


match FlaggedChild():
    case [x]:
        print('flag inherited', x)
    case _:
        print('no flag')

print(type(Shape._abc_impl).__name__, type(Shape._abc_impl).__module__)
for bad in ((), (1, 2, 3)):
    try:
        _abc._abc_register(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    _abc._abc_init()
except TypeError as e:
    print('TypeError', e)


class Broken:
    _abc_impl = 5


try:
    _abc._abc_instancecheck(Broken, 1)
except TypeError as e:
    print('TypeError', e)
try:
    _abc._get_dump(Broken)
except TypeError as e:
    print('TypeError', e)


class WeirdSubclasses(abc.ABCMeta):
    def __subclasses__(cls):
        return (1, 2)


class W(metaclass=WeirdSubclasses):
    pass


try:
    issubclass(int, W)
except TypeError as e:
    print('TypeError', e)


def make():
    class Temp:
        pass
    Shape.register(Temp)
    return issubclass(Temp, Shape)


print(make(), make())
gc.collect()
print(len(_abc._get_dump(Shape)[0]) <= 3)

# Abstract names from bases are checked against the subclass's attributes.
class Base2(abc.ABC):
    @abc.abstractmethod
    def a(self): ...

    @abc.abstractmethod
    def b(self): ...


class Mid(Base2):
    b = abc.abstractmethod(lambda self: None)
    a = None


print(sorted(Mid.__abstractmethods__))


class Bad(metaclass=abc.ABCMeta):
    pass


Bad.__abstractmethods__ = frozenset({'x'})
try:
    Bad()
except TypeError as e:
    print('TypeError', e)
for call in (lambda: _abc.get_cache_token(1), lambda: _abc._get_dump(), lambda: _abc._reset_caches(1, 2)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
