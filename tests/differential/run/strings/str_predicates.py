# is* predicates on Unicode: decimal vs digit vs numeric, alpha, alnum, space, printable, identifier, ascii.
chars = ['a', 'Z', '5', '٣', '५', '²', '³', '½', '⅕', 'Ⅻ', '〇', '一', '①', '⑴', '𝟘', '١', '٫', ' ', '\t', '\n', '\x0b', '\x1c',
         '\x1f', '\x85', '\xa0', '\u2003', '\u200b', '\u3000', '\u2028', '_', '-', 'é', 'ß', 'Σ', 'ǅ', '😀', '\x00', '\x7f',
         '\xad', '\u0301', 'ª', 'º', 'ℌ', '\ufeff', '\U000e0001', '\ud800', 'ー', '々']
for c in chars:
    print(repr(c), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalpha(), c.isalnum(), c.isspace(), c.isprintable(),
          c.isidentifier(), c.isascii(), c.islower(), c.isupper())
for s in ['', 'abc', 'abc1', '123', '١٢٣', '12.5', '-1', ' ', 'a b', '_x', 'x_1', '1x', 'class', 'None', 'é', 'ℌello', 'a\u0301',
          '\u0301a', 'a-b', '😀', '٣x', 'Ⅻ2', 'ascii\x7f', 'ünï', '\t\n', 'ab\n']:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isprintable(),
          s.isidentifier(), s.isascii())
for b in [b'', b'abc', b'ABC', b'aB', b'123', b'a1', b' \t\n\x0b\x0c\r', b'\x1c', b'\xe9', b'Hello World', b'hello world', b'\x85']:
    print(repr(b), b.isalpha(), b.isalnum(), b.isdigit(), b.isspace(), b.islower(), b.isupper(), b.istitle(), b.isascii())
try:
    'a'.isdigit(1)
except Exception as e:
    print(type(e).__name__, e)
