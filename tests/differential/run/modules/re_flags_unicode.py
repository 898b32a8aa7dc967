# Flags and character classes: IGNORECASE with Unicode case folding,
# ASCII vs Unicode categories, LOCALE on bytes, MULTILINE/DOTALL/VERBOSE,
# anchors, astral characters and lone surrogates, and patterns that take
# exponential time in a naive engine but must finish.
import re


def show(f):
    try:
        r = f()
        print(repr(r.span() if isinstance(r, re.Match) else r))
    except Exception as e:
        print(type(e).__name__, e)


for pat, s in [('(?i)ß', 'ẞ'), ('(?i)ẞ', 'ß'), ('(?i)σ', 'Σς'), ('(?i)[σ]+', 'Σςσ'), ('(?i)ǆ', 'ǅ'),
               ('(?i)K', 'k\u212a'), ('(?i)[k]+', 'Kk\u212a'), ('(?i)i', 'İı'), ('(?i)[h-k]+', 'HIJK\u212a'),
               ('(?i)\u0130', 'i'), ('(?ia)k', '\u212a'), ('(?i)[^a]', 'A'), ('(?i)[a-z]', 'Ω'), ('(?i)ω', 'Ω'),
               ('(?i)ﬁ', 'FI'), ('(?i)Ꭰ', 'ꭰ'), ('(?i)𐐀', '𐐨'), ('(?i)[𐐀-𐐏]', '𐐨'), ('(?i)(a)\\1', 'aA'),
               ('(?i)(é)\\1', 'éÉ'), ('(?ia)(é)\\1', 'éÉ')]:
    print(ascii(pat), ascii(s), ascii(re.findall(pat, s)))

for pat in [r'\d', r'\w', r'\s', r'\D', r'\W', r'\S', r'\b\w+\b']:
    for flags in [0, re.A]:
        print(pat, flags, ascii(re.findall(pat, 'a_1 ٣\u00a0é\u2028x\u0663\U0001d7d8\u1680', flags)))

for pat in [rb'\w+', rb'(?L)\w+', rb'(?i)\xe9', rb'(?Li)\xe9', rb'(?i)[a-z]+', rb'(?L)\b\w', rb'\s+', rb'(?Li)K']:
    print(pat, re.findall(pat, b'ab\xe9\xc9 Kk_1\x85\x0b'))

show(lambda: re.search('(?m)^b$', 'a\nb\nc'))
show(lambda: re.search('^b$', 'a\nb\nc'))
show(lambda: re.findall('(?m)$', 'a\nb\n'))
show(lambda: re.findall(r'\Z', 'a\n'))
show(lambda: re.findall('(?s).', 'a\nb'))
show(lambda: re.findall('.', 'a\nb'))
show(lambda: re.search(r'''(?x) a  # a comment
                               b [ ] c''', 'xab c'))
show(lambda: re.compile('a', re.X | re.I | re.M | re.S | re.A).flags)
show(lambda: re.compile(b'a', re.L).flags)
show(lambda: re.compile('x', re.DEBUG * 0 | re.U).flags)
show(lambda: re.compile('a', re.L))
show(lambda: re.compile(b'a', re.U))
show(lambda: re.compile('a', re.A | re.U))

show(lambda: re.search('😀(.)', 'a😀b😀'))
show(lambda: re.findall('[😀-😂]', '😁x😂😃'))
show(lambda: re.search('.\ud800', 'a\ud800'))
show(lambda: re.findall('[\ud800-\udfff]', 'a\ud800b\udc00'))
show(lambda: re.search('b', '\ud83d\ude00b'))
show(lambda: re.sub('(.)', r'\1\1', '😀\ud800é'))
show(lambda: re.split('😀', 'a😀b😀'))
show(lambda: re.search('(?<=😀)b', '😀b'))

# Catastrophic backtracking that must still end (and give CPython's answer).
show(lambda: re.match(r'(a+)+$', 'a' * 22 + 'b'))
show(lambda: re.match(r'(a|aa)+$', 'a' * 24 + 'b'))
show(lambda: re.match(r'(?:a*)*b', 'a' * 14))
show(lambda: re.match(r'(a*)*?b', 'a' * 12))
show(lambda: re.search(r'(x+x+)+y', 'x' * 18))
show(lambda: re.match(r'(?>a+)+$', 'a' * 10000 + 'b'))
show(lambda: re.match(r'a++$', 'a' * 100000 + 'b'))
show(lambda: re.fullmatch(r'(?:ab|a)*', 'ab' * 50000))
show(lambda: len(re.findall(r'\w+', 'word ' * 20000)))
show(lambda: re.match(r'(a)*', 'a' * 100000).span(1))
show(lambda: re.match(r'(?:(a)|b)*', 'ab' * 30000).span())
show(lambda: re.search(r'(?:a|b)*?c', 'ab' * 20000 + 'c').end())
