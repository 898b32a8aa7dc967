# __slots__ edge cases: strings vs iterables, __dict__/__weakref__ in slots,
# conflicts with class attributes, empty slots on subclasses, mangling.


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class S1:
    __slots__ = "only"


print(S1.__slots__, type(vars(S1)["only"]).__name__)


class S2:
    __slots__ = iter(["a", "b"])


print(sorted(k for k in vars(S2) if not k.startswith("__")))


class S3:
    __slots__ = {"x": "doc of x", "y": None}


print(S3.x.__doc__, S3.y.__doc__)


class Mangled:
    __slots__ = ("__secret", "plain")

    def set(self):
        self.__secret = 1
        return self._Mangled__secret


print(Mangled().set(), "_Mangled__secret" in vars(Mangled))


def make(slots, base=object, ns=None):
    return lambda: type("T", (base,), dict(ns or {}, __slots__=slots))


attempt("int slot", make((1,)))
attempt("bad identifier", make(("a b",)))
attempt("empty name", make(("",)))
attempt("duplicate __dict__", make(("__dict__", "__dict__")))
attempt("duplicate __weakref__", make(("__weakref__", "__weakref__")))
attempt("conflict with class var", make(("a",), ns={"a": 1}))
attempt("slots not iterable", make(5))
attempt("bytes slot", make((b"a",)))


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, vars(w))


class WithWeak:
    __slots__ = ("__weakref__",)


print(hasattr(WithWeak(), "__dict__"), WithWeak.__weakrefoffset__ > 0)


class Base:
    __slots__ = ("a",)


class Child(Base):
    __slots__ = ()


c = Child()
attempt("child new attr", lambda: setattr(c, "z", 1))
c.a = 5
print(c.a)
attempt("del unset", lambda: delattr(Base(), "a"))
attempt("get unset", lambda: Base().a)


class Again(Base):
    __slots__ = ("a",)


print(Again.a is not Base.a, Again().__class__.__name__)
attempt("dict on int subclass slot", make(("__dict__",), base=int))
attempt("slot on int subclass", make(("x",), base=int))
attempt("slot on tuple subclass", make(("x",), base=tuple))
attempt("empty slot on tuple", lambda: type("T", (tuple,), {"__slots__": ()})((1, 2)))


class A:
    __slots__ = ("x",)


class B:
    __slots__ = ("y",)


attempt("layout conflict", lambda: type("AB", (A, B), {}))
attempt("class assign", lambda: setattr(A(), "__class__", B))


class A2:
    __slots__ = ("x",)


a = A()
a.__class__ = A2
print(type(a).__name__)
attempt("descriptor on other", lambda: A.x.__get__(B()))
attempt("descriptor set other", lambda: A.x.__set__(B(), 1))
print(repr(A.x), A.x.__name__, A.x.__objclass__.__name__)
attempt("__slots__ after class", lambda: setattr(A, "__slots__", ("q",)) or A.__slots__)
print("q" in vars(A), hasattr(A, "q"))
