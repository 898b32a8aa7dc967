# format(): default spec, __format__ lookup on the type, errors for bad specs and bad results.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("int", lambda: format(42))
show("int empty", lambda: format(42, ""))
show("int spec", lambda: format(42, "08b"))
show("float", lambda: format(1.5))
show("float spec", lambda: format(1.5, "e"))
show("str", lambda: format("x", "^5"))
show("None", lambda: format(None))
show("None spec", lambda: format(None, "10"))
show("list empty", lambda: format([1, 2]))
show("list spec", lambda: format([1, 2], "10"))
show("object spec", lambda: format(object(), "x"))
show("tuple spec", lambda: format((), "s"))
show("type spec", lambda: format(int, "s"))
show("bool", lambda: format(True))
show("bool d", lambda: format(True, "d"))
show("bool s", lambda: format(True, "s"))
show("bool ^6", lambda: format(True, "^6"))
show("complex", lambda: format(1 + 2j, "^20"))
show("spec int", lambda: format(1, 2))
show("spec None", lambda: format(1, None))
show("spec bytes", lambda: format(1, b"d"))
show("no args", lambda: format())
show("three args", lambda: format(1, "", 3))
show("kw", lambda: format(value=1))
show("kw spec", lambda: format(1, format_spec="x"))
show("bad int spec", lambda: format(1, "s"))
show("bad float spec", lambda: format(1.0, "d"))
show("bad str spec", lambda: format("a", "d"))
show("bad str sign", lambda: format("a", "+"))
show("bad str eq", lambda: format("a", "="))
show("bad precision int", lambda: format(1, ".2d"))
show("bad comma", lambda: format(1, ",b"))
show("bad double comma", lambda: format(1, ",,"))
show("unknown code", lambda: format(1, "q"))
show("unknown code upper", lambda: format(1.0, "Q"))
show("huge width", lambda: format(1, "99999999999999999999"))

class F:
    def __format__(self, spec):
        return "F[" + spec + "]"
show("custom", lambda: format(F()))
show("custom spec", lambda: format(F(), "abc"))
show("custom fstring", lambda: f"{F():xyz}")
class G:
    def __format__(self, spec):
        return 5
show("non-str result", lambda: format(G()))
show("non-str fstring", lambda: f"{G()}")
class H:
    def __format__(self):
        return "h"
show("wrong arity", lambda: format(H(), "x"))
class S(str):
    pass
class R:
    def __format__(self, spec):
        return S("sub")
show("str subclass result", lambda: type(format(R())).__name__)
class Str:
    def __str__(self):
        return "via str"
show("object default", lambda: format(Str()))
show("object empty fstring", lambda: f"{Str()}")
show("object spec", lambda: format(Str(), "10"))
f = F()
f.__format__ = lambda spec: "instance"
show("instance attr ignored", lambda: format(f, "q"))
class IntSub(int):
    pass
show("int subclass", lambda: format(IntSub(7), "03"))
class IntStr(int):
    def __str__(self):
        return "seven"
show("int subclass str empty", lambda: format(IntStr(7)))
show("int subclass str d", lambda: format(IntStr(7), "d"))
show("fstring conv", lambda: f"{IntStr(7)!s:>6}")
show("fstring repr conv", lambda: f"{'a'!r:>6}")
show("fstring ascii conv", lambda: f"{'é'!a}")
