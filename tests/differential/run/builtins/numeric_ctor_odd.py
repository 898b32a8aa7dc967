# int(), float() and complex() called with odd argument types: the special
# methods they try in order (__int__, __index__, __float__,
# __complex__), their results' types, bases with non-str, bytes/bytearray/
# memoryview sources, keyword forms and the error messages.
def show(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

class IntOnly:
    def __int__(self):
        return 7
class IndexOnly:
    def __index__(self):
        return 8
class TruncOnly:
    def __trunc__(self):
        return 9
class TruncReturnsIndex:
    def __trunc__(self):
        return IndexOnly()
class TruncReturnsFloat:
    def __trunc__(self):
        return 1.5
class IntReturnsBool:
    def __int__(self):
        return True
class IntReturnsFloat:
    def __int__(self):
        return 2.0
class IntSub(int):
    pass
class IntReturnsSub:
    def __int__(self):
        return IntSub(3)
class FloatOnly:
    def __float__(self):
        return 2.5
class FloatReturnsInt:
    def __float__(self):
        return 2
class FloatSub(float):
    pass
class FloatReturnsSub:
    def __float__(self):
        return FloatSub(1.25)
class ComplexOnly:
    def __complex__(self):
        return 1 + 2j
class ComplexReturnsFloat:
    def __complex__(self):
        return 1.0
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
for obj in [IntOnly(), IndexOnly(),
            IntReturnsFloat(), FloatOnly(), Both(), 3.99, -3.99, True, IntSub(5), b"12", bytearray(b" 13 "),
            memoryview(b"14"), "1_000", " -0x1 ", "١٢", None, [1], 1e300, float("inf"), float("nan")]:
    show("int(%s)" % type(obj).__name__, lambda: int(obj))
for args in [("ff", 16), ("0b101", 0), ("z", 36), ("10", IndexOnly()), ("10", 2.0), ("10", 1), ("10", 37), ("10", -1),
             (10, 2), (b"ff", 16), ("010", 0), ("0", 0), ("00", 0), ("1" * 5000,), ("", 10), ("  ", 10)]:
    show("int%r" % (args,) if len(repr(args)) < 40 else "int(long)", lambda: int(*args) if len(args[0]) < 4000 else "skipped")
show("int base kw", lambda: int("11", base=3))
show("int x kw", lambda: int(x="11"))
show("int base only", lambda: int(base=10))
show("int three", lambda: int("1", 2, 3))
for obj in [FloatOnly(), FloatReturnsInt(), IndexOnly(), IntOnly(), Both(), " 1.5 ", "1_0.5",
            "inf", "-nan", "infinity", "1e500", b"2.5", bytearray(b"3"), memoryview(b"4.5"), "١٫٥", None, 10 ** 400, "0x10", True]:
    show("float(%s)" % type(obj).__name__, lambda: float(obj))
show("float kw", lambda: float(x="1"))
show("float two", lambda: float("1", "2"))
for args in [(ComplexOnly(),), (ComplexReturnsFloat(),), (FloatOnly(),), (IndexOnly(),), (IntOnly(),), ("1+2j",),
             (" (3-4j) ",), ("j",), ("1+",), (1, 2), (1j, 1j), ("1", 2), (1, "2"), (FloatOnly(), FloatOnly()),
             (None,), (b"1",), ("1e500j",), (IndexOnly(), IndexOnly())]:
    show("complex%s" % (tuple(type(a).__name__ for a in args),), lambda: complex(*args))
show("complex kw", lambda: complex(real=1, imag=2))
show("complex imag only", lambda: complex(imag=3))
show("complex bad kw", lambda: complex(rea=1))
show("bool of odd", lambda: (bool(IntOnly()), bool(FloatOnly()), bool(IndexOnly())))
