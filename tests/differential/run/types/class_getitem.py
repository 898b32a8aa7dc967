# __class_getitem__: implicit classmethod, precedence vs metaclass __getitem__, errors.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class Box:
    def __class_getitem__(cls, item):
        return ('Box of', cls.__name__, item)
print(Box[int] == ('Box of', 'Box', int))
print(Box['x', 1])
print(type(Box.__dict__['__class_getitem__']).__name__)

class SubBox(Box): pass
print(SubBox[str][1])

# instance subscription does not use __class_getitem__
show(lambda: Box()[0])

# metaclass __getitem__ wins over __class_getitem__
class Meta(type):
    def __getitem__(cls, item):
        return 'meta getitem ' + repr(item)
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return 'class getitem'
print(Both[1])

# a plain class: TypeError
class Plain: pass
show(lambda: Plain[int])
show(lambda: int[0] if False else object[int])

# builtins return GenericAlias
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
print(list[int].__origin__, list[int].__args__)

# __class_getitem__ set to None
class NoneGetitem:
    __class_getitem__ = None
show(lambda: NoneGetitem[1])

# explicit classmethod is fine too
class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return cls.__name__, item
print(Explicit[3])

# staticmethod: no cls
class Static:
    @staticmethod
    def __class_getitem__(item):
        return 'static', item
print(Static[4])

# errors inside propagate
class Raising:
    def __class_getitem__(cls, item):
        raise KeyError(item)
show(lambda: Raising['k'])

# added after class creation: still a plain function (not auto classmethod)
class Late: pass
Late.__class_getitem__ = lambda item: ('late', item)
print(Late[5])

# a generic-like pattern caching parametrised subclasses
class Gen:
    _cache = {}
    def __class_getitem__(cls, param):
        key = (cls, param)
        if key not in Gen._cache:
            Gen._cache[key] = type(cls.__name__ + '[' + param.__name__ + ']', (cls,), {'param': param})
        return Gen._cache[key]
GI = Gen[int]
print(GI.__name__, GI.param, Gen[int] is GI, Gen[str] is GI, issubclass(GI, Gen))

# multiple keys form a tuple
class Keys:
    def __class_getitem__(cls, item):
        return type(item).__name__, item
print(Keys[1, 2], Keys[()], Keys[1:2])
