# dir() of every kind of object: modules, classes with metaclasses, instances
# with __dict__ and __slots__, and __dir__ returning tuples, generators,
# dicts, sets, non-iterables and non-str items; sorting and its errors.
import sys
import math

def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, type(e).__name__, e)

def public(names):
    return [n for n in names if not n.startswith("__")]

class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    __private = 3
c = Child()
c.inst = 4
print("instance", public(dir(c)))
print("class", public(dir(Child)))
print("has dunders", "__init__" in dir(c), "__class__" in dir(c), "__dict__" in dir(c), "__mro__" in dir(Child))
print("sorted", dir(c) == sorted(dir(c)), dir(Child) == sorted(dir(Child)))
class Meta(type):
    meta_attr = 1
    def meta_method(cls):
        pass
class WithMeta(metaclass=Meta):
    own = 1
print("metaclass attrs hidden", "meta_attr" in dir(WithMeta), "meta_method" in dir(WithMeta), public(dir(WithMeta)))
print("metaclass dir", "meta_attr" in dir(Meta), "mro" in dir(Meta))
class Slots:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
print("slots", public(dir(Slots())), "__dict__" in dir(Slots()))
print("module math", [n for n in dir(math) if n in ("pi", "sqrt", "__name__", "__doc__")])
print("module sorted", dir(sys) == sorted(dir(sys)))
print("builtin type", public(dir(int))[:6], public(dir(bool)) == public(dir(int)))
print("none", public(dir(None)), "function", [n for n in dir(show) if n in ("__code__", "__name__", "__wrapped__")])
c.__dict__[5] = "int key"
show("non-str key in __dict__", lambda: public(dir(c)))
del c.__dict__[5]
c.__dict__ = {"zz": 1}
print("replaced __dict__", public(dir(c)))

class D:
    def __init__(self, result):
        self.result = result
    def __dir__(self):
        return self.result
for result in [["b", "a"], ("b", "a"), {"b": 1, "a": 2}, {"only"}, "cba", iter(["y", "x"]), (x for x in "qp"), range(0)]:
    show("__dir__ %s" % type(result).__name__, lambda: dir(D(result)))
show("__dir__ int", lambda: dir(D(5)))
show("__dir__ None", lambda: dir(D(None)))
show("__dir__ mixed types", lambda: dir(D(["a", 1])))
show("__dir__ ints", lambda: dir(D([3, 1, 2])))
show("__dir__ duplicates", lambda: dir(D(["a", "a"])))
class Raises:
    def __dir__(self):
        raise LookupError("dir failed")
show("__dir__ raises", lambda: dir(Raises()))
class BadArity:
    def __dir__(self, extra):
        return []
show("__dir__ arity", lambda: dir(BadArity()))
class NotCallable:
    __dir__ = 5
show("__dir__ not callable", lambda: dir(NotCallable()))
class NoneDir:
    __dir__ = None
show("__dir__ None attr", lambda: dir(NoneDir()))
inst = D(["a"])
inst.__dir__ = lambda: ["instance"]
show("instance __dir__ ignored", lambda: dir(inst))
class MetaDir(type):
    def __dir__(cls):
        return ["from", "metaclass"]
class UsesMetaDir(metaclass=MetaDir):
    def __dir__(self):
        return ["from", "class"]
show("class uses metaclass __dir__", lambda: dir(UsesMetaDir))
show("instance uses class __dir__", lambda: dir(UsesMetaDir()))
show("object.__dir__", lambda: public(object.__dir__(c)))
show("type.__dir__", lambda: public(type.__dir__(Child)))
show("object.__dir__ on int", lambda: public(object.__dir__(1))[:3])
show("dir two args", lambda: dir(1, 2))
show("dir kw", lambda: dir(object=1))
m = type(sys)("fresh")
show("fresh module", lambda: dir(m))
m.__dict__.clear()
show("module without names", lambda: dir(m))
m.__dir__ = lambda: ["custom"]
show("module __dir__ in dict", lambda: dir(m))
class DictNotDict:
    pass
o = DictNotDict()
show("no-arg dir in function", lambda: (lambda a, b=1: dir())(0))
def local_dir():
    z = 1
    y = 2
    return dir()
print("function locals", local_dir())
class BodyDir:
    inner = 1
    seen = dir()
print("class body", BodyDir.seen)
