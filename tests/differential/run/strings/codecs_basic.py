# str.encode / bytes.decode: codecs, names, error handlers and the Unicode errors' details.
samples = ["abc", "é€😀", "a\udc80b", "\ud800x", "\udcff\udc80", "\x80\xff"]
encodings = ["utf-8", "UTF8", "u8", "ascii", "us-ascii", "latin-1", "iso-8859-1", "L1", "utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf_32_le", "utf-32-be"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]
for s in samples:
    for enc in encodings:
        row = []
        for h in handlers:
            try:
                row.append(s.encode(enc, h).hex())
            except UnicodeEncodeError as e:
                row.append(f"E({e.encoding},{e.start},{e.end},{e.reason})")
            except Exception as e:
                row.append(f"{type(e).__name__}({e})")
        print(ascii(s), enc, " ".join(row))
data = [b"abc", b"\xc3\xa9\xe2\x82\xac", b"\xff", b"\xe2\x82", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80", b"\xc0\x80", b"a\x80b",
        b"\xff\xfea\x00", b"\x00\xd8", b"\x00\xdc\x00\x00", b"\x00\x00\x11\x00", b"\x00"]
for d in data:
    for enc in ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"]:
        row = []
        for h in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]:
            try:
                row.append(ascii(d.decode(enc, h)))
            except UnicodeDecodeError as e:
                row.append(f"E({e.encoding},{e.start},{e.end},{e.reason})")
        print(d.hex(), enc, " ".join(row))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
    print(e.args[0], e.args[1], e.args[2:], e.object, e.start, e.end, e.reason)
try:
    "a\u20acb\u20ac".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
    print(e.encoding, ascii(e.object), e.start, e.end, e.reason)
try:
    "\udc80".encode("utf-8")
except UnicodeEncodeError as e:
    print(e)
for op in [lambda: "é".encode("ascii", "bogus"), lambda: "é".encode("646", "bogus"), lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"),
           lambda: b"\xff".decode("U8", "xmlcharrefreplace"), lambda: "x".encode("nope"), lambda: b"x".decode("nope"), lambda: b"".decode("nope"),
           lambda: "x".encode(errors=1), lambda: b"x".decode(1)]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))
