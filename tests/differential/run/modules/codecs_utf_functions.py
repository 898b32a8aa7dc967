import _codecs

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

text = "a\xe9\u20ac\U0001f600z"
for name in ["utf_8", "ascii", "latin_1", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"]:
    enc = getattr(_codecs, name + "_encode")
    dec = getattr(_codecs, name + "_decode")
    t(name + " encode ascii", lambda: enc("abc"))
    t(name + " encode text", lambda: enc(text))
    t(name + " encode replace", lambda: enc(text, "replace"))
    t(name + " encode None errors", lambda: enc("ab", None))
    t(name + " encode surrogate", lambda: enc("a\ud800b", "backslashreplace"))
    t(name + " encode empty", lambda: enc(""))
    t(name + " encode bytes", lambda: enc(b"a"))
    t(name + " encode bad errors", lambda: enc("a", 1))
    t(name + " encode no args", lambda: enc())
    t(name + " encode kw", lambda: enc("a", errors="strict"))
    t(name + " encode 3 args", lambda: enc("a", None, 1, 2))
    data = "a\xe9\u20ac\U0001f600z".encode(name.replace("_", "-").replace("latin-1", "latin-1"), "replace")
    t(name + " decode", lambda: dec(data, "replace"))
    t(name + " decode bytearray", lambda: dec(bytearray(b"ab" * 4)))
    t(name + " decode memoryview", lambda: dec(memoryview(b"abcd")))
    t(name + " decode str", lambda: dec("abcd"))
    t(name + " decode int", lambda: dec(5))
    t(name + " decode bad", lambda: dec(b"\xff\xfe\xfd\x80\x00\xd8\x00\xdc\xff\xff\x11\x00"))
    t(name + " decode bad replace", lambda: dec(b"\xff\xfe\xfd\x80\x00\xd8\x00\xdc\xff\xff\x11\x00", "replace"))
    t(name + " decode bad ignore", lambda: dec(b"\xff\xfe\xfd\x80\x00\xd8\x00\xdc\xff\xff\x11\x00", "ignore"))
    t(name + " decode bad surrogateescape", lambda: dec(b"\x80\x81", "surrogateescape"))
    t(name + " decode bad errors", lambda: dec(b"ab", 1))

# Partial decoding: stop before an incomplete sequence unless final.
for data in [b"a\xe2\x82", b"a\xe2", b"a\xf0\x9f\x98", b"a\xe2\x82\xac", b"a\xe2\x41", b"\xc3"]:
    t("utf_8 partial %r" % data, lambda: _codecs.utf_8_decode(data, "strict", False))
    t("utf_8 final %r" % data, lambda: _codecs.utf_8_decode(data, "strict", True))
    t("utf_8 final replace %r" % data, lambda: _codecs.utf_8_decode(data, "replace", True))
for data in [b"a\x00b", b"a\x00\x3d\xd8", b"a\x00\x3d\xd8\x00", b"a\x00\x3d\xd8\x00\xde", b"\x00\xdc"]:
    t("utf_16_le partial %r" % data, lambda: _codecs.utf_16_le_decode(data, None, False))
    t("utf_16_le final %r" % data, lambda: _codecs.utf_16_le_decode(data, None, True))
    t("utf_16_be partial %r" % data, lambda: _codecs.utf_16_be_decode(data, None, 0))
for data in [b"a\x00\x00", b"a\x00\x00\x00b", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00"]:
    t("utf_32_le partial %r" % data, lambda: _codecs.utf_32_le_decode(data, "strict", 0))
    t("utf_32_le final %r" % data, lambda: _codecs.utf_32_le_decode(data, "strict", 1))
t("final float", lambda: _codecs.utf_8_decode(b"a", None, 1.0))
t("final str", lambda: _codecs.utf_8_decode(b"a", None, "x"))
t("final big", lambda: _codecs.utf_8_decode(b"a", None, 2**40))
t("final true", lambda: _codecs.utf_8_decode(b"a\xe2", None, True))

# BOM handling and byte order
for bo in [0, -1, 1, -5, 7]:
    t("utf_16_encode bo %d" % bo, lambda: _codecs.utf_16_encode("ab", None, bo))
    t("utf_32_encode bo %d" % bo, lambda: _codecs.utf_32_encode("ab", None, bo))
t("utf_16_encode bo float", lambda: _codecs.utf_16_encode("ab", None, 1.5))
for data in [b"\xff\xfea\x00", b"\xfe\xff\x00a", b"a\x00", b"\xff\xfe", b"\xff", b"", b"\xff\xfea\x00b"]:
    for bo in [0, -1, 1]:
        t("utf_16_ex_decode %r %d" % (data, bo), lambda: _codecs.utf_16_ex_decode(data, "strict", bo))
        t("utf_16_ex_decode final %r %d" % (data, bo), lambda: _codecs.utf_16_ex_decode(data, "replace", bo, True))
    t("utf_16_decode %r" % data, lambda: _codecs.utf_16_decode(data, "replace", True))
for data in [b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00a", b"a\x00\x00\x00", b"\xff\xfe\x00", b"\xff\xfe\x00\x00"]:
    for bo in [0, -1, 1]:
        t("utf_32_ex_decode %r %d" % (data, bo), lambda: _codecs.utf_32_ex_decode(data, None, bo))
        t("utf_32_ex_decode final %r %d" % (data, bo), lambda: _codecs.utf_32_ex_decode(data, "replace", bo, 1))
    t("utf_32_decode %r" % data, lambda: _codecs.utf_32_decode(data, "replace", True))
t("ex_decode no args", lambda: _codecs.utf_16_ex_decode())
t("ex_decode 5 args", lambda: _codecs.utf_16_ex_decode(b"", None, 0, 0, 0))
t("ascii_decode 3 args", lambda: _codecs.ascii_decode(b"", None, 0))
t("latin_1_decode", lambda: _codecs.latin_1_decode(bytes(range(250, 256))))
t("ascii surrogatepass", lambda: _codecs.ascii_encode("\ud800", "surrogatepass"))
t("utf_8 surrogatepass", lambda: _codecs.utf_8_encode("a\ud800\udfff", "surrogatepass"))
t("utf_8 surrogatepass dec", lambda: _codecs.utf_8_decode(b"a\xed\xa0\x80\xed\xbf\xbf", "surrogatepass"))
t("utf_16 surrogatepass", lambda: _codecs.utf_16_le_encode("a\ud800", "surrogatepass"))
t("utf_16 surrogatepass dec", lambda: _codecs.utf_16_le_decode(b"a\x00\x00\xd8", "surrogatepass"))
t("utf_32 surrogatepass", lambda: _codecs.utf_32_be_encode("a\udc00", "surrogatepass"))
t("utf_32 surrogatepass dec", lambda: _codecs.utf_32_be_decode(b"\x00\x00\xdc\x00", "surrogatepass"))
t("readbuffer str", lambda: _codecs.readbuffer_encode("a\xe9"))
t("readbuffer bytes", lambda: _codecs.readbuffer_encode(b"ab", "strict"))
t("readbuffer bytearray", lambda: _codecs.readbuffer_encode(bytearray(b"xyz")))
t("readbuffer int", lambda: _codecs.readbuffer_encode(3))
t("readbuffer surrogate", lambda: _codecs.readbuffer_encode("\ud800"))
