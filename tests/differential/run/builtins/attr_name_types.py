# getattr/setattr/delattr/hasattr with names that are not plain str: str
# subclasses (with their own __eq__/__hash__), non-str values, empty and
# odd strings; __getattr__/__getattribute__ seeing the name; object.__setattr__
# and type.__setattr__ called directly with bad arguments.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class S(str):
    pass
class Loud(str):
    def __hash__(self):
        return hash("other")
    def __eq__(self, other):
        return str.__eq__(self, "other") if isinstance(other, str) else NotImplemented
class C:
    x = 1
c = C()
for name in [5, None, b"x", 1.5, ("x",), ["x"]]:
    show("getattr %r" % (name,), lambda: getattr(c, name))
    show("getattr default %r" % (name,), lambda: getattr(c, name, "d"))
    show("hasattr %r" % (name,), lambda: hasattr(c, name))
    show("setattr %r" % (name,), lambda: setattr(c, name, 1))
    show("delattr %r" % (name,), lambda: delattr(c, name))
setattr(c, S("sub"), "via subclass")
print("subclass name", c.sub, type(list(vars(c))[0]).__name__, getattr(c, S("x")), hasattr(c, S("sub")))
delattr(c, S("sub"))
print("deleted", hasattr(c, "sub"))
setattr(c, "", "empty")
setattr(c, "with space", 1)
setattr(c, "1digit", 2)
setattr(c, "é", 3)
print("odd names", sorted(vars(c)), getattr(c, ""), getattr(c, "with space"), getattr(c, "é"))
show("getattr missing empty", lambda: getattr(C(), ""))
show("delattr missing empty", lambda: delattr(C(), ""))
show("surrogate name", lambda: setattr(c, "\ud800", 1))
print("surrogate stored", "\ud800" in vars(c))
setattr(c, Loud("odd"), 1)
print("Loud name stored", [(type(k).__name__, str.__str__(k)) for k in vars(c) if type(k) is not str], hasattr(c, "odd"), hasattr(c, "other"))

class Spy:
    def __getattr__(self, name):
        return ("getattr", type(name).__name__, name)
    def __setattr__(self, name, value):
        print("  setattr saw", type(name).__name__, repr(name), value)
    def __delattr__(self, name):
        print("  delattr saw", type(name).__name__, repr(name))
sp = Spy()
print(getattr(sp, S("a")))
setattr(sp, S("b"), 2)
delattr(sp, S("c"))
sp.d = 3
del sp.e
show("Spy non-str", lambda: getattr(sp, 1))
class GA:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError(name)
        return "ga:" + name
g = GA()
print(getattr(g, "anything"), hasattr(g, "x"), getattr(g, S("sub")))
show("getattribute KeyError", lambda: getattr(g, "boom", "default"))
show("hasattr KeyError", lambda: hasattr(g, "boom"))

show("object.__setattr__ int name", lambda: object.__setattr__(c, 1, 2))
show("object.__setattr__ few args", lambda: object.__setattr__(c, "a"))
show("object.__delattr__ int", lambda: object.__delattr__(c, 1))
show("object.__getattribute__ int", lambda: object.__getattribute__(c, 1))
show("object.__getattribute__ missing", lambda: object.__getattribute__(c, "zz"))
show("object.__setattr__ on builtin", lambda: object.__setattr__(1, "a", 2))
show("object.__setattr__ on type", lambda: object.__setattr__(C, "a", 2))
show("type.__setattr__ on int", lambda: type.__setattr__(int, "a", 1))
show("type.__setattr__ int name", lambda: type.__setattr__(C, 1, 1))
show("type.__setattr__ on non-type", lambda: type.__setattr__(c, "a", 1))
type.__setattr__(C, S("added"), "class attr")
print("type setattr subclass name", C.added, type([k for k in vars(C) if k == "added"][0]).__name__)
show("setattr builtin type", lambda: setattr(int, "x", 1))
show("delattr builtin type", lambda: delattr(str, "upper"))
show("setattr None", lambda: setattr(None, "x", 1))
show("delattr class missing", lambda: delattr(C, "nope"))
show("getattr type missing", lambda: getattr(C, "nope"))
show("getattr module-level function attr", lambda: getattr(show, "__name__"))
show("setattr function attr", lambda: (setattr(show, "tag", 1), show.tag)[1])
show("setattr function __name__ int", lambda: setattr(show, "__name__", 1))
show("delattr function __name__", lambda: delattr(show, "__name__"))
show("setattr kw", lambda: setattr(c, name="x", value=1))
show("getattr four", lambda: getattr(c, "x", 1, 2))
