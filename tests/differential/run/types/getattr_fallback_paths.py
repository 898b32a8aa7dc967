# When __getattr__ runs: after __getattribute__ or a descriptor raises
# AttributeError (not other errors), not for special-method lookup, and how
# getattr/hasattr defaults and the AttributeError fields behave.


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Fallback:
    def __getattr__(self, name):
        if name.startswith("no"):
            raise AttributeError("fallback refuses " + name)
        return "fallback:" + name

    @property
    def broken(self):
        raise AttributeError("inside property")

    @property
    def failing(self):
        raise KeyError("not an AttributeError")

    real = "real"


f = Fallback()
print(f.real, f.anything, f.broken)
attempt("other error in property", lambda: f.failing)
attempt("fallback refusal", lambda: f.nothing)
print(getattr(f, "nope", "default"), hasattr(f, "nope"), hasattr(f, "yes"))
attempt("len uses special lookup", lambda: len(f))
attempt("iter uses special lookup", lambda: iter(f))
print(f.__len__)


class Gate:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("gate says no")
        if name == "boom":
            raise RuntimeError("gate exploded")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "getattr got " + name


g = Gate()
print(g.secret)
attempt("non-AttributeError skips __getattr__", lambda: g.boom)
print(g.missing)
g.x = 1
print(g.x)


class SubclassErr(AttributeError):
    pass


class Sub:
    def __getattribute__(self, name):
        raise SubclassErr("subclass " + name)

    def __getattr__(self, name):
        return "rescued " + name


print(Sub().a)


class NoFallback:
    __slots__ = ("v",)


n = NoFallback()
try:
    n.v
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj is n)
try:
    n.other
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj is n)


class GetattrRaises:
    def __getattr__(self, name):
        raise AttributeError(name)


try:
    GetattrRaises().foo
except AttributeError as e:
    print("custom", e.args, e.name, type(e.obj).__name__)


class Recursive:
    def __getattr__(self, name):
        return self.__dict__["data"][name]

    def __init__(self):
        self.__dict__["data"] = {"a": 1}


r = Recursive()
print(r.a)
attempt("KeyError from __getattr__", lambda: r.b)
attempt("getattr default with KeyError", lambda: getattr(r, "b", "dflt"))


class OnClass:
    pass


OnClass.__getattr__ = lambda self, name: "late " + name
print(OnClass().added)
del OnClass.__getattr__
attempt("after delete", lambda: OnClass().added)


class Base:
    def __getattr__(self, name):
        return "base " + name


class Child(Base):
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(name)
        return super().__getattribute__(name)


c = Child()
print(c.hidden, c.other)
print(type(c).__getattr__(c, "direct"))
attempt("object.__getattribute__ skips __getattr__", lambda: object.__getattribute__(c, "zzz"))
attempt("getattr non-str name", lambda: getattr(c, 5))
attempt("__getattribute__ non-str", lambda: object.__getattribute__(c, 5))
