# bytes and bytearray: construction, indexing, slicing, methods, messages.
print(bytes(), bytes(3), bytes([65, 66]), bytes(b"ab"), bytes(bytearray(b"x")), bytes(memoryview(b"mv")), bytes("é", "utf-8"), bytes(range(3)))
print(bytearray(), bytearray(2), bytearray(b"ab"), bytearray("é", "latin-1"), bytearray([1, 2]))
for args in [("a",), (1, "utf-8"), (-1,), ([256],), (["a"],), (1.5,), (object(),)]:
    try:
        bytes(*args)
    except Exception as e:
        print(type(e).__name__, e)
b = b"hello world"
print(b[0], b[-1], b[1:5], b[::-1], b[::3], list(b[:3]), type(iter(b)).__name__, type(iter(bytearray())).__name__)
print(b.upper(), b.title(), b.capitalize(), b.swapcase(), b"\xe9".upper(), b.split(), b.split(b"o"), b.rsplit(b"o", 1))
print(b.find(b"o"), b.find(111), b.rfind(b"o"), b.count(b"l"), b.index(b"w"), b.startswith(b"he"), b.endswith((b"x", b"ld")))
print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 1), b.partition(b" "), b.rpartition(b"o"), b.strip(b"hd"), b"  x ".strip())
print(b.center(15, b"*"), b.ljust(13, b"-"), b.rjust(13), b"42".zfill(5), b"-42".zfill(5), b"a\tb".expandtabs(4))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True))
print(b.hex(), b"\x01\xff".hex(":"), b"\x01\x02\x03".hex("-", 2), bytes.fromhex("68 65 6c"), bytearray.fromhex("ff00"))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"Ab Cd".istitle(), b" \t".isspace(), b"abc".islower(), b"\x80".isascii())
print(b.translate(None, b"lo"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b.removeprefix(b"hello "), b.removesuffix(b"world"))
print(b"abc" + b"def", b"ab" * 3, b"ab" + bytearray(b"c"), bytearray(b"c") + b"ab", b"ab" == bytearray(b"ab"), b"a" < b"b", b"abc" < b"abd")
print(98 in b"abc", b"bc" in b"abc", bytearray(b"z") in b"abc", hash(b"abc") == hash(bytes(b"abc")))
print(repr(b"it's"), repr(b'say "x"'), repr(b"\x00\t\n\r\x7f\x80"), repr(bytearray(b"it's")), repr(bytearray(b"a\\b")))
key = "x"
for op in [lambda: b"a" + "b", lambda: b"a"[5], lambda: b"a"[key], lambda: "a" in b"abc", lambda: 256 in b"a",
           lambda: b"abc".find("b"), lambda: b"abc".split("b"), lambda: b"".join(["a"]), lambda: b"abc".center(5, "x"),
           lambda: bytes.fromhex("zz"), lambda: b"abc".hex("::"), lambda: b"abc".translate(b"x"), lambda: bytes.maketrans(b"a", b"bc"),
           lambda: b"abc".index(b"z"), lambda: b"abc".partition(b""), lambda: b"abc".startswith("a"), lambda: hash(bytearray())]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
a = bytearray(b"hello")
a.append(33)
a.extend(b"??")
a.extend([65, 66])
a.insert(0, 62)
print(a, a.pop(), a.pop(0), len(a))
a.remove(108)
a.reverse()
print(a)
a[0] = 90
a[1:3] = b"xyz"
del a[-1]
a[::2] = b"...."[: len(a[::2])]
print(a)
del a[::2]
print(a)
a += b"+="
a *= 2
print(a, a.copy(), a.upper(), type(a.upper()).__name__)
a.clear()
print(a, len(a))
for op in [lambda: a.append(256), lambda: a.append("a"), lambda: a.pop(), lambda: bytearray(b"a").pop(5), lambda: bytearray(b"a").remove(5),
           lambda: a.extend(1), lambda: bytearray(b"abc").__setitem__(0, 300), lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"x"),
           lambda: bytearray(b"abc").__setitem__(slice(0, 1), 5), lambda: bytearray(b"ab")[5]]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
print(b"%s|%5d|%-4s|%x|%c%c|%r|%a|%%" % (b"ab", 42, b"z", 255, 65, b"B", b"q", "é"), bytearray(b"%d") % 5, b"%(k)s" % {b"k": b"v"})
for op in [lambda: b"%s" % "a", lambda: b"%s %s" % (b"a",), lambda: b"%s" % (b"a", b"b"), lambda: b"%c" % 256, lambda: b"%f" % b"x", lambda: b"%i" % "x", lambda: b"%" % ()]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(b"abcdef")
print(m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m.hex(), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, len(m))
print(m == b"abcdef", m[1:3] == b"bc", m.obj, bytes(m[2:]))
w = bytearray(b"xyz")
with memoryview(w) as mw:
    mw[0] = 65
    mw[1:3] = b"BC"
    print(w, mw.readonly)
    try:
        w.append(1)
    except BufferError as e:
        print(type(e).__name__, e)
w.append(1)
print(w)
for op in [lambda: memoryview("a"), lambda: m[10], lambda: m.__setitem__(0, 1), lambda: mw.tobytes()]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
