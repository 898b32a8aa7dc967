# unicodedata.normalize and is_normalized in both views: each code point of
# planes 0 and 1 (the others sampled) alone in each form (checksums per plane,
# with whether the quick check handed back the very object), generated
# sequences of marks, starters and jamo, spelled-out cases, and the errors.
import binascii
import unicodedata

U = unicodedata
OLD = unicodedata.ucd_3_2_0
FORMS = ("NFC", "NFD", "NFKC", "NFKD")


def show(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def code_points():
    for plane in range(17):
        step = 1 if plane in (0, 1) else 5 if plane in (2, 3, 14) else 61
        yield plane, range(plane << 16, (plane + 1) << 16, step)


for label, db in (("14.0", U), ("3.2", OLD)):
    for plane, cps in code_points():
        parts = []
        for cp in cps:
            c = chr(cp)
            for f in FORMS:
                n = db.normalize(f, c)
                parts.append(n)
                parts.append("1" if db.is_normalized(f, c) else "0")
                parts.append("1" if n is c else "0")
        print(label, "plane", plane, binascii.crc32("|".join(parts).encode("utf-8", "surrogatepass")))

# 7,500 sequences a view from a pool of the characters composition cares about, chosen by a fixed LCG.
pool = [0x41, 0x43, 0x45, 0x61, 0x6F, 0x55, 0x3B1, 0x3C9, 0x410, 0x627, 0x928, 0x915, 0x93C, 0x9C7, 0x9BE,
        0x9D7, 0xB47, 0xB3E, 0xB56, 0xBC6, 0xBBE, 0xCC6, 0xCD5, 0xCD6, 0x1025, 0x102E, 0x1B05, 0x1B35,
        0x300, 0x301, 0x302, 0x303, 0x308, 0x30A, 0x30C, 0x323, 0x327, 0x328, 0x331, 0x342, 0x343,
        0x344, 0x345, 0x5B0, 0x5B4, 0x5BC, 0x651, 0x654, 0x655, 0x65F, 0x1DCE, 0x20D2, 0x302A, 0x3099,
        0x309A, 0x304B, 0x30AB, 0x1100, 0x1112, 0x1113, 0x1161, 0x1175, 0x1176, 0x11A7, 0x11A8, 0x11C2,
        0x11C3, 0xAC00, 0xAC01, 0xD7A3, 0x00C5, 0x212B, 0x1E0A, 0x1E9B, 0xFB2C, 0xF951, 0x2F868,
        0xFB01, 0x2126, 0x1F80, 0x0F73, 0x0F75, 0x0F81, 0x0F71, 0x0F72, 0x0F74, 0x0F80, 0x1D15E,
        0x1D165, 0x1D16E, 0x110B9, 0x110BA, 0x11131, 0x11127, 0x116B6, 0x1E944, 0x0345, 0x0334]
state = 12345


def next_index(n):
    global state
    state = (state * 1103515245 + 12345) % (1 << 31)
    return (state >> 8) % n


for label, db in (("14.0", U), ("3.2", OLD)):
    for batch in range(5):
        parts = []
        for _ in range(1500):
            s = "".join(chr(pool[next_index(len(pool))]) for _ in range(1 + next_index(7)))
            for f in FORMS:
                n = db.normalize(f, s)
                parts.append(n)
                parts.append("1" if db.is_normalized(f, s) else "0")
                parts.append("1" if n is s else "0")
        print(label, "batch", batch, binascii.crc32("|".join(parts).encode("utf-8", "surrogatepass")))

cases = ["", "abc", "\u00e9", "e\u0301", "e\u0301\u0327", "e\u0327\u0301", "\u1e9b\u0323", "\u212b",
         "\u0344", "\u0f73", "\u1100\u1161\u11a8", "\u1100\u1161", "\uac00\u11a8", "\uac00\u11a7",
         "\u1100\u1176", "\ufb01", "\u2460", "\u00bd", "\u3300", "\ufdfa", "\U0001d15e\U0001d165",
         "\u0061\u0328\u0301\u0300\u0328", "\u0b47\u0b3e", "\u0b47\u0300\u0b3e", "\u1025\u102e",
         "\uf951", "\U0002f868", "\U0002f874", "\U0002f91f", "\U0002f95f", "\U0002f9bf", "\ud800\u0301",
         "a\u0301" * 30, "\u0301" * 25, "\u0315\u0300\u05ae\u0300b", "A\u030a\u0323", "\u0041\u0301\u0301"]
for s in cases:
    for f in FORMS:
        show("%s %s" % (f, ascii(s)), lambda: (U.normalize(f, s), U.is_normalized(f, s), OLD.normalize(f, s), OLD.is_normalized(f, s)))


class S(str):
    pass


s = S("abc")
t = S("\u00e9")
for f in FORMS:
    print(f, type(U.normalize(f, s)).__name__, U.normalize(f, s) is s, U.normalize(f, t) is t,
          type(OLD.normalize(f, s)).__name__, OLD.normalize(f, s) is s)
e = S("")
print(U.normalize("NFC", e) is e, OLD.normalize("NFC", e) is e, U.normalize("bad", e) is e)
x = "caf\u00e9 \u4e00"
print(U.normalize("NFC", x) is x, U.normalize("NFD", x) is x, U.normalize("NFKC", x) is x, OLD.normalize("NFC", x) is x)

for db, label in ((U, "module"), (OLD, "ucd")):
    for fn in (db.normalize, db.is_normalized):
        name = fn.__name__
        show("%s %s bad form" % (label, name), lambda: fn("nfc", "a"))
        show("%s %s bad form, empty" % (label, name), lambda: fn("XYZ", ""))
        show("%s %s form int" % (label, name), lambda: fn(1, "a"))
        show("%s %s both int" % (label, name), lambda: fn(1, 2))
        show("%s %s text bytes" % (label, name), lambda: fn("NFC", b"a"))
        show("%s %s one arg" % (label, name), lambda: fn("NFC"))
        show("%s %s three args" % (label, name), lambda: fn("NFC", "a", "b"))
        show("%s %s keywords" % (label, name), lambda: fn(form="NFC", unistr="a"))
        show("%s %s form subclass" % (label, name), lambda: fn(S("NFD"), "\u00e9"))
