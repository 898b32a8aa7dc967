# bytes() and bytearray() constructors: every source kind, encodings, __bytes__/__index__, and the errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for cls in (bytes, bytearray):
    n = cls.__name__
    show(n + " empty", lambda: cls())
    show(n + " int", lambda: cls(3))
    show(n + " zero", lambda: cls(0))
    show(n + " negative", lambda: cls(-1))
    show(n + " huge", lambda: cls(2 ** 70))
    show(n + " list", lambda: cls([1, 2, 255]))
    show(n + " list big", lambda: cls([256]))
    show(n + " list neg", lambda: cls([-1]))
    show(n + " list str", lambda: cls(["a"]))
    show(n + " tuple", lambda: cls((65, 66)))
    show(n + " range", lambda: cls(range(3)))
    show(n + " gen", lambda: cls(x for x in (97, 98)))
    show(n + " bytes", lambda: cls(b"ab"))
    show(n + " bytearray", lambda: cls(bytearray(b"cd")))
    show(n + " memoryview", lambda: cls(memoryview(b"ef")))
    show(n + " str no enc", lambda: cls("abc"))
    show(n + " str enc", lambda: cls("héllo", "utf-8"))
    show(n + " str latin", lambda: cls("héllo", "latin-1"))
    show(n + " str ascii fail", lambda: cls("héllo", "ascii"))
    show(n + " str ascii ignore", lambda: cls("héllo", "ascii", "ignore"))
    show(n + " str kw", lambda: cls("x", encoding="utf-8", errors="strict"))
    show(n + " bad encoding", lambda: cls("x", "no-such-codec"))
    show(n + " int with enc", lambda: cls(3, "utf-8"))
    show(n + " bytes with enc", lambda: cls(b"x", "utf-8"))
    show(n + " errors only", lambda: cls(b"x", errors="strict"))
    show(n + " str errors only", lambda: cls("x", errors="strict"))
    show(n + " None", lambda: cls(None))
    show(n + " float", lambda: cls(1.5))
    show(n + " object", lambda: cls(object()))
    show(n + " too many", lambda: cls("a", "utf-8", "strict", 1))
    show(n + " bad kw", lambda: cls(source=b"x"))
    show(n + " enc not str", lambda: cls("a", 1))

class B:
    def __bytes__(self):
        return b"from __bytes__"
class BI:
    def __bytes__(self):
        return b"bytes wins"
    def __index__(self):
        return 2
class I:
    def __index__(self):
        return 2
class BadBytes:
    def __bytes__(self):
        return "not bytes"
class BytesSub(bytes):
    pass
class RetSub:
    def __bytes__(self):
        return BytesSub(b"sub")
show("__bytes__", lambda: bytes(B()))
show("__bytes__ over __index__", lambda: bytes(BI()))
show("__index__", lambda: bytes(I()))
show("bad __bytes__", lambda: bytes(BadBytes()))
show("__bytes__ subclass result", lambda: type(bytes(RetSub())).__name__)
show("bytearray ignores __bytes__", lambda: bytearray(B()))
show("bytearray __index__", lambda: bytearray(I()))
show("bytes subclass", lambda: (type(BytesSub(b"x")).__name__, BytesSub(b"x")))
show("fromhex", lambda: bytes.fromhex("61 62 63"))
show("fromhex bad", lambda: bytes.fromhex("6"))
show("fromhex bytearray", lambda: bytearray.fromhex("ff00"))
show("bytearray init again", lambda: (lambda b: (b.__init__(b"zz"), b)[1])(bytearray(b"abc")))
show("bytes is immutable", lambda: bytes(b"ab").__setitem__)
ba = bytearray(b"abc")
ba[0] = 120
show("bytearray setitem", lambda: ba)
show("bytearray setitem big", lambda: ba.__setitem__(0, 256))
show("bytearray setitem str", lambda: ba.__setitem__(0, "a"))
show("iter of bytes", lambda: list(b"hi"))
show("bytes repr quotes", lambda: (bytes(b"'"), bytes(b"\"'"), bytes(b"\x00\x7f\x80")))
show("bytearray repr", lambda: bytearray(b"a'\""))
mv = memoryview(b"abcdef")
show("mv basics", lambda: (len(mv), mv[0], mv[1:3].tobytes(), mv.readonly, mv.format, mv.itemsize, mv.nbytes, mv.ndim))
show("mv shape", lambda: (mv.shape, mv.strides, mv.tolist()[:3]))
show("mv eq", lambda: (mv == b"abcdef", mv[::2].tobytes()))
show("mv setitem readonly", lambda: mv.__setitem__(0, 1))
mw = memoryview(bytearray(b"xyz"))
mw[0] = 65
show("mv write", lambda: (mw.readonly, mw.obj, bytes(mw)))
show("mv of str", lambda: memoryview("abc"))
show("mv of int", lambda: memoryview(1))
show("mv no args", lambda: memoryview())
show("mv index out", lambda: mv[10])
show("mv hex", lambda: mv.hex())
mv.release()
show("mv released", lambda: mv[0])
show("mv released len", lambda: len(mv))
