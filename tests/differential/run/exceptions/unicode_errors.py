# UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError: fields and str.
def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for args in [("utf-8", "\xe9", 0, 1, "bad"), ("utf-8", "ab", 0, 2, "bad"), ("utf-8", "\U0001F600", 0, 1, "bad"),
             ("ascii", "\u20ac", 0, 1, "bad"), ("utf-8", "x", 5, 9, "bad"), ("a", "", 0, 1, "r")]:
    e = UnicodeEncodeError(*args)
    print(str(e), "|", e.encoding, repr(e.object), e.start, e.end, e.reason)

e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(e, "|", e.object, e.start, e.end)
e.start = 5
print(e)
print(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "x"))
print(UnicodeDecodeError("utf-8", bytearray(b"ab"), 0, 1, "x").object)
print(UnicodeTranslateError("\xe9", 0, 1, "r"), UnicodeTranslateError("ab", 0, 2, "r").encoding)
print(UnicodeTranslateError("ab", 0, 2, "r"))

show(lambda: UnicodeEncodeError(1, 2, 3, 4, 5))
show(lambda: UnicodeEncodeError("a", "b", 1, 2, 3))
show(lambda: UnicodeEncodeError("a", 1, 1, 2, "r"))
show(lambda: UnicodeEncodeError("a", "b", "c", 1, "r"))
show(lambda: UnicodeEncodeError("utf-8", "x"))
show(lambda: UnicodeEncodeError("a", "b", 1, 2, "r", x=1))
show(lambda: UnicodeDecodeError("a", "s", 0, 2, "x"))
show(lambda: UnicodeDecodeError("a", 1, 1, 2, "r"))
show(lambda: UnicodeTranslateError("a", 1, 2))
show(lambda: UnicodeTranslateError(1, 0, 2, "r"))
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as err:
    print(err, err.start, err.end, err.reason)
try:
    "\udcff".encode("utf-8")
except UnicodeEncodeError as err:
    print(err)
