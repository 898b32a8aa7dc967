# repr(), ascii(), str() and format() contracts: results that are not str,
# str subclasses returned, recursion in reprs of containers, escapes that
# ascii() adds, and chr()/ord() at their edges.
def show(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, ascii(r))
    except Exception as e:
        print(label, type(e).__name__, e)

class S(str):
    pass
class ReprSub:
    def __repr__(self):
        return S("sub-repr")
class ReprInt:
    def __repr__(self):
        return 5
class ReprNone:
    def __repr__(self):
        return None
class ReprRaises:
    def __repr__(self):
        raise KeyError("in repr")
class ReprUnicode:
    def __repr__(self):
        return "é\u20ac\U0001F600\x00\n"
class StrOnly:
    def __repr__(self):
        return "<StrOnly>"
    def __str__(self):
        return "str only"
class StrInt:
    __repr__ = StrOnly.__repr__
    def __str__(self):
        return 1
for obj in [ReprSub(), ReprInt(), ReprNone(), ReprRaises(), ReprUnicode(), StrOnly(), StrInt()]:
    name = type(obj).__name__
    show("repr " + name, lambda: repr(obj))
    show("ascii " + name, lambda: ascii(obj))
    show("str " + name, lambda: str(obj))
    show("format " + name, lambda: format(obj))
    show("fstring !r " + name, lambda: f"{obj!r}")
    show("in list " + name, lambda: repr([obj]))
show("repr no args", lambda: repr())
show("ascii two", lambda: ascii(1, 2))
show("repr kw", lambda: repr(obj=1))
show("ascii str", lambda: ascii("plain 'quote' \"dq\" \\ \t \x7f \x80 \xff \u0100 \ud800"))
show("ascii bytes", lambda: ascii(b"\x00\xff'"))
show("ascii dict", lambda: ascii({"ключ": ["значение", ("é",)]}))
show("ascii subclass", lambda: type(ascii(S("x"))).__name__)
show("repr str subclass", lambda: repr(S("x\n")))
l = [1]
l.append(l)
d = {"k": 1}
d["self"] = d
show("recursive list", lambda: repr(l))
show("recursive dict", lambda: repr(d))
show("recursive ascii", lambda: ascii([l, d]))
class SelfRepr:
    def __repr__(self):
        return "S(" + repr(self.items) + ")"
sr = SelfRepr()
sr.items = [1]
show("custom nested", lambda: repr(sr))
sr.items.append(sr)
show("custom recursive through list", lambda: repr(sr))
class Deep:
    def __repr__(self):
        return "D" + repr(self)
try:
    repr(Deep())
except RecursionError as e:
    print("custom recursive", type(e).__name__)
class F:
    def __format__(self, spec):
        return S("fmt:" + spec)
show("format subclass result", lambda: format(F(), "x"))
show("format type of result", lambda: type(format(F(), "x")).__name__)
show("fstring subclass result", lambda: type(f"{F():y}").__name__)
class FBytes:
    def __format__(self, spec):
        return b"bytes"
show("format bytes result", lambda: format(FBytes()))
show("fstring bytes result", lambda: f"{FBytes()}")
class FRaise:
    def __format__(self, spec):
        raise ValueError("bad spec " + spec)
show("format raises", lambda: format(FRaise(), "zz"))
show("fstring nested spec", lambda: f"{FRaise():{'a' + 'b'}}")
show("object.__format__ empty", lambda: object.__format__(StrOnly(), ""))
show("object.__format__ spec", lambda: object.__format__(StrOnly(), "^10"))
show("object.__format__ int spec", lambda: object.__format__(StrOnly(), 5))
show("str.__format__ on int", lambda: str.__format__(1, ""))
show("int.__format__ str spec", lambda: int.__format__(5, "^5"))
show("format spec subclass", lambda: format(5, S("03")))
for cp in [0, 9, 10, 31, 32, 127, 128, 160, 173, 0xD800, 0xDFFF, 0xFFFF, 0x10000, 0x10FFFF]:
    c = chr(cp)
    print("chr", cp, ascii(c), repr(c), c.isprintable(), ord(c) == cp)
show("chr too big", lambda: chr(0x110000))
show("chr negative", lambda: chr(-1))
show("chr huge", lambda: chr(2 ** 64))
show("chr bool", lambda: chr(True))
show("chr index", lambda: chr(type("I", (), {"__index__": lambda self: 65})()))
show("chr str", lambda: chr("a"))
show("ord surrogate", lambda: ord("\udc80"))
show("ord bytearray", lambda: ord(bytearray(b"\xff")))
show("ord memoryview", lambda: ord(memoryview(b"a")))
show("ord empty bytes", lambda: ord(b""))
show("ord str subclass", lambda: ord(S("z")))
show("ord two chars", lambda: ord("\U0001F600\U0001F600"))
show("ord int", lambda: ord(65))
