import _codecs

def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

L = _codecs.lookup_error
names = ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace",
         "namereplace", "surrogateescape", "surrogatepass"]
ee = UnicodeEncodeError("ascii", "a\xe9\u20ac\U0001f600b", 1, 4, "r")
de = UnicodeDecodeError("ascii", b"a\xe9\xed\xa0\x80b", 1, 4, "r")
te = UnicodeTranslateError("a\xe9\u20acb", 1, 3, "r")
for n in names:
    h = L(n)
    print(n, h, h.__name__, h.__module__, h is L(n))
    for e in (ee, de, te, ValueError("x"), 1):
        t("  " + type(e).__name__, lambda: h(e))
t("no args", lambda: L("strict")())
t("two args", lambda: L("ignore")(ee, ee))

# surrogatepass and surrogateescape per encoding
for enc in ["utf-8", "utf8", "UTF-16", "utf-16-le", "utf_16be", "utf-32", "utf-32-be", "latin-1"]:
    e = UnicodeEncodeError(enc, "a\ud800\udc80", 1, 3, "r")
    t("surrogatepass enc " + enc, lambda: L("surrogatepass")(e))
for enc, data in [("utf-8", b"a\xed\xa0\x80"), ("utf-16-le", b"a\x00\xd8"), ("utf-16-be", b"a\xd8\x00"),
                  ("utf-32-le", b"a\x00\xd8\x00\x00"), ("utf-8", b"a\xe2\x82\xac"), ("utf-8", b"a\xed")]:
    e = UnicodeDecodeError(enc, data, 1, 2, "r")
    t("surrogatepass dec " + enc + " " + repr(data), lambda: L("surrogatepass")(e))
e = UnicodeEncodeError("ascii", "\udc80\udcff\udc7f", 0, 3, "r")
t("surrogateescape enc bad", lambda: L("surrogateescape")(e))
e = UnicodeEncodeError("ascii", "\udc80\udcff", 0, 2, "r")
t("surrogateescape enc", lambda: L("surrogateescape")(e))
e = UnicodeDecodeError("ascii", b"\x80\x81\x82\x83\x84\x85", 0, 6, "r")
t("surrogateescape dec max 4", lambda: L("surrogateescape")(e))
e = UnicodeDecodeError("ascii", b"\x80a", 0, 2, "r")
t("surrogateescape dec stops", lambda: L("surrogateescape")(e))
e = UnicodeEncodeError("ascii", "abc", 5, 9, "r")
t("clamped range", lambda: L("replace")(e))
e = UnicodeEncodeError("ascii", "abc", -3, 0, "r")
t("clamped low", lambda: L("backslashreplace")(e))

t("lookup_error unknown", lambda: L("ember-nope"))
t("lookup_error int", lambda: L(3))
t("register_error non-callable", lambda: _codecs.register_error("x", 3))
t("register_error bad name", lambda: _codecs.register_error(3, print))
t("register_error one arg", lambda: _codecs.register_error("x"))

seen = []
def dashes(exc):
    seen.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ("-" * (exc.end - exc.start), exc.end)
    return ("<%s>" % exc.object[exc.start:exc.end].hex(), exc.end)
print(_codecs.register_error("ember.dashes", dashes))
print(L("ember.dashes") is dashes)
for enc in ["ascii", "latin-1", "utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-16", "utf-32"]:
    t("encode " + enc, lambda: "a\xe9\u20ac\ud800b".encode(enc, "ember.dashes"))
print(seen)
seen.clear()
for enc, data in [("ascii", b"a\xe9\xffb"), ("utf-8", b"a\xff\xe2\x82b\xed\xa0\x80"),
                  ("utf-16-le", b"a\x00\x00\xdcb\x00\x01"), ("utf-32-be", b"\x00\x11\x00\x00\x00\x00\x00a\x00")]:
    t("decode " + enc, lambda: data.decode(enc, "ember.dashes"))
print(seen)

def skip_back(exc):
    return ("[%d]" % exc.start, -1)
_codecs.register_error("ember.negative", skip_back)
t("negative position enc", lambda: "ab\xe9cd".encode("ascii", "ember.negative"))
t("negative position dec", lambda: b"ab\xffcd".decode("utf-8", "ember.negative"))

def far(exc):
    return ("?", 100)
_codecs.register_error("ember.far", far)
t("out of bounds enc", lambda: "ab\xe9".encode("ascii", "ember.far"))
t("out of bounds dec", lambda: b"ab\xff".decode("utf-8", "ember.far"))
def very_negative(exc):
    return ("?", -100)
_codecs.register_error("ember.vneg", very_negative)
t("very negative", lambda: "ab\xe9".encode("latin-1" if False else "ascii", "ember.vneg"))

def at_end(exc):
    return ("!", len(exc.object))
_codecs.register_error("ember.end", at_end)
t("resume at end", lambda: "ab\xe9cd".encode("ascii", "ember.end"))
t("resume at end dec", lambda: b"ab\xffcd".decode("ascii", "ember.end"))

for ret in [None, "x", ("x",), ("x", "1"), (1, 1), ("x", 1, 2), [b"x", 1], ("x", 1.0)]:
    _codecs.register_error("ember.ret", lambda exc, ret=ret: ret)
    t("enc returns " + repr(ret), lambda: "a\xe9".encode("ascii", "ember.ret"))
    t("dec returns " + repr(ret), lambda: b"a\xe9".decode("ascii", "ember.ret"))

_codecs.register_error("ember.bytes", lambda exc: (b"<\xff>", exc.end))
t("bytes replacement ascii", lambda: "a\xe9b".encode("ascii", "ember.bytes"))
t("bytes replacement utf-8", lambda: "a\ud800b".encode("utf-8", "ember.bytes"))
t("bytes replacement utf-16 odd", lambda: "a\ud800b".encode("utf-16-le", "ember.bytes"))
_codecs.register_error("ember.bytes2", lambda exc: (b"<>", exc.end))
t("bytes replacement utf-16 even", lambda: "a\ud800b".encode("utf-16-le", "ember.bytes2"))
t("bytes replacement utf-32", lambda: "a\ud800b".encode("utf-32-le", "ember.bytes2"))
t("bytes in decoder", lambda: b"a\xff".decode("utf-8", "ember.bytes2"))
_codecs.register_error("ember.nonascii", lambda exc: ("\xe9", exc.end))
t("non-ascii replacement ascii", lambda: "a\u20acb".encode("ascii", "ember.nonascii"))
t("non-ascii replacement latin-1", lambda: "a\u20acb".encode("latin-1", "ember.nonascii"))
t("non-ascii replacement utf-8", lambda: "a\ud800b".encode("utf-8", "ember.nonascii"))

def raiser(exc):
    raise RuntimeError("handler failed at %d" % exc.start)
_codecs.register_error("ember.raise", raiser)
t("handler raises", lambda: "a\xe9".encode("ascii", "ember.raise"))
t("handler raises dec", lambda: b"a\xe9".decode("ascii", "ember.raise"))
t("unknown handler enc", lambda: "a\xe9".encode("ascii", "ember-unknown"))
t("unknown handler dec", lambda: b"a\xe9".decode("ascii", "ember-unknown"))
t("unknown handler not needed", lambda: "abc".encode("ascii", "ember-unknown"))

# A handler can be registered under a builtin's name for other codecs' use.
_codecs.register_error("ember.alias", L("replace"))
t("alias enc", lambda: "a\xe9\xe9b".encode("ascii", "ember.alias"))
t("alias dec", lambda: b"a\xe9\xe9b".decode("utf-8", "ember.alias"))
