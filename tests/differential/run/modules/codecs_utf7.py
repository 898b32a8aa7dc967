import _codecs

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["", "abc", "a+b", "+", "+-", "hi mom -\u263a-!", "\u20ac", "\u20ac\u20ac", "a\u20acb", "a\u20ac-",
          "a\u20ac+", "\U0001f600", "~\\", "\x00\x01", " \t\r\n", "!\"#$%&*;<=>@[]^_`{|}", "\ud800", "\ud800x", "A\u0100B\u0101"]:
    r = _codecs.utf_7_encode(s)
    print(repr(s), r, _codecs.utf_7_decode(r[0]) == (s, len(r[0])))
for data in [b"a+-b", b"+AGEAYgBj-", b"+AGEAYgBj", b"+AGE-x", b"+AGE", b"+AG", b"+A", b"+", b"a+",
             b"+2D3eAA-", b"+2D3eAA", b"+2D0-", b"+2D0Aa", b"+2D3YPQ-", b"+\xff", b"+!", b"\xff", b"a\x80b",
             b"+AGEAYg-+AGM", b"+AGF-", b"+AGB", b"+ZZZ-", b"+ZZ", b"+IKw.", b"+IKwgrA", b"+IKwgrA-"]:
    t("decode %r" % data, lambda: _codecs.utf_7_decode(data))
    t("  final", lambda: _codecs.utf_7_decode(data, "strict", True))
    t("  replace final", lambda: _codecs.utf_7_decode(data, "replace", True))
    t("  ignore final", lambda: _codecs.utf_7_decode(data, "ignore", True))
t("decode str", lambda: _codecs.utf_7_decode("abc"))
t("encode bytes", lambda: _codecs.utf_7_encode(b"abc"))
t("encode errors", lambda: _codecs.utf_7_encode("a", "ignore"))
seen = []
def h(exc):
    seen.append((exc.encoding, exc.start, exc.end, exc.reason))
    return ("?", exc.end)
_codecs.register_error("ember.utf7", h)
t("handler", lambda: _codecs.utf_7_decode(b"a+\xffb+AGF-c+!\x80+AGE", "ember.utf7", True))
print(seen)
