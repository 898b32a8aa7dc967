# getattr/setattr/hasattr/delattr with defaults and errors; callable
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class C:
    x = 1
    def m(self):
        return "m"
c = C()
print(getattr(c, "x"), getattr(c, "y", "dflt"), getattr(c, "m")(), hasattr(c, "x"), hasattr(c, "nope"))
setattr(c, "y", 5)
print(c.y, getattr(c, "y"))
delattr(c, "y")
print(hasattr(c, "y"))
attempt(lambda: getattr(c, "nope"))
attempt(lambda: getattr(c, 5))
attempt(lambda: getattr(c, 5, None))
attempt(lambda: getattr(c))
attempt(lambda: setattr(c, 1, 2))
attempt(lambda: delattr(c, "y"))
attempt(lambda: delattr(c, "x"))
attempt(lambda: setattr(1, "a", 2))
attempt(lambda: setattr(c))
attempt(lambda: hasattr(c, None))
attempt(lambda: delattr(object(), "a"))
class G:
    def __getattr__(self, name):
        if name == "boom":
            raise ValueError("not attribute error")
        raise AttributeError(name)
g = G()
print(hasattr(g, "a"), getattr(g, "a", 0))
attempt(lambda: hasattr(g, "boom"))
attempt(lambda: getattr(g, "boom", 0))
print(getattr(1, "real"), getattr("s", "upper")(), hasattr(None, "__class__"), getattr(C, "x"))
class S(str):
    pass
print(getattr(c, S("x")))
print(callable(len), callable(C), callable(c), callable(c.m), callable(1), callable(None), callable(lambda: 0))
class CallMe:
    def __call__(self):
        return 1
print(callable(CallMe()), callable(CallMe), callable(type), callable(print))
attempt(lambda: callable())
