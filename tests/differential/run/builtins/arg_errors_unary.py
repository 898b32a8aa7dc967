# Argument-count, keyword and type errors of the one-argument builtins, with CPython's exact messages.
def show(label, f):
    try:
        r = f()
        print(label, "ok", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

class Nope:
    pass

for name in ["abs", "ascii", "bin", "callable", "chr", "hex", "oct", "ord", "repr", "len", "hash", "id", "iter", "next", "vars", "dir", "all", "any"]:
    f = getattr(__builtins__, name)
    show(name + "()", lambda: f())
    show(name + "(1, 2, 3)", lambda: f(1, 2, 3))
    show(name + "(x=1)", lambda: f(x=1))
    show(name + "(Nope())", lambda: type(f(Nope())).__name__)

show("abs kw", lambda: abs(x=-1))
show("abs str", lambda: abs("-1"))
show("abs None", lambda: abs(None))
show("abs list", lambda: abs([1]))
show("bin str", lambda: bin("1"))
show("bin float", lambda: bin(1.0))
show("oct None", lambda: oct(None))
show("hex complex", lambda: hex(1j))
show("chr str", lambda: chr("a"))
show("chr float", lambda: chr(65.0))
show("chr big", lambda: chr(2 ** 70))
show("chr neg big", lambda: chr(-2 ** 70))
show("chr bool", lambda: chr(True))
show("ord int", lambda: ord(65))
show("ord list", lambda: ord(["a"]))
show("ord empty bytes", lambda: ord(b""))
show("ord empty bytearray", lambda: ord(bytearray()))
show("ord long bytearray", lambda: ord(bytearray(b"ab")))
show("ord long str", lambda: ord("abc"))
show("all int", lambda: all(3))
show("any None", lambda: any(None))
show("callable kw", lambda: callable(obj=len))
show("repr kw", lambda: repr(obj=1))
show("len kw", lambda: len(obj=[]))
show("len int", lambda: len(5))
show("len gen", lambda: len(x for x in []))
show("hash list", lambda: hash([]))
show("hash dict", lambda: hash({}))
show("hash set", lambda: hash(set()))
show("hash tuple of list", lambda: hash((1, [2])))
show("hash bytearray", lambda: hash(bytearray()))

class BadIndex:
    def __index__(self):
        return "x"
class Idx:
    def __index__(self):
        return 66
show("bin bad index", lambda: bin(BadIndex()))
show("chr index", lambda: chr(Idx()))
show("chr bad index", lambda: chr(BadIndex()))
show("hex bool", lambda: hex(False))

class BadRepr:
    def __repr__(self):
        return 5
show("repr non-str", lambda: repr(BadRepr()))
show("ascii non-str", lambda: ascii(BadRepr()))
class StrSub(str):
    pass
class SubRepr:
    def __repr__(self):
        return StrSub("sub")
print(type(repr(SubRepr())).__name__, repr(SubRepr()))
class BadHash:
    def __hash__(self):
        return "h"
show("hash non-int", lambda: hash(BadHash()))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print("hash big", hash(BigHash()) == hash(2 ** 100))
class NoneHash:
    __hash__ = None
show("hash None", lambda: hash(NoneHash()))
