import _codecs

def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
        c = e.__cause__
        if c is not None:
            print("  cause:", type(c).__name__, c)

calls = []

def my_encode(obj, errors="strict"):
    calls.append(("enc", obj, errors))
    return (obj.upper().encode("ascii") if isinstance(obj, str) else bytes(obj), len(obj))

def my_decode(obj, errors="strict"):
    calls.append(("dec", type(obj).__name__, bytes(obj), errors))
    return (bytes(obj).decode("ascii").lower(), len(obj))

class Info(tuple):
    def __new__(cls, enc, dec, text=True):
        self = tuple.__new__(cls, (enc, dec, None, None))
        self._is_text_encoding = text
        return self

def search(name):
    calls.append(("search", name))
    if name == "ember_test_codec":
        return (my_encode, my_decode, None, None)
    if name == "ember-info":
        return Info(my_encode, my_decode)
    if name == "ember_bytes_only":
        return Info(lambda o, e="strict": (b"x", 1), lambda o, e="strict": ("y", 1), text=False)
    if name == "ember_bad_tuple":
        return (1, 2, 3)
    if name == "ember_not_tuple":
        return [1, 2, 3, 4]
    if name == "ember_raises":
        raise KeyError("from search")
    if name == "ember_int_result":
        return (lambda o, e="strict": (42, 1), lambda o, e="strict": (43, 1), None, None)
    if name == "ember_no_pair":
        return (lambda o, e="strict": b"x", lambda o, e="strict": "y", None, None)
    if name == "ember_fails":
        def bad(o, e="strict"):
            raise ValueError("boom " + e)
        return (bad, bad, None, None)
    if name == "ember_fails_type":
        def badt(o, e="strict"):
            raise TypeError("bad type")
        return (badt, badt, None, None)
    if name == "ember_fails_unicode":
        def badu(o, e="strict"):
            raise UnicodeError("unicode trouble")
        return (badu, badu, None, None)
    if name == "ember_bytearray":
        return (lambda o, e="strict": (bytearray(b"ba"), 1), None, None, None)
    return None

t("register non-callable", lambda: _codecs.register(1))
t("register none", lambda: _codecs.register(None))
t("register no args", lambda: _codecs.register())
print(_codecs.register(search))
t("lookup", lambda: _codecs.lookup("ember_test_codec")[0] is my_encode)
t("lookup normalized", lambda: _codecs.lookup("EMBER TEST CODEC")[1] is my_decode)
t("lookup hyphen kept", lambda: type(_codecs.lookup("Ember-Info")).__name__)
print(calls)
calls.clear()
t("lookup cached", lambda: _codecs.lookup("ember_test_codec")[0] is my_encode)
print(calls)
t("lookup unknown", lambda: _codecs.lookup("ember no such"))
t("lookup unknown again", lambda: _codecs.lookup("ember no such"))
t("lookup bad tuple", lambda: _codecs.lookup("ember_bad_tuple"))
t("lookup not tuple", lambda: _codecs.lookup("ember_not_tuple"))
t("lookup raises", lambda: _codecs.lookup("ember_raises"))
t("lookup int", lambda: _codecs.lookup(5))
t("lookup none", lambda: _codecs.lookup(None))
t("lookup null", lambda: _codecs.lookup("a\0b"))
calls.clear()

t("encode", lambda: _codecs.encode("abc", "ember_test_codec"))
t("encode errors", lambda: _codecs.encode("abc", "ember_test_codec", "ignore"))
t("encode kw", lambda: _codecs.encode(obj="abc", encoding="ember_test_codec", errors="replace"))
t("decode", lambda: _codecs.decode(b"ABC", "ember_test_codec"))
t("decode bytearray", lambda: _codecs.decode(bytearray(b"XY"), "ember_test_codec", "strict"))
print(calls)
calls.clear()
t("encode no args", lambda: _codecs.encode())
t("encode bad encoding", lambda: _codecs.encode("a", 1))
t("encode bad errors", lambda: _codecs.encode("a", "ember_test_codec", 1))
t("decode bad encoding", lambda: _codecs.decode(b"a", None))
t("encode unknown kw", lambda: _codecs.encode("a", foo=1))
t("encode int result", lambda: _codecs.encode("a", "ember_int_result"))
t("decode int result", lambda: _codecs.decode(b"a", "ember_int_result"))
t("encode no pair", lambda: _codecs.encode("a", "ember_no_pair"))
t("decode no pair", lambda: _codecs.decode(b"a", "ember_no_pair"))
t("encode fails", lambda: _codecs.encode("a", "ember_fails"))
t("encode fails errors", lambda: _codecs.encode("a", "ember_fails", "ignore"))
t("decode fails type", lambda: _codecs.decode(b"a", "ember_fails_type"))
t("encode fails unicode", lambda: _codecs.encode("a", "ember_fails_unicode"))
t("encode unknown", lambda: _codecs.encode("a", "ember_missing"))

t("str.encode", lambda: "abc".encode("ember_test_codec"))
t("str.encode errors", lambda: "abc".encode("ember_test_codec", "replace"))
t("bytes.decode", lambda: b"ABC".decode("ember_test_codec"))
t("bytes.decode errors", lambda: b"ABC".decode(encoding="ember_test_codec", errors="ignore"))
t("str(b, enc)", lambda: str(b"QQ", "ember_test_codec"))
t("bytes(s, enc)", lambda: bytes("qq", "ember_test_codec"))
t("bytearray(s, enc)", lambda: bytearray("qq", "ember_test_codec"))
print(calls)
calls.clear()
t("str.encode info", lambda: "abc".encode("ember-info"))
t("str.encode not text", lambda: "abc".encode("ember_bytes_only"))
t("bytes.decode not text", lambda: b"abc".decode("ember_bytes_only"))
t("codecs.encode not text", lambda: _codecs.encode("abc", "ember_bytes_only"))
t("codecs.decode not text", lambda: _codecs.decode(b"abc", "ember_bytes_only"))
t("str.encode int", lambda: "a".encode("ember_int_result"))
t("bytes.decode int", lambda: b"a".decode("ember_int_result"))
t("str.encode fails", lambda: "a".encode("ember_fails"))
t("bytes.decode fails", lambda: b"a".decode("ember_fails", "strict"))
t("str.encode unknown", lambda: "a".encode("ember_missing"))
t("bytes.decode empty", lambda: b"".decode("ember_missing"))
t("bytes.decode unknown", lambda: b"a".decode("ember_missing"))

print(_codecs.unregister(search))
t("after unregister cached dropped", lambda: _codecs.lookup("ember_test_codec"))
print(_codecs.unregister(search))
t("unregister no args", lambda: _codecs.unregister())
t("unregister non-callable", lambda: _codecs.unregister(1))

# Two search functions: the first returning None passes on to the next.
order = []
def first(name):
    order.append("first " + name)
    return None
def second(name):
    order.append("second " + name)
    if name == "ember_second":
        return (my_encode, my_decode, "reader", "writer")
    return None
_codecs.register(first)
_codecs.register(second)
t("second", lambda: _codecs.lookup("ember_second")[2:])
print(order)
_codecs.unregister(first)
_codecs.unregister(second)
