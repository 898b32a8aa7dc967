# isinstance/issubclass: tuples (nested), unions, __instancecheck__/__subclasscheck__, __class__, and the errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("nested tuple", lambda: isinstance(1, (str, (bytes, (float, int)))))
show("empty tuple", lambda: isinstance(1, ()))
show("union", lambda: isinstance(1, int | str))
show("union None", lambda: isinstance(None, int | None))
show("union in tuple", lambda: isinstance("a", (bytes, int | str)))
show("issubclass union", lambda: issubclass(bool, str | int))
show("issubclass nested", lambda: issubclass(bool, ((str,), (int,))))
show("bad second", lambda: isinstance(1, 1))
show("bad second str", lambda: isinstance(1, "int"))
show("bad in tuple", lambda: isinstance(1, (str, 1)))
show("bad after match", lambda: isinstance(1, (int, 1)))
show("list second", lambda: isinstance(1, [int]))
show("generic alias", lambda: isinstance([], list[int]))
show("generic alias in union", lambda: isinstance([], list[int] | None))
show("issubclass bad first", lambda: issubclass(1, int))
show("issubclass bad first instance", lambda: issubclass([], list))
show("issubclass bad second", lambda: issubclass(int, 1))
show("issubclass bad in tuple", lambda: issubclass(int, (str, 1)))
show("issubclass alias", lambda: issubclass(list, list[int]))
show("no args", lambda: isinstance())
show("one arg", lambda: isinstance(1))
show("three args", lambda: isinstance(1, int, int))
show("issubclass one", lambda: issubclass(int))
show("kw", lambda: isinstance(obj=1, class_or_tuple=int))
show("issubclass kw", lambda: issubclass(int, class_or_tuple=int))

class Meta(type):
    def __instancecheck__(cls, obj):
        print("  instancecheck", cls.__name__, type(obj).__name__)
        return obj == 42
    def __subclasscheck__(cls, sub):
        print("  subclasscheck", cls.__name__, sub.__name__)
        return sub is int
class Magic(metaclass=Meta):
    pass
show("hook true", lambda: isinstance(42, Magic))
show("hook false", lambda: isinstance(41, Magic))
show("hook exact skips", lambda: isinstance(Magic(), Magic))
show("hook in tuple", lambda: isinstance(42, (str, Magic)))
show("sub hook", lambda: issubclass(int, Magic))
show("sub hook same", lambda: issubclass(Magic, Magic))
show("sub hook tuple", lambda: issubclass(float, (Magic, float)))

class Truthy(type):
    def __instancecheck__(cls, obj):
        return "yes"
class T(metaclass=Truthy):
    pass
show("hook non-bool", lambda: isinstance(1, T))
class Raises(type):
    def __instancecheck__(cls, obj):
        raise ValueError("no check")
    def __subclasscheck__(cls, sub):
        raise KeyError("no sub")
class RR(metaclass=Raises):
    pass
show("hook raises", lambda: isinstance(1, RR))
show("sub hook raises", lambda: issubclass(int, RR))

class Fake:
    @property
    def __class__(self):
        return int
show("fake __class__", lambda: isinstance(Fake(), int))
show("fake __class__ type", lambda: type(Fake()).__name__)
show("fake __class__ own", lambda: isinstance(Fake(), Fake))

class Bases:
    __bases__ = (int,)
class ClassLike:
    @property
    def __bases__(self):
        return ()
show("abstract issubclass", lambda: issubclass(Bases(), int))
show("abstract second", lambda: isinstance(1, ClassLike()))
class BadBases:
    __bases__ = 5
show("bad bases", lambda: issubclass(BadBases(), int))

show("type of type", lambda: isinstance(type, type))
show("object", lambda: [isinstance(x, object) for x in (1, None, int, object)])
show("bool int", lambda: (isinstance(True, int), issubclass(bool, (int,)), issubclass(int, bool)))
