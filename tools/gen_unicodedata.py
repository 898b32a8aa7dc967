"""Generates src/Ember.Syntax/Unicode/UnicodeData.bin, Ember's Unicode 14.0.0 database.

Every property is read from CPython 3.11's own unicodedata module (which is
Unicode 14.0.0, with the 3.2.0 view as unicodedata.ucd_3_2_0) for all 0x110000
code points. Name aliases and named sequences cannot be listed through
unicodedata, so their candidates come from NameAliases.txt and
NamedSequences.txt (Debian's unicode-data package, any version at least
14.0) and each is kept only when this interpreter's lookup() resolves it to
the same text, so entries newer than 14.0 drop out.

The generator also checks the model that the runtime's normalization
follows: it recomputes NFD/NFKD of every code point from the decomposition
data it writes and stops if CPython disagrees anywhere except the 3.2.0
normalization corrections, which it writes out.

The file is a zlib-compressed stream of unsigned LEB128 integers and
length-prefixed ASCII strings; UnicodeDatabase.cs reads it in the same order.

Usage (from the repository root):
    python3.11 tools/gen_unicodedata.py [--check] [UNICODE_DATA_DIR]
"""

import os
import sys
import unicodedata
import zlib

OUT = os.path.join("src", "Ember.Syntax", "Unicode", "UnicodeData.bin")
FORMAT_VERSION = 1
BLOCK_SHIFT = 7
SBASE, LBASE, VBASE, TBASE = 0xAC00, 0x1100, 0x1161, 0x11A7
LCOUNT, VCOUNT, TCOUNT = 19, 21, 28
SCOUNT = LCOUNT * VCOUNT * TCOUNT

# Quick-check bits: set when the quick check does not answer "yes" for the form.
QC_BITS = {"NFD": 1, "NFKD": 2, "NFC": 4, "NFKC": 8}


class Writer:
    def __init__(self):
        self.out = bytearray()

    def uint(self, value):
        assert value >= 0
        while True:
            byte = value & 0x7F
            value >>= 7
            if value:
                self.out.append(byte | 0x80)
            else:
                self.out.append(byte)
                return

    def text(self, s):
        data = s.encode("ascii")
        self.uint(len(data))
        self.out += data

    def texts(self, items):
        self.uint(len(items))
        for s in items:
            self.text(s)


class Interner:
    """Assigns small indexes to distinct values, in first-seen order after the given seeds."""

    def __init__(self, seeds=()):
        self.index = {}
        self.values = []
        for s in seeds:
            self.get(s)

    def get(self, value):
        if value not in self.index:
            self.index[value] = len(self.values)
            self.values.append(value)
        return self.index[value]


def parse_decomposition(text):
    """(is_compat, [code points]) of a decomposition() string."""
    if not text:
        return False, []
    parts = text.split()
    compat = parts[0].startswith("<")
    if compat:
        parts = parts[1:]
    return compat, [int(p, 16) for p in parts]


