# User exception classes: __init__ without super, __str__/__repr__ overrides, args reassignment, __reduce__.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
e = NoSuper(1, 2)
print("no super", e.args, str(e), repr(e), e.a)
class SuperPartial(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = SuperPartial(1, 2)
print("partial", e.args, str(e), repr(e))
class StrOverride(Exception):
    def __str__(self):
        return "custom str"
print("str override", str(StrOverride(1)), repr(StrOverride(1)), StrOverride(1).args)
class ReprOverride(ValueError):
    def __repr__(self):
        return "<custom repr>"
print("repr override", str(ReprOverride("x")), repr(ReprOverride("x")))
class BadStr(Exception):
    def __str__(self):
        return 5
show("bad str", lambda: str(BadStr()))
e = ValueError("a", "b")
e.args = ("only",)
print("args reassigned", str(e), repr(e))
e.args = []
print("args list", e.args, repr(str(e)))
e.args = iter("xy")
print("args iter", e.args)
show("args not iterable", lambda: setattr(e, "args", 5))
class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new")
        return self
    def __init__(self, *args):
        pass
print("new sets args", WithNew(1, 2).args)
class InitChangesArgs(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        self.args = ("changed",) + args
print("init changes args", str(InitChangesArgs(1)), InitChangesArgs(1).args)
class KeywordInit(Exception):
    def __init__(self, message, *, code=0):
        super().__init__(message)
        self.code = code
k = KeywordInit("m", code=7)
print("keyword init", k.args, k.code)
show("kw refused by base", lambda: Exception(code=1))
show("kw to subclass without init", lambda: type("S", (Exception,), {})(code=1))
print("reduce plain", ValueError("a", 1).__reduce__())
e = ValueError("x")
e.extra = 5
r = e.__reduce__()
print("reduce with dict", r[0].__name__, r[1], r[2])
print("reduce nosuper", NoSuper(1, 2).__reduce__()[1:])
e2 = ValueError()
e2.__setstate__({"a": 1, "b": 2})
print("setstate", e2.a, e2.b)
show("setstate not dict", lambda: ValueError().__setstate__(5))
show("setstate None", lambda: ValueError().__setstate__(None))
cls, args, state = KeywordInit("m", code=3).__reduce__()
show("rebuild from reduce", lambda: cls(*args))
class Dataish(Exception):
    def __init__(self, x):
        super().__init__(x)
        self.x = x
    def __eq__(self, other):
        return isinstance(other, Dataish) and other.x == self.x
    __hash__ = Exception.__hash__
print("eq", Dataish(1) == Dataish(1), Dataish(1) == Dataish(2), ValueError(1) == ValueError(1))
class Slots(Exception):
    __slots__ = ("s",)
sl = Slots("m")
sl.s = 1
sl.other = 2
print("slots", sl.s, sl.other, sl.__dict__)
class Multi(KeyError, AttributeError):
    pass
m = Multi("k")
print("multiple bases", str(m), isinstance(m, AttributeError), [c.__name__ for c in Multi.__mro__])
show("incompatible bases", lambda: type("Bad", (OSError, UnicodeError), {}))
show("incompatible bases 2", lambda: type("Bad2", (StopIteration, SystemExit), {}))
raise NoSuper("a", "b")
