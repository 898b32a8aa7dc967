# expandtabs' C-int tabsize, bytes/bytearray.fromhex parsing and its errors,
# and sequence repetition by a non-int.


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


for size in (0, -3, 3, 2**31 - 1 if False else 9, 2**31, 2**40, 2**70, -2**70, True):
    attempt("str tab %r" % (size,), lambda: "a\tbc\td".expandtabs(size))
    attempt("bytes tab %r" % (size,), lambda: b"a\tbc\td".expandtabs(size))
attempt("bytearray tab big", lambda: bytearray(b"a\tb").expandtabs(tabsize=2**63))
attempt("tab float", lambda: "a\tb".expandtabs(2.0))
attempt("tab str", lambda: "a\tb".expandtabs("2"))
attempt("tab kw", lambda: "a\tb".expandtabs(tabsize=4))
attempt("tab bad kw", lambda: "a\tb".expandtabs(size=4))
attempt("tab two", lambda: "a\tb".expandtabs(4, 5))
attempt("splitlines big", lambda: "a\nb".splitlines(2**70))
attempt("splitlines float", lambda: "a\nb".splitlines(1.0))


class Idx:
    def __index__(self):
        return 2**33


attempt("tab __index__ big", lambda: "a\tb".expandtabs(Idx()))

for text in ["", "00", "0a0B", " 01 02 ", "0", "000", "0g", "zz", "01 2", "1 23", "\t\n\x0b\x0c\r 01",
             "\u0100", "ab\xff", "ab\u3000cd", "a b", "abc d", "0 0", "00\x00"]:
    attempt("bytes.fromhex(%r)" % text, lambda: bytes.fromhex(text))
attempt("bytearray.fromhex", lambda: bytearray.fromhex("de ad be ef"))
attempt("bytearray.fromhex odd", lambda: bytearray.fromhex("1 2 3"))
attempt("fromhex bytes arg", lambda: bytes.fromhex(b"ab"))
attempt("fromhex int arg", lambda: bytearray.fromhex(12))
attempt("fromhex none", lambda: bytes.fromhex())
attempt("fromhex two", lambda: bytearray.fromhex("a", "b"))
attempt("fromhex kw", lambda: bytes.fromhex(string="ab"))
attempt("float.fromhex none", lambda: float.fromhex())


class B(bytes):
    pass


class BA(bytearray):
    pass


class F(float):
    pass


attempt("B.fromhex", lambda: B.fromhex("4142"))
attempt("B.fromhex type", lambda: type(B.fromhex("41")).__name__)
attempt("BA.fromhex type", lambda: type(BA.fromhex("41")).__name__)
attempt("B.fromhex none", lambda: B.fromhex())
attempt("BA.fromhex none", lambda: BA.fromhex())
attempt("F.fromhex none", lambda: F.fromhex())
attempt("B().fromhex", lambda: B().fromhex("ff"))

for seq in (bytearray(b"ab"), b"ab", [1], (1,), "ab"):
    for other in ("a", 2.0, None, [2]):
        def imul(seq=seq, other=other):
            s = seq
            s *= other
            return s
        attempt("%s *= %r" % (type(seq).__name__, other), imul)
attempt("bytearray * True", lambda: bytearray(b"ab") * True)
attempt("bytearray * -1", lambda: bytearray(b"ab") * -1)
attempt("bytearray * huge", lambda: bytearray(b"ab") * 2**70)
attempt("bytearray * index", lambda: bytearray(b"ab") * Idx())
