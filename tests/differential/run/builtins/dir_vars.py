# dir() and vars() with and without arguments, module objects.
import sys

def f():
    b = 1
    a = 2
    return dir(), sorted(vars())
print(f())

class K:
    cls_attr = 1
    def method(self):
        pass
k = K()
k.inst = 2
names = dir(k)
print([n for n in names if not n.startswith("__")], "__class__" in names, names == sorted(names))
print([n for n in dir(K) if not n.startswith("__")])

class WithDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(WithDir()))

M = type(sys)
m = M("mod")
print(repr(m), m.__dict__, m.__name__, m.__doc__)
m2 = M("m2", "the doc")
print(m2.__doc__)
try:
    m.foo
except AttributeError as e:
    print(e, e.name, e.obj is m)
def hook(name):
    return name * 2
m.__getattr__ = hook
print(m.foo)
del m.__getattr__
try:
    del m.bar
except AttributeError as e:
    print(e)
m.value = 3
print(dir(m))
m.__dir__ = lambda: ["z", "a"]
print(dir(m))
del m.__dict__["__name__"]
try:
    m.foo
except AttributeError as e:
    print(e)
print(repr(m))
for f in [lambda: M(), lambda: M(1)]:
    try:
        f()
    except TypeError as e:
        print(e)
m.__file__ = "/a/b.py"
print(repr(m))
m.__dict__["__name__"] = "q"
print(repr(m), repr(sys), repr(M("plain")))
print(vars(m) is m.__dict__)
m.__annotations__["x"] = int
print(m.__annotations__)

class Sub(M):
    pass
s = Sub("s")
print(type(s).__name__, s.__name__, isinstance(s, M))
