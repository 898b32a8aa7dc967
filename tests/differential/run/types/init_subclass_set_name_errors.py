# Errors raised from __init_subclass__ and __set_name__, keyword routing to
# __init_subclass__, and what class creation does around them.


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)
        if e.__cause__ is not None:
            print("  cause", type(e.__cause__).__name__, e.__cause__)
        notes = getattr(e, "__notes__", None)
        if notes:
            print("  notes", notes)


class Base:
    seen = []

    def __init_subclass__(cls, /, flag=None, **kw):
        super().__init_subclass__(**kw)
        Base.seen.append((cls.__name__, flag))


class A(Base, flag=1):
    pass


class B(A):
    pass


print(Base.seen)
attempt("unknown kw", lambda: type("C", (Base,), {}, other=2))
attempt("kw to object", lambda: type("D", (), {}, x=1))


class Strict:
    def __init_subclass__(cls):
        raise RuntimeError("no subclasses of " + cls.__mro__[1].__name__)


attempt("raising init_subclass", lambda: type("E", (Strict,), {}))


class NotClassmethod:
    def __init_subclass__(cls, **kw):
        print("implicit classmethod", cls.__name__, kw)


class F(NotClassmethod, k=3):
    pass


print(type(vars(NotClassmethod)["__init_subclass__"]).__name__)


class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name


class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("bad " + name)


class WrongArgs:
    def __set_name__(self):
        pass


attempt("set_name ok", lambda: type("G", (), {"a": Named(), "b": Named()}).b.name)
attempt("set_name raises", lambda: type("H", (), {"x": Bad()}))
attempt("set_name wrong sig", lambda: type("I", (), {"y": WrongArgs()}))


class NotCallable:
    __set_name__ = 5


attempt("set_name not callable", lambda: type("J", (), {"z": NotCallable()}))


class Order:
    def __init_subclass__(cls):
        print("init_subclass sees", sorted(k for k in vars(cls) if not k.startswith("__")), getattr(cls, "tag", None))


class Tagger:
    def __set_name__(self, owner, name):
        owner.tag = "tagged-" + name


class K(Order):
    t = Tagger()


class OnlyOnInstance:
    pass


o = OnlyOnInstance()
o.__set_name__ = lambda *a: print("never called")
attempt("instance __set_name__ ignored", lambda: type("L", (), {"v": o}).__name__)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__ kw", kw)
        return super().__new__(mcls, name, bases, ns, **kw)


class M1(Base, metaclass=Meta, flag="m"):
    pass


print(Base.seen[-1])
attempt("meta passes bad kw", lambda: Meta("M2", (), {}, junk=1))


def init_subclass_in_class_body():
    class P:
        @classmethod
        def __init_subclass__(cls, **kw):
            raise TypeError("refused")

    class Q(P):
        pass


attempt("explicit classmethod raises", init_subclass_in_class_body)
