# unicodedata.name and lookup in both views: computed Hangul and CJK names,
# aliases and named sequences, case rules, byte-string names and the errors;
# the same names in \N{...} escapes and the namereplace error handler.
import binascii
import unicodedata

U = unicodedata
OLD = unicodedata.ucd_3_2_0


def show(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, ascii(str(e)))


# Every name of both views, per 0x4000 block, and the round trip through lookup.
for label, db in (("14.0", U), ("3.2", OLD)):
    bad = 0
    named = 0
    for start in range(0, 0x110000, 0x4000):
        names = []
        for cp in range(start, start + 0x4000):
            n = db.name(chr(cp), None)
            names.append(n or "-")
            if n is not None:
                named += 1
                if db.lookup(n) != chr(cp):
                    bad += 1
                elif not n.startswith(("HANGUL SYLLABLE", "CJK UNIFIED")) and db.lookup(n.lower()) != chr(cp):
                    bad += 1
        print(label, hex(start), binascii.crc32("\n".join(names).encode()))
    print(label, "named", named, "round trip failures", bad)

for c in ["\uac00", "\uac01", "\ud7a3", "\uae4d", "\ubc15", "\u3400", "\u4dbf", "\u4dc0", "\u9fff",
          "\U00020000", "\U0002a6df", "\U0002a6e0", "\U0002b738", "\U0003134a", "\U0003134b",
          "\U00017000", "\U00018800", "\U00018b00", "\U0001b170", "\uf900", "\x00", "\x1f", "\x7f",
          "\ud800", "\ue000", "\U000f0000", "\ufdd0", "\u0378", "\u08be", "\U0001f6dd", "\u4e00", "\u9fa5", "\u9fa6"]:
    show("name " + ascii(c), lambda: U.name(c))
    show("  3.2", lambda: OLD.name(c))
    show("  default", lambda: OLD.name(c, 0))

lookups = [
    "LATIN SMALL LETTER A", "latin small letter a", "Latin Small Letter A", "SPACE", "space ",
    "HANGUL SYLLABLE GA", "HANGUL SYLLABLE GGAG", "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE ", "HANGUL SYLLABLE A",
    "HANGUL SYLLABLE AE", "HANGUL SYLLABLE ga", "hangul syllable GA", "HANGUL SYLLABLE GAX", "HANGUL SYLLABLE GGGA",
    "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-4e00",
    "cjk unified ideograph-4E00", "CJK UNIFIED IDEOGRAPH-4E0", "CJK UNIFIED IDEOGRAPH-004E00",
    "CJK UNIFIED IDEOGRAPH-9FCC", "CJK UNIFIED IDEOGRAPH-3134A", "CJK UNIFIED IDEOGRAPH-3134B",
    "CJK UNIFIED IDEOGRAPH-F900", "CJK COMPATIBILITY IDEOGRAPH-F900", "TANGUT IDEOGRAPH-17000",
    "TANGUT COMPONENT-001", "KHITAN SMALL SCRIPT CHARACTER-18B00", "NUSHU CHARACTER-1B170",
    "LATIN CAPITAL LETTER GHA", "latin capital letter gha", "BYTE ORDER MARK", "NULL", "NUL", "LINE FEED", "LF",
    "ZWNJ", "VS1", "PRIVATE USE AREA", "KEYCAP NUMBER SIGN", "keycap digit zero",
    "LATIN SMALL LETTER R WITH TILDE", "TAMIL SYLLABLE KSSA", "BENGALI LETTER KHINYA",
    "SNAKE", "PILE OF POO", "FACE WITH OPEN EYES AND HAND OVER MOUTH", "MELTING FACE", "WHITE HEART",
    "ARABIC POUND MARK ABOVE", "LATIN CAPITAL LETTER A\x00", "\u00e9", "SPAC\u00c9", "", " ",
    "x" * 256, "x" * 257, "\u00e9" * 128, "\u00e9" * 129, "GREEK SMALL LETTER ALPHA WITH PSILI AND OXIA",
    "LATIN SMALL LETTER DOTLESS J WITH STROKE AND HOOK",
]
for name in lookups:
    show("lookup " + ascii(name), lambda: U.lookup(name))
    show("  3.2", lambda: OLD.lookup(name))

for arg in [b"SPACE", b"space", b"KEYCAP DIGIT ONE", b"\xff\xfe", b"SNAKE\x00X", bytearray(b"SPACE"),
            memoryview(b"SPACE"), 1, None, "\ud800", "A\udc00\udc01B", ["SPACE"]]:
    show("lookup " + (ascii(arg) if not isinstance(arg, memoryview) else "memoryview"), lambda: U.lookup(arg))
    show("  3.2", lambda: OLD.lookup(arg))

show("lookup()", lambda: U.lookup())
show("lookup(a, b)", lambda: U.lookup("a", "b"))
show("lookup(name=)", lambda: U.lookup(name="SPACE"))
show("UCD lookup()", lambda: OLD.lookup())
show("name()", lambda: U.name())
show("name(a, b, c)", lambda: U.name("a", 1, 2))
show("name(1)", lambda: U.name(1))
show("name('ab')", lambda: U.name("ab"))
show("name(chr=)", lambda: U.name(chr="a"))
show("UCD name()", lambda: OLD.name())
show("UCD name('ab')", lambda: OLD.name("ab"))
show("UCD name(chr=)", lambda: OLD.name(chr="a"))

print(ascii("\N{LATIN SMALL LETTER A}\N{latin small letter gha}\N{BYTE ORDER MARK}\N{HANGUL SYLLABLE GGAG}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-3134A}\N{TANGUT COMPONENT-001}\N{NUSHU CHARACTER-1B170}\N{MELTING FACE}"))
print(ascii(b"\\N{arabic letter alef}\\N{LF}".decode("unicode-escape")))
for src in [r'"\N{KEYCAP NUMBER SIGN}"', r'"\N{HANGUL SYLLABLE ga}"', r'"\N{CJK UNIFIED IDEOGRAPH-4e00}"',
            r'"\N{TANGUT IDEOGRAPH-17000}"', r'"\N{NO SUCH THING}"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print("SyntaxError", e)
text = "\u2c00\U0001f9ff\U00016a40\uac00\u4e00\U0002b81d\U000e0100\u0378\U00018b00"
print(text.encode("ascii", "namereplace"))
print(text.encode("latin-1", "namereplace"))
