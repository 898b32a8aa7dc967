# unicodedata's character properties in both views (14.0.0 and ucd_3_2_0):
# a checksum of every property of each code point per 0x4000 block (the
# sparse planes sampled), sample characters spelled out, and the argument
# errors of each function.
import binascii
import unicodedata

U = unicodedata
OLD = unicodedata.ucd_3_2_0


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def props(db, c):
    return "%s|%s|%d|%s|%d|%s|%s|%s|%s" % (
        db.category(c), db.bidirectional(c), db.combining(c), db.east_asian_width(c),
        db.mirrored(c), db.decimal(c, None), db.digit(c, None), db.numeric(c, None),
        db.decomposition(c))


print(U.unidata_version, OLD.unidata_version, type(OLD).__name__, type(OLD).__module__)
print(type(OLD) is U.UCD, sorted(n for n in dir(OLD) if not n.startswith("_")))
show("UCD()", lambda: U.UCD())

for label, db in (("14.0", U), ("3.2", OLD)):
    # Planes 0, 1 and 14 whole; the ideograph planes 2 and 3 and the unassigned or private ones sampled.
    for start in range(0, 0x110000, 0x4000):
        plane = start >> 16
        step = 1 if plane in (0, 1, 14) else 7 if plane in (2, 3) else 61
        text = "\n".join(props(db, chr(cp)) for cp in range(start, start + 0x4000, step))
        print(label, hex(start), binascii.crc32(text.encode("utf-8", "surrogatepass")))

samples = ["A", "z", "5", " ", "\t", "\x00", "\xa0", "\xbd", "\u00e9", "\u0301", "\u0345", "\u05d0",
           "\u0661", "\u0967", "\u2163", "\u2460", "\u3007", "\u4e00", "\u4e94", "\u9fff", "\uac00",
           "\ud7a3", "\ud800", "\ue000", "\uf951", "\ufb01", "\ufeff", "\uff21", "\uffff",
           "\U00010107", "\U0001d7ce", "\U0001f600", "\U0001fae0", "\U00020000", "\U0002a6d6",
           "\U00030000", "\U000e0001", "\U000f0000", "\U0010ffff", "\u20c0", "\u0870", "\u1f00",
           "(", ")", "[", "\u00ab", "\u2039", "\u00b2", "\u0f33", "\u2cfd", "\U00012432"]
for c in samples:
    for label, db in (("14.0", U), ("3.2", OLD)):
        print(label, ascii(c), props(db, c))
        for f in ("decimal", "digit", "numeric"):
            show("  " + f, lambda: getattr(db, f)(c))
        show("  numeric default", lambda: db.numeric(c, "none"))

print(type(U.numeric("5")).__name__, type(U.decimal("5")).__name__, type(U.mirrored("(")).__name__)
print(U.numeric("\u00bc"), U.numeric("\U00012432"), U.numeric("\u5146"), U.numeric("\u4e07"))

for label, db, owner in (("module", U, "unicodedata"), ("ucd", OLD, "UCD")):
    for f in ("category", "bidirectional", "combining", "mirrored", "east_asian_width", "decomposition"):
        fn = getattr(db, f)
        show(label + " " + f + "()", lambda: fn())
        show(label + " " + f + "(a, b)", lambda: fn("a", "b"))
        show(label + " " + f + "(1)", lambda: fn(1))
        show(label + " " + f + "('ab')", lambda: fn("ab"))
        show(label + " " + f + "('')", lambda: fn(""))
        show(label + " " + f + "(b'a')", lambda: fn(b"a"))
        show(label + " " + f + "(chr=)", lambda: fn(chr="a"))
    for f in ("decimal", "digit", "numeric"):
        fn = getattr(db, f)
        show(label + " " + f + "()", lambda: fn())
        show(label + " " + f + "(a, b, c)", lambda: fn("a", 1, 2))
        show(label + " " + f + "(1)", lambda: fn(1))
        show(label + " " + f + "('12')", lambda: fn("12"))
        show(label + " " + f + "('x')", lambda: fn("x"))
        show(label + " " + f + "('x', None)", lambda: fn("x", None))
        show(label + " " + f + "('x', default=)", lambda: fn("x", default=1))


class S(str):
    pass


show("subclass", lambda: (U.category(S("a")), U.name(S("a")), U.decimal(S("7"))))
show("subclass len 2", lambda: U.category(S("ab")))
show("astral", lambda: (U.category("\U0001F600"), U.east_asian_width("\U0001F600")))
