import _codecs

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "a'\"\\\t\n\r\x00\x1f\x7f\x80\xff\u0100\u20ac\ud800\U0001f600 z"
t("unicode_escape_encode", lambda: _codecs.unicode_escape_encode(s))
t("unicode_escape_encode errors", lambda: _codecs.unicode_escape_encode(s, "strict"))
t("unicode_escape_encode bytes", lambda: _codecs.unicode_escape_encode(b"a"))
t("raw_unicode_escape_encode", lambda: _codecs.raw_unicode_escape_encode(s))
t("raw_unicode_escape_encode empty", lambda: _codecs.raw_unicode_escape_encode(""))
enc = _codecs.unicode_escape_encode(s)[0]
t("round trip", lambda: _codecs.unicode_escape_decode(enc)[0] == s)
enc = _codecs.raw_unicode_escape_encode(s)[0]
t("raw round trip", lambda: _codecs.raw_unicode_escape_decode(enc)[0] == s)

for data in [b"plain \xe9", rb"\x41\u20ac\U0001F600", rb"\n\t\r\\\'\"\a\b\f\v", rb"\101\7\0\1234",
             b"line\\\ncont", rb"\N{EURO SIGN}\N{latin small letter a}", rb"\N{DIGIT ONE}x"]:
    t("unicode_escape_decode %r" % data, lambda: _codecs.unicode_escape_decode(data))
    t("raw_unicode_escape_decode %r" % data, lambda: _codecs.raw_unicode_escape_decode(data))
for data in [rb"a\x4", rb"a\x4g", rb"a\u12", rb"a\u12x4", rb"a\U0011ffff", rb"a\U1234", rb"a\\",
             b"a\\", rb"a\N", rb"a\N{", rb"a\N{EURO", rb"a\N{}", rb"a\Nx", rb"a\N{NOT A NAME}b", rb"a\u00e9\x"]:
    t("unicode_escape_decode %r" % data, lambda: _codecs.unicode_escape_decode(data))
    t("  replace", lambda: _codecs.unicode_escape_decode(data, "replace"))
    t("  backslashreplace", lambda: _codecs.unicode_escape_decode(data, "backslashreplace"))
    t("  partial", lambda: _codecs.unicode_escape_decode(data, "strict", False))
    t("  raw", lambda: _codecs.raw_unicode_escape_decode(data))
    t("  raw replace", lambda: _codecs.raw_unicode_escape_decode(data, "replace"))
    t("  raw partial", lambda: _codecs.raw_unicode_escape_decode(data, None, False))
t("unicode_escape_decode str", lambda: _codecs.unicode_escape_decode("\\u20ac \xe9"))
t("unicode_escape_decode int", lambda: _codecs.unicode_escape_decode(1))
t("raw_unicode_escape_decode str", lambda: _codecs.raw_unicode_escape_decode("\\u20ac \xe9"))
t("raw odd backslashes", lambda: _codecs.raw_unicode_escape_decode(rb"\\u0041 \\\u0041"))
t("raw out of range", lambda: _codecs.raw_unicode_escape_decode(rb"\U00110000"))
t("raw U", lambda: _codecs.raw_unicode_escape_decode(rb"\U0001f600\U000000e9"))

seen = []
def h(exc):
    seen.append((exc.encoding, exc.start, exc.end, exc.reason))
    return ("<%s>" % exc.object[exc.start:exc.end].decode("latin-1"), exc.end)
_codecs.register_error("ember.esc", h)
t("unicode_escape handler", lambda: _codecs.unicode_escape_decode(rb"a\x4g\u12 \N{NOPE}\U99999999", "ember.esc"))
t("raw handler", lambda: _codecs.raw_unicode_escape_decode(rb"a\u12 \U99999999", "ember.esc"))
print(seen)

t("escape_encode", lambda: _codecs.escape_encode(b"a'\"\\\t\n\r\x00\x1f\x7f\x80\xff z"))
t("escape_encode errors", lambda: _codecs.escape_encode(b"", "strict"))
t("escape_encode str", lambda: _codecs.escape_encode("a"))
t("escape_encode bytearray", lambda: _codecs.escape_encode(bytearray(b"a")))
for data in [rb"a\x41\101\n\t\\\'\"\a\b\f\v\r", rb"\7\77\377\0", b"line\\\ncont", rb"a\x4", rb"a\x4g", rb"a\xg", b"a\\"]:
    t("escape_decode %r" % data, lambda: _codecs.escape_decode(data))
    t("  replace", lambda: _codecs.escape_decode(data, "replace"))
    t("  ignore", lambda: _codecs.escape_decode(data, "ignore"))
    t("  other", lambda: _codecs.escape_decode(data, "backslashreplace"))
t("escape_decode str", lambda: _codecs.escape_decode("\\x41\xe9"))
t("escape_decode bytearray", lambda: _codecs.escape_decode(bytearray(b"\\n")))
t("escape_decode int", lambda: _codecs.escape_decode(1))
t("escape_decode none errors", lambda: _codecs.escape_decode(b"\\x4", None))
# Invalid escapes (\q, octal above \377) are left out: CPython also emits a DeprecationWarning, Ember has no warnings yet.
t("escape_decode bad errors", lambda: _codecs.escape_decode(b"", 1))
