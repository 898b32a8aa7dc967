# Descriptors defined on a metaclass: class attribute lookup checks the
# metaclass's data descriptors first, then the class's MRO, then the
# metaclass's non-data descriptors; instances never see metaclass attributes.


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class DataD:
    def __get__(self, obj, owner):
        return "data from meta for %s" % (obj.__name__ if obj is not None else None)

    def __set__(self, obj, value):
        print("meta data set", obj.__name__, value)


class NonData:
    def __get__(self, obj, owner):
        return "nondata from meta for %s" % (obj.__name__ if obj is not None else None)


class Meta(type):
    d = DataD()
    n = NonData()
    plain = "meta plain"

    @property
    def prop(cls):
        return "meta property of " + cls.__name__

    @prop.setter
    def prop(cls, value):
        print("meta property set", value)

    def method(cls):
        return "meta method on " + cls.__name__

    @classmethod
    def cm(mcls):
        return "meta classmethod " + mcls.__name__


class C(metaclass=Meta):
    d = "class d"
    n = "class n"
    prop = "class prop"


print(C.d)
print(C.n)
print(C.plain)
print(C.prop)
print(C.method())
print(C.cm())
C.d = 5
C.prop = 6
print(vars(C)["d"], vars(C)["prop"])
C.n = "replaced n"
print(C.n, vars(C)["n"])
c = C()
print(c.d, c.n, c.prop)
attempt("instance sees meta plain", lambda: c.plain)
attempt("instance sees meta method", lambda: c.method)
print(type(C).__dict__["prop"].__get__(C))
print(Meta.d, Meta.n)


class Sub(C):
    pass


print(Sub.d, Sub.prop, Sub.n)


class RO(type):
    @property
    def frozen(cls):
        return 1


class D(metaclass=RO):
    pass


attempt("set meta ro property", lambda: setattr(D, "frozen", 2))
attempt("del meta ro property", lambda: delattr(D, "frozen"))
print(D.frozen)


class GA(type):
    def __getattr__(cls, name):
        return "meta __getattr__ " + name


class E(metaclass=GA):
    real = 1


print(E.real, E.missing)
attempt("instance of E missing", lambda: E().missing)


class GAttr(type):
    def __getattribute__(cls, name):
        if name == "spy":
            return "intercepted"
        return super().__getattribute__(name)


class F(metaclass=GAttr):
    x = 1


print(F.spy, F.x, F.__name__)
attempt("F().spy", lambda: F().spy)


class SlotMeta(type):
    __slots__ = ()


attempt("slotted meta", lambda: SlotMeta("G", (), {}).__name__)
attempt("nonempty slots on type subclass", lambda: type("M", (type,), {"__slots__": ("a",)}))
print(type(Meta.__dict__["method"]).__name__, Meta.method(C))
print(Meta.__dict__["prop"].fset is not None, Meta.__dict__["prop"].fdel)