def model_decompose(cp, decomp_of, compat, corrections):
    """NFD/NFKD of one code point as the runtime computes it, before canonical ordering."""
    out = []
    stack = [cp]
    while stack:
        c = stack.pop()
        if SBASE <= c < SBASE + SCOUNT:
            s = c - SBASE
            out.append(LBASE + s // (VCOUNT * TCOUNT))
            out.append(VBASE + (s % (VCOUNT * TCOUNT)) // TCOUNT)
            if s % TCOUNT:
                out.append(TBASE + s % TCOUNT)
            continue
        if c in corrections:
            stack.append(corrections[c])
            continue
        is_compat, parts = decomp_of(c)
        if not parts or (is_compat and not compat):
            out.append(c)
            continue
        stack.extend(reversed(parts))
    return out


def canonical_order(cps):
    """Stable sort of each run of non-starters by combining class (14.0 classes, as CPython uses for both views)."""
    result = list(cps)
    i = 0
    while i < len(result):
        if unicodedata.combining(chr(result[i])) == 0:
            i += 1
            continue
        j = i
        while j < len(result) and unicodedata.combining(chr(result[j])) != 0:
            j += 1
        result[i:j] = sorted(result[i:j], key=lambda c: unicodedata.combining(chr(c)))
        i = j
    return result


def read_aliases(directory):
    aliases = []
    with open(os.path.join(directory, "NameAliases.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            cp_hex, alias, _kind = line.split(";")
            cp = int(cp_hex, 16)
            try:
                resolved = unicodedata.lookup(alias)
            except KeyError:
                continue
            if resolved == chr(cp):
                aliases.append((cp, alias))
    return aliases


def read_named_sequences(directory):
    sequences = []
    with open(os.path.join(directory, "NamedSequences.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            name, cps = line.split(";")
            seq = "".join(chr(int(p, 16)) for p in cps.split())
            try:
                resolved = unicodedata.lookup(name)
            except KeyError:
                continue
            if resolved == seq:
                sequences.append((name, seq))
    return sequences


def quick_check_bits(c):
    bits = 0
    for form, bit in QC_BITS.items():
        if unicodedata.normalize(form, c) is not c:
            bits |= bit
    return bits


def build(directory):
    ucd32 = unicodedata.ucd_3_2_0
    categories = Interner(["Cn"])
    bidis = Interner([""])
    widths = Interner(["N"])
    numerics = Interner()
    decomps = Interner([""])
    records = Interner()
    record_of = []
    names = []
    ideograph_ranges = []
    for cp in range(0x110000):
        c = chr(cp)
        quick = quick_check_bits(c)

        def props(db):
            return (
                categories.get(db.category(c)),
                bidis.get(db.bidirectional(c)),
                db.combining(c),
                widths.get(db.east_asian_width(c)),
                db.mirrored(c),
                db.decimal(c, -1) + 1,
                db.digit(c, -1) + 1,
                0 if db.numeric(c, None) is None else numerics.get(repr(db.numeric(c))) + 1,
                decomps.get(db.decomposition(c)),
            )

        record_of.append(records.get(props(unicodedata) + (quick,) + props(ucd32)))

        name = unicodedata.name(c, None)
        if name is None or SBASE <= cp < SBASE + SCOUNT:
            pass
        elif name == "CJK UNIFIED IDEOGRAPH-%X" % cp:
            if ideograph_ranges and ideograph_ranges[-1][1] == cp - 1:
                ideograph_ranges[-1][1] = cp
            else:
                ideograph_ranges.append([cp, cp])
        else:
            names.append((cp, name))
        # The 3.2.0 view names exactly the characters it has assigned.
        expected32 = name if ucd32.category(c) != "Cn" else None
        if ucd32.name(c, None) != expected32:
            sys.exit("3.2.0 name model broken at U+%04X" % cp)

    rec_values = records.values
    corrections = find_corrections(rec_values, record_of, decomps.values)
    pairs = composition_pairs(rec_values, record_of, decomps.values)

    blocks = Interner()
    stage1 = []
    for start in range(0, 0x110000, 1 << BLOCK_SHIFT):
        stage1.append(blocks.get(tuple(record_of[start:start + (1 << BLOCK_SHIFT)])))

    w = Writer()
    w.uint(FORMAT_VERSION)
    w.uint(BLOCK_SHIFT)
    w.texts(categories.values)
    w.texts(bidis.values)
    w.texts(widths.values)
    w.texts(numerics.values)
    w.texts(decomps.values)
    w.uint(len(rec_values))
    for rec in rec_values:
        for field in rec:
            w.uint(int(field))
    w.uint(len(stage1))
    for b in stage1:
        w.uint(b)
    w.uint(len(blocks.values))
    for block in blocks.values:
        for r in block:
            w.uint(r)
    w.uint(len(ideograph_ranges))
    for first, last in ideograph_ranges:
        w.uint(first)
        w.uint(last)
    w.uint(len(names))
    previous = 0
    for cp, name in names:
        w.uint(cp - previous)
        w.text(name)
        previous = cp
    aliases = read_aliases(directory)
    w.uint(len(aliases))
    for cp, alias in aliases:
        w.uint(cp)
        w.text(alias)
    sequences = read_named_sequences(directory)
    w.uint(len(sequences))
    for name, seq in sequences:
        w.text(name)
        w.uint(len(seq))
        for ch in seq:
            w.uint(ord(ch))
    w.uint(len(pairs))
    for first, second, composite in pairs:
        w.uint(first)
        w.uint(second)
        w.uint(composite)
    w.uint(len(corrections))
    for cp, value in sorted(corrections.items()):
        w.uint(cp)
        w.uint(value)
    stats = "%d records, %d blocks, %d names, %d aliases, %d named sequences, %d pairs, %d corrections" % (
        len(rec_values), len(blocks.values), len(names), len(aliases), len(sequences), len(pairs), len(corrections))
    return zlib.compress(bytes(w.out), 9), stats


# Field positions in a record tuple: 14.0 properties, the quick-check bits, then the 3.2.0 properties.
F_DECOMP = 8
F_DECOMP32 = 10 + 8


def find_corrections(rec_values, record_of, decomp_values):
    """Check the decomposition model for both views; return the 3.2.0 corrections it needs."""
    def decomp_lookup(field):
        return lambda c: parse_decomposition(decomp_values[rec_values[record_of[c]][field]])

    corrections = {}
    for view, field in ((unicodedata, F_DECOMP), (unicodedata.ucd_3_2_0, F_DECOMP32)):
        lookup = decomp_lookup(field)
        for cp in range(0x110000):
            if not lookup(cp)[1] and not SBASE <= cp < SBASE + SCOUNT:
                continue
            c = chr(cp)
            for form, compat in (("NFD", False), ("NFKD", True)):
                got = [ord(x) for x in view.normalize(form, c)]
                want = canonical_order(model_decompose(cp, lookup, compat, corrections if view is not unicodedata else {}))
                if got == want:
                    continue
                # CPython replaces some code points by their pre-4.0 mapping in the 3.2.0 view.
                if view is unicodedata or len(got) != 1:
                    sys.exit("decomposition model broken at U+%04X (%s)" % (cp, form))
                corrections[cp] = got[0]
                if canonical_order(model_decompose(cp, lookup, compat, corrections)) != got:
                    sys.exit("correction model broken at U+%04X" % cp)
    return corrections


def composition_pairs(rec_values, record_of, decomp_values):
    """The primary composites: two-part canonical decompositions that NFC keeps."""
    pairs = []
    for cp in range(0x110000):
        compat, parts = parse_decomposition(decomp_values[rec_values[record_of[cp]][F_DECOMP]])
        if compat or len(parts) != 2:
            continue
        if unicodedata.normalize("NFC", chr(cp)) == chr(cp):
            if unicodedata.combining(chr(parts[0])) != 0:
                sys.exit("composite with a non-starter first part at U+%04X" % cp)
            pairs.append((parts[0], parts[1], cp))
    return pairs


def main():
    if sys.version_info[:2] != (3, 11) or unicodedata.unidata_version != "14.0.0":
        sys.exit("run this with CPython 3.11 (Unicode 14.0.0)")
    args = [a for a in sys.argv[1:] if a != "--check"]
    check = "--check" in sys.argv[1:]
    directory = args[0] if args else "/usr/share/unicode"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(root, OUT)
    data, stats = build(directory)
    if check:
        with open(path, "rb") as f:
            if f.read() != data:
                sys.exit("%s is stale: run python3.11 tools/gen_unicodedata.py" % OUT)
        print("%s is up to date" % OUT)
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    print("%s: %d bytes (%s)" % (OUT, len(data), stats))


if __name__ == "__main__":
    main()
